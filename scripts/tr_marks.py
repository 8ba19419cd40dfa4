"""What the translation checker (scripts/tr_lint.py) knows about calls and marks: which call is a
translation, and which names hold strings marked with QT_TRANSLATE_NOOP (constants in a module or
a class, imported ones, loop variables drawn from them, names assigned them)."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def call_name(node: ast.Call) -> tuple[str | None, str | None]:
    """(receiver, name) of a call: ("self", "tr"), (None, "translate"), ("QMessageBox", "warning")."""
    func = node.func
    if isinstance(func, ast.Name):
        return None, func.id
    if isinstance(func, ast.Attribute):
        value = func.value
        receiver = value.id if isinstance(value, ast.Name) else None
        return receiver, func.attr
    return None, None


def is_lookup(node: ast.Call) -> bool:
    """``LABELS.get(key, key)``: a value looked up, like ``LABELS[key]``, not text being built."""
    return isinstance(node.func, ast.Attribute) and node.func.attr == "get"


def is_noop_mark(node: ast.Call) -> str | None:
    _receiver, name = call_name(node)
    return name if name in ("QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3") else None


Marked = dict[str, dict[str, set[str]]]  # module -> constant -> contexts of its marked strings


def module_name(path: Path) -> str:
    return ".".join(path.resolve().relative_to(ROOT).with_suffix("").parts)


def marks_in(node: ast.AST, klass: str | None) -> set[str]:
    contexts = set()
    for call in ast.walk(node):
        if isinstance(call, ast.Call):
            mark = is_noop_mark(call)
            if mark == "QT_TR_NOOP" and klass:
                contexts.add(klass)
            elif mark in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3") and call.args and literal(call.args[0]):
                contexts.add(literal(call.args[0]) or "")
    return contexts


def marked_constants(paths: Iterable[Path]) -> Marked:
    """The constants (module or class level) holding strings marked for translation, with the
    contexts they are marked in, by module."""
    marked: Marked = {}
    for path in paths:
        found = marked_constants_in(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        if found:
            marked[module_name(path)] = found
    return marked


def marked_constants_in(tree: ast.Module) -> dict[str, set[str]]:
    """The marked constants one module defines."""
    found: dict[str, set[str]] = {}
    scopes: list[tuple[list[ast.stmt], str | None]] = [(tree.body, None)]
    scopes += [(n.body, n.name) for n in tree.body if isinstance(n, ast.ClassDef)]
    for body, klass in scopes:
        for statement in body:
            if isinstance(statement, ast.Assign | ast.AnnAssign) and statement.value is not None:
                targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
                contexts = marks_in(statement.value, klass)
                for target in targets:
                    if isinstance(target, ast.Name) and contexts:
                        found.setdefault(target.id, set()).update(contexts)
    return found


def marked_contexts(paths: Iterable[Path]) -> set[str]:
    """Every context with strings marked anywhere (QT_TRANSLATE_NOOP; QT_TR_NOOP in a class)."""
    contexts: set[str] = set()
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        contexts |= marks_in(tree, None)
        for klass in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            contexts |= {c for c in marks_in(klass, klass.name) if c == klass.name}
    return contexts


def root_name(node: ast.AST) -> str | None:
    """The constant a looked-up value comes from: LABELS in LABELS[key], LABELS.get(key),
    self.LABELS[key]; a plain name otherwise."""
    while True:
        if isinstance(node, ast.Subscript):
            node = node.value
        elif isinstance(node, ast.Call) and is_lookup(node):
            node = node.func.value  # type: ignore[attr-defined]
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            return node.attr
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            return f"{node.value.id}.{node.attr}"  # schools.CATEGORIES, a module's constant
        elif isinstance(node, ast.Name):
            return node.id
        else:
            return None


def local_contexts(tree: ast.AST, constants: dict[str, set[str]]) -> dict[str, set[str]]:
    """Names bound to marked strings inside functions: loop variables drawn from a marked constant
    (``for key, label in LABELS.items()``) and names assigned one (``reason = LABELS.get(k)``,
    ``reason = QT_TRANSLATE_NOOP(...)``), with the contexts those strings are marked in."""
    known = {name: set(contexts) for name, contexts in constants.items()}
    bindings: list[tuple[ast.AST, ast.AST]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.For | ast.comprehension):
            iterated = node.iter
            if (
                isinstance(iterated, ast.Call)
                and isinstance(iterated.func, ast.Attribute)
                and iterated.func.attr in ("items", "values", "keys")
            ):
                iterated = iterated.func.value
            bindings.append((node.target, iterated))
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            bindings.append((node.targets[0], node.value))
    for _round in range(3):  # a name bound from a name bound from a constant
        for target, value in bindings:
            contexts = marks_in(value, None)
            root = root_name(value)
            if root in known:
                contexts |= known[root]
            if contexts:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        known.setdefault(name.id, set()).update(contexts)
    return known
