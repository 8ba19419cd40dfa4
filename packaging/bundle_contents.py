"""What the PyInstaller bundle holds and what it leaves out.

``packaging/district_desk.spec`` takes every list from here, so they are plain Python that
``tests/test_bundle_contents.py`` checks without running PyInstaller. Nothing here imports Qt or
the app's services; the spec puts the project root on ``sys.path`` before importing this file.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]

BUNDLE_NAME = "district-desk"  # dist/district-desk/, the folder the installer copies
# Windowed: what the Start-menu entry starts. The file name stays free of spaces (scripts, support
# on the phone); users see "District Collective Desk" on the shortcut and in Task Manager (the
# version resource's description).
GUI_EXECUTABLE = "district-desk-gui"
CLI_EXECUTABLE = "district-desk"  # console: the command line of the README
ENTRY_SCRIPT = ROOT / "packaging" / "launch.py"
ICON = ROOT / "packaging" / "app.ico"
HOOKS = ROOT / "packaging" / "hooks"  # Qt's hooks with the unused plugins left out

# The folders copied into the bundle as they are, at the same relative place: resources_dir() and
# db/schema.py's MIGRATIONS_DIR find them beside the frozen modules (sys._MEIPASS).
DATA_FOLDERS = ("resources", "db/migrations")
# What the app never reads: Qt Linguist's .ts files (compiled to .qm for the bundle) and notes for
# translators and developers (the translators' glossaries).
SOURCE_ONLY_SUFFIXES = frozenset({".ts", ".md", ".pyc", ".pyo"})
TRANSLATIONS = "resources/translations"

# The only Qt modules the app imports (a test holds the source to this list), and those pyqtgraph
# imports for its charts whether or not they draw with OpenGL.
QT_MODULES_USED = frozenset({"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"})
QT_MODULES_FOR_LIBRARIES = frozenset({"QtOpenGL", "QtOpenGLWidgets"})
# Qt plugins by folder: None keeps the whole folder, a set keeps only those plugins (names without
# "lib" and the file suffix), and a folder not listed is left out.
QT_PLUGINS_KEPT: dict[str, frozenset[str] | None] = {
    # windows: the office PCs; xcb: Linux desktops (Wayland ones too, through XWayland);
    # offscreen: the CI smoke test and `district-desk self-test` on a machine without a screen.
    "platforms": frozenset({"qwindows", "qxcb", "qoffscreen"}),
    # svg: the app's icon; jpeg: office logos (PNG is built into QtGui); ico: Windows' own icons.
    "imageformats": frozenset({"qsvg", "qjpeg", "qico"}),
    "iconengines": frozenset({"qsvgicon"}),
    "styles": None,  # Windows 11 / Vista look (qmodernwindowsstyle); without it Qt falls back to Fusion
    "printsupport": None,  # CUPS on Linux: printing circulars
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "xcbglintegrations": None,
}
# Qt's own translations (standard buttons and dialogs) exist for none of these yet; kept if a later
# Qt release adds them.
QT_TRANSLATION_LANGUAGES = frozenset({"hi", "kn", "mr"})
# Qt libraries that only the Qt modules and plugins left out use; the bundle must not carry them
# (binary analysis finds them through plugins before the plugins are filtered out).
QT_LIBRARIES_DROPPED = (
    "Qt6Qml",
    "Qt6Quick",
    "Qt6Pdf",
    "Qt6Wayland",
    "Qt6Network",
    "Qt6VirtualKeyboard",
    "Qt6EglFs",
    "Qt6Designer",
    "Qt6LabsStyleKit",
    "Qt6SvgWidgets",
    # Windows: software OpenGL and ANGLE, for Qt Quick and OpenGL; widgets paint without them.
    "opengl32sw",
    "d3dcompiler",
    "EGL",
    "GLESv2",
)

# Python packages never used at run time: test tools, the build itself, GUI toolkits and
# notebooks that optional imports in pandas, numpy and pyqtgraph would otherwise pull in.
PYTHON_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "turtle",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "readline",  # the interactive prompt's line editing (and libreadline, libtinfo with it)
    "curses",
    "_curses",
    "test",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "pypdf",
    "odfpy",
    "odf",
    "PyInstaller",
    "pip",
    "setuptools",
    "IPython",
    "jupyter_client",
    "ipykernel",
    "matplotlib",
    "scipy",
    "numba",
    "cupy",
    "pyarrow",
    "OpenGL",
    "pyqtgraph.opengl",
    "pyqtgraph.examples",
    "pyqtgraph.jupyter",
    "pyqtgraph.console",
    "pyqtgraph.flowchart",
    "pandas.tests",
    "numpy.tests",
    "PyQt5",
    "PyQt6",
    "PySide2",
    # Pillow reads the office logo (PNG or JPEG) for ReportLab; AVIF and WebP are optional in it
    # and carry 6 MB of codecs.
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingtk",
    # Pillow's text drawing and colour management (FreeType, HarfBuzz, LittleCMS): ReportLab sets
    # text itself and places images as they are. Both load lazily in Pillow and fail softly.
    "PIL._imagingft",
    "PIL._imagingcms",
    # Syntax highlighting for Mako's error pages (Alembic's templates): optional in Mako.
    "pygments",
)
# Data files of libraries that the app never reads: pyqtgraph's logo in eight sizes (for its own
# QApplication; the app makes its own) and its colour maps (the charts use fixed colours).
DATA_DROPPED = ("pyqtgraph/icons/peegee/", "pyqtgraph/colors/maps/")
# Linux: shared libraries keep their symbol tables (Python's own library and extension modules,
# 17 MB of 23 in libpython). Qt's libraries and the ones auditwheel grafted into wheels
# (numpy.libs, pillow.libs) are left as built: rewriting patched ELF files can misalign them.
STRIP_NEVER = ("PySide6/Qt/lib/", ".libs/")


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, folder in the bundle)`` for every file under :data:`DATA_FOLDERS`.

    Compiled translations (``.qm``) are globbed like everything else, so a tree without any yet
    builds too; a ``.qm`` whose ``.ts`` is beside it is left to :func:`compiled_translations`.
    """
    entries = []
    for folder in DATA_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix in SOURCE_ONLY_SUFFIXES:
                continue
            if path.suffix == ".qm" and path.with_suffix(".ts").is_file():
                continue
            entries.append((str(path), path.parent.relative_to(root).as_posix()))
    return entries


def compiled_translations(build_dir: Path, root: Path = ROOT) -> list[tuple[str, str]]:
    """The interface's translations compiled afresh into ``build_dir`` by the translators' own
    command (``scripts/translations.py compile --out``: finished translations only), as
    :func:`data_files` entries. The bundle never carries a stale ``.qm``, and the build writes
    nothing into ``resources/translations``."""
    if not any((root / TRANSLATIONS).glob("*.ts")):
        return []
    script = root / "scripts" / "translations.py"
    if not script.is_file():
        raise RuntimeError(f"{TRANSLATIONS} has .ts files but {script} is missing to compile them")
    if build_dir.exists():
        shutil.rmtree(build_dir)  # a language removed since the last build must not linger
    build_dir.mkdir(parents=True)
    subprocess.run([sys.executable, str(script), "compile", "--out", str(build_dir)], check=True)
    return [(str(path), TRANSLATIONS) for path in sorted(build_dir.glob("*.qm"))]


def own_modules(root: Path = ROOT) -> list[str]:
    """Every module of ``desktop`` and ``db`` by dotted name (the migrations are files, not modules)."""
    names = []
    for package in ("desktop", "db"):
        for path in sorted((root / package).rglob("*.py")):
            relative = path.relative_to(root).with_suffix("")
            if "migrations" in relative.parts or "__pycache__" in relative.parts:
                continue
            parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
            names.append(".".join(parts))
    return names


def migration_imports(root: Path = ROOT) -> list[str]:
    """The modules the migration scripts import. Alembic loads them from files at run time, so
    PyInstaller's analysis never sees them: they become hidden imports."""
    modules: set[str] = set()
    for script in (root / "db" / "migrations").rglob("*.py"):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"), str(script))):
            if isinstance(node, ast.Import):
                modules.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module)
    modules.discard("__future__")
    return sorted(modules)


def qt_module_excludes(pyside_dir: Path) -> list[str]:
    """Every ``PySide6.Qt*`` module of this PySide6 installation that the app does not use."""
    names = {
        path.name.split(".")[0] for path in pyside_dir.glob("Qt*.*") if path.suffix in (".pyi", ".so", ".pyd")
    }
    return sorted(f"PySide6.{name}" for name in names - QT_MODULES_USED - QT_MODULES_FOR_LIBRARIES)


def _stem(file_name: str) -> str:
    stem = file_name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_qt_file(destination: str) -> bool:
    """Whether a file PyInstaller collects (its path inside the bundle) stays in the bundle.

    Qt's files are under ``PySide6/Qt/`` on Linux and macOS and under ``PySide6/`` on Windows.
    """
    parts = PurePosixPath(destination.replace("\\", "/")).parts
    if "PySide6" not in parts:
        return True
    inner = parts[parts.index("PySide6") + 1 :]
    if inner[:1] == ("Qt",):
        inner = inner[1:]
    if len(inner) >= 2 and inner[0] == "plugins":
        kept = QT_PLUGINS_KEPT.get(inner[1], frozenset())
        return kept is None or (len(inner) > 2 and _stem(inner[-1]) in kept)
    if len(inner) >= 2 and inner[0] == "translations":
        language = _stem(inner[-1]).split("_", 1)[-1]
        return language in QT_TRANSLATION_LANGUAGES
    return not any(_stem(inner[-1]).startswith(name) for name in QT_LIBRARIES_DROPPED)


def keep_hook_file(source: str, folder: str) -> bool:
    """:func:`keep_qt_file` for a hook's ``(source, folder in the bundle)`` pair."""
    return keep_qt_file(f"{folder}/{Path(source).name}")


def keep_file(destination: str) -> bool:
    """Whether a collected file stays: :func:`keep_qt_file`, and not in :data:`DATA_DROPPED`."""
    normalised = destination.replace("\\", "/")
    return keep_qt_file(normalised) and not any(normalised.startswith(prefix) for prefix in DATA_DROPPED)


def filtered(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A PyInstaller TOC (``(destination, source, kind)``) without the files left out."""
    return [entry for entry in entries if keep_file(entry[0])]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"0.1.0"`` as the four numbers a Windows version resource holds (non-numbers end it)."""
    numbers: list[int] = []
    for part in version.split(".")[:4]:
        digits = re.match(r"\d+", part)
        if digits is None:
            break
        numbers.append(int(digits.group()))
        if digits.end() < len(part):  # "3rc1": a pre-release of 3 ends the numbers
            break
    return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def version_strings(version: str, app_name: str, organisation: str, file_name: str) -> dict[str, str]:
    """The version resource's strings, as Explorer's Properties > Details shows them."""
    return {
        "CompanyName": organisation,
        "FileDescription": app_name,
        "FileVersion": version,
        "InternalName": file_name,
        "LegalCopyright": f"© {organisation}",
        "OriginalFilename": f"{file_name}.exe",
        "ProductName": app_name,
        "ProductVersion": version,
    }


def version_file_text(version: str, app_name: str, organisation: str, file_name: str) -> str:
    """The version resource of one executable in the text form PyInstaller's ``version=`` file
    takes (what ``pyi-grab_version`` writes): it is read on Windows only, where PyInstaller's
    ``versioninfo`` classes evaluate it. Written as text because those classes need ``pefile``,
    which PyInstaller installs on Windows alone, and the Linux build writes the same file."""
    numbers = version_tuple(version)
    strings = ",\n".join(
        f"          StringStruct({key!r}, {value!r})"
        for key, value in version_strings(version, app_name, organisation, file_name).items()
    )
    # 040904B0 and [1033, 1200]: US English, Unicode: the table Explorer looks for first.
    return (
        "# UTF-8\n"
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3F, flags=0x0,\n"
        "                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        "      StringTable(\n"
        "        '040904B0',\n"
        f"        [\n{strings}\n        ])\n"
        "    ]),\n"
        "    VarFileInfo([VarStruct('Translation', [1033, 1200])])\n"
        "  ]\n"
        ")\n"
    )


def write_version_file(
    build_dir: Path, version: str, app_name: str, organisation: str, file_name: str
) -> Path:
    """:func:`version_file_text` written to ``build_dir/version-<file_name>.txt``; returns its path."""
    build_dir.mkdir(parents=True, exist_ok=True)
    path = build_dir / f"version-{file_name}.txt"
    path.write_text(version_file_text(version, app_name, organisation, file_name), encoding="utf-8")
    return path


def _is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def strip_libraries(internal: Path) -> int:
    """Strip the symbol tables the app never uses from the shared libraries under ``internal``
    (the bundle's ``_internal`` folder), on Linux; returns the bytes saved. The executables are
    never stripped: their end carries the bootstrap archive."""
    strip = shutil.which("strip")
    if strip is None or not internal.is_dir():
        return 0
    saved = 0
    for path in sorted(internal.rglob("*.so*")):
        relative = path.relative_to(internal).as_posix()
        if path.is_symlink() or not path.is_file() or any(part in relative for part in STRIP_NEVER):
            continue
        if not _is_elf(path):
            continue
        before = path.stat().st_size
        subprocess.run([strip, "--strip-unneeded", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def describe(entries: Sequence[tuple[str, str]]) -> list[str]:
    """The bundle folders that :func:`data_files` fills, for the build log."""
    return sorted({folder for _source, folder in entries})
