"""The app started in Kannada, Hindi and Marathi with the real translations: every page and tab,
the main dialogs, and messages the services build, read in the language with no English left.

The demo district is English data (school, people and MoU names as offices type them); what
comes from the database is left out of the check (see tests/english_left.py), the interface
around it is checked.
"""

from __future__ import annotations

import getpass
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QTabWidget, QWidget

from desktop.services.demo import DemoSize, generate_demo
from desktop.services.opening import open_database
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.page_set import PAGES
from scripts.translations import LANGUAGES, run_lrelease, ts_path
from tests.conftest import GOVERNANCE_TODAY, copy_database
from tests.english_left import EnglishLeft
from tests.visible_text import ShownText, shown_texts

WAIT_MS = 30_000
SIZE = DemoSize(blocks=2, clusters_per_block=2, schools_per_cluster=4, headmasters=6)


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real translations, compiled as the build compiles them."""
    folder = tmp_path_factory.mktemp("qm")
    for language in LANGUAGES:
        run_lrelease(ts_path(language), folder / f"{i18n.CATALOGUE}_{language}.qm")
    return folder


@pytest.fixture(scope="module")
def full_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo district with every part: MoUs, committees and meetings, baseline, recognition
    and the exchange log."""
    path = tmp_path_factory.mktemp("full-demo") / "demo.db"
    database, _report = open_database(path, operator="demo")
    try:
        generate_demo(database, size=SIZE, today=GOVERNANCE_TODAY)
    finally:
        database.close()
    return path


class Screen:
    """The main window on a copy of the demo in one language, and what of it is still English."""

    def __init__(self, qtbot, window: MainWindow, english_left: EnglishLeft) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.window = window
        self.english_left = english_left
        self.problems: list[str] = []

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not any(task.running for task in self.window.tasks), timeout=WAIT_MS)
        self.qtbot.wait(20)

    def check(self, widget: QWidget, screen: str, extra: list[ShownText] | None = None) -> None:
        """Every tab of ``widget`` in turn, as a person clicking through it would see it."""
        tab_sets = [tabs for tabs in widget.findChildren(QTabWidget) if tabs.isVisibleTo(widget)]
        self.problems += self.english_left.problems([*shown_texts(widget), *(extra or [])], screen)
        for tabs in tab_sets:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                self.settle()
                where = f"{screen}, tab “{tabs.tabText(index)}”"
                self.problems += self.english_left.problems(shown_texts(widget), where)

    def show_page(self, name: str) -> QWidget:
        self.window.navigation.setCurrentRow([page for page, _title in PAGES].index(name))
        self.settle()
        return getattr(self.window, name)

    def opened(self, open_it: Callable[[], object]) -> QWidget:
        """The window ``open_it`` opens (dialogs open window-modal, without blocking)."""
        before = {id(widget) for widget in QApplication.topLevelWidgets() if widget.isVisible()}
        open_it()
        self.settle()
        new = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]
        assert len(new) == 1, f"expected one new window, got {new}"
        return new[0]

    def check_dialog(self, screen: str, open_it: Callable[[], object]) -> None:
        dialog = self.opened(open_it)
        self.check(dialog, screen)
        dialog.close()
        self.settle()


@pytest.fixture
def screen_in(
    qtbot, qapp, isolated_settings, tmp_path, catalogues, full_demo
) -> Iterator[Callable[[str], Screen]]:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def start(language: str, catalogue: str | None = None) -> Screen:
        """The window in ``language``, checked against ``catalogue``'s messages (the language's)."""
        i18n.install_language(language, catalogues)
        database, _report = open_database(copy_database(full_demo, tmp_path / "office" / "demo.db"))
        window = MainWindow(database)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1280, 800)
        window.show()
        screen = Screen(
            qtbot,
            window,
            EnglishLeft(ts_path(catalogue or language), database.path, shown_data=(getpass.getuser(),)),
        )
        screen.settle()
        return screen

    yield start
    for window in windows:
        window.close()
    i18n.install_language(i18n.ENGLISH)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_and_tab_reads_in_the_language(screen_in, language: str) -> None:  # type: ignore[no-untyped-def]
    screen = screen_in(language)
    for name, _title in PAGES:
        screen.show_page(name)
        screen.check(screen.window, f"page {name}")
    assert not screen.problems, "\n".join(screen.problems)


def _main_dialogs(screen: Screen) -> list[tuple[str, Callable[[], object]]]:
    window = screen.window
    from desktop.ui.dialogs.settings_dialog import SettingsDialog

    def on(page: str, then: Callable[[QWidget], object]) -> Callable[[], object]:
        return lambda: then(screen.show_page(page))

    def selected(page: QWidget, act: Callable[[], object]) -> object:
        page.table.selectRow(0)  # type: ignore[attr-defined]
        return act()

    return [
        ("Settings", lambda: SettingsDialog(window).open()),
        ("new school", on("schools", lambda p: p.add())),
        ("a school", on("schools", lambda p: selected(p, p.edit))),
        ("new MoU", on("mous", lambda p: p.new_mou())),
        ("an MoU", on("mous", lambda p: selected(p, p.open_selected))),
        ("new committee", on("committees", lambda p: p.new_body())),
        ("a committee", on("committees", lambda p: selected(p, p.edit_body))),
        ("new meeting", on("meetings", lambda p: p.new_meeting())),
        ("new round", on("baseline", lambda p: p.rounds.new_round())),
        ("level schemes", on("baseline", lambda p: p.rounds.open_schemes())),
        ("import wizard", on("baseline", lambda p: p.imports.import_file())),
        ("new programme", on("recognition", lambda p: p.programmes.new_programme())),
        ("new circular", on("circulars", lambda p: p.new_circular())),
        ("export wizard", on("exchange", lambda p: p.export_package())),
        ("package import", on("exchange", lambda p: p.import_package())),
        ("return template", on("exchange", lambda p: p.return_template())),
        ("new office key", on("exchange", lambda p: p.keys.create_key())),
        ("partner key", on("exchange", lambda p: p.keys.register_partner_key())),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_dialogs_read_in_the_language(screen_in, language: str) -> None:  # type: ignore[no-untyped-def]
    screen = screen_in(language)
    for name, open_it in _main_dialogs(screen):
        screen.check_dialog(name, open_it)
    assert not screen.problems, "\n".join(screen.problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_messages_the_services_build_read_in_the_language(  # type: ignore[no-untyped-def]
    screen_in, monkeypatch, tmp_path, language: str
) -> None:
    screen = screen_in(language)
    # A school form's checks: the code's length, the PIN code.
    schools = screen.show_page("schools")
    dialog = screen.opened(schools.add)
    dialog.widget("udise_code").setText("2990010470")
    dialog.widget("name").setText("GLPS Hosakote")
    dialog.widget("pincode").setText("57103")
    dialog._save()
    screen.settle()
    assert dialog.error_text("udise_code") and dialog.error_text("pincode")
    screen.check(dialog, "school form with mistakes")
    dialog.close()
    # An import with problems: the reasons and what was expected, row by row.
    messy = tmp_path / "messy.csv"
    messy.write_text(
        "UDISE Code,School Name,District,Block,Cluster\n"
        "29020100101,GHPS Bagalkot,Bagalkot,Bagalkot,Bagalkot 1\n"
        "ABC,Bad code school,Bagalkot,Bagalkot,Bagalkot 1\n"
        "2902010,Short code school,Bagalkot,Bagalkot,Bagalkot 1\n",
        encoding="utf-8",
    )
    wizard = screen.opened(screen.show_page("baseline").imports.import_file)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(messy)], ""))
    wizard.file_page.choose_button.click()
    wizard.next()
    wizard.next()
    screen.qtbot.waitUntil(
        lambda: not wizard.check_page.busy() and wizard.state.check is not None, timeout=WAIT_MS
    )
    problems = wizard.check_page.problems.model
    cells = [
        ShownText(f"problem row {row}, column {column}", str(problems.index(row, column).data() or ""))
        for row in range(problems.rowCount())
        for column in (3, 4)
    ]
    assert len(cells) == 4
    screen.check(wizard, "import check with problems", extra=cells)
    wizard.close()
    # A file that is not a package, and one that is neither a package nor a template.
    wizard = screen.opened(screen.show_page("exchange").import_package)
    photos = tmp_path / "photos.zip"
    with zipfile.ZipFile(photos, "w") as archive:
        archive.writestr("photo.jpg", b"not a package")
    notes = tmp_path / "notes.txt"
    notes.write_text("notes", encoding="utf-8")
    for path in (photos, notes, tmp_path / "missing.zip"):
        wizard.file_page.path_edit.setText(str(path))
        screen.settle()
        assert wizard.file_page.problem.isVisible()
        screen.check(wizard, f"package import of {path.name}")
    wizard.close()
    assert not screen.problems, "\n".join(screen.problems)


def test_the_check_finds_english_on_a_screen_left_in_english(screen_in) -> None:  # type: ignore[no-untyped-def]
    """The check can fail: the same window with the Kannada catalogue but English installed."""
    screen = screen_in(i18n.ENGLISH, catalogue="kn")
    screen.show_page("meetings")
    screen.check(screen.window, "meetings in English")
    assert any("Meetings" in problem for problem in screen.problems)
    assert any("English words" in problem for problem in screen.problems)
