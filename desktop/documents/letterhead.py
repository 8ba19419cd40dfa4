"""The issuing office's letterhead: names in English and the regional language, address, logo.

Each line is centred and kept clear of the logo; a line too wide shrinks (down to a floor), then
wraps in two, and the letterhead is as tall as its lines need. A line that cannot fit even so is
refused with a message naming it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.errors import DocumentError
from desktop.documents.pages import MARGIN, PAGE_HEIGHT, PAGE_WIDTH
from desktop.documents.text import draw_text, text_width
from desktop.services.i18n import translate

LOGO_SIZE = 22 * mm
MAX_LOGO_BYTES = 2 * 1024 * 1024
_MAX_LOGO_MB = MAX_LOGO_BYTES // (1024 * 1024)


@dataclass(frozen=True)
class Letterhead:
    office_name: str
    office_name_local: str | None = None
    address: str | None = None
    address_local: str | None = None
    contact: str | None = None  # phone and e-mail line
    logo: bytes | None = None  # PNG or JPEG


def load_logo(letterhead: Letterhead) -> ImageReader | None:
    if letterhead.logo is None:
        return None
    if len(letterhead.logo) > MAX_LOGO_BYTES:
        message = translate("Documents", "The office logo is {size} MB; at most {most} MB can be printed.")
        raise DocumentError(
            message.format(size=f"{len(letterhead.logo) / 1024 / 1024:.1f}", most=_MAX_LOGO_MB)
        )
    try:
        reader = ImageReader(io.BytesIO(letterhead.logo))
        reader.getSize()
        reader.getRGBData()  # decode every pixel now: a truncated file must fail here, not mid-print
    except Exception as exc:  # Pillow's many image errors: all mean "not an image we can print"
        message = translate("Documents", "The office logo is not a PNG or JPEG image; choose another file.")
        raise DocumentError(message) from exc
    return reader


@dataclass(frozen=True)
class HeadLine:
    text: str
    size: float
    bold: bool


def _fit(text: str, size: float, minimum: float, width: float, bold: bool) -> float | None:
    """The largest size from ``size`` down to ``minimum`` (in half points) at which ``text`` fits."""
    while size >= minimum:
        if text_width(text, size, bold) <= width:
            return size
        size -= 0.5
    return None


def _halves(text: str) -> tuple[str, str] | None:
    """``text`` split at the space nearest its middle."""
    spaces = [i for i, char in enumerate(text) if char == " "]
    if not spaces:
        return None
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut], text[cut + 1 :]


def _head_lines(text: str, size: float, minimum: float, width: float, bold: bool) -> list[HeadLine]:
    fitted = _fit(text, size, minimum, width, bold)
    if fitted is not None:
        return [HeadLine(text, fitted, bold)]
    halves = _halves(text)
    if halves is not None:
        sizes = [_fit(half, size, minimum, width, bold) for half in halves]
        if None not in sizes:
            common = min(sizes)  # type: ignore[type-var]
            return [HeadLine(half, common, bold) for half in halves]  # type: ignore[arg-type]
    message = translate(
        "Documents", "'{text}' is too long for the letterhead; shorten it in the office's record."
    )
    raise DocumentError(message.format(text=text))


def letterhead_layout(letterhead: Letterhead, with_logo: bool) -> tuple[list[HeadLine], float]:
    """The letterhead's lines, shrunk (and if need be wrapped in two) to fit beside the logo, and
    the height they take. Raises :class:`DocumentError` for a line that cannot fit at all."""
    # Centred lines keep clear of the logo on the left, and of the same space on the right.
    width = PAGE_WIDTH - 2 * MARGIN - (2 * (LOGO_SIZE + 3 * mm) if with_logo else 0)
    lines: list[HeadLine] = []
    if letterhead.office_name_local:
        lines += _head_lines(letterhead.office_name_local, 14, 10, width, True)
    lines += _head_lines(letterhead.office_name, 13 if letterhead.office_name_local else 15, 10, width, True)
    for text in (letterhead.address_local, letterhead.address, letterhead.contact):
        if text:
            lines += _head_lines(text, 9, 7.5, width, False)
    height = 5 * mm + sum(_advance(line) for line in lines) + 2 * mm
    return lines, max(height, LOGO_SIZE + 4 * mm if with_logo else 0)


def _advance(line: HeadLine) -> float:
    return max(4.5 * mm, line.size * 1.35) if line.bold else max(3.6 * mm, line.size * 1.3)


def draw_letterhead(canvas: Canvas, letterhead: Letterhead, logo: ImageReader | None) -> None:
    top = PAGE_HEIGHT - MARGIN
    if logo is not None:
        canvas.drawImage(
            logo, MARGIN, top - LOGO_SIZE, LOGO_SIZE, LOGO_SIZE, preserveAspectRatio=True, mask="auto"
        )
    lines, height = letterhead_layout(letterhead, logo is not None)
    y = top - 5 * mm
    for line in lines:
        draw_text(canvas, PAGE_WIDTH / 2, y, line.text, line.size, bold=line.bold, align="centre")
        y -= _advance(line)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN, top - height, PAGE_WIDTH - MARGIN, top - height)
