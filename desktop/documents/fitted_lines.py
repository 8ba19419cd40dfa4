"""Lines fitted to the width they have on a page laid out line by line (the certificate): a line
shrinks from its largest size down to a floor, then wraps onto two lines at one common size. A
line that cannot fit even so raises :class:`LineTooLongError` naming what it is, before anything
is drawn.
"""

from __future__ import annotations

from desktop.documents.errors import DocumentError
from desktop.documents.fonts import LATIN
from desktop.documents.text import ShapedLine, shape_line
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate

# What the certificate calls its lines when one does not fit (``what``): English, since callers
# tell "name" from "regional name" by it; marked here so that the message shows it translated.
LINE_NAMES = (
    QT_TRANSLATE_NOOP("Documents", "line"),
    QT_TRANSLATE_NOOP("Documents", "office name"),
    QT_TRANSLATE_NOOP("Documents", "programme"),
    QT_TRANSLATE_NOOP("Documents", "name"),
    QT_TRANSLATE_NOOP("Documents", "regional name"),
    QT_TRANSLATE_NOOP("Documents", "description"),
    QT_TRANSLATE_NOOP("Documents", "category"),
    QT_TRANSLATE_NOOP("Documents", "date"),
    QT_TRANSLATE_NOOP("Documents", "number"),
    QT_TRANSLATE_NOOP("Documents", "signatory's name"),
    QT_TRANSLATE_NOOP("Documents", "signatory's designation"),
    QT_TRANSLATE_NOOP("Documents", "signatory's office"),
)


class LineTooLongError(DocumentError):
    """A line that does not fit its width even at its smallest size on two lines; ``what`` is one
    of :data:`LINE_NAMES`, and :attr:`what_text` its translation."""

    def __init__(self, what: str, text: str) -> None:
        self.what = what
        self.text = text
        message = translate(
            "Documents",
            "The {what} '{text}' is too long for the certificate, even in two lines at the smallest size.",
        )
        super().__init__(message.format(what=self.what_text, text=text))

    @property
    def what_text(self) -> str:
        """The line's name in the interface's language."""
        return translate("Documents", self.what)


def _shrunk(text: str, size: float, minimum: float, width: float, bold: bool) -> ShapedLine | None:
    """``text`` on one line at the largest size down to ``minimum`` (half points) that fits."""
    line = shape_line(text, size, bold)
    if line.width <= width:
        return line
    # Shaped widths grow in proportion to the size: start near the answer, then step down.
    size = max(minimum, int(size * width / line.width * 2) / 2)
    while size >= minimum:
        line = shape_line(text, size, bold)
        if line.width <= width:
            return line
        size -= 0.5
    return None


def _best_split(text: str, size: float, bold: bool) -> tuple[str, str] | None:
    """``text`` cut at the space that makes its longer half shortest."""
    spaces = [i for i, char in enumerate(text) if char == " "]
    if not spaces:
        return None
    cut = min(
        spaces,
        key=lambda i: max(
            shape_line(text[:i], size, bold).width, shape_line(text[i + 1 :], size, bold).width
        ),
    )
    return text[:cut].rstrip(), text[cut + 1 :].lstrip()


def fit_lines(
    text: str, size: float, minimum: float, width: float, *, bold: bool = False, what: str = "line"
) -> tuple[ShapedLine, ...]:
    """``text`` shaped to fit ``width``: one line shrunk from ``size`` down to ``minimum``; failing
    that, two lines at the same (largest fitting) size. Raises :class:`LineTooLongError` naming the
    line as ``what`` (one of :data:`LINE_NAMES`)."""
    text = " ".join(text.split())
    single = _shrunk(text, size, minimum, width, bold)
    if single is not None:
        return (single,)
    halves = _best_split(text, minimum, bold)
    if halves is not None:
        fitted = [_shrunk(half, size, minimum, width, bold) for half in halves]
        if all(line is not None for line in fitted):
            common = min(line.size for line in fitted if line is not None)
            return tuple(shape_line(half, common, bold) for half in halves)
    raise LineTooLongError(what, text)


def leading(line: ShapedLine) -> float:
    """The height a line takes, baseline to baseline."""
    # Kannada and Devanagari stack vowel signs above and below: they need more room than Latin.
    indic = any(LATIN not in font for _text, font, _width in line.runs)
    return line.size * (1.38 if indic else 1.2)
