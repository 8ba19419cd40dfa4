"""Every word of the interface reaches Qt's translation system in a form lupdate extracts
(scripts/tr_lint.py), and the checker itself catches each kind of mistake."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

from scripts.tr_lint import ROOT, Problem, check_source, check_tree, marked_constants
from scripts.tr_services import domain_errors, message_problems
from scripts.tr_words import has_words, untranslated_words

# tr() on words that come from a service module not converted yet (desktop/services/i18n.py has
# the mechanism). Every service's words are marked now and the list is empty; should one be needed
# again: mark the words where they are defined with QT_TRANSLATE_NOOP("<Context>", ...), show them
# with QCoreApplication.translate("<Context>", value), and remove the entries here (the test fails
# on entries that no longer occur, so the list only shrinks).
PENDING_SERVICE_WORDS: dict[str, set[str]] = {}


@cache
def _problems() -> tuple[Problem, ...]:
    return tuple(check_tree())


def _pending(problem: Problem) -> bool:
    where = str(problem.path.relative_to(ROOT)).replace("\\", "/")
    return problem.subject in PENDING_SERVICE_WORDS.get(where, set())


def test_every_interface_string_is_extractable() -> None:
    problems = [p for p in _problems() if not _pending(p)]
    assert not problems, "\n".join(str(p) for p in problems)


def test_the_pending_list_only_names_what_still_occurs() -> None:
    seen = {(str(p.path.relative_to(ROOT)).replace("\\", "/"), p.subject) for p in _problems() if p.subject}
    listed = {(path, subject) for path, subjects in PENDING_SERVICE_WORDS.items() for subject in subjects}
    assert not listed - seen, f"converted already, remove from PENDING_SERVICE_WORDS: {sorted(listed - seen)}"


# --- the checker on small examples -----------------------------------------------------------


def _messages(source: str, marked: dict[str, dict[str, set[str]]] | None = None) -> list[str]:
    return [p.message for p in check_source(Path("example.py"), source, marked or {})]


CLEAN = """
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
STATUS = {"open": QT_TRANSLATE_NOOP("Page", "Open"), "closed": QT_TRANSLATE_NOOP("Page", "Closed")}

class Page(QWidget):
    def build(self, path, count, rows, status):
        self.title = QLabel(self.tr("Schools"))
        self.button = QPushButton(self.tr("&Save"))
        self.setWindowTitle(self.tr("Saved %s") % path)
        self.count.setText(self.tr("%n school(s)", "", count))
        self.note.setText(self.tr("%(shown)s of %(total)s") % {"shown": 1, "total": 2})
        self.status.setText(QCoreApplication.translate("Page", STATUS[status]))
        self.combo.addItem("—", None)
        self.list.addItems([self.tr(label) for label in STATUS.values()])
        QMessageBox.warning(self, self.tr("Title"), self.tr("Something went wrong: %s") % path)
        self.form.addRow(self.tr("Name"), self.name)
        self.table = Column(self.tr("UDISE code"), lambda r: r.code)
"""


def test_clean_code_passes() -> None:
    assert _messages(CLEAN) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('label.setText(self.tr(f"Saved {path}"))', "an f-string inside tr()"),
        ("label.setText(f\"<h2>{self.tr('Dashboard')}</h2>\")", "a text translated inside an f-string"),
        ("label.setText(f\"<b>{QCoreApplication.translate('Ctx', 'Saved')}</b>\")", "inside an f-string"),
        ('label.setText(self.tr("Saved " + path))', "text built inside tr()"),
        ('label.setText(self.tr("Saved %s" % path))', "text built inside tr()"),
        ("label.setText(self.tr(message))", "tr() on a value"),
        ('label.setText(QCoreApplication.translate("Page", message))', "tr() on a value"),
        ('label.setText(tab.tr("Saved"))', "tab.tr(): lupdate files this under 'tab'"),
        ('label.setText(tr("Page", "Saved"))', "a function called tr()"),
        ('label.setText(QCoreApplication.translate(context, "Saved"))', "must be a literal string"),
        ('label.setText(self.tr("%s of %s") % (a, b))', "cannot be reordered"),
        ('label.setText(self.tr("%n rows", n=count))', "n= as a keyword"),
        (
            'label.setText(QCoreApplication.translate("Page", "%n rows", None, count))',
            "a count given to translate()",
        ),
        ('label.setText("Saved to the drive")', "'Saved to the drive' shown without tr()"),
        ('label.setText(f"Saved {count} rows")', "shown without tr()"),
        ('label.setText("Saved %s" % path)', "shown without tr()"),
        ('QMessageBox.warning(self, "Cannot save", text)', "'Cannot save' shown without tr()"),
        ('form.addRow("Name", widget)', "'Name' shown without tr()"),
        ('combo.addItems(["Any block", "Gokak"])', "'Any block' shown without tr()"),
        ('table = Column("Made on", lambda r: r.made)', "'Made on' shown without tr()"),
        ('QFileDialog.getSaveFileName(self, t, "", "PDF files (*.pdf)")', "shown without tr()"),
    ],
)
def test_each_mistake_is_caught(line: str, expected: str) -> None:
    source = f"class Page(QWidget):\n    def build(self, path, count, message, context, a, b, n, tab):\n        {line}\n"
    messages = _messages(source)
    assert any(expected in message for message in messages), messages


def test_translating_while_importing_is_caught() -> None:
    assert any(
        "while the module is imported" in m
        for m in _messages('TITLE = QCoreApplication.translate("Page", "Schools")\n')
    )


def test_a_marked_constant_may_be_imported_but_only_in_its_own_context() -> None:
    marked = {"desktop.ui.labels": {"LEVELS": {"Levels"}}}
    source = (
        "from desktop.ui.labels import LEVELS\n"
        "def show(label, level):\n"
        '    label.setText(QCoreApplication.translate("Levels", LEVELS[level]))\n'
        '    label.setText(QCoreApplication.translate("Other", LEVELS[level]))\n'
    )
    problems = check_source(Path("example.py"), source, marked)
    assert [p.line for p in problems] == [4]


def test_words_are_letters_outside_markup_and_placeholders() -> None:
    assert has_words("Save")
    assert has_words("ಉಳಿಸು")
    assert not has_words("—")
    assert not has_words("<b>%s</b>")
    assert not has_words("%(count)s / {total}")
    assert not has_words("12:30")


def test_marked_constants_are_found_by_module(tmp_path: Path) -> None:
    found = marked_constants([ROOT / "desktop" / "services" / "schools.py"])
    assert found["desktop.services.schools"]["CATEGORIES"] == {"Schools"}


# --- the services' messages (scripts/tr_services.py) -----------------------------------------

SERVICE_CLEAN = """
class ClosedError(ConflictError):
    pass

class TooLongError(DocumentError):
    def __init__(self, what, text):
        super().__init__(translate("Documents", "The {what} is too long.").format(what=what))

def close(errors, session, progress, item, day):
    if item is None:
        raise ClosedError(translate("Things", "{item} was closed on {day}.").format(item=item, day=day))
    errors.add("reason", translate("Things", "Give the reason."))
    get_or_raise(session, Thing, 3, translate("Things", "Thing"))
    errors.required("name", item, translate("Things", "Name"), 80)
    progress.report(1, 2, translate("Things", "Closing"))
    raise PackageRefusedError("kdf_too_costly", message)
    raise ValueError(f"unknown kind {item!r}")  # a programming error keeps its English
"""


def _service_messages(source: str) -> list[str]:
    tree = ast.parse(source)
    return [message for _line, message in message_problems(tree, domain_errors([tree]), untranslated_words)]


def test_translated_service_messages_pass() -> None:
    assert _service_messages(SERVICE_CLEAN) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('raise ConflictError(f"{item} was closed.")', "raised in a ConflictError"),
        ('raise ClosedError("The item is closed.")', "raised in a ClosedError"),  # a subclass
        ('raise NotFoundError("Item " + str(item) + " is gone.")', "raised in a NotFoundError"),
        ('raise ValidationError.single("reason", "Give the reason.")', "given to single()"),
        ('errors.add("reason", f"Give the reason for {item}.")', "given to add()"),
        ('get_or_raise(session, Thing, 3, "Thing")', "given to get_or_raise()"),
        ('errors.optional("name", item, "Local name", 80)', "given to optional()"),
        ('progress.report(1, 2, "Closing the items")', "given to report()"),
        ('fail(path.name, "is empty", "a file with rows")', "given to fail()"),
        ('raise damaged(path, f"{name} is not stored as a package stores it")', "given to damaged()"),
        ('raise DocumentError(f"Package {name} holds nothing to hand over.")', "raised in a DocumentError"),
        ('raise MarkupError(3, "the table row has too many columns.")', "raised in a MarkupError"),
        ('problems.append(Problem("Body", 1, 2, f"unknown placeholder {name}"))', "given to Problem()"),
    ],
)
def test_each_untranslated_service_message_is_caught(line: str, expected: str) -> None:
    source = (
        "class ClosedError(ConflictError):\n    pass\n\nclass MarkupError(DomainError):\n    pass\n\n"
        f"def close(errors, session, progress, item, path, name, problems):\n    {line}\n"
    )
    messages = _service_messages(source)
    assert any(expected in message for message in messages), messages


def test_the_message_an_error_builds_for_itself_is_caught() -> None:
    source = (
        "class TooLongError(DocumentError):\n"
        "    def __init__(self, what, text):\n"
        "        super().__init__(f\"The {what} '{text}' is too long for the certificate.\")\n"
    )
    assert any("made the message of a TooLongError" in m for m in _service_messages(source))


def test_the_document_engine_is_checked_like_the_services(tmp_path: Path) -> None:
    """check_tree reads desktop/documents too: a DocumentError, or an error derived from one
    there, raised with an f-string is flagged in a documents module."""
    ui, services, documents = (tmp_path / name for name in ("ui", "services", "documents"))
    for folder in (ui, services, documents):
        folder.mkdir()
    (services / "errors.py").write_text("class DomainError(Exception):\n    pass\n", encoding="utf-8")
    (documents / "errors.py").write_text(
        "class DocumentError(DomainError):\n    pass\n\nclass LayoutError(DocumentError):\n    pass\n",
        encoding="utf-8",
    )
    (documents / "receipt.py").write_text(
        "def check(package, pages):\n"
        "    if not package.categories:\n"
        '        raise DocumentError(f"Package {package.id} holds no data category.")\n'
        "    if pages > 1:\n"
        '        raise LayoutError(f"The receipt takes {pages} pages; it must fit on one.")\n'
        '    raise DocumentError(translate("Documents", "Fine."))\n',
        encoding="utf-8",
    )
    problems = check_tree(ui, services, documents)
    assert [(p.path.name, p.line) for p in problems] == [("receipt.py", 3), ("receipt.py", 5)]
    assert "raised in a DocumentError without translate()" in problems[0].message
    assert "raised in a LayoutError without translate()" in problems[1].message
