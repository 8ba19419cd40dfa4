"""Where every line of a certificate of recognition goes on landscape A4.

Every line is shaped (:mod:`desktop.documents.text`) and fitted to the width it has
(:mod:`desktop.documents.fitted_lines`): it shrinks down to a floor, then wraps onto two lines. A
line that cannot fit even so raises :class:`LineTooLongError` naming it, before anything is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from desktop.documents.certificate_data import (
    LABELS,
    REGIONAL_LANGUAGES,
    Award,
    CertificateSet,
    CertificateSignatory,
)
from desktop.documents.errors import DocumentError
from desktop.documents.fitted_lines import fit_lines, leading
from desktop.documents.fonts import register_fonts
from desktop.documents.text import ShapedLine, indian_date
from desktop.services.i18n import language_names, or_list, translate

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
BORDER = 8 * mm  # the outer rule's distance from the paper's edge
SIDE = 26 * mm  # text keeps this far from the paper's left and right edges
TEXT_WIDTH = PAGE_WIDTH - 2 * SIDE
TOP = PAGE_HEIGHT - 19 * mm  # where the first line's top is
FOOT = 20 * mm  # the lowest baseline of the date, number and signature block
LOGO_SIZE = 20 * mm
SIGNATURE_WIDTH = 95 * mm
# (largest size, smallest size) of the names; below the smallest a name wraps onto two lines.
NAME_SIZES = (26.0, 15.0)
LOCAL_NAME_SIZES = (20.0, 13.0)

INK = colors.HexColor("#1f3a5f")
ACCENT = colors.HexColor("#8c1c13")
GOLD = colors.HexColor("#b8860b")


@dataclass(frozen=True)
class PlacedLine:
    """A shaped line and where it is drawn: its left end at ``x``, its baseline at ``y``."""

    role: str  # "name", "name_local", "title", … (tests and messages refer to it)
    line: ShapedLine
    x: float
    y: float
    colour: colors.Color = INK

    @property
    def right(self) -> float:
        return self.x + self.line.width


@dataclass(frozen=True)
class PageLayout:
    lines: tuple[PlacedLine, ...]
    signature_rule: tuple[float, float, float]  # x from, x to, y
    logo_box: tuple[float, float] | None = None  # lower-left corner

    def of(self, role: str) -> list[PlacedLine]:
        return [placed for placed in self.lines if placed.role == role]


# --- the page ------------------------------------------------------------------------------------


@dataclass
class _Flow:
    """Lines stacked top-down, centred, with stretchable gaps between groups."""

    items: list[tuple[str, tuple[ShapedLine, ...], colors.Color] | float] = field(default_factory=list)

    def add(self, role: str, lines: tuple[ShapedLine, ...], colour: colors.Color = INK) -> None:
        self.items.append((role, lines, colour))

    def gap(self, height: float) -> None:
        self.items.append(height)

    def place(self, top: float, bottom: float) -> list[PlacedLine]:
        text_height = sum(
            leading(line) for item in self.items if not isinstance(item, float) for line in item[1]
        )
        gaps = sum(item for item in self.items if isinstance(item, float))
        # Spare room widens the gaps (up to twice), a shortfall narrows them (down to a third).
        room = top - bottom - text_height
        stretch = min(2.0, room / gaps) if gaps else 1.0
        if stretch < 1 / 3:
            message = translate(
                "Documents", "The certificate's text does not fit on the page; shorten its longest lines."
            )
            raise DocumentError(message)
        # What the widest gaps leave over is shared above and below the text.
        placed, y = [], top - max(0.0, room - gaps * stretch) / 2
        for item in self.items:
            if isinstance(item, float):
                y -= item * stretch
                continue
            role, lines, colour = item
            for line in lines:
                height = leading(line)
                baseline = y - height * 0.8
                placed.append(PlacedLine(role, line, PAGE_WIDTH / 2 - line.width / 2, baseline, colour))
                y -= height
        return placed


def _signature_block(signatory: CertificateSignatory) -> tuple[list[PlacedLine], tuple[float, float, float]]:
    centre = PAGE_WIDTH - SIDE - SIGNATURE_WIDTH / 2
    local = signatory.name_local if signatory.name_local != signatory.name else None
    parts: list[tuple[str, str | None, float, float, bool, str]] = [
        ("signatory", signatory.name, 11.5, 8, True, "signatory's name"),
        ("signatory_local", local, 11, 8, True, "signatory's name"),
        ("signatory_designation", signatory.designation, 10, 7, False, "signatory's designation"),
        ("signatory_office", signatory.office, 9.5, 7, False, "signatory's office"),
    ]
    stacked: list[tuple[str, ShapedLine]] = []
    for role, text, size, minimum, bold, what in parts:
        if text:
            lines = fit_lines(text, size, minimum, SIGNATURE_WIDTH, bold=bold, what=what)
            stacked += [(role, line) for line in lines]
    placed, y = [], FOOT
    for role, line in reversed(stacked):
        placed.append(PlacedLine(role, line, centre - line.width / 2, y))
        y += leading(line)
    rule = (centre - 32 * mm, centre + 32 * mm, y + 1.5 * mm)
    return placed, rule


def _date_and_number(certificates: CertificateSet, award: Award) -> list[PlacedLine]:
    labels, regional = LABELS["en"], LABELS[certificates.language]
    lines = []
    if certificates.presented_on is not None:
        lines.append(
            ("date", f"{labels['date']} / {regional['date']}: {indian_date(certificates.presented_on)}")
        )
    if award.number:
        lines.append(("number", f"{labels['number']} / {regional['number']}: {award.number}"))
    width = PAGE_WIDTH - 2 * SIDE - SIGNATURE_WIDTH - 10 * mm
    placed, y = [], FOOT
    for role, text in reversed(lines):
        for line in reversed(fit_lines(text, 10, 7, width, what=role)):
            placed.append(PlacedLine(role, line, SIDE, y))
            y += leading(line)
    return placed


def _reason(language: str, category: str | None) -> str:
    labels = LABELS[language]
    return labels["reason"].format(category=category) if category else labels["reason_general"]


def certificate_layout(
    certificates: CertificateSet, award: Award, *, with_logo: bool | None = None
) -> PageLayout:
    """Where every line of ``award``'s certificate goes. Raises :class:`LineTooLongError` for a line
    that cannot fit its width, :class:`DocumentError` when the page cannot hold them all."""
    if certificates.language not in REGIONAL_LANGUAGES:
        message = translate(
            "Documents", "Certificates are printed in English and {languages}; not in '{code}'."
        )
        raise DocumentError(
            message.format(languages=or_list(language_names(REGIONAL_LANGUAGES)), code=certificates.language)
        )
    register_fonts()
    if with_logo is None:
        with_logo = certificates.letterhead.logo is not None
    english, regional = LABELS["en"], LABELS[certificates.language]
    head_width = TEXT_WIDTH - (2 * (LOGO_SIZE + 4 * mm) if with_logo else 0)
    letterhead = certificates.letterhead
    flow = _Flow()
    if letterhead.office_name_local:
        flow.add(
            "office_local",
            fit_lines(letterhead.office_name_local, 13, 9, head_width, bold=True, what="office name"),
        )
    flow.add("office", fit_lines(letterhead.office_name, 12, 9, head_width, bold=True, what="office name"))
    flow.gap(4 * mm)
    flow.add("title", fit_lines(english["title"], 26, 18, TEXT_WIDTH, bold=True), ACCENT)
    flow.add("title_local", fit_lines(regional["title"], 18, 13, TEXT_WIDTH, bold=True), ACCENT)
    flow.gap(3 * mm)
    programme = f"{certificates.programme} — {certificates.cycle}"
    flow.add("programme", fit_lines(programme, 15, 10, TEXT_WIDTH, bold=True, what="programme"))
    if certificates.programme_local and certificates.programme_local != certificates.programme:
        flow.add(
            "programme_local",
            fit_lines(certificates.programme_local, 13, 10, TEXT_WIDTH, bold=True, what="programme"),
        )
    flow.gap(3.5 * mm)
    awarded = f"{english['awarded']}  ·  {regional['awarded']}"
    flow.add("awarded", fit_lines(awarded, 10.5, 8, TEXT_WIDTH))
    flow.gap(2.5 * mm)
    flow.add("name", fit_lines(award.name, *NAME_SIZES, TEXT_WIDTH, bold=True, what="name"))
    if award.name_local and award.name_local != award.name:
        flow.add(
            "name_local",
            fit_lines(award.name_local, *LOCAL_NAME_SIZES, TEXT_WIDTH, bold=True, what="regional name"),
        )
    flow.gap(2.5 * mm)
    if award.description:
        flow.add("description", fit_lines(award.description, 12, 8.5, TEXT_WIDTH, what="description"))
        flow.gap(2 * mm)
    flow.add("reason", fit_lines(_reason("en", award.category), 12.5, 8.5, TEXT_WIDTH, what="category"))
    reason_local = _reason(certificates.language, award.category)
    flow.add("reason_local", fit_lines(reason_local, 11.5, 8.5, TEXT_WIDTH, what="category"))

    signature, rule = _signature_block(certificates.signatory)
    foot = _date_and_number(certificates, award)
    foot_top = max([rule[2] + 12 * mm, *(p.y + p.line.size for p in foot)])  # room to sign above the rule
    placed = flow.place(TOP, foot_top + 5 * mm)
    logo_box = (SIDE - 6 * mm, PAGE_HEIGHT - BORDER - 7 * mm - LOGO_SIZE) if with_logo else None
    return PageLayout(tuple(placed + signature + foot), rule, logo_box)
