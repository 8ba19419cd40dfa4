"""The one-page hand-over receipt of a USB data package, signed by both sides.

It carries what identifies the package (file name, id, SHA-256, size, when it was made), the MoU
and purpose it was made under, the keep-until date, what it holds (categories, record counts,
fields), and the issuer's signing key: its fingerprint large enough to compare by eye and the
full public key, from which the recipient registers the key. The passphrase is never on it.

The receipt is always one A4 page: when its content is too tall, the field lists get smaller,
then shorter ("and 9 more fields"), long free texts are cut at a word, and at last the smallest
categories are folded into one row; the package's manifest.json lists everything. No database
here: the exchange service builds a :class:`ReceiptData`.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from desktop.documents.errors import DocumentError
from desktop.documents.fonts import LATIN, font_name, register_fonts
from desktop.documents.letterhead import Letterhead, draw_letterhead, letterhead_layout, load_logo
from desktop.documents.mou_labels import indian_grouping
from desktop.documents.pages import MARGIN, PAGE_HEIGHT, PAGE_WIDTH
from desktop.documents.text import draw_text, indian_date, plain_markup
from desktop.services.errors import ValidationError
from desktop.services.exchange.fingerprints import decode_public_key, fingerprint

WIDTH = PAGE_WIDTH - 2 * MARGIN
# A one-page form: closer to the paper's top and foot than a letter, whose pages run on.
TOP = PAGE_HEIGHT - 14 * mm
BOTTOM = 14 * mm  # the frame's foot; the footer line sits below it
# Hashes, ids and keys are compared character by character: a fixed-pitch face keeps the groups
# aligned. Courier is one of the fonts every PDF reader has; these strings are plain ASCII.
MONO, MONO_BOLD = "Courier", "Courier-Bold"
INK = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#9aa7b5")
TINT = colors.HexColor("#f2f5f8")
CELL_PADDING = 4  # left and right in the tables' cells

LABELS = {
    "en": {
        "title": "Data package hand-over receipt",
        "issuer": "From", "recipients": "To", "from": "Handed over by", "to": "Received by", "file": "Package file", "id": "Package id",
        "sha256": "SHA-256", "size": "Size", "created": "Created", "exported_by": "Exported by",
        "mou": "MoU", "purpose": "Purpose", "keep_until": "Keep until",
        "delete": "The recipient deletes all data in this package by this date and confirms the "
        "deletion in writing.",
        "no_keep_until": "No date set: the recipient deletes all data in this package when the MoU "
        "ends and confirms the deletion in writing.",
        "contents": "What the package holds", "category": "Data category", "records": "Records",
        "fields": "Fields", "more_fields": "and {count} more field{s}", "only_count": "{count} fields",
        "more_categories": "and {count} more categories",
        "in_manifest": "listed in the package's manifest.json",
        "key": "Signing key of {issuer}", "fingerprint": "Fingerprint", "public_key": "Public key",
        "passphrase": "The passphrase is not on this receipt: it is given to the recipient "
        "separately, never with the USB drive.",
        "steps": "For the recipient",
        "step_1": "When you register this key, compare the fingerprint on screen with the one "
        "above, group by group.",
        "step_2": "Check and open the package with:",
        "step_3": "Keep this receipt with the MoU papers until the deletion is confirmed.",
        "for": "For {party}", "name": "Name", "designation": "Designation", "date": "Date",
        "signature": "Signature",
        "footer": "Hand-over receipt of package {package_id} · District Collective Desk",
    },
}  # fmt: skip


@dataclass(frozen=True)
class ReceiptCategory:
    label: str  # e.g. "Pseudonymised student-level assessment results"
    records: int
    fields: tuple[str, ...]  # column names


@dataclass(frozen=True)
class ReceiptData:
    letterhead: Letterhead | None  # None: a partner without one; a plain title block instead
    issuer_name: str
    recipient_names: tuple[str, ...]
    package_name: str
    package_id: str
    package_sha256: str
    package_size: int  # bytes
    created_at: datetime  # local time, printed DD/MM/YYYY HH:MM
    keep_until: date | None
    mou_reference: str
    mou_title: str
    purpose: str
    categories: tuple[ReceiptCategory, ...]
    exported_by: str
    public_key: str  # base64, 44 characters
    fingerprint: str  # "3F2A 9C1B …" (10 groups of 4)
    title_local: str | None = None  # a regional-language title line under the English one
    language: str = "en"


@dataclass(frozen=True)
class _Detail:
    """How much of the long parts one attempt at the page prints."""

    field_size: float
    field_lines: int | None = None  # at most this many lines of fields per category
    text_lines: int | None = None  # at most this many lines of purpose, MoU title, names
    categories: int | None = None  # rows shown; the rest are folded into one


# From the fullest page to the most compact, in the order they are tried: field lists smaller,
# then shorter, then long free texts cut. Past the last, the smallest categories are folded.
ATTEMPTS = (
    *(_Detail(size) for size in (8.0, 7.5, 7.0)),
    *(_Detail(size, lines) for size, lines in ((7.0, 3), (7.0, 2), (6.5, 2), (6.5, 1))),
    *(_Detail(6.5, 1, lines) for lines in (3, 2, 1)),
)


def _style(name: str, size: float, **extra: Any) -> ParagraphStyle:
    register_fonts()
    extra.setdefault("leading", size * 1.3)
    return ParagraphStyle(name, fontName=font_name(LATIN), fontSize=size, shaping=1, **extra)


@lru_cache(maxsize=4096)
def _markup(text: str, bold: bool = False) -> str:
    """:func:`desktop.documents.text.plain_markup`, remembered: each attempt at the page asks
    for the same texts again."""
    return plain_markup(text, bold)


def _mono(text: str, bold: bool = False) -> str:
    return f'<font name="{MONO_BOLD if bold else MONO}">{escape(text)}</font>'


def _line_count(markup: str, style: ParagraphStyle, width: float) -> int:
    return _lines_at(markup, style.fontSize, style.leading, width)


@lru_cache(maxsize=4096)
def _lines_at(markup: str, size: float, leading: float, width: float) -> int:
    """How many lines ``markup`` takes at ``size``: the same texts are measured again at each
    attempt at the page, and shaping them is what takes the time."""
    paragraph = Paragraph(markup, _style("receipt-measure", size, leading=leading))
    paragraph.wrap(width, 10_000)
    return len(paragraph.blPara.lines)


def _longest_fitting(text_of: Any, most: int, style: ParagraphStyle, width: float, lines: int) -> int:
    """The largest ``k`` up to ``most`` whose ``text_of(k)`` (markup) takes at most ``lines`` lines
    (0 when none does)."""
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        if _line_count(text_of(middle), style, width) <= lines:
            low = middle
        else:
            high = middle - 1
    return low


def _clipped(
    text: str, style: ParagraphStyle, width: float, lines: int | None, bold: bool = False, prefix: str = ""
) -> str:
    """Markup for ``prefix`` (markup) and ``text``, the text cut at a word and ended with "…" if
    together they take more than ``lines`` lines."""
    words = text.split()
    whole = prefix + _markup(" ".join(words), bold)
    if lines is None or _line_count(whole, style, width) <= lines:
        return whole

    def cut(count: int) -> str:
        return prefix + _markup(" ".join(words[:count]) + " …", bold)

    return cut(max(1, _longest_fitting(cut, len(words), style, width, lines)))


def _fields_markup(fields: tuple[str, ...], words: dict[str, str], style: ParagraphStyle, width: float,
                   lines: int | None) -> str:  # fmt: skip
    """The field names joined by commas; beyond ``lines`` lines, "and N more fields"."""

    def shown(count: int) -> str:
        rest = len(fields) - count
        if rest == 0:
            return _markup(", ".join(fields))
        if count == 0:
            return _markup(words["only_count"].format(count=len(fields)))
        more = words["more_fields"].format(count=rest, s="" if rest == 1 else "s")
        return _markup(", ".join(fields[:count]) + " ") + _markup(more, bold=True)

    if not fields:
        return _markup("—")
    if lines is None:
        return shown(len(fields))
    return shown(_longest_fitting(shown, len(fields), style, width, lines))


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


class _Writer:
    """The story of the receipt at one level of detail."""

    def __init__(self, data: ReceiptData, detail: _Detail) -> None:
        self.data = data
        self.detail = detail
        self.words = LABELS[data.language]
        self.gaps: list[Spacer] = []
        self.text = _style("receipt-text", 8.5)
        self.label = _style("receipt-label", 8, textColor=INK)
        self.small = _style("receipt-small", 7.5, textColor=colors.HexColor("#4a5866"))
        self.heading = _style("receipt-heading", 10.5, leading=14, textColor=INK)
        self.title = _style("receipt-title", 15, leading=19, alignment=TA_CENTER, textColor=INK)
        self.title_local = _style("receipt-title-local", 12, leading=17, alignment=TA_CENTER, textColor=INK)
        self.issuer = _style("receipt-issuer", 14, leading=19, alignment=TA_CENTER)
        self.fields = _style("receipt-fields", detail.field_size, leading=detail.field_size * 1.25)
        self.category = _style("receipt-category", max(7.5, detail.field_size))
        self.number = _style("receipt-number", self.category.fontSize, alignment=TA_RIGHT)

    def gap(self, height: float) -> Spacer:
        """Space between the sections, which grows when the page has room to spare."""
        spacer = Spacer(1, height)
        self.gaps.append(spacer)
        return spacer

    def para(self, markup: str, style: ParagraphStyle | None = None, **extra: Any) -> Paragraph:
        return Paragraph(markup, style or self.text, **extra)

    @property
    def name_lines(self) -> int | None:
        """Names of the parties are cut last: never to less than two lines."""
        lines = self.detail.text_lines
        return None if lines is None else max(2, lines)

    def clipped(
        self, text: str, style: ParagraphStyle, width: float, bold: bool = False, name: bool = False
    ) -> Paragraph:
        lines = self.name_lines if name else self.detail.text_lines
        return self.para(_clipped(text, style, width, lines, bold), style)

    def story(self) -> list[Flowable]:
        """Everything above the signatures; they are placed separately (see :func:`_layout`)."""
        data, words = self.data, self.words
        story: list[Flowable] = []
        if data.letterhead is None:
            story += [
                self.clipped(data.issuer_name, self.issuer, WIDTH, bold=True, name=True),
                HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceBefore=3, spaceAfter=5 * mm),
            ]
        story.append(self.para(_markup(words["title"], bold=True), self.title))
        if data.title_local:
            story.append(self.para(_markup(data.title_local, bold=True), self.title_local))
        story += [self.gap(2.5 * mm), self.facts(), self.gap(4 * mm)]
        story += [self.para(_markup(words["contents"], bold=True), self.heading), Spacer(1, 0.5 * mm)]
        story += [self.contents(), self.gap(4 * mm), self.key_box()]
        return story

    def facts(self) -> Table:
        """Label and value cells; two facts share a row where both are short."""
        data, words, lines = self.data, self.words, self.detail.text_lines
        # The first value is wider: a package id (a UUID) fits it on one line.
        label, first, second = 24 * mm, 72 * mm, WIDTH - 24 * mm - 72 * mm - 24 * mm
        keep = (
            _markup(f"{indian_date(data.keep_until)}. ", bold=True) + _markup(words["delete"])
            if data.keep_until
            else _markup(words["no_keep_until"])
        )
        names, full = self.name_lines, WIDTH - label - 2 * CELL_PADDING
        reference = _markup(data.mou_reference, bold=True)
        mou = _clipped(data.mou_title, self.text, full, lines, prefix=reference + _markup(" — "))
        if not data.mou_title.strip():
            mou = reference
        recipients = "; ".join(data.recipient_names)
        pairs: list[tuple[tuple[str, str], tuple[str, str] | None]] = [
            (("issuer", _clipped(data.issuer_name, self.text, full, names)), None),
            (("recipients", _clipped(recipients, self.text, full, names)), None),
            (("file", _markup(data.package_name, bold=True)), None),
            (("id", _mono(data.package_id)), ("size", _markup(_size_text(data.package_size)))),
            (("sha256", _sha256_markup(data.package_sha256)), None),
            (("created", _markup(f"{data.created_at:%d/%m/%Y %H:%M}")),
             ("exported_by", _markup(data.exported_by))),
            (("mou", mou), None),
            (("purpose", _clipped(data.purpose, self.text, full, lines)), None),
            (("keep_until", keep), None),
        ]  # fmt: skip
        rows: list[list[Any]] = []
        commands = [*_grid(), ("BACKGROUND", (0, 0), (0, -1), TINT)]
        for number, (left, right) in enumerate(pairs):
            row: list[Any] = [
                self.para(_markup(words[left[0]], bold=True), self.label),
                self.para(left[1]),
            ]
            if right is None:
                row += ["", ""]
                commands.append(("SPAN", (1, number), (3, number)))
            else:
                row += [self.para(_markup(words[right[0]], bold=True), self.label), self.para(right[1])]
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
        rows: list[list[Paragraph]] = [[self.para(_markup(text, bold=True), self.label) for text in header]]
        fields_width = widths[2] - 2 * CELL_PADDING
        for category in categories:
            rows.append(
                [
                    self.clipped(category.label, self.category, widths[0] - 2 * CELL_PADDING),
                    self.para(_markup(indian_grouping(category.records)), self.number),
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
                        _markup(words["more_categories"].format(count=len(hidden)), bold=True),
                        self.category,
                    ),
                    self.para(_markup(indian_grouping(sum(c.records for c in hidden))), self.number),
                    self.para(_markup(words["in_manifest"]), self.fields),
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
        size = min(15.0, int((inner - label) / stringWidth(data.fingerprint, MONO_BOLD, 1) * 2) / 2)
        key = Table(
            [
                [self.para(_markup(words["fingerprint"]), self.small),
                 self.para(_mono(data.fingerprint, bold=True), _style("receipt-fingerprint", size))],
                [self.para(_markup(words["public_key"]), self.small),
                 self.para(_mono(data.public_key), _style("receipt-key", 10))],
            ],
            colWidths=[label, inner - label],
        )  # fmt: skip
        key.setStyle(
            TableStyle(
                [
                    *_no_padding(),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
                ]
            )
        )
        command = f"district-desk verify {data.package_name} --out <folder>"
        # A partner without a database of ours names the key it trusts by this fingerprint.
        trusting = f'    --fingerprint "{data.fingerprint}"'
        steps = [
            _markup(words["step_1"]),
            _markup(words["step_2"])
            + "<br/>"
            + _mono(command, bold=True)
            + "<br/>"
            + _mono(trusting, bold=True),
            _markup(words["step_3"]),
        ]
        step_style = _style(
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
            self.para(_markup(words["passphrase"], bold=True), self.text),
            Spacer(1, 1.5 * mm),
            self.para(_markup(words["steps"], bold=True), self.label),
        ]
        content += [
            self.para(step, step_style, bulletText=f"{number}.") for number, step in enumerate(steps, start=1)
        ]
        box = Table([[content]], colWidths=[WIDTH])
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, INK),
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
        table.setStyle(TableStyle([*_no_padding(), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return table

    def signature_block(self, heading: str, party: str, width: float) -> Table:
        words = self.words
        rows: list[list[Any]] = [
            [self.para(_markup(heading, bold=True), self.heading), ""],
            [self.clipped(words["for"].format(party=party), self.text, width, name=True), ""],
        ]
        rows += [[self.para(_markup(words[key]), self.small), ""] for key in ("name", "designation", "date")]
        rows.append([self.para(_markup(words["signature"]), self.small), ""])
        block = Table(
            rows,
            colWidths=[24 * mm, width - 24 * mm],
            rowHeights=[None, None, 6.5 * mm, 6.5 * mm, 6.5 * mm, 10 * mm],
        )
        block.setStyle(
            TableStyle(
                [
                    *_no_padding(),
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
        ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)),  # Table's default is Helvetica
    ]


def _no_padding() -> list[Any]:
    return [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")]


def _height(flowables: list[Flowable], canvas: Canvas) -> float:
    """The height the flowables take in the frame, with the space around each."""
    return sum(
        flowable.wrapOn(canvas, WIDTH, PAGE_HEIGHT)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        for flowable in flowables
    )


def _fitted(data: ReceiptData, detail: _Detail, room: float, canvas: Canvas) -> list[Flowable] | None:
    """Everything in the frame at ``detail``, or None if it does not fit ``room``. The spare room
    widens the gaps between the sections a little; the rest keeps the signatures at the foot."""
    writer = _Writer(data, detail)
    story, signatures = writer.story(), writer.signatures()
    spare = room - _height(story, canvas) - 3 * mm - _height([signatures], canvas)
    if spare < 0:
        return None
    widen = min(3 * mm, spare / 6)
    for gap in writer.gaps:
        gap.height += widen
    rest = spare + 3 * mm - widen * len(writer.gaps)
    return [*story, Spacer(1, rest - 1), signatures]  # a point short: rounding never overflows


def _layout(data: ReceiptData, room: float, canvas: Canvas) -> list[Flowable]:
    """The story at the fullest detail that fits ``room``."""
    # Folding fewer than two categories into one row would save nothing.
    shown = range(len(data.categories) - 2, 0, -1)
    candidates = [*ATTEMPTS, *(replace(ATTEMPTS[-1], categories=count) for count in shown)]
    story = _fitted(data, candidates[0], room, canvas)
    if story is not None:
        return story
    # Each candidate is no taller than the one before it: halve to find the first that fits.
    best, low, high = None, 1, len(candidates) - 1
    while low <= high:
        middle = (low + high) // 2
        story = _fitted(data, candidates[middle], room, canvas)
        if story is None:
            low = middle + 1
        else:
            best, high = story, middle - 1
    if best is None:
        raise DocumentError(
            "The hand-over receipt does not fit on one page even with the field lists shortened; "
            "shorten the names, the MoU title or the purpose."
        )
    return best


def _check(data: ReceiptData) -> None:
    if data.language not in LABELS:
        raise DocumentError(
            f"Hand-over receipts are printed in {', '.join(LABELS)}; not in '{data.language}'."
        )
    if not data.recipient_names or not all(name.strip() for name in data.recipient_names):
        raise DocumentError("The receipt needs the name of every recipient; one is empty or none is given.")
    if not data.categories:
        raise DocumentError(
            f"Package {data.package_id} holds no data category; there is nothing to hand over."
        )
    if not re.fullmatch(r"[0-9a-fA-F]{64}", data.package_sha256):
        raise DocumentError(f"The package's SHA-256 must be 64 hex digits; '{data.package_sha256}' is not.")
    try:
        expected = fingerprint(decode_public_key(data.public_key))
    except ValidationError as error:
        raise DocumentError(f"The public key on the receipt is not valid: {error}") from None
    if data.fingerprint != expected:
        raise DocumentError(
            f"The fingerprint '{data.fingerprint}' is not that of the public key printed beside it "
            f"(its fingerprint is {expected}); the receipt would mislead the recipient."
        )


def receipt_pdf(data: ReceiptData) -> bytes:
    """The receipt as a one-page A4 PDF. The same data gives the same bytes. Raises
    :class:`DocumentError` for data that cannot be printed (an unknown language, a key that does
    not match its fingerprint, a bad logo)."""
    _check(data)
    register_fonts()
    logo = load_logo(data.letterhead) if data.letterhead is not None else None
    top = TOP
    if data.letterhead is not None:
        top -= letterhead_layout(data.letterhead, logo is not None)[1] + 5 * mm
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, initialFontName=font_name(LATIN))
    canvas.setTitle(f"{LABELS[data.language]['title']}: {data.package_name}")
    canvas.setAuthor(data.issuer_name)
    canvas.setCreator("District Collective Desk")
    story = _layout(data, top - BOTTOM, canvas)
    frame = Frame(MARGIN, BOTTOM, WIDTH, top - BOTTOM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)  # fmt: skip
    frame.addFromList(story, canvas)
    if story:  # the measures above were wrong: never print a receipt with a part missing
        raise DocumentError("The hand-over receipt could not be laid out on one page.")
    if data.letterhead is not None:
        # The letterhead is drawn from the letter's top margin: lift it to this page's.
        canvas.saveState()
        canvas.translate(0, TOP - (PAGE_HEIGHT - MARGIN))
        draw_letterhead(canvas, data.letterhead, logo)
        canvas.restoreState()
    footer = LABELS[data.language]["footer"].format(package_id=data.package_id)
    draw_text(canvas, PAGE_WIDTH / 2, 8 * mm, footer, 7.5, align="centre")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


__all__ = ["LABELS", "ReceiptCategory", "ReceiptData", "receipt_pdf"]
