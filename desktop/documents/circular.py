"""A government circular or letter on A4: letterhead, number and date, addressee, subject,
references, body, signature block and copy-to list, with "Page x of y" on every page."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.fonts import LATIN, font_name, register_fonts
from desktop.documents.markup import Block, ListBlock, ParagraphBlock, Span, TableBlock, parse_body
from desktop.documents.text import draw_text, paragraph_markup, plain_markup, text_width
from desktop.services.errors import DomainError

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
LOGO_SIZE = 22 * mm
MAX_LOGO_BYTES = 2 * 1024 * 1024

LABELS = {
    "en": {
        "number": "No.", "date": "Date", "to": "To,", "subject": "Subject", "references": "Reference",
        "closing": "Yours faithfully,", "copy_to": "Copy to:", "page": "Page {page} of {pages}",
        "draft": "DRAFT — NOT ISSUED", "duplicate": "DUPLICATE COPY",
    },
    "kn": {
        "number": "ಸಂಖ್ಯೆ", "date": "ದಿನಾಂಕ", "to": "ಇವರಿಗೆ,", "subject": "ವಿಷಯ", "references": "ಉಲ್ಲೇಖ",
        "closing": "ತಮ್ಮ ವಿಶ್ವಾಸಿ,", "copy_to": "ಪ್ರತಿಯನ್ನು:", "page": "ಪುಟ {page} / {pages}",
        "draft": "ಕರಡು — ಹೊರಡಿಸಿಲ್ಲ", "duplicate": "DUPLICATE COPY",
    },
    "hi": {
        "number": "क्रमांक", "date": "दिनांक", "to": "सेवा में,", "subject": "विषय", "references": "संदर्भ",
        "closing": "भवदीय,", "copy_to": "प्रतिलिपि:", "page": "पृष्ठ {page} / {pages}",
        "draft": "प्रारूप — जारी नहीं", "duplicate": "DUPLICATE COPY",
    },
    "mr": {
        "number": "क्रमांक", "date": "दिनांक", "to": "प्रति,", "subject": "विषय", "references": "संदर्भ",
        "closing": "आपला विश्वासू,", "copy_to": "प्रत:", "page": "पृष्ठ {page} / {pages}",
        "draft": "मसुदा — जारी नाही", "duplicate": "DUPLICATE COPY",
    },
}  # fmt: skip


class DocumentError(DomainError):
    pass


@dataclass(frozen=True)
class Letterhead:
    office_name: str
    office_name_local: str | None = None
    address: str | None = None
    address_local: str | None = None
    contact: str | None = None  # phone and e-mail line
    logo: bytes | None = None  # PNG or JPEG


@dataclass(frozen=True)
class Signatory:
    name: str
    designation: str
    office: str | None = None


@dataclass(frozen=True)
class Circular:
    letterhead: Letterhead
    date: date
    subject: str
    body: str
    signatory: Signatory
    language: str = "en"
    number: str | None = None  # None: a draft, printed with a DRAFT marking
    addressee: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    copy_to: tuple[str, ...] = ()
    duplicate: bool = False


@dataclass
class _Styles:
    body: ParagraphStyle
    plain: ParagraphStyle
    right: ParagraphStyle
    cell: ParagraphStyle
    heading_cell: ParagraphStyle = field(init=False)

    def __post_init__(self) -> None:
        self.heading_cell = ParagraphStyle("heading-cell", parent=self.cell)


def styles(size: float = 11) -> _Styles:
    register_fonts()
    base = ParagraphStyle("body", fontName=font_name(LATIN), fontSize=size, leading=size * 1.45, shaping=1)
    return _Styles(
        body=ParagraphStyle("justified", parent=base, alignment=TA_JUSTIFY, spaceAfter=size * 0.6),
        plain=ParagraphStyle("plain", parent=base, alignment=TA_LEFT),
        right=ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        cell=ParagraphStyle("cell", parent=base, fontSize=size - 1, leading=(size - 1) * 1.3),
    )


def body_flowables(blocks: list[Block], style: _Styles) -> list[Any]:
    """Flowables for the parsed body."""
    flowables: list[Any] = []
    for block in blocks:
        if isinstance(block, ParagraphBlock):
            # HarfBuzz leaves a zero-width space glyph where a ZWNJ / ZWJ was, and PDF justification
            # widens every space glyph: such paragraphs are set ranged left instead.
            joiners = any("\u200c" in span.text or "\u200d" in span.text for span in block.spans)
            flowables.append(Paragraph(paragraph_markup(block.spans), style.plain if joiners else style.body))
        elif isinstance(block, ListBlock):
            items = [ListItem(Paragraph(paragraph_markup(item), style.plain)) for item in block.items]
            flowables.append(
                ListFlowable(
                    items,
                    bulletType="1" if block.ordered else "bullet",
                    bulletFormat="%s." if block.ordered else None,
                    start=block.start if block.ordered else "•",
                    bulletFontName=font_name(LATIN),
                    bulletFontSize=style.plain.fontSize,
                    leftIndent=16,
                    spaceAfter=style.body.spaceAfter,
                )
            )
        elif isinstance(block, TableBlock):
            heading = [Paragraph(paragraph_markup(_bold(cell)), style.cell) for cell in block.rows[0]]
            rows = [heading] + [
                [Paragraph(paragraph_markup(cell), style.cell) for cell in row] for row in block.rows[1:]
            ]
            table = Table(rows, repeatRows=1, hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)),  # Table's default is Helvetica
                    ]
                )
            )
            flowables += [table, Spacer(1, style.body.spaceAfter)]
    return flowables


def _bold(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    return tuple(Span(span.text, True, span.italic) for span in spans)


def _heading(circular: Circular, style: _Styles) -> list[Any]:
    labels = LABELS[circular.language]
    number = circular.number or labels["draft"]
    line = Table(
        [
            [
                Paragraph(plain_markup(f"{labels['number']}: {number}"), style.plain),
                Paragraph(plain_markup(f"{labels['date']}: {circular.date:%d/%m/%Y}"), style.right),
            ]
        ],
        colWidths=[(PAGE_WIDTH - 2 * MARGIN) * 0.68, (PAGE_WIDTH - 2 * MARGIN) * 0.32],
    )
    line.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)),  # Table's default is Helvetica
            ]
        )
    )
    flowables: list[Any] = [line, Spacer(1, 4 * mm)]
    if circular.addressee:
        flowables.append(Paragraph(plain_markup(labels["to"]), style.plain))
        flowables += [Paragraph(plain_markup(text), style.plain) for text in circular.addressee]
        flowables.append(Spacer(1, 4 * mm))
    subject = Paragraph(
        plain_markup(f"{labels['subject']}: ", bold=True) + plain_markup(circular.subject, bold=True),
        style.plain,
    )
    flowables += [subject, Spacer(1, 2 * mm)]
    for position, reference in enumerate(circular.references, start=1):
        prefix = f"{labels['references']}: " if position == 1 else ""
        numbered = f"{position}. {reference}" if len(circular.references) > 1 else reference
        flowables.append(Paragraph(plain_markup(prefix + numbered), style.plain))
    if circular.references:
        flowables.append(Spacer(1, 2 * mm))
    flowables.append(
        Paragraph(plain_markup("* * *"), ParagraphStyle("centre", parent=style.plain, alignment=1))
    )
    flowables.append(Spacer(1, 3 * mm))
    return flowables


def _closing(circular: Circular, style: _Styles) -> list[Any]:
    labels = LABELS[circular.language]
    signature = [
        Spacer(1, 4 * mm),
        Paragraph(plain_markup(labels["closing"]), style.right),
        Spacer(1, 14 * mm),
        Paragraph(plain_markup(circular.signatory.name, bold=True), style.right),
        Paragraph(plain_markup(circular.signatory.designation), style.right),
    ]
    if circular.signatory.office:
        signature.append(Paragraph(plain_markup(circular.signatory.office), style.right))
    flowables: list[Any] = [KeepTogether(signature)]
    if circular.copy_to:
        copies = [Paragraph(plain_markup(labels["copy_to"], bold=True), style.plain)]
        copies += [
            Paragraph(plain_markup(f"{n}. {text}"), style.plain) for n, text in enumerate(circular.copy_to, 1)
        ]
        flowables += [Spacer(1, 6 * mm), KeepTogether(copies)]
    return flowables


def _logo(letterhead: Letterhead) -> ImageReader | None:
    if letterhead.logo is None:
        return None
    if len(letterhead.logo) > MAX_LOGO_BYTES:
        raise DocumentError(
            f"The office logo is {len(letterhead.logo) / 1024 / 1024:.1f} MB; at most 2 MB can be printed."
        )
    try:
        reader = ImageReader(io.BytesIO(letterhead.logo))
        reader.getSize()
        reader.getRGBData()  # decode every pixel now: a truncated file must fail here, not mid-print
    except Exception as exc:  # Pillow's many image errors: all mean "not an image we can print"
        raise DocumentError("The office logo is not a PNG or JPEG image; choose another file.") from exc
    return reader


@dataclass(frozen=True)
class _HeadLine:
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


def _head_lines(text: str, size: float, minimum: float, width: float, bold: bool) -> list[_HeadLine]:
    fitted = _fit(text, size, minimum, width, bold)
    if fitted is not None:
        return [_HeadLine(text, fitted, bold)]
    halves = _halves(text)
    if halves is not None:
        sizes = [_fit(half, size, minimum, width, bold) for half in halves]
        if None not in sizes:
            common = min(sizes)  # type: ignore[type-var]
            return [_HeadLine(half, common, bold) for half in halves]  # type: ignore[arg-type]
    raise DocumentError(f"'{text}' is too long for the letterhead; shorten it in the office's record.")


def letterhead_layout(letterhead: Letterhead, with_logo: bool) -> tuple[list[_HeadLine], float]:
    """The letterhead's lines, shrunk (and if need be wrapped in two) to fit beside the logo, and
    the height they take. Raises :class:`DocumentError` for a line that cannot fit at all."""
    # Centred lines keep clear of the logo on the left, and of the same space on the right.
    width = PAGE_WIDTH - 2 * MARGIN - (2 * (LOGO_SIZE + 3 * mm) if with_logo else 0)
    lines: list[_HeadLine] = []
    if letterhead.office_name_local:
        lines += _head_lines(letterhead.office_name_local, 14, 10, width, True)
    lines += _head_lines(letterhead.office_name, 13 if letterhead.office_name_local else 15, 10, width, True)
    for text in (letterhead.address_local, letterhead.address, letterhead.contact):
        if text:
            lines += _head_lines(text, 9, 7.5, width, False)
    height = 5 * mm + sum(_advance(line) for line in lines) + 2 * mm
    return lines, max(height, LOGO_SIZE + 4 * mm if with_logo else 0)


def _advance(line: _HeadLine) -> float:
    return max(4.5 * mm, line.size * 1.35) if line.bold else max(3.6 * mm, line.size * 1.3)


def _draw_letterhead(canvas: Canvas, letterhead: Letterhead, logo: ImageReader | None) -> None:
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


def _page_canvas(circular: Circular, logo: ImageReader | None) -> type[Canvas]:
    """A canvas that holds its pages back until it knows how many there are ("Page x of y")."""
    labels = LABELS[circular.language]

    class PagedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if number == 1:
                    _draw_letterhead(self, circular.letterhead, logo)
                elif circular.number:
                    draw_text(
                        self, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 12 * mm, circular.number, 8, align="right"
                    )
                footer = labels["page"].format(page=number, pages=total)
                draw_text(self, PAGE_WIDTH / 2, 10 * mm, footer, 8, align="centre")
                if circular.duplicate:
                    self._mark(labels["duplicate"], colors.HexColor("#c62828"))
                elif circular.number is None:
                    self._mark(labels["draft"], colors.HexColor("#9e9e9e"))
                super().showPage()
            super().save()

        def _mark(self, text: str, colour: colors.Color) -> None:
            self.saveState()
            self.setFillColor(colour)
            self.setFillAlpha(0.18)
            self.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            self.rotate(35)
            draw_text(self, 0, 0, text, 54, bold=True, align="centre")
            self.restoreState()
            self.saveState()
            self.setFillColor(colour)
            draw_text(self, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 9 * mm, text, 9, bold=True, align="right")
            self.restoreState()

    return PagedCanvas


def render_circular(circular: Circular) -> bytes:
    """The circular as PDF bytes. Raises MarkupError, DocumentError or FontMissingError with a
    message for staff when something cannot be printed."""
    if circular.language not in LABELS:
        raise DocumentError(f"Circulars can be printed in {', '.join(LABELS)}; not in '{circular.language}'.")
    if not circular.subject.strip():
        raise DocumentError("The subject is empty; every circular needs one.")
    blocks = parse_body(circular.body)
    logo = _logo(circular.letterhead)
    _lines, head_height = letterhead_layout(circular.letterhead, logo is not None)
    style = styles()
    story = _heading(circular, style) + body_flowables(blocks, style) + _closing(circular, style)
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=circular.subject,
        author=circular.letterhead.office_name,
        subject=circular.number or "draft",
        creator="District Collective Desk",
        initialFontName=font_name(LATIN),  # else every page names an unembedded Helvetica
    )
    width = PAGE_WIDTH - 2 * MARGIN
    no_padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    # The first page's text starts below the letterhead, however many lines it took.
    first_height = PAGE_HEIGHT - 2 * MARGIN - head_height - 6 * mm
    first = Frame(MARGIN, MARGIN, width, first_height, id="first", **no_padding)
    later = Frame(MARGIN, MARGIN, width, PAGE_HEIGHT - 2 * MARGIN - 4 * mm, id="later", **no_padding)
    # Only the first page carries the letterhead; the rest use the space for text.
    document.addPageTemplates([PageTemplate("first", [first]), PageTemplate("later", [later])])
    document.build([NextPageTemplate("later"), *story], canvasmaker=_page_canvas(circular, logo))
    return buffer.getvalue()
