<#
.SYNOPSIS
Builds District Collective Desk for Windows: the one-folder bundle dist\district-desk\, its
self-test, its size, and (when Inno Setup 6 is installed) the installer dist\district-desk-<version>-setup.exe.

.DESCRIPTION
The same steps as scripts/build_bundle.sh and scripts/bundle_smoke.sh on Linux. Run it from
PowerShell (5.1 or 7) anywhere; it works in the project folder it belongs to:

    powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1

Needs Python 3.11 or later (python.org, or the runner's setup-python) and, for the installer,
Inno Setup 6.3 or later (https://jrsoftware.org, or "choco install innosetup"). A virtual
environment is made in .venv if there is none.

.PARAMETER SkipInstaller
Build and test the bundle only.
#>
param([switch]$SkipInstaller)

$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Native {
    # Runs a program and stops the build when it fails (PowerShell does not, for programs).
    param([Parameter(Mandatory)][string]$Program, [string[]]$Arguments = @())
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$Program $($Arguments -join ' ') failed with exit code $LASTEXITCODE"
    }
}

function Find-Python {
    # The first of "python" and "py -3.11" that is Python 3.11 or later ("python" may be the
    # Microsoft Store's stand-in, which is not).
    foreach ($candidate in @(@("python"), @("py", "-3.11"))) {
        if (Get-Command $candidate[0] -ErrorAction SilentlyContinue) {
            $rest = @($candidate | Select-Object -Skip 1)
            try {
                $answer = & $candidate[0] @rest -c "import sys; print(sys.version_info >= (3, 11))" 2>$null
            }
            catch {
                continue  # Windows PowerShell 5.1 turns a program's error output into an exception
            }
            if ($LASTEXITCODE -eq 0 -and $answer -eq "True") { return , $candidate }
        }
    }
    throw "Python 3.11 or later is needed: install it from python.org (tick 'Add python.exe to PATH')."
}

$venvPython = Join-Path (Get-Location) ".venv\Scripts\python.exe"
if (-not (Test-Path $venvPython)) {
    $python = Find-Python
    $rest = @($python | Select-Object -Skip 1)
    Invoke-Native $python[0] ($rest + @("-m", "venv", ".venv"))
}
Invoke-Native $venvPython @("-m", "pip", "install", "-q", "--upgrade", "pip")
Invoke-Native $venvPython @("-m", "pip", "install", "-q", "-e", ".[test,bundle]")

$version = & $venvPython -c "import desktop; print(desktop.__version__)"
$numeric = & $venvPython -c "import sys; sys.path.insert(0, 'packaging'); import bundle_contents, desktop; print('.'.join(map(str, bundle_contents.version_tuple(desktop.__version__))))"
Write-Host "== District Collective Desk $version ($numeric)"

# --- the bundle -----------------------------------------------------------------------------------
$started = Get-Date
Invoke-Native $venvPython @(
    "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "packaging\district_desk.spec"
)
$bundle = Join-Path (Get-Location) "dist\district-desk"
Write-Host ("== Built {0} in {1:N0} s" -f $bundle, ((Get-Date) - $started).TotalSeconds)

# --- its self-test, as CI runs it on Linux ----------------------------------------------------------
$env:QT_QPA_PLATFORM = "offscreen"
$work = Join-Path ([System.IO.Path]::GetTempPath()) ("district-desk-bundle-" + [System.Guid]::NewGuid().ToString("N"))
New-Item -ItemType Directory -Path $work | Out-Null
try {
    Push-Location $work  # nothing of the source tree at hand
    Write-Host "== self-test on a new database"
    Invoke-Native "$bundle\district-desk.exe" @("self-test", "--out", "$work\new")
    Write-Host "== self-test on a copy of the oldest released database"
    $release = Join-Path $PSScriptRoot "..\tests\fixtures\release-0.1.0.db"
    Invoke-Native "$bundle\district-desk.exe" @("self-test", "--from-db", $release, "--out", "$work\upgrade")
    # The windowed executable (the Start menu's) has no console: PowerShell would not wait for it,
    # and its report goes nowhere, so only its exit code is checked.
    Write-Host "== self-test of the windowed executable"
    $gui = Start-Process -FilePath "$bundle\district-desk-gui.exe" -ArgumentList @("self-test", "--out", "`"$work\gui`"") -Wait -PassThru -NoNewWindow
    if ($gui.ExitCode -ne 0) { throw "district-desk-gui.exe self-test failed with exit code $($gui.ExitCode); see $work\gui" }
    Write-Host "ok (exit code 0)"
}
finally {
    Pop-Location
    Remove-Item Env:QT_QPA_PLATFORM
}
Remove-Item -Recurse -Force $work

Write-Host "== size"
Invoke-Native $venvPython @("scripts\bundle_size.py", "dist\district-desk", "--limit-mb", "50")

# --- the installer --------------------------------------------------------------------------------
if ($SkipInstaller) { return }
$iscc = Get-Command iscc -ErrorAction SilentlyContinue | Select-Object -ExpandProperty Source -First 1
if (-not $iscc) {
    foreach ($folder in @(${env:ProgramFiles(x86)}, $env:ProgramFiles, "$env:LOCALAPPDATA\Programs")) {
        if ($folder -and (Test-Path "$folder\Inno Setup 6\ISCC.exe")) { $iscc = "$folder\Inno Setup 6\ISCC.exe"; break }
    }
}
if (-not $iscc) {
    Write-Warning "Inno Setup 6 (ISCC.exe) was not found: the bundle is in dist\district-desk, but no installer was made."
    return
}
Invoke-Native $iscc @("/Qp", "/DAppVersion=$version", "/DNumericVersion=$numeric", "packaging\installer.iss")
Write-Host "== Installer: dist\district-desk-$version-setup.exe"
