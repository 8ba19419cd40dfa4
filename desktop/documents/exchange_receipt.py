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
from dataclasses import replace

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Spacer

from desktop.documents.errors import DocumentError
from desktop.documents.exchange_receipt_data import LABELS, ReceiptCategory, ReceiptData
from desktop.documents.exchange_receipt_sections import WIDTH, Detail, ReceiptWriter
from desktop.documents.fonts import LATIN, font_name, register_fonts
from desktop.documents.letterhead import draw_letterhead, letterhead_layout, load_logo
from desktop.documents.pages import MARGIN, PAGE_HEIGHT, PAGE_WIDTH
from desktop.documents.text import draw_text
from desktop.services.errors import ValidationError
from desktop.services.exchange.fingerprints import decode_public_key, fingerprint
from desktop.services.i18n import language_names, or_list, translate

# A one-page form: closer to the paper's top and foot than a letter, whose pages run on.
TOP = PAGE_HEIGHT - 14 * mm
BOTTOM = 14 * mm  # the frame's foot; the footer line sits below it

# From the fullest page to the most compact, in the order they are tried: field lists smaller,
# then shorter, then long free texts cut. Past the last, the smallest categories are folded.
ATTEMPTS = (
    *(Detail(size) for size in (8.0, 7.5, 7.0)),
    *(Detail(size, lines) for size, lines in ((7.0, 3), (7.0, 2), (6.5, 2), (6.5, 1))),
    *(Detail(6.5, 1, lines) for lines in (3, 2, 1)),
)


def _height(flowables: list[Flowable], canvas: Canvas) -> float:
    """The height the flowables take in the frame, with the space around each."""
    return sum(
        flowable.wrapOn(canvas, WIDTH, PAGE_HEIGHT)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        for flowable in flowables
    )


def _fitted(data: ReceiptData, detail: Detail, room: float, canvas: Canvas) -> list[Flowable] | None:
    """Everything in the frame at ``detail``, or None if it does not fit ``room``. The spare room
    widens the gaps between the sections a little; the rest keeps the signatures at the foot."""
    writer = ReceiptWriter(data, detail)
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
        message = translate(
            "Documents",
            "The hand-over receipt does not fit on one page even with the field lists shortened; shorten "
            "the names, the MoU title or the purpose.",
        )
        raise DocumentError(message)
    return best


def _check(data: ReceiptData) -> None:
    if data.language not in LABELS:
        message = translate("Documents", "Hand-over receipts are printed in {languages}; not in '{code}'.")
        raise DocumentError(
            message.format(languages=or_list(language_names(list(LABELS))), code=data.language)
        )
    if not data.recipient_names or not all(name.strip() for name in data.recipient_names):
        message = translate(
            "Documents", "The receipt needs the name of every recipient; one is empty or none is given."
        )
        raise DocumentError(message)
    if not data.categories:
        message = translate(
            "Documents", "Package {package} holds no data category; there is nothing to hand over."
        )
        raise DocumentError(message.format(package=data.package_id))
    if not re.fullmatch(r"[0-9a-fA-F]{64}", data.package_sha256):
        message = translate("Documents", "The package's SHA-256 must be 64 hex digits; '{sha256}' is not.")
        raise DocumentError(message.format(sha256=data.package_sha256))
    try:
        expected = fingerprint(decode_public_key(data.public_key))
    except ValidationError as error:
        message = translate("Documents", "The public key on the receipt is not valid: {problem}")
        raise DocumentError(message.format(problem=error.message)) from None
    if data.fingerprint != expected:
        message = translate(
            "Documents",
            "The fingerprint '{fingerprint}' is not that of the public key printed beside it (its "
            "fingerprint is {expected}); the receipt would mislead the recipient.",
        )
        raise DocumentError(message.format(fingerprint=data.fingerprint, expected=expected))


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
        raise DocumentError(
            translate("Documents", "The hand-over receipt could not be laid out on one page.")
        )
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
