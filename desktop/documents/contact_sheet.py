"""The members' contact sheet of a body on A4: the office's letterhead, the body, and one row per
member with role, whom they represent, designation, phone and e-mail; "Page x of y" on every page.

Also the page set-up the other committee documents share (:func:`paged_pdf`): the letterhead on
the first page (centred on a landscape page), a running head on the others, the page numbers.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.circular import grid_table_commands, styles
from desktop.documents.fonts import LATIN, font_name
from desktop.documents.governance_data import BodyHeading, ContactSheet, MemberLine, long_date
from desktop.documents.letterhead import Letterhead, draw_letterhead, letterhead_layout, load_logo
from desktop.documents.paged import counting_canvas
from desktop.documents.pages import MARGIN, PAGE_HEIGHT, PAGE_WIDTH
from desktop.documents.text import draw_text, indian_date, plain_markup, text_width

Decorate = Callable[[Canvas, int, int], None]
_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
_CELL_PADDING = 4  # each side of a contact sheet cell: seven columns share a portrait page

# (heading, width in mm); together the width between the margins of portrait A4
COLUMNS = (
    ("No.", 8), ("Name", 32), ("Role", 20), ("Representing", 28), ("Designation", 29), ("Phone", 27),
    ("E-mail", 26),
)  # fmt: skip


# --- shared by the committee documents -----------------------------------------------------------


def paged_pdf(
    story: Sequence[Any],
    *,
    letterhead: Letterhead,
    title: str,
    running_head: str,
    wide: bool = False,
    marks: Decorate | None = None,
) -> bytes:
    """``story`` laid out on A4 (landscape when ``wide``): the letterhead on page 1, ``running_head``
    at the top of the others, "Page x of y" at the foot of all; ``marks`` draws anything else on
    each page (a DRAFT mark). The same input gives the same bytes."""
    width, height = landscape(A4) if wide else A4
    logo = load_logo(letterhead)
    _lines, head_height = letterhead_layout(letterhead, logo is not None)
    # The running head keeps to the right part of the top, clear of a DRAFT mark on the left.
    head = shortened(running_head, width - 2 * MARGIN - 50 * mm, 8)

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        if page == 1:
            # The letterhead is laid out for portrait A4: centre it on a wide page and carry its
            # rule across the full width.
            canvas.saveState()
            canvas.translate((width - PAGE_WIDTH) / 2, height - PAGE_HEIGHT)
            draw_letterhead(canvas, letterhead, logo)
            canvas.restoreState()
            if wide:
                canvas.setLineWidth(1.2)
                rule = height - MARGIN - head_height
                canvas.line(MARGIN, rule, width - MARGIN, rule)
        else:
            draw_text(canvas, width - MARGIN, height - 12 * mm, head, 8, align="right")
        draw_text(canvas, width / 2, 10 * mm, f"Page {page} of {pages}", 8, align="centre")
        if marks is not None:
            marks(canvas, page, pages)

    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        title=title,
        author=letterhead.office_name,
        creator="District Collective Desk",
        initialFontName=font_name(LATIN),  # else every page names an unembedded Helvetica
        invariant=1,  # no time stamp or random id
    )
    frame_width = width - 2 * MARGIN
    first = Frame(MARGIN, MARGIN, frame_width, height - 2 * MARGIN - head_height - 6 * mm, **_NO_PADDING)
    later = Frame(MARGIN, MARGIN, frame_width, height - 2 * MARGIN - 4 * mm, **_NO_PADDING)
    document.addPageTemplates([PageTemplate("first", [first]), PageTemplate("later", [later])])
    document.build([NextPageTemplate("later"), *story], canvasmaker=counting_canvas(decorate))
    return buffer.getvalue()


def shortened(text: str, width: float, size: float) -> str:
    """``text``, cut at a word and ended with "…" when it is wider than ``width``."""
    if text_width(text, size) <= width:
        return text
    words = text.split()
    while len(words) > 1 and text_width(" ".join(words) + " …", size) > width:
        words.pop()
    return " ".join(words) + " …"


def breakable_markup(text: str, width: float, size: float) -> str:
    """Markup for ``text`` (an e-mail address, a web address) that has no spaces to wrap at:
    broken before "@" and "." so that each line fits ``width``."""
    if text_width(text, size) <= width:
        return plain_markup(text)
    lines: list[str] = []
    for piece in re.split(r"(?=[@.])", text):
        if lines and text_width(lines[-1] + piece, size) <= width:
            lines[-1] += piece
        else:
            lines.append(piece)
    return "<br/>".join(plain_markup(line) for line in lines if line)


def table_style(rows: int, zebra: bool = True) -> TableStyle:
    """The engine's grid look, with every other body row lightly shaded."""
    commands = grid_table_commands()
    if zebra:
        commands += [("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f7f7f7")) for i in range(2, rows, 2)]
    return TableStyle(commands)


def title_styles(base: ParagraphStyle) -> tuple[ParagraphStyle, ParagraphStyle]:
    """A centred title and a centred line under it."""
    title = ParagraphStyle("gov-title", parent=base, fontSize=13, leading=18, alignment=TA_CENTER)
    return title, ParagraphStyle("gov-centre", parent=base, alignment=TA_CENTER)


def body_lines(body: BodyHeading) -> list[str]:
    """What identifies a body under a document's title: its local name, kind, level and unit, and
    the order that constituted it."""
    lines = [body.name_local] if body.name_local else []
    lines.append(f"{body.kind} · {body.level} level · {body.unit}")
    if body.constituting_order:
        lines.append(f"Constituted by order No. {body.constituting_order}")
    return lines


# --- the contact sheet ---------------------------------------------------------------------------


def _name_cell(member: MemberLine, style: ParagraphStyle) -> Paragraph:
    markup = plain_markup(member.name, bold=True)
    if member.name_local and member.name_local != member.name:
        markup += "<br/>" + plain_markup(member.name_local)
    return Paragraph(markup, style)


def readable_phone(phone: str | None) -> str | None:
    """An Indian mobile number as it is read out, "+91 76361 21944", so it never breaks mid-number."""
    if phone and re.fullmatch(r"\+91[0-9]{10}", phone):
        return f"{phone[:3]} {phone[3:8]} {phone[8:]}"
    return phone


def _members_table(sheet: ContactSheet, style: ParagraphStyle) -> Table:
    header = [Paragraph(plain_markup(heading, True), style) for heading, _width in COLUMNS]
    data: list[list[Any]] = [header]
    email_width = COLUMNS[-1][1] * mm - 2 * _CELL_PADDING
    for number, member in enumerate(sheet.members, start=1):
        values = (member.role, member.representing, member.designation, readable_phone(member.phone))
        data.append(
            [Paragraph(plain_markup(str(number)), style), _name_cell(member, style)]
            + [Paragraph(plain_markup(value or "—"), style) for value in values]
            + [Paragraph(breakable_markup(member.email or "—", email_width, style.fontSize), style)]
        )
    if not sheet.members:
        data.append([Paragraph(plain_markup("No member on this date."), style)] + [""] * (len(COLUMNS) - 1))
    table = Table(data, colWidths=[width * mm for _h, width in COLUMNS], repeatRows=1, hAlign="LEFT")
    style = table_style(len(data))
    style.add("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING)
    style.add("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING)
    if not sheet.members:
        style.add("SPAN", (0, 1), (-1, 1))
    table.setStyle(style)
    return table


def contact_sheet_title(sheet: ContactSheet) -> str:
    """ "Members of the District Task Force, Uttara Kannada district — as on 23 November 2026"."""
    return f"Members of the {sheet.body.name}, {sheet.body.unit} — as on {long_date(sheet.as_on)}"


def render_contact_sheet(sheet: ContactSheet) -> bytes:
    """The contact sheet as PDF bytes (A4 portrait); rows in the order given. Raises
    :class:`DocumentError` (a bad logo, a letterhead line too long) with a message for staff."""
    style = styles(9)
    title_style, centre = title_styles(style.plain)
    story: list[Any] = [Paragraph(plain_markup(contact_sheet_title(sheet), True), title_style)]
    story += [Paragraph(plain_markup(line), centre) for line in body_lines(sheet.body)]
    count = len(sheet.members)
    story += [
        Spacer(1, 3 * mm),
        Paragraph(plain_markup(f"{count} member{'' if count == 1 else 's'}"), style.plain),
        Spacer(1, 2 * mm),
        _members_table(sheet, style.cell),
    ]
    running_head = f"Members of the {sheet.body.name} — as on {indian_date(sheet.as_on)}"
    return paged_pdf(
        story, letterhead=sheet.letterhead, title=contact_sheet_title(sheet), running_head=running_head
    )
