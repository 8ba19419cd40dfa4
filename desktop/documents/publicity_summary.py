"""A press note on a recognition cycle, on A4 with the office's letterhead: the programme and
cycle, the event, a paragraph on how the nominees were chosen (nominations, reviewers, the
rubric's criteria, places), and one entry per nominee recognised (or selected) with what for and
why. Meant to be shared with local media, so it carries no contact details of anyone.

No database here: the recognition service builds a :class:`PublicitySummary`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from desktop.documents.circular import styles
from desktop.documents.contact_sheet import paged_pdf, title_styles
from desktop.documents.governance_data import clock, long_date, weekday
from desktop.documents.letterhead import Letterhead
from desktop.documents.text import indian_date, plain_markup


@dataclass(frozen=True)
class PublicityEntry:
    name: str
    name_local: str | None
    description: str  # designation and affiliation, or a unit's place
    block: str | None
    category: str | None
    reason: str | None  # why, in the nominator's words (already shortened)


@dataclass(frozen=True)
class PublicitySummary:
    letterhead: Letterhead
    programme: str
    cycle: str
    nominations: int
    reviewers: int
    criteria: tuple[str, ...]
    places: int
    selected: int  # nominees holding a place (selected, invited, attended or recognised)
    recognised: int
    entries: tuple[PublicityEntry, ...]  # the recognised, or the selected when none is yet
    programme_local: str | None = None
    purpose: str | None = None
    event_date: date | None = None
    event_time: time | None = None
    venue: str | None = None
    venue_local: str | None = None


def _count(number: int, word: str, plural: str | None = None) -> str:
    return f"{number} {word if number == 1 else plural or word + 's'}"


def _listing(items: tuple[str, ...]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def how_chosen(summary: PublicitySummary) -> str:
    """The paragraph on how the nominees were chosen."""
    office = summary.letterhead.office_name
    sentences = [
        f"The {office.removeprefix('The ')} received {_count(summary.nominations, 'nomination')} for "
        f"{summary.programme} ({summary.cycle})."
    ]
    rubric = f" on the programme's rubric: {_listing(summary.criteria)}" if summary.criteria else ""
    if summary.reviewers:
        sentences.append(
            f"A panel of {_count(summary.reviewers, 'reviewer')} scored each nomination{rubric}."
        )
    elif rubric:
        sentences.append(f"The nominations were assessed{rubric}.")
    chosen = (
        f"{_count(summary.selected, 'nominee')} {'was' if summary.selected == 1 else 'were'} selected "
        f"for the cycle's {_count(summary.places, 'place')}"
    )
    event = f" at the event on {indian_date(summary.event_date)}" if summary.event_date else ""
    if summary.recognised:
        chosen += (
            f", and {summary.recognised} {'was' if summary.recognised == 1 else 'were'} recognised{event}."
        )
    else:
        chosen += f"; they are to be recognised{event}." if event else "."
    sentences.append(chosen)
    return " ".join(sentences)


def _event_line(summary: PublicitySummary) -> str | None:
    if summary.event_date is None:
        return None
    parts = [f"{long_date(summary.event_date)} ({weekday(summary.event_date)})"]
    if summary.event_time is not None:
        parts.append(clock(summary.event_time))
    if summary.venue:
        parts.append(summary.venue)
    return "Event: " + ", ".join(parts)


def _entry(
    number: int, entry: PublicityEntry, style: ParagraphStyle, name_style: ParagraphStyle
) -> KeepTogether:
    name = plain_markup(f"{number}. {entry.name}", bold=True)
    if entry.name_local and entry.name_local != entry.name:
        name += plain_markup(f" ({entry.name_local})", bold=True)
    where = entry.description
    if entry.block and entry.block not in where:
        where += f" · {entry.block} block"
    lines = [Paragraph(name, name_style), Paragraph(plain_markup(where), style)]
    if entry.category:
        lines.append(Paragraph(plain_markup("For: ", bold=True) + plain_markup(entry.category), style))
    if entry.reason:
        lines.append(Paragraph(plain_markup("Why: ", bold=True) + plain_markup(entry.reason), style))
    return KeepTogether(lines)


def render_publicity_summary(summary: PublicitySummary) -> bytes:
    """The press note as PDF bytes (A4 portrait). Raises :class:`DocumentError` with a message for
    staff (a bad logo, a letterhead line too long)."""
    style = styles(10.5)
    title_style, centre = title_styles(style.plain)
    text = ParagraphStyle("press-text", parent=style.body, spaceAfter=5)
    entry_text = ParagraphStyle("press-entry", parent=style.plain, leftIndent=14, spaceAfter=1.5)
    name_style = ParagraphStyle("press-name", parent=style.plain, spaceBefore=7, spaceAfter=2)
    heading = ParagraphStyle("press-heading", parent=style.plain, fontSize=12, leading=17, spaceBefore=8)
    story: list[Any] = [
        Paragraph(plain_markup("PRESS NOTE", bold=True), centre),
        Spacer(1, 1 * mm),
        Paragraph(plain_markup(f"{summary.programme} — {summary.cycle}", bold=True), title_style),
    ]
    if summary.programme_local and summary.programme_local != summary.programme:
        story.append(Paragraph(plain_markup(summary.programme_local, bold=True), centre))
    story.append(Spacer(1, 3 * mm))
    event = _event_line(summary)
    if event:
        story.append(Paragraph(plain_markup(event), centre))
        if summary.venue_local and summary.venue_local != summary.venue:
            story.append(Paragraph(plain_markup(summary.venue_local), centre))
        story.append(Spacer(1, 3 * mm))
    if summary.purpose:
        story.append(Paragraph(plain_markup(" ".join(summary.purpose.split())), text))
    story.append(Paragraph(plain_markup(how_chosen(summary)), text))
    recognised = summary.recognised > 0
    title = "Recognised" if recognised else "Selected for recognition"
    story.append(Paragraph(plain_markup(f"{title} ({len(summary.entries)})", bold=True), heading))
    story += [
        _entry(number, entry, entry_text, name_style) for number, entry in enumerate(summary.entries, start=1)
    ]
    return paged_pdf(
        story,
        letterhead=summary.letterhead,
        title=f"Press note: {summary.programme} {summary.cycle}",
        running_head=f"Press note — {summary.programme} {summary.cycle}",
    )
