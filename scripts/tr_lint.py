"""Checks that the interface's words reach Qt's translation system in a form lupdate can extract.

    python scripts/tr_lint.py    # every problem in desktop/ui, desktop/services and desktop/documents

Flagged:

* ``tr(f"...")``, ``tr("..." % x)``, ``tr("a" + b)``: lupdate extracts the literal with its braces
  (or nothing), which never matches the text asked for at run time. Translate, then format:
  ``self.tr("Saved %s") % path``.
* ``self.tr(variable)`` unless the variable holds strings marked with ``QT_TRANSLATE_NOOP`` in the
  class's context: a constant (here or imported), or a name or loop variable drawn from one.
  ``translate("Context", variable)`` passes too when "Context" is a vocabulary marked somewhere
  (``translate("Schools", row.category)``: a word kept in English in the database).
* ``widget.tr(...)`` on anything but ``self`` (lupdate files it under the variable's name, say
  "tab", which no class is called), and a function named ``tr`` (lupdate reads ``tr(context,
  text)`` as text and disambiguation).
* Two or more ``%s`` / ``%d`` in one string: a translator cannot put them in another order
  (Kannada, Hindi and Marathi put the verb last); name them: ``%(school)s``.
* A count passed to ``translate()`` (lupdate makes no plural forms for it; use ``self.tr(text,
  "", n)``) or as ``n=`` (lupdate drops the string).
* ``tr`` / ``translate`` run while a module is imported (before the language is installed).
* Words given to Qt without ``tr``: literals, f-strings and ``%`` / ``.format`` over literals, as
  the text of labels, buttons, titles, tool tips, combo items, tabs, form rows, message boxes,
  file dialogs and table column headers (``Column``). ``tr_words.ALLOWED`` lists the few exceptions.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

if not __package__:  # run as a script: "scripts" is importable from the project's folder
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.tr_marks import (
    ROOT,
    Marked,
    call_name,
    is_lookup,
    literal,
    local_contexts,
    marked_constants,
    marked_constants_in,
    marked_contexts,
    module_name,
    root_name,
)
from scripts.tr_services import check_services
from scripts.tr_words import translation_parts, untranslated_words

UI = ROOT / "desktop" / "ui"
SERVICES = ROOT / "desktop" / "services"
DOCUMENTS = ROOT / "desktop" / "documents"

# Method names whose every string argument is shown to the user.
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "setSubTitle", "setLabelText", "setCancelButtonText", "setButtonText",
    "setInformativeText", "setDetailedText", "setSpecialValueText", "setSuffix", "setPrefix",
    "addItem", "insertItem", "setItemText", "addItems", "setTabText", "setTabToolTip",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels", "showMessage",
    "addMenu", "addAction", "setAccessibleName", "setAccessibleDescription", "setNameFilter",
    "setNameFilters", "setHtml", "setPlainText",
}  # fmt: skip
# Methods whose string arguments after the first are shown (the first is a widget or an index).
TEXT_AFTER_FIRST = {"addTab", "insertTab", "addRow", "insertRow"}
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QMenu", "QCommandLinkButton", "QTableWidgetItem", "QListWidgetItem", "QTreeWidgetItem",
    "QStandardItem", "QProgressDialog", "Column", "notice_label",
}  # fmt: skip
# Static dialogs: the positions of their caption, text and file filter arguments.
DIALOG_TEXT_ARGS = {
    "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2), "about": (1, 2),
    "getOpenFileName": (1, 3), "getOpenFileNames": (1, 3), "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,), "getText": (1, 2), "getItem": (1, 2), "getInt": (1, 2),
    "getDouble": (1, 2), "getMultiLineText": (1, 2),
}  # fmt: skip
DIALOG_CLASSES = {"QMessageBox", "QFileDialog", "QInputDialog"}
# Our own helpers' parameters with these names are shown to the user (a form row's label, a
# status line's text, a dialog's title), wherever the helper is defined in desktop/ui.
SHOWN_PARAMETERS = {
    "text",
    "title",
    "label",
    "header",
    "heading",
    "caption",
    "placeholder",
    "done_text",
    "what",
    "anything",
}
# ... except in these helpers, whose "text" is what the user typed or a file name.
NOT_SHOWN = {
    "_filter",
    "_filter_tree",
    "search_people",
    "set_query",
    "choose",
    "_folder_changed",
    "_file_name",
    "_lines",
    "typed_levels",
    "_text_item",
}
# Modules of desktop/ui that show nothing to office staff.
NOT_INTERFACE = {
    "qt_strings.py",  # Qt's own words, listed for lupdate: marks only
    "self_test.py",  # district-desk self-test: a console report for CI, in English
}
_POSITIONAL = re.compile(r"(?<!%)%[sdf]")


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    message: str
    subject: str = ""  # for tr() on a value: the value's expression, as written

    def __str__(self) -> str:
        try:
            where = self.path.relative_to(ROOT)
        except ValueError:
            where = self.path
        return f"{where}:{self.line}: {self.message}"


def shown_parameters(paths: Iterable[Path]) -> dict[str, dict[str | int, str]]:
    """For each helper in ``paths`` taking a parameter that is shown: its positions (not counting
    ``self``) and names, by function name."""
    helpers: dict[str, dict[str | int, str]] = {}
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.FunctionDef) or node.name in NOT_SHOWN or node.name == "__init__":
                continue
            names = [a.arg for a in node.args.posonlyargs + node.args.args]
            if names[:1] in (["self"], ["cls"]):
                names = names[1:]
            kwonly = [a.arg for a in node.args.kwonlyargs]
            shown = {i: n for i, n in enumerate(names) if n in SHOWN_PARAMETERS}
            shown.update({n: n for n in names + kwonly if n in SHOWN_PARAMETERS})
            if shown:
                helpers.setdefault(node.name, {}).update(shown)
    return helpers


class _Checker(ast.NodeVisitor):
    def __init__(
        self,
        path: Path,
        constants: dict[str, set[str]],
        vocabularies: set[str],
        *,
        ui: bool,
        helpers: dict[str, dict[str | int, str]] | None = None,
    ) -> None:
        self.path = path
        self.constants = constants  # names holding marked strings (constants, loop variables) -> contexts
        self.vocabularies = vocabularies
        self.helpers = helpers or {}
        self.ui = ui
        self.problems: list[Problem] = []
        self.classes: list[str] = []
        self.depth = 0  # functions and lambdas we are inside

    def _may_translate(self, kind: str, context: str | None, value: ast.AST) -> bool:
        """A value may be translated when it holds strings marked in this context; with an
        explicit context (translate("Schools", row.category)) it is enough that the context is
        a vocabulary marked somewhere: a word kept in English in the database, or typed by hand."""
        if context in self._marked_contexts(value):
            return True
        return kind == "translate" and context in self.vocabularies

    def _marked_contexts(self, value: ast.AST) -> set[str]:
        """The contexts the strings ``value`` can hold are marked in (none if unknown)."""
        name = root_name(value)
        return self.constants.get(name, set()) if name else set()

    def add(self, node: ast.AST, message: str, subject: str = "") -> None:
        self.problems.append(Problem(self.path, getattr(node, "lineno", 0), message, subject))

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _in_function(self, node: ast.AST) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _in_function  # noqa: N815 - ast's names

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        # lupdate does not read inside f-strings: a literal translated there never reaches the
        # .ts files and stays English in every language.
        for value in node.values:
            for inner in ast.walk(value):
                parts = translation_parts(inner) if isinstance(inner, ast.Call) else None
                if parts is not None and parts[2] is not None and literal(parts[2]) is not None:
                    self.add(
                        inner,
                        "a text translated inside an f-string: lupdate never sees it; translate it "
                        'outside, e.g. "<b>%s</b>" % self.tr("Text")',
                        literal(parts[2]) or "",
                    )
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        parts = translation_parts(node)
        if parts is not None:
            self._check_translation(node, *parts)
        elif self.ui:
            self._check_shown_text(node)
        self.generic_visit(node)

    # --- tr / translate ---------------------------------------------------------------------

    def _check_translation(self, node: ast.Call, kind: str, context, source, count) -> None:  # type: ignore[no-untyped-def]
        receiver, _name = call_name(node)
        if kind == "bare-tr":
            self.add(node, "a function called tr(): lupdate takes its first argument for the text")
            return
        if kind == "tr" and receiver != "self":
            shown = receiver or ast.unparse(node.func.value)  # type: ignore[attr-defined]
            self.add(node, f"{shown}.tr(): lupdate files this under {shown!r}, no class's context; "
                     'use QCoreApplication.translate("ClassName", ...)')  # fmt: skip
        if kind == "tr" and receiver == "self" and not self.classes:
            self.add(node, "self.tr() outside a class: lupdate finds no context")
        if self.depth == 0:
            self.add(node, "translated while the module is imported, before the language is installed")
        if any(keyword.arg == "n" for keyword in node.keywords):
            self.add(node, "n= as a keyword: lupdate drops the string; pass it third: tr(text, '', n)")
        if kind == "translate" and count is not None:
            self.add(
                node, "a count given to translate(): lupdate makes no plural forms; use self.tr(text, '', n)"
            )
        if kind == "translate" and literal(context) is None:
            self.add(node, "the context of translate() must be a literal string")
        text = literal(source) if source is not None else None
        context_name = literal(context) if kind == "translate" else (self.classes[-1] if self.classes else "")
        if source is None:
            self.add(node, "tr() without a text")
        elif isinstance(source, ast.JoinedStr):
            self.add(node, "an f-string inside tr(): translate the text with %s / %(name)s, then format")
        elif isinstance(source, ast.BinOp) or (isinstance(source, ast.Call) and not is_lookup(source)):
            self.add(node, "text built inside tr(): translate the literal, then format the result")
        elif text is None and not self._may_translate(kind, context_name, source):
            self.add(
                node,
                f"tr() on a value: mark its possible texts with QT_TRANSLATE_NOOP({context_name!r}, ...)",
                ast.unparse(source),
            )
        if text is not None and len(_POSITIONAL.findall(text)) >= 2:
            self.add(node, f"{text!r}: two or more positional placeholders cannot be reordered by a translator; "
                     "name them: %(name)s")  # fmt: skip

    # --- words shown without tr ---------------------------------------------------------------

    def _check_shown_text(self, node: ast.Call) -> None:
        receiver, name = call_name(node)
        shown: list[ast.AST] = []
        if name in TEXT_METHODS and isinstance(node.func, ast.Attribute):
            shown = list(node.args)
        elif name in TEXT_AFTER_FIRST and isinstance(node.func, ast.Attribute):
            shown = list(node.args[1:])
        elif name in TEXT_CLASSES:
            shown = list(node.args[:1]) + [
                k.value for k in node.keywords if k.arg in ("text", "header", "title")
            ]
        elif receiver in DIALOG_CLASSES and name in DIALOG_TEXT_ARGS:
            shown = [node.args[i] for i in DIALOG_TEXT_ARGS[name] if i < len(node.args)]
        elif name in self.helpers:
            positions = self.helpers[name]
            shown = [arg for i, arg in enumerate(node.args) if i in positions]
            shown += [k.value for k in node.keywords if k.arg in positions]
        if name == "addRow" and node.args and literal(node.args[0]) is not None:
            shown.insert(0, node.args[0])  # form.addRow("Label", widget)
        for argument in shown:
            for words in untranslated_words(argument):
                self.add(argument, f"{words!r} shown without tr()")


def check_source(
    path: Path,
    source: str,
    marked: Marked,
    *,
    vocabularies: set[str] = frozenset(),  # type: ignore[assignment]
    ui: bool = True,
    helpers: dict[str, dict[str | int, str]] | None = None,
) -> list[Problem]:
    """The problems of one module; ``marked`` (from :func:`marked_constants`) says which
    constants, here or imported, hold marked strings."""
    tree = ast.parse(source, str(path))
    constants = dict(marked.get(module_name(path), {})) if path.is_relative_to(ROOT) else {}
    constants.update(marked_constants_in(tree))
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or not node.module:
            continue
        for alias in node.names:
            name = alias.asname or alias.name
            if alias.name in marked.get(node.module, {}):  # from desktop.services.schools import CATEGORIES
                constants[name] = marked[node.module][alias.name]
            for constant, contexts in marked.get(f"{node.module}.{alias.name}", {}).items():
                constants[f"{name}.{constant}"] = contexts  # from desktop.services import schools
    checker = _Checker(path, local_contexts(tree, constants), set(vocabularies), ui=ui, helpers=helpers)
    checker.visit(tree)
    return checker.problems


def python_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def check_tree(ui: Path = UI, services: Path = SERVICES, documents: Path = DOCUMENTS) -> list[Problem]:
    """Every problem in the interface's modules, and in the messages of the services and the
    document engine (tr_services)."""
    ui_files, message_files = python_files(ui), python_files(services) + python_files(documents)
    # Folders outside the project (a test's) have no module names: nothing is imported from them.
    marked = marked_constants([p for p in [*ui_files, *message_files] if p.resolve().is_relative_to(ROOT)])
    vocabularies = marked_contexts([*ui_files, *message_files])
    helpers = shown_parameters(ui_files)
    problems: list[Problem] = []
    for path in ui_files:
        if path.relative_to(ui).as_posix() in NOT_INTERFACE:
            continue
        source = path.read_text(encoding="utf-8")
        problems += check_source(path, source, marked, vocabularies=vocabularies, helpers=helpers)
    for path in message_files:
        source = path.read_text(encoding="utf-8")
        problems += check_source(path, source, marked, vocabularies=vocabularies, ui=False)
    problems += [Problem(*found) for found in check_services(message_files, untranslated_words)]
    return problems


def main() -> int:
    problems = check_tree()
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
