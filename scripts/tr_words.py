"""What the translation checker (scripts/tr_lint.py, scripts/tr_services.py) counts as words a
person reads, and which calls translate them: shared by the screens' check and the messages'."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from scripts.tr_marks import call_name

# Literals with letters that are rightly shown as they are.
ALLOWED = {
    "KA/2017/0123456",  # the form of an NGO-Darpan ID, as a placeholder
    "ಉದಾ. ಪ್ರಗತಿಯ ಹೆಜ್ಜೆ",  # an example name in the regional language, written in it
}
TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication", "i18n", "service_i18n"}
_MARKUP = re.compile(r"<[^>]*>|&[a-zA-Z]+;|%\([A-Za-z_]\w*\)[sdf]|%[sdfn]|\{[^{}]*\}")


def has_words(text: str) -> bool:
    """True when ``text`` holds at least two letters outside markup and placeholders."""
    if text in ALLOWED:
        return False
    return sum(ch.isalpha() for ch in _MARKUP.sub("", text)) >= 2


def translation_parts(node: ast.Call) -> tuple[str, ast.AST | None, ast.AST | None, ast.AST | None] | None:
    """For a tr / translate call: (kind, context node, source node, count node); else None."""
    receiver, name = call_name(node)
    args = node.args
    if name == "tr" and isinstance(node.func, ast.Attribute):
        count = args[2] if len(args) > 2 else None
        return "tr", None, args[0] if args else None, count
    if name == "tr":
        return "bare-tr", None, args[0] if args else None, None
    translate = isinstance(node.func, ast.Name) or receiver in TRANSLATE_OWNERS
    if name == "translate" and len(args) >= 2 and translate:
        return "translate", args[0], args[1], args[3] if len(args) > 3 else None
    return None


def untranslated_words(node: ast.AST) -> Iterator[str]:
    """Literal words in an expression that reach the screen untranslated."""
    if isinstance(node, ast.Call) and translation_parts(node) is not None:
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if has_words(node.value):
            yield node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        if has_words(text):
            yield text
    elif isinstance(node, ast.BinOp):  # "..." % x, "a" + b
        yield from untranslated_words(node.left)
        yield from untranslated_words(node.right)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        yield from untranslated_words(node.func.value)
    elif isinstance(node, ast.IfExp):
        yield from untranslated_words(node.body)
        yield from untranslated_words(node.orelse)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from untranslated_words(element)
