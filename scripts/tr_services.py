"""What scripts/tr_lint.py checks in desktop/services and desktop/documents besides their
translate() calls: a message for office staff is never a bare literal or f-string, so none
reaches the screen in English.

Flagged, where the message is a literal with words, an f-string, or text built with ``+``, ``%``
or ``.format`` from a literal (``translate(...).format(...)`` is the way):

* the message of a raised domain error (a subclass of ``DomainError`` in desktop/services, or of
  ``DocumentError`` in desktop/documents), and the one a domain error builds for itself
  (``super().__init__(message)`` in its class);
* the message of a form's check: ``errors.add(field, message)``, ``ValidationError.single(field,
  message)``, the label of ``errors.required`` / ``optional`` / ``choice`` / ``coordinate`` and of
  ``get_or_raise``;
* a progress text (``progress.report(done, total, message)``);
* an import problem's reason and expected value (``fail(file, reason, expected)``), the detail
  of a package refusal (``damaged(path, detail)`` and its kin) and a template's placeholder
  problem (``Problem(part, line, column, message)``).

Programming errors (ValueError, RuntimeError, …) keep their English, and so does text written into
documents, files for partners and the database, which these calls never carry.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from scripts.tr_marks import call_name

DOMAIN_ERRORS = frozenset(
    {"DomainError", "ValidationError", "ConflictError", "NotFoundError", "ReadOnlyError", "DocumentError"}
)
# Calls whose arguments at these positions are shown to office staff as they are.
MESSAGE_ARGUMENTS: dict[str, tuple[int, ...]] = {
    "single": (1,),  # ValidationError.single(field, message)
    "get_or_raise": (3,),  # get_or_raise(session, model, id, label)
    "required": (2,),  # FieldErrors.required(field, value, label, ...)
    "optional": (2,),
    "choice": (2,),
    "coordinate": (2,),
    "report": (2,),  # Progress.report(done, total, message)
    "fail": (1, 2),  # imports.file_safety.fail(file_name, reason, expected)
    "damaged": (1,),  # exchange.package_refusals: damaged(path, detail), ...
    "changed": (1,),
    "not_a_package": (1,),
    "unsupported": (1,),
    "unreadable": (2,),
    "Problem": (3,),  # documents.placeholders.Problem(part, line, column, message)
}
# A reason code or a field's key ("kdf_too_costly", "start_date"): not a message.
_CODE = re.compile(r"[a-z][a-z0-9_]*")

Words = Callable[[ast.AST], Iterator[str]]


def domain_errors(trees: Iterable[ast.Module]) -> frozenset[str]:
    """DOMAIN_ERRORS and every class in ``trees`` that derives from one of them."""
    classes = [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    known = set(DOMAIN_ERRORS)
    while True:
        found = {
            node.name
            for node in classes
            if node.name not in known
            and any(
                (base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")) in known
                for base in node.bases
            )
        }
        if not found:
            return frozenset(known)
        known |= found


def _shown(node: ast.AST, words: Words) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and _CODE.fullmatch(node.value):
        return []
    return list(words(node))


def message_problems(tree: ast.Module, errors: frozenset[str], words: Words) -> Iterator[tuple[int, str]]:
    """(line, problem) for each message in ``tree`` that does not go through translate()."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name in errors:
            yield from _own_messages(node, words)
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            _receiver, name = call_name(node.exc)
            if name in errors:
                for argument in [*node.exc.args, *(k.value for k in node.exc.keywords)]:
                    for text in _shown(argument, words):
                        yield node.lineno, f"{text!r} raised in a {name} without translate()"
        if not isinstance(node, ast.Call):
            continue
        _receiver, name = call_name(node)
        positions = MESSAGE_ARGUMENTS.get(name or "", ())
        if name == "add" and len(node.args) == 2:  # FieldErrors.add(field, message)
            positions = (1,)
        for position in positions:
            if position < len(node.args):
                for text in _shown(node.args[position], words):
                    yield node.lineno, f"{text!r} given to {name}() without translate()"


def _own_messages(error: ast.ClassDef, words: Words) -> Iterator[tuple[int, str]]:
    """The message a domain error class builds for itself: ``super().__init__(message)``."""
    for node in ast.walk(error):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "__init__"
            and isinstance(node.func.value, ast.Call)
            and call_name(node.func.value) == (None, "super")
        ):
            for argument in node.args:
                for text in _shown(argument, words):
                    yield node.lineno, f"{text!r} made the message of a {error.name} without translate()"


def check_services(paths: Iterable[Path], words: Words) -> Iterator[tuple[Path, int, str]]:
    """(module, line, problem) for every message in ``paths`` that does not go through translate()."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in paths}
    errors = domain_errors(trees.values())
    for path, tree in trees.items():
        for line, problem in message_problems(tree, errors, words):
            yield path, line, problem
