"""The hand-over receipt's sections at one level of detail, as flowables: the title, the facts,
what the package holds, the boxed signing key with the recipient's steps, and the two signature
blocks. ``exchange_receipt`` tries the levels of detail until the sections fit one page.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from desktop.documents.exchange_receipt_data import LABELS, ReceiptCategory, ReceiptData
from desktop.documents.fitted_paragraphs import (
    clipped_markup,
    longest_fitting,
    markup,
    one_line_size,
    paragraph_style,
)
from desktop.documents.fonts import LATIN, MONO, font_name, has_glyphs
from desktop.documents.mou_labels import indian_grouping
from desktop.documents.pages import MARGIN, PAGE_WIDTH
from desktop.documents.text import indian_date

WIDTH = PAGE_WIDTH - 2 * MARGIN
# Hashes, ids and keys are compared character by character: a fixed-pitch face keeps the groups
# aligned. Noto Sans Mono is embedded like the other fonts, so every reader and printer shows the
# same glyphs (Courier is not embedded: each reader substitutes its own, some without bold).
MONO_FONT, MONO_BOLD_FONT = font_name(MONO), font_name(MONO, bold=True)
INK = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#9aa7b5")
TINT = colors.HexColor("#f2f5f8")
CELL_PADDING = 4  # left and right in the tables' cells


@dataclass(frozen=True)
class Detail:
    """How much of the long parts one attempt at the page prints."""

    field_size: float
    field_lines: int | None = None  # at most this many lines of fields per category
    text_lines: int | None = None  # at most this many lines of purpose, MoU title, names
    categories: int | None = None  # rows shown; the rest are folded into one


def _mono(text: str, bold: bool = False) -> str:
    """Fixed-pitch markup; characters the fixed-pitch face cannot draw (a file name in Kannada)
    are set in their script's font instead of as empty boxes."""
    font = MONO_BOLD_FONT if bold else MONO_FONT
    parts = []
    for drawn, characters in groupby(text, key=lambda char: has_glyphs(char, MONO)):
        piece = "".join(characters)
        parts.append(f'<font name="{font}">{escape(piece)}</font>' if drawn else markup(piece, bold))
    return "".join(parts)


def _fields_markup(fields: tuple[str, ...], words: dict[str, str], style: ParagraphStyle, width: float,
                   lines: int | None) -> str:  # fmt: skip
    """The field names joined by commas; beyond ``lines`` lines, "and N more fields"."""

    def shown(count: int) -> str:
        rest = len(fields) - count
        if rest == 0:
            return markup(", ".join(fields))
        if count == 0:
            return markup(words["only_count"].format(count=len(fields)))
        more = words["more_fields"].format(count=rest, s="" if rest == 1 else "s")
        return markup(", ".join(fields[:count]) + " ") + markup(more, bold=True)

    if not fields:
        return markup("—")
    if lines is None:
        return shown(len(fields))
    return shown(longest_fitting(shown, len(fields), style, width, lines))


def _size_text(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    readable = f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"
    return f"{readable} ({indian_grouping(size)} bytes)"


def sha256_groups(sha256: str) -> str:
    """The hash as eight groups of eight hex digits, as printed (and read aloud)."""
    return " ".join(sha256[i : i + 8] for i in range(0, len(sha256), 8))


def _sha256_markup(sha256: str) -> str:
    return _mono(sha256_groups(sha256.lower()))  # as sha256sum and Python's hexdigest write it


class ReceiptWriter:
    """The story of the receipt at one level of detail."""

    def __init__(self, data: ReceiptData, detail: Detail) -> None:
        self.data = data
        self.detail = detail
        self.words = LABELS[data.language]
        self.gaps: list[Spacer] = []
        self.text = paragraph_style("receipt-text", 8.5)
        self.label = paragraph_style("receipt-label", 8, textColor=INK)
        self.small = paragraph_style("receipt-small", 7.5, textColor=colors.HexColor("#4a5866"))
        self.heading = paragraph_style("receipt-heading", 10.5, leading=14, textColor=INK)
        self.title = paragraph_style("receipt-title", 15, leading=19, alignment=TA_CENTER, textColor=INK)
        self.title_local = paragraph_style(
            "receipt-title-local", 12, leading=17, alignment=TA_CENTER, textColor=INK
        )
        self.issuer = paragraph_style("receipt-issuer", 14, leading=19, alignment=TA_CENTER)
        self.fields = paragraph_style("receipt-fields", detail.field_size, leading=detail.field_size * 1.25)
        self.category = paragraph_style("receipt-category", max(7.5, detail.field_size))
        self.number = paragraph_style("receipt-number", self.category.fontSize, alignment=TA_RIGHT)

    def gap(self, height: float) -> Spacer:
        """Space between the sections, which grows when the page has room to spare."""
        spacer = Spacer(1, height)
        self.gaps.append(spacer)
        return spacer

    def para(self, content: str, style: ParagraphStyle | None = None, **extra: Any) -> Paragraph:
        return Paragraph(content, style or self.text, **extra)

    @property
    def name_lines(self) -> int | None:
        """Names of the parties are cut last: never to less than two lines."""
        lines = self.detail.text_lines
        return None if lines is None else max(2, lines)

    def clipped(
        self, text: str, style: ParagraphStyle, width: float, bold: bool = False, name: bool = False
    ) -> Paragraph:
        lines = self.name_lines if name else self.detail.text_lines
        return self.para(clipped_markup(text, style, width, lines, bold), style)

    def story(self) -> list[Flowable]:
        """Everything above the signatures; they are placed separately (see :func:`_layout`)."""
        data, words = self.data, self.words
        story: list[Flowable] = []
        if data.letterhead is None:
            story += [
                self.clipped(data.issuer_name, self.issuer, WIDTH, bold=True, name=True),
                HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceBefore=3, spaceAfter=5 * mm),
            ]
        story.append(self.para(markup(words["title"], bold=True), self.title))
        if data.title_local:
            story.append(self.para(markup(data.title_local, bold=True), self.title_local))
        story += [self.gap(2.5 * mm), self.facts(), self.gap(4 * mm)]
        story += [self.para(markup(words["contents"], bold=True), self.heading), Spacer(1, 0.5 * mm)]
        story += [self.contents(), self.gap(4 * mm), self.key_box()]
        return story

    def facts(self) -> Table:
        """Label and value cells; two facts share a row where both are short."""
        data, words, lines = self.data, self.words, self.detail.text_lines
        # The first value is wider: a package id (a UUID) fits it on one line.
        label, first, second = 24 * mm, 72 * mm, WIDTH - 24 * mm - 72 * mm - 24 * mm
        keep = (
            markup(f"{indian_date(data.keep_until)}. ", bold=True) + markup(words["delete"])
            if data.keep_until
            else markup(words["no_keep_until"])
        )
        names, full = self.name_lines, WIDTH - label - 2 * CELL_PADDING
        reference = markup(data.mou_reference, bold=True)
        mou = clipped_markup(data.mou_title, self.text, full, lines, prefix=reference + markup(" — "))
        if not data.mou_title.strip():
            mou = reference
        recipients = "; ".join(data.recipient_names)
        pairs: list[tuple[tuple[str, str], tuple[str, str] | None]] = [
            (("issuer", clipped_markup(data.issuer_name, self.text, full, names)), None),
            (("recipients", clipped_markup(recipients, self.text, full, names)), None),
            (("file", markup(data.package_name, bold=True)), None),
            (("id", _mono(data.package_id)), ("size", markup(_size_text(data.package_size)))),
            (("sha256", _sha256_markup(data.package_sha256)), None),
            (("created", markup(f"{data.created_at:%d/%m/%Y %H:%M}")),
             ("exported_by", markup(data.exported_by))),
            (("mou", mou), None),
            (("purpose", clipped_markup(data.purpose, self.text, full, lines)), None),
            (("keep_until", keep), None),
        ]  # fmt: skip
        rows: list[list[Any]] = []
        commands = [*_grid(), ("BACKGROUND", (0, 0), (0, -1), TINT)]
        for number, (left, right) in enumerate(pairs):
            row: list[Any] = [
                self.para(markup(words[left[0]], bold=True), self.label),
                self.para(left[1]),
            ]
            if right is None:
                row += ["", ""]
                commands.append(("SPAN", (1, number), (3, number)))
            else:
                row += [self.para(markup(words[right[0]], bold=True), self.label), self.para(right[1])]
                commands.append(("BACKGROUND", (2, number), (2, number), TINT))
            rows.append(row)
        table = Table(rows, colWidths=[label, first, label, second])
        table.setStyle(TableStyle(commands))
        return table

    def contents(self) -> Table:
        words, detail = self.words, self.detail
        widths = [48 * mm, 18 * mm, WIDTH - 66 * mm]
        categories = list(self.data.categories)
        hidden: list[ReceiptCategory] = []
        if detail.categories is not None and detail.categories < len(categories):
            # The smallest categories are folded: the largest are what the receipt is mostly about.
            ranked = sorted(range(len(categories)), key=lambda index: -categories[index].records)
            kept = sorted(ranked[: detail.categories])
            hidden = [categories[index] for index in ranked[detail.categories :]]
            categories = [categories[index] for index in kept]
        header = [words["category"], words["records"], words["fields"]]
        rows: list[list[Paragraph]] = [[self.para(markup(text, bold=True), self.label) for text in header]]
        fields_width = widths[2] - 2 * CELL_PADDING
        for category in categories:
            rows.append(
                [
                    self.clipped(category.label, self.category, widths[0] - 2 * CELL_PADDING),
                    self.para(markup(indian_grouping(category.records)), self.number),
                    self.para(
                        _fields_markup(category.fields, words, self.fields, fields_width, detail.field_lines),
                        self.fields,
                    ),
                ]
            )
        if hidden:
            rows.append(
                [
                    self.para(
                        markup(words["more_categories"].format(count=len(hidden)), bold=True),
                        self.category,
                    ),
                    self.para(markup(indian_grouping(sum(c.records for c in hidden))), self.number),
                    self.para(markup(words["in_manifest"]), self.fields),
                ]
            )
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([*_grid(), ("BACKGROUND", (0, 0), (-1, 0), TINT)]))
        return table

    def key_box(self) -> Table:
        """The issuer's signing key, what the passphrase is not, and the recipient's three steps."""
        data, words = self.data, self.words
        inner = WIDTH - 2 * 4 * mm
        label = 20 * mm
        # The fingerprint on one line, as large as fits (at most 15 points).
        size = one_line_size(data.fingerprint, MONO_BOLD_FONT, inner - label, 15.0)
        key = Table(
            [
                [self.para(markup(words["fingerprint"]), self.small),
                 self.para(_mono(data.fingerprint, bold=True), paragraph_style("receipt-fingerprint", size))],
                [self.para(markup(words["public_key"]), self.small),
                 self.para(_mono(data.public_key), paragraph_style("receipt-key", 10))],
            ],
            colWidths=[label, inner - label],
        )  # fmt: skip
        key.setStyle(
            TableStyle(
                [
                    *_bare(),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
                ]
            )
        )
        command = f"district-desk verify {data.package_name} --out <folder>"
        # A partner without a database of ours names the key it trusts by this fingerprint. The
        # indent (kept: ReportLab drops leading spaces) shows it continues the command above, and
        # the fingerprint stays whole on its line.
        trusting = f'--fingerprint "{data.fingerprint}"'
        steps = [
            markup(words["step_1"]),
            markup(words["step_2"])
            + "<br/>"
            + _mono(command, bold=True)
            + "<br/>"
            + "&nbsp;" * 4
            + _mono(trusting, bold=True),
            markup(words["step_3"]),
        ]
        step_style = paragraph_style(
            "receipt-step",
            8,
            leftIndent=12,
            bulletIndent=1,
            bulletFontName=font_name(LATIN),
            bulletFontSize=8,
        )
        content: list[Flowable] = [
            self.clipped(
                words["key"].format(issuer=data.issuer_name), self.heading, inner, bold=True, name=True
            ),
            Spacer(1, 1.5 * mm),
            key,
            Spacer(1, 2 * mm),
            self.para(markup(words["passphrase"], bold=True), self.text),
            Spacer(1, 1.5 * mm),
            self.para(markup(words["steps"], bold=True), self.label),
        ]
        content += [
            self.para(step, step_style, bulletText=f"{number}.") for number, step in enumerate(steps, start=1)
        ]
        box = Table([[content]], colWidths=[WIDTH])
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, INK),
                    _latin_font(),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                ]
            )
        )
        return box

    def signatures(self) -> Table:
        """ "Handed over by" and "Received by" side by side, each with lines to write on."""
        data, words = self.data, self.words
        half = (WIDTH - 8 * mm) / 2
        blocks = [
            self.signature_block(words["from"], data.issuer_name, half),
            self.signature_block(words["to"], "; ".join(data.recipient_names), half),
        ]
        table = Table([blocks], colWidths=[half + 8 * mm, half])
        table.setStyle(TableStyle([*_bare(), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return table

    def signature_block(self, heading: str, party: str, width: float) -> Table:
        words = self.words
        rows: list[list[Any]] = [
            [self.para(markup(heading, bold=True), self.heading), ""],
            [self.clipped(words["for"].format(party=party), self.text, width, name=True), ""],
        ]
        rows += [[self.para(markup(words[key]), self.small), ""] for key in ("name", "designation", "date")]
        rows.append([self.para(markup(words["signature"]), self.small), ""])
        block = Table(
            rows,
            colWidths=[24 * mm, width - 24 * mm],
            rowHeights=[None, None, 6.5 * mm, 6.5 * mm, 6.5 * mm, 10 * mm],
        )
        block.setStyle(
            TableStyle(
                [
                    *_bare(),
                    ("SPAN", (0, 0), (1, 0)),
                    ("SPAN", (0, 1), (1, 1)),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 1 * mm),
                    ("VALIGN", (0, 2), (-1, -1), "BOTTOM"),
                    ("LINEBELOW", (1, 2), (1, -1), 0.6, RULE),
                ]
            )
        )
        return block


def _grid() -> list[Any]:
    return [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        _latin_font(),
    ]


def _bare() -> list[Any]:
    """No padding, and the Latin font."""
    sides = ("LEFT", "RIGHT", "TOP", "BOTTOM")
    return [*((f"{side}PADDING", (0, 0), (-1, -1), 0) for side in sides), _latin_font()]


def _latin_font() -> tuple[Any, ...]:
    # Table's default is Helvetica, which the PDF would then name (not embedded) for empty cells.
    return ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN))
