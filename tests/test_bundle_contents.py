"""What the PyInstaller bundle carries (packaging/bundle_contents.py, read by the spec), checked
without building it: every resource folder and migration, the Qt modules the code imports, the
Qt files left out, and the Windows version resource."""

from __future__ import annotations

import ast
import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load() -> ModuleType:
    # By file: a folder named "packaging" would shadow the packaging library on sys.path.
    spec = importlib.util.spec_from_file_location(
        "bundle_contents", ROOT / "packaging" / "bundle_contents.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contents = _load()


def test_every_resource_folder_and_the_migrations_are_in_the_bundle() -> None:
    entries = contents.data_files()
    folders = {folder for _source, folder in entries}
    expected = {
        path.parent.relative_to(ROOT).as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file()
        and path.suffix not in contents.SOURCE_ONLY_SUFFIXES
        and "__pycache__" not in path.parts
    }
    expected.discard(contents.TRANSLATIONS)  # compiled in the build: compiled_translations
    assert expected <= folders
    assert {"resources/fonts", "resources/icons", "resources/templates"} <= folders
    names = {Path(source).relative_to(ROOT).as_posix() for source, _folder in entries}
    migrations = {p.relative_to(ROOT).as_posix() for p in (ROOT / "db" / "migrations").rglob("*.py")}
    assert migrations and migrations <= names
    assert {"db/migrations/env.py", "db/migrations/script.py.mako"} <= names
    assert "resources/icons/app.svg" in names and "resources/fonts/NotoSansKannada-Regular.ttf" in names
    for (
        source,
        folder,
    ) in entries:  # each file lands at its own relative place (resources_dir, MIGRATIONS_DIR)
        assert Path(source).parent.relative_to(ROOT).as_posix() == folder
    assert not any("__pycache__" in source or source.endswith((".ts", ".md")) for source, _folder in entries)


def test_compiled_translations_are_globbed_and_sources_left_out(tmp_path: Path) -> None:
    translations = tmp_path / "resources" / "translations"
    translations.mkdir(parents=True)
    (tmp_path / "db" / "migrations").mkdir(parents=True)
    (translations / "district_desk_kn.ts").write_text("<TS/>")
    (translations / "district_desk_kn.qm").write_bytes(b"stale")  # its .ts is compiled afresh instead
    (translations / "qtbase_xx.qm").write_bytes(b"shipped as it is")
    names = {Path(source).name for source, _folder in contents.data_files(tmp_path)}
    assert names == {"qtbase_xx.qm"}
    # A tree with no translations at all builds too.
    (translations / "district_desk_kn.ts").unlink()
    (translations / "qtbase_xx.qm").unlink()
    assert contents.compiled_translations(tmp_path / "build", tmp_path) == []


def test_migration_imports_and_own_modules_become_hidden_imports() -> None:
    assert {"alembic", "sqlalchemy", "db.models"} <= set(contents.migration_imports())
    modules = set(contents.own_modules())
    # Loaded through importlib by name, so the analysis alone would miss them.
    assert {
        "desktop.services.imports.targets.schools",
        "desktop.services.imports.targets.assessment",
        "desktop.ui.self_test",
        "db.models",
    } <= modules
    assert not any("migrations" in name for name in modules)


def _qt_modules_imported() -> set[str]:
    found = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6"):
                if node.module == "PySide6":
                    found |= {alias.name for alias in node.names}
                else:
                    found.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.")}
    return found


def test_the_bundle_keeps_every_qt_module_the_code_imports() -> None:
    used = _qt_modules_imported()
    assert "QtWidgets" in used
    assert used <= contents.QT_MODULES_USED, (
        f"add {sorted(used - contents.QT_MODULES_USED)} to QT_MODULES_USED"
    )
    import PySide6

    excluded = contents.qt_module_excludes(Path(PySide6.__file__).parent)
    assert "PySide6.QtQml" in excluded and "PySide6.QtNetwork" in excluded
    assert not {f"PySide6.{name}" for name in contents.QT_MODULES_USED} & set(excluded)
    assert "PySide6.QtOpenGL" not in excluded  # pyqtgraph imports it for every chart
    # One hook per module used, each the same: they leave unused plugins out before analysis.
    hooks = {path.name: path.read_text() for path in (ROOT / "packaging" / "hooks").glob("hook-*.py")}
    kept = contents.QT_MODULES_USED | contents.QT_MODULES_FOR_LIBRARIES
    assert set(hooks) == {f"hook-PySide6.{name}.py" for name in kept}
    assert len(set(hooks.values())) == 1


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/plugins/imageformats/qjpeg.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/translations/qtbase_hi.qm", True),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt6Pdf.dll", False),
        ("PySide6/Qt6Widgets.dll", True),
        ("PySide6\\opengl32sw.dll", False),
        ("PySide6/QtWidgets.abi3.so", True),
        ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", True),
        ("resources/fonts/NotoSans-Regular.ttf", True),
    ],
)
def test_qt_files_left_out(destination: str, kept: bool) -> None:
    assert contents.keep_qt_file(destination) is kept


def test_filtered_applies_to_a_pyinstaller_toc() -> None:
    toc = [
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "/x/libqwayland.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/x/libQt6Gui.so.6", "BINARY"),
    ]
    assert contents.filtered(toc) == toc[1:]
    assert contents.keep_hook_file("/x/libqwayland.so", "PySide6/Qt/plugins/platforms") is False


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2.3.4", (1, 2, 3, 4)), ("1.2.3rc1", (1, 2, 3, 0)), ("2", (2, 0, 0, 0))],
)
def test_version_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert contents.version_tuple(version) == numbers


class _Recorded:
    def __init__(self, *args: object, **kwargs: object) -> None:
        self.args, self.kwargs = args, kwargs


def test_version_file_is_what_pyinstaller_reads(tmp_path: Path) -> None:
    path = contents.write_version_file(
        tmp_path, "0.1.0", "District Collective Desk", "District Collective", "x"
    )
    text = path.read_text(encoding="utf-8")
    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    # PyInstaller evaluates the file with its versioninfo classes (on Windows); these record the calls.
    info = eval(text, {name: type(name, (_Recorded,), {}) for name in names})
    assert info.kwargs["ffi"].kwargs["filevers"] == (0, 1, 0, 0)
    table = info.kwargs["kids"][0].args[0][0]
    strings = {struct.args[0]: struct.args[1] for struct in table.args[1]}
    assert strings["FileDescription"] == "District Collective Desk"
    assert strings["OriginalFilename"] == "x.exe" and strings["ProductVersion"] == "0.1.0"
    try:
        from PyInstaller.utils.win32 import versioninfo
    except ImportError:  # pefile: installed with PyInstaller on Windows only
        return
    parsed = versioninfo.load_version_info_from_text_file(str(path))
    assert isinstance(parsed, versioninfo.VSVersionInfo)


def test_icon_is_committed_with_the_sizes_windows_asks_for() -> None:
    from PIL import Image

    with Image.open(ROOT / "packaging" / "app.ico") as icon:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= icon.info["sizes"]


@pytest.mark.skipif(shutil.which("strip") is None, reason="strip (binutils): the Linux build")
def test_strip_shrinks_libraries_but_leaves_qt_and_grafted_ones_alone(tmp_path: Path) -> None:
    import sqlalchemy

    built = sorted(Path(sqlalchemy.__file__).parent.rglob("*.so"))
    if not built:
        pytest.skip("this SQLAlchemy has no compiled extensions")
    internal = tmp_path / "_internal"
    for relative in ("PySide6/Qt/lib/libQt6Core.so.6", "numpy.libs/libopenblas.so", "sqlalchemy/x.so"):
        (internal / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built[0], internal / relative)
    size = built[0].stat().st_size
    saved = contents.strip_libraries(internal)
    assert (internal / "PySide6/Qt/lib/libQt6Core.so.6").stat().st_size == size
    assert (internal / "numpy.libs/libopenblas.so").stat().st_size == size
    assert saved == size - (internal / "sqlalchemy/x.so").stat().st_size
    assert (internal / "sqlalchemy/x.so").read_bytes()[:4] == b"\x7fELF"


def test_the_translations_are_compiled_into_the_build_folder(tmp_path: Path) -> None:
    sources = sorted((ROOT / contents.TRANSLATIONS).glob("*.ts"))
    if not sources:
        pytest.skip("no translations yet")
    before = {path: path.stat().st_mtime_ns for path in (ROOT / contents.TRANSLATIONS).iterdir()}
    entries = contents.compiled_translations(tmp_path / "qm")
    assert {Path(source).name for source, _folder in entries} == {p.with_suffix(".qm").name for p in sources}
    assert all(
        folder == contents.TRANSLATIONS and Path(source).stat().st_size > 0 for source, folder in entries
    )
    # The translators' folder is left as it was.
    assert {path: path.stat().st_mtime_ns for path in (ROOT / contents.TRANSLATIONS).iterdir()} == before
