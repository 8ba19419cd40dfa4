"""Mail merge of one-page copies that differ only in whom they are addressed to.

Laying out and shaping the same letterhead and body once per school is what makes a naive merge
slow (about 60 pages a second). When every copy is the same but for its addressee and fits on one
page, the page is laid out once into a PDF form object (letterhead, number, date, subject, body,
signature, footer) with a fixed slot for the addressee; each copy is then that form plus its
address lines, shaped and drawn into the slot. The body is stored once in the PDF, so the file is
small too. Anything else (a body with each school's name in it, a copy longer than one page, an
address line too long for the slot) takes the general path in :mod:`desktop.documents.circular`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import ActionFlowable, NullActionFlowable

from desktop.documents.circular import (
    Circular,
    _check,
    _closing,
    _heading,
    body_flowables,
    decorate_page,
    first_frame,
    styles,
)
from desktop.documents.fonts import LATIN, font_name
from desktop.documents.letterhead import letterhead_layout, load_logo
from desktop.documents.pages import MARGIN, PAGE_HEIGHT, PAGE_WIDTH
from desktop.documents.text import ShapedLine, draw_shaped, shape_line
from desktop.services.i18n import translate
from desktop.services.progress import Progress

ADDRESSEE_LINES = 4
FORM_NAME = "circular-page"
REPORT_EVERY = 100


class _AddresseeSlot(Flowable):
    """Reserves room for the address lines and records where it was placed on the page."""

    def __init__(self, height: float, placed: list[tuple[float, float]]) -> None:
        super().__init__()
        self.height = height
        self.placed = placed

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, self.height

    def draw(self) -> None:
        self.placed.append(self.canv.absolutePosition(0, self.height))


def _fill(frame: Any, story: list[Any], canvas: Canvas) -> bool:
    """Draw ``story`` into ``frame`` as the document builder would (splitting what must be split,
    such as KeepTogether); False when it does not all fit."""
    pending = list(story)
    while pending:
        flowable = pending.pop(0)
        if isinstance(flowable, NullActionFlowable):
            continue
        if isinstance(flowable, ActionFlowable):
            return False  # a frame or page break: the copy needs a second page
        if frame.add(flowable, canvas, trySplit=0):
            continue
        parts = frame.split(flowable, canvas)
        if not parts or parts == [flowable]:
            return False
        pending[0:0] = parts
    return True


def _shared_but_address(copies: Sequence[Circular]) -> bool:
    shared = replace(copies[0], addressee=())
    return all(replace(copy, addressee=()) == shared for copy in copies)


def _shaped_addresses(copies: Sequence[Circular], size: float) -> list[list[ShapedLine]] | None:
    """Every copy's address lines, shaped once; None if a line is too wide for the slot."""
    width = PAGE_WIDTH - 2 * MARGIN
    shaped = [[shape_line(line, size) for line in copy.addressee] for copy in copies]
    if any(line.width > width for lines in shaped for line in lines):
        return None
    return shaped


def render_merged(copies: Sequence[Circular], progress: Progress) -> bytes | None:
    """The merged PDF by the fast path, or None when the copies need the general one."""
    if len(copies) < 2 or any(len(copy.addressee) > ADDRESSEE_LINES for copy in copies):
        return None
    if not _shared_but_address(copies):
        return None
    style = styles()
    leading = style.plain.leading
    addresses = _shaped_addresses(copies, style.plain.fontSize)
    if addresses is None:
        return None
    first = copies[0]
    blocks = _check(first)
    logo = load_logo(first.letterhead)
    _lines, head_height = letterhead_layout(first.letterhead, logo is not None)
    placed: list[tuple[float, float]] = []
    lines = max(len(copy.addressee) for copy in copies)  # the slot is as tall as the longest address
    slot = _AddresseeSlot(lines * leading, placed)
    story: list[Any] = _heading(first, style, slot) + body_flowables(blocks, style) + _closing(first, style)

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, initialFontName=font_name(LATIN))
    canvas.setTitle(first.subject)
    canvas.setAuthor(first.letterhead.office_name)
    canvas.setSubject(first.number or "draft")
    canvas.setCreator("District Collective Desk")
    canvas.beginForm(FORM_NAME)
    decorate_page(canvas, first, 1, 1, logo)
    fits = _fill(first_frame(head_height), story, canvas)
    canvas.endForm()
    if not fits or len(placed) != 1:
        return None  # longer than a page: the general path numbers the pages of each copy
    x, top = placed[0]
    first_baseline = top - style.plain.fontSize * 1.1
    total = len(copies)
    for index, lines in enumerate(addresses):
        if index % REPORT_EVERY == 0:
            progress.report(index, total, translate("Documents", "Printing"))
        canvas.doForm(FORM_NAME)
        for line_number, line in enumerate(lines):
            draw_shaped(canvas, x, first_baseline - line_number * leading, line)
        canvas.showPage()
    canvas.save()
    progress.report(total, total, translate("Documents", "Done"))
    return out.getvalue()
