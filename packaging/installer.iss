; District Collective Desk's Windows installer (Inno Setup 6.3 or later).
;
; Built by packaging\build_windows.ps1 once dist\district-desk\ exists:
;   iscc /DAppVersion=0.1.0 /DNumericVersion=0.1.0.0 packaging\installer.iss
; (paths below are relative to this file's folder). The result is dist\district-desk-<version>-setup.exe.
;
; Installs for the current user only, with no administrator rights: into
; %LOCALAPPDATA%\Programs\District Collective Desk ({autopf} when installing per user), a Start-menu
; entry, an optional desktop icon, and an entry in Settings > Apps to uninstall it.
;
; THE USER'S DATA IS NEVER TOUCHED. The database and its backups live in the user data folder,
; %LOCALAPPDATA%\District Collective\District Collective Desk (platformdirs' user_data_dir, see
; desktop/services/opening.py: data_dir), the settings in %APPDATA%\District Collective\
; District Collective Desk.ini (QSettings), and the office's signing key in Windows Credential
; Manager. None of them is inside {app}; this script installs, replaces and uninstalls only the
; program's files, and there is deliberately no [UninstallDelete] section. Installing a newer
; version over an older one keeps the data: the new version's first start backs the database up
; and then upgrades it (desktop/services/opening.py: open_database).

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z /DNumericVersion=X.Y.Z.0 installer.iss
#endif
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\district-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

#define AppName "District Collective Desk"
#define AppPublisher "District Collective"
#define AppExe "district-desk-gui.exe"

[Setup]
; Fixed for every version to come: a newer installer recognises the installation by it and replaces
; it in place (same folder, same Start-menu entry, one uninstall entry). Never change it.
AppId={{C0E77FC2-8E63-4F54-8935-50CCB7BBD093}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#NumericVersion}
VersionInfoProductVersion={#NumericVersion}
VersionInfoDescription={#AppName} setup
; Per user, no administrator rights, and no question about it.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=app.ico
OutputDir={#OutputDir}
OutputBaseFilename=district-desk-{#AppVersion}-setup
; What scripts/bundle_size.py imitates for its "installer" figure.
Compression=lzma2/ultra64
SolidCompression=yes
LZMAUseSeparateProcess=yes
WizardStyle=modern
; 64-bit Python and Qt; Qt 6 needs Windows 10 1809 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
; An upgrade while the app is open: Windows' Restart Manager asks to close it first.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program as a whole: a library or module the previous version had and this
; one has not must not stay behind to be loaded. Only the program's folder; never the user's data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Partnerships between district education offices and NGOs"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
