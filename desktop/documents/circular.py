"""A government circular or letter on A4: letterhead, number and date, addressee, subject,
references, body, signature block and copy-to list, with "Page x of y" on every page."""

from __future__ import annotations

import io
from collections.abc import Sequence
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
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.errors import DocumentError
from desktop.documents.fonts import LATIN, font_name, register_fonts
from desktop.documents.letterhead import (
    LOGO_SIZE,
    MAX_LOGO_BYTES,
    HeadLine,
    Letterhead,
    draw_letterhead,
    letterhead_layout,
    load_logo,
)
from desktop.documents.markup import Block, ListBlock, ParagraphBlock, Span, TableBlock, parse_body
from desktop.documents.paged import counting_canvas
from desktop.documents.pages import MARGIN, PAGE_HEIGHT, PAGE_WIDTH
from desktop.documents.table_columns import column_widths
from desktop.documents.text import draw_text, paragraph_markup, plain_markup
from desktop.services.i18n import language_names, or_list, translate
from desktop.services.progress import NO_PROGRESS, Progress

LABELS = {
    "en": {
        "number": "No.", "date": "Date", "to": "To,", "subject": "Subject", "references": "Reference",
        "closing": "Yours faithfully,", "copy_to": "Copy to:", "page": "Page {page} of {pages}",
        "draft": "DRAFT — NOT ISSUED", "duplicate": "DUPLICATE COPY",
        "supersedes": "This supersedes No. {number} dated {date}.",
    },
    "kn": {
        "number": "ಸಂಖ್ಯೆ", "date": "ದಿನಾಂಕ", "to": "ಇವರಿಗೆ,", "subject": "ವಿಷಯ", "references": "ಉಲ್ಲೇಖ",
        "closing": "ತಮ್ಮ ವಿಶ್ವಾಸಿ,", "copy_to": "ಪ್ರತಿಯನ್ನು:", "page": "ಪುಟ {page} / {pages}",
        "draft": "ಕರಡು — ಹೊರಡಿಸಿಲ್ಲ", "duplicate": "DUPLICATE COPY",
        "supersedes": "ಸಂಖ್ಯೆ {number}, ದಿನಾಂಕ {date} ರ ಸುತ್ತೋಲೆಯ ಬದಲಿಗೆ ಈ ಸುತ್ತೋಲೆ.",
    },
    "hi": {
        "number": "क्रमांक", "date": "दिनांक", "to": "सेवा में,", "subject": "विषय", "references": "संदर्भ",
        "closing": "भवदीय,", "copy_to": "प्रतिलिपि:", "page": "पृष्ठ {page} / {pages}",
        "draft": "प्रारूप — जारी नहीं", "duplicate": "DUPLICATE COPY",
        "supersedes": "यह क्रमांक {number} दिनांक {date} के स्थान पर जारी।",
    },
    "mr": {
        "number": "क्रमांक", "date": "दिनांक", "to": "प्रति,", "subject": "विषय", "references": "संदर्भ",
        "closing": "आपला विश्वासू,", "copy_to": "प्रत:", "page": "पृष्ठ {page} / {pages}",
        "draft": "मसुदा — जारी नाही", "duplicate": "DUPLICATE COPY",
        "supersedes": "हे क्रमांक {number} दिनांक {date} ऐवजी जारी.",
    },
}  # fmt: skip


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


_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


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
            table = Table(rows, colWidths=column_widths(block.rows), repeatRows=1, hAlign="LEFT")
            table.setStyle(TableStyle(grid_table_commands()))
            flowables += [table, Spacer(1, style.body.spaceAfter)]
    return flowables


def _bold(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    return tuple(Span(span.text, True, span.italic) for span in spans)


def _heading(circular: Circular, style: _Styles, addressee_slot: Any = None) -> list[Any]:
    """The lines above the body; ``addressee_slot`` (a flowable) stands in for the addressee lines
    when they are drawn separately on each copy (see :mod:`desktop.documents.merge`)."""
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
    if addressee_slot is not None:
        flowables += [Paragraph(plain_markup(labels["to"]), style.plain), addressee_slot, Spacer(1, 4 * mm)]
    elif circular.addressee:
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


class _CopyStart(Flowable):
    """Zero-size marker at the top of each copy: records the page the copy starts on, reports
    progress, and stops the build when Cancel was pressed."""

    def __init__(self, index: int, starts: list[int], progress: Progress, total: int) -> None:
        super().__init__()
        self.index = index
        self.starts = starts
        self.progress = progress
        self.total = total

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.progress.report(self.index, self.total, translate("Documents", "Laying out"))
        if len(self.starts) == self.index:  # a marker can be drawn twice if its frame overflows
            self.starts.append(self.canv.getPageNumber())


def decorate_page(
    canvas: Canvas, circular: Circular, page: int, pages: int, logo: ImageReader | None
) -> None:
    """What every page carries besides the text: the letterhead (first page) or the number, the
    page number, and a DRAFT or DUPLICATE COPY mark."""
    labels = LABELS[circular.language]
    if page == 1:
        draw_letterhead(canvas, circular.letterhead, logo)
    elif circular.number:
        draw_text(canvas, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 12 * mm, circular.number, 8, align="right")
    draw_text(
        canvas, PAGE_WIDTH / 2, 10 * mm, labels["page"].format(page=page, pages=pages), 8, align="centre"
    )
    if circular.duplicate:
        _mark(canvas, labels["duplicate"], colors.HexColor("#c62828"))
    elif circular.number is None:
        _mark(canvas, labels["draft"], colors.HexColor("#9e9e9e"))


def _mark(canvas: Canvas, text: str, colour: colors.Color) -> None:
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.setFillAlpha(0.18)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(35)
    draw_text(canvas, 0, 0, text, 54, bold=True, align="centre")
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(colour)
    draw_text(canvas, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 9 * mm, text, 9, bold=True, align="right")
    canvas.restoreState()


def first_frame(head_height: float) -> Frame:
    """Where the text of a copy's first page goes: below the letterhead, however tall it is."""
    height = PAGE_HEIGHT - 2 * MARGIN - head_height - 6 * mm
    return Frame(MARGIN, MARGIN, PAGE_WIDTH - 2 * MARGIN, height, id="first", **_NO_PADDING)


def _page_canvas(copies: Sequence[Circular], starts: list[int], logo: ImageReader | None) -> type[Canvas]:
    """A canvas on which each copy gets its letterhead and its own "Page x of y"."""

    def decorate(canvas: Canvas, number: int, total: int) -> None:
        bounds = [*starts, total + 1]
        copy = max(i for i, start in enumerate(starts) if start <= number)
        decorate_page(canvas, copies[copy], number - bounds[copy] + 1, bounds[copy + 1] - bounds[copy], logo)

    return counting_canvas(decorate)


def grid_table_commands() -> list[Any]:
    """The look of every table printed: thin grid, tinted header row, text at the top of its cell."""
    return [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)),  # Table's default is Helvetica
    ]


def _check(circular: Circular) -> list[Block]:
    if circular.language not in LABELS:
        message = translate("Documents", "Circulars can be printed in {languages}; not in '{code}'.")
        raise DocumentError(
            message.format(languages=or_list(language_names(list(LABELS))), code=circular.language)
        )
    if not circular.subject.strip():
        raise DocumentError(translate("Documents", "The subject is empty; every circular needs one."))
    return parse_body(circular.body)


def render_circular(circular: Circular) -> bytes:
    """The circular as PDF bytes. Raises MarkupError, DocumentError or FontMissingError with a
    message for staff when something cannot be printed."""
    return render_circulars([circular])


def render_circulars(copies: Sequence[Circular], progress: Progress = NO_PROGRESS) -> bytes:
    """Several copies of one circular (one per recipient) in one PDF, each starting on a new page
    with the letterhead and numbered "Page x of y" on its own. The same input always gives the
    same bytes, so a reprint can be checked against the register's SHA-256."""
    if not copies:
        raise DocumentError(translate("Documents", "There is no recipient to print for."))
    from desktop.documents.merge import render_merged  # it builds on this module

    merged = render_merged(copies, progress)
    if merged is not None:
        return merged
    letterhead = copies[0].letterhead
    if any(copy.letterhead != letterhead for copy in copies):
        raise DocumentError(
            translate("Documents", "All copies of a circular are printed on the same letterhead.")
        )
    blocks = [_check(copy) for copy in copies]
    logo = load_logo(letterhead)
    _lines, head_height = letterhead_layout(letterhead, logo is not None)
    style = styles()
    starts: list[int] = []
    story: list[Any] = []
    for index, (copy, body) in enumerate(zip(copies, blocks, strict=True)):
        if index:
            story += [NextPageTemplate("first"), PageBreak()]
        story += [_CopyStart(index, starts, progress, len(copies)), NextPageTemplate("later")]
        story += _heading(copy, style) + body_flowables(body, style) + _closing(copy, style)
    buffer = io.BytesIO()
    first = copies[0]
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=first.subject,
        author=letterhead.office_name,
        subject=first.number or "draft",
        creator="District Collective Desk",
        initialFontName=font_name(LATIN),  # else every page names an unembedded Helvetica
        invariant=1,  # no time stamp or random id: the same circular gives the same bytes
    )
    width = PAGE_WIDTH - 2 * MARGIN
    later_frame = Frame(MARGIN, MARGIN, width, PAGE_HEIGHT - 2 * MARGIN - 4 * mm, id="later", **_NO_PADDING)
    document.addPageTemplates(
        [PageTemplate("first", [first_frame(head_height)]), PageTemplate("later", [later_frame])]
    )
    document.build(story, canvasmaker=_page_canvas(copies, starts, logo))
    progress.report(len(copies), len(copies), translate("Documents", "Done"))
    return buffer.getvalue()


__all__ = [
    "LABELS",
    "LOGO_SIZE",
    "MARGIN",
    "MAX_LOGO_BYTES",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "Circular",
    "DocumentError",
    "HeadLine",
    "Letterhead",
    "Signatory",
    "letterhead_layout",
    "render_circular",
    "render_circulars",
]
