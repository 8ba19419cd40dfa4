"""The minutes of a meeting on A4: letterhead, title, body, date, time, venue and chair; who was
present, represented, absent and invited; each agenda item with its discussion, decisions and any
correction to earlier minutes; the action items raised and those carried forward; signatures.

Draft minutes carry DRAFT on every page; approved ones say when and by whom. Long discussions
wrap and run on across pages, and so do long rows of the action tables. No database here: the
meeting service builds a :class:`Minutes` and this module only lays it out.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.circular import styles
from desktop.documents.contact_sheet import body_lines, paged_pdf, table_style, title_styles
from desktop.documents.errors import DocumentError
from desktop.documents.fonts import LATIN, font_name
from desktop.documents.governance_data import (
    AgendaEntry,
    Attendee,
    Correction,
    Minutes,
    ReviewedAction,
    SignatureLine,
    clock,
    overdue_words,
    weekday,
)
from desktop.documents.markup import Span
from desktop.documents.pages import MARGIN, PAGE_HEIGHT, PAGE_WIDTH
from desktop.documents.text import draw_text, indian_date, paragraph_markup, plain_markup
from desktop.services.i18n import or_list, translate
from desktop.services.meetings.vocabulary import ACTION_STATUSES

WIDTH = PAGE_WIDTH - 2 * MARGIN
DRAFT = "DRAFT — NOT APPROVED"
OVERDUE_COLOUR = colors.HexColor("#c62828")
# The attendance groups in the order printed: (status, heading)
GROUPS = (
    ("present", "Members present"),
    ("represented", "Members represented"),
    ("absent", "Members absent"),
    ("guest", "Guests"),
)
# A decision line's own bullet or number, which the printed list replaces.
_LIST_MARK = re.compile(r"^\s*(?:[-•*]|\d+[.)])\s+")


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _check(minutes: Minutes) -> None:
    if not minutes.title.strip():
        message = translate("Documents", "The meeting has no title; give it one before printing its minutes.")
        raise DocumentError(message)
    statuses = tuple(status for status, _heading in GROUPS)
    for person in minutes.attendees:
        if person.status not in statuses:
            message = translate(
                "Documents", "{person}'s attendance is '{status}'; it must be one of {statuses}."
            )
            raise DocumentError(
                message.format(person=person.name, status=person.status, statuses=or_list(statuses))
            )
    for item in minutes.reviewed:
        if item.status not in ACTION_STATUSES:
            message = translate(
                "Documents",
                "The action item '{item}' has the status '{status}'; it must be one of {statuses}.",
            )
            allowed = or_list(list(ACTION_STATUSES))
            raise DocumentError(message.format(item=item.description, status=item.status, statuses=allowed))


class _Writer:
    """Builds the story of one set of minutes."""

    def __init__(self, minutes: Minutes) -> None:
        self.minutes = minutes
        self.style = styles(10.5)
        base = self.style.plain
        self.title_style, self.centre = title_styles(base)
        self.heading_style = ParagraphStyle(
            "minutes-heading", parent=base, fontSize=11.5, leading=16, spaceBefore=10, spaceAfter=3
        )
        self.item_style = ParagraphStyle("minutes-item", parent=base, spaceBefore=7, spaceAfter=2)
        self.text_style = ParagraphStyle("minutes-text", parent=base, spaceAfter=4)

    def para(self, text: str, bold: bool = False, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(plain_markup(text, bold), style or self.text_style)

    def heading(self, text: str) -> list[Any]:
        return self.subheading(text, self.heading_style, 30 * mm)

    def subheading(self, text: str, style: ParagraphStyle | None = None, room: float = 22 * mm) -> list[Any]:
        """A heading that starts a new page unless ``room`` is left for it and a few lines after.
        (Not ``keepWithNext``: that moves the heading and all of a long table to a new page.)"""
        return [CondPageBreak(room), self.para(text, True, style or self.item_style)]

    def numbered(self, lines: list[str], bullets: bool = False) -> ListFlowable:
        items = [ListItem(Paragraph(plain_markup(line), self.style.plain)) for line in lines]
        return ListFlowable(
            items,
            bulletType="bullet" if bullets else "1",
            bulletFormat=None if bullets else "%s.",
            start="•" if bullets else 1,
            bulletFontName=font_name(LATIN),
            bulletFontSize=self.style.plain.fontSize,
            leftIndent=18,
            spaceAfter=4,
        )

    # --- sections --------------------------------------------------------------------------------

    def opening(self) -> list[Any]:
        minutes = self.minutes
        story: list[Any] = [
            self.para("MINUTES", True, self.centre),
            self.para(minutes.title, True, self.title_style),
        ]
        if minutes.body is not None:
            lines = [minutes.body.name, *body_lines(minutes.body)]
            story += [self.para(line, style=self.centre) for line in lines]
        story.append(Spacer(1, 4 * mm))
        when = f"{indian_date(minutes.meeting_date)} ({weekday(minutes.meeting_date)})"
        details = [("Date", when)]
        if minutes.start_time is not None:
            end = f" to {clock(minutes.end_time)}" if minutes.end_time is not None else ""
            details.append(("Time", clock(minutes.start_time) + end))
        details += [
            (label, value) for label, value in (("Venue", minutes.venue), ("Chair", minutes.chair)) if value
        ]
        rows = [
            [self.para(label, True, self.style.plain), self.para(value, style=self.style.plain)]
            for label, value in details
        ]
        table = Table(rows, colWidths=[22 * mm, WIDTH - 22 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)),
                ]
            )
        )
        story += [table, Spacer(1, 3 * mm)]
        if minutes.approved_on is not None:
            by = f" by {minutes.approved_by}" if minutes.approved_by else ""
            story.append(self.para(f"Approved on {indian_date(minutes.approved_on)}{by}", True))
        else:
            story.append(self.para("Draft minutes: not yet approved.", True))
        return story

    @staticmethod
    def _person(person: Attendee) -> str:
        text = person.name
        if person.designation:
            text += f", {person.designation}"
        if person.role:
            text += f" ({person.role})"
        if person.status == "represented":
            text += f" represented by {person.represented_by or 'a representative'}"
        return text

    def attendance(self) -> list[Any]:
        story: list[Any] = self.heading("Attendance")
        if not self.minutes.attendees:
            return [*story, self.para("Attendance was not recorded.")]
        for status, heading in GROUPS:
            people = [self._person(p) for p in self.minutes.attendees if p.status == status]
            if people:
                story += [*self.subheading(f"{heading} ({len(people)})"), self.numbered(people)]
        return story

    def _correction(self, correction: Correction) -> Paragraph:
        when = indian_date(correction.corrected_meeting_date)
        markup = plain_markup(f"Correction to the minutes of {when}: ", bold=True) + plain_markup(
            correction.text
        )
        return Paragraph(markup, self.text_style)

    def _item(self, number: int, item: AgendaEntry) -> list[Any]:
        story: list[Any] = self.subheading(f"Item {number}. {item.title}")
        if item.presenter:
            spans = [Span("Presented by ", italic=True), Span(item.presenter, italic=True)]
            story.append(Paragraph(paragraph_markup(spans), self.text_style))
        story += [self.para(line) for line in _lines(item.discussion)]
        decisions = [_LIST_MARK.sub("", line) for line in _lines(item.decisions)]
        if len(decisions) == 1:
            markup = plain_markup("Decision: ", bold=True) + plain_markup(decisions[0])
            story.append(Paragraph(markup, self.text_style))
        elif decisions:
            story += [self.para("Decisions:", True), self.numbered(decisions, bullets=True)]
        story += [self._correction(c) for c in self.minutes.corrections if c.item == number]
        return story

    def proceedings(self) -> list[Any]:
        agenda = self.minutes.agenda
        story: list[Any] = self.heading("Proceedings")
        if not agenda:
            story.append(self.para("No agenda item was recorded."))
        for number, item in enumerate(agenda, start=1):
            story += self._item(number, item)
        loose = [c for c in self.minutes.corrections if c.item is None or not 1 <= c.item <= len(agenda)]
        if loose:
            story += [*self.heading("Corrections to earlier minutes"), *[self._correction(c) for c in loose]]
        return story

    def _table(self, header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
        cell = self.style.cell
        data: list[list[Any]] = [[Paragraph(plain_markup(text, True), cell) for text in header]]
        data += [[Paragraph(markup, cell) for markup in row] for row in rows]
        # splitInRow: a row with a very long action still runs on to the next page.
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
        table.setStyle(table_style(len(data)))
        return table

    def raised(self) -> list[Any]:
        story: list[Any] = self.heading("Action items raised in this meeting")
        if not self.minutes.raised:
            return [*story, self.para("None.")]
        rows = [
            [
                plain_markup(str(n)),
                plain_markup(a.description),
                plain_markup(a.owner),
                plain_markup(indian_date(a.due_date)),
            ]
            for n, a in enumerate(self.minutes.raised, start=1)
        ]
        widths = [10 * mm, WIDTH - 79 * mm, 45 * mm, 24 * mm]
        return [*story, self._table(["No.", "Action", "Owner", "Due date"], rows, widths)]

    @staticmethod
    def _status(item: ReviewedAction) -> str:
        markup = plain_markup(ACTION_STATUSES[item.status])
        if item.status == "open" and item.overdue_days > 0:
            words = plain_markup(overdue_words(item.overdue_days), bold=True)
            markup += f'<br/><font color="{OVERDUE_COLOUR.hexval()}">{words}</font>'
        return markup

    def reviewed(self) -> list[Any]:
        story: list[Any] = self.heading("Action items carried forward and reviewed")
        if not self.minutes.reviewed:
            return [*story, self.para("None.")]
        rows = []
        for n, item in enumerate(self.minutes.reviewed, start=1):
            action = plain_markup(item.description)
            if item.note:
                action += "<br/>" + paragraph_markup([Span(item.note, italic=True)])
            origin = plain_markup(f"{item.raised_in}, {indian_date(item.raised_on)}")
            rows.append(
                [
                    plain_markup(str(n)),
                    action,
                    plain_markup(item.owner),
                    plain_markup(indian_date(item.due_date)),
                    self._status(item),
                    origin,
                ]
            )
        widths = [10 * mm, WIDTH - 116 * mm, 28 * mm, 24 * mm, 24 * mm, 30 * mm]
        header = ["No.", "Action", "Owner", "Due date", "Status", "Raised in"]
        return [*story, self._table(header, rows, widths)]

    def _signature(self, line: SignatureLine) -> list[Any]:
        cell = [Spacer(1, 16 * mm), self.para("______________________________", style=self.style.plain)]
        if line.name:
            cell.append(self.para(line.name, True, self.style.plain))
        if line.designation:
            cell.append(self.para(line.designation, style=self.style.plain))
        cell.append(self.para(line.role, style=self.style.plain))
        return cell

    def signatures(self) -> list[Any]:
        lines = self.minutes.signatures
        if not lines:
            return []
        columns = max(1, min(len(lines), 3))
        blocks = [self._signature(line) for line in lines]
        blocks += [[] for _ in range(-len(blocks) % columns)]
        grid = Table(
            [blocks[i : i + columns] for i in range(0, len(blocks), columns)],
            colWidths=[WIDTH / columns] * columns,
            hAlign="LEFT",
        )
        grid.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
                    ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)),
                ]
            )
        )
        return [Spacer(1, 6 * mm), KeepTogether([grid])]

    def story(self) -> list[Any]:
        return [
            *self.opening(), *self.attendance(), *self.proceedings(), *self.raised(), *self.reviewed(),
            *self.signatures(),
        ]  # fmt: skip


def _draft_mark(canvas: Canvas, _page: int, _pages: int) -> None:
    """DRAFT across the page, faint, and in the header, plain."""
    grey = colors.HexColor("#9e9e9e")
    canvas.saveState()
    canvas.setFillColor(grey)
    canvas.setFillAlpha(0.16)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(35)
    draw_text(canvas, 0, 0, "DRAFT", 96, bold=True, align="centre")
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#616161"))
    draw_text(canvas, MARGIN, PAGE_HEIGHT - 12 * mm, DRAFT, 8.5, bold=True)
    canvas.restoreState()


def render_minutes(minutes: Minutes) -> bytes:
    """The minutes as PDF bytes (A4 portrait). Raises :class:`DocumentError` with a message for
    staff when something cannot be printed. The same input gives the same bytes."""
    _check(minutes)
    story = _Writer(minutes).story()
    running_head = f"Minutes: {minutes.title} — {indian_date(minutes.meeting_date)}"
    return paged_pdf(
        story,
        letterhead=minutes.letterhead,
        title=f"Minutes: {minutes.title}",
        running_head=running_head,
        marks=None if minutes.approved else _draft_mark,
    )


__all__ = ["DRAFT", "render_minutes"]
