"""Certificates of recognition on landscape A4, one page each: a decorative border, the issuing
office's names (and logo), the title and the programme in English and the regional language, the
name in English and in the regional script, what the nominee is recognised for, the date and the
certificate's number, and the signature block.

Every line is shaped (:mod:`desktop.documents.text`) and fitted to the width it has
(:mod:`desktop.documents.fitted_lines`): it shrinks down to a floor, then wraps onto two lines. A
line that cannot fit even so raises :class:`LineTooLongError` naming it, before anything is drawn. No
database here: the recognition service builds a :class:`CertificateSet`
(:mod:`certificate_data`), :mod:`certificate_layout` places its lines and this module draws them.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.certificate_data import LABELS, CertificateSet
from desktop.documents.certificate_layout import (
    BORDER,
    GOLD,
    INK,
    LOGO_SIZE,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SIDE,
    PageLayout,
    certificate_layout,
)
from desktop.documents.errors import DocumentError
from desktop.documents.fonts import LATIN, font_name
from desktop.documents.letterhead import load_logo
from desktop.documents.text import draw_shaped, shape_line
from desktop.services.i18n import translate
from desktop.services.progress import NO_PROGRESS, Progress


def _border(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(3)
    canvas.rect(BORDER, BORDER, PAGE_WIDTH - 2 * BORDER, PAGE_HEIGHT - 2 * BORDER)
    inset = BORDER + 3 * mm
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.9)
    canvas.rect(inset, inset, PAGE_WIDTH - 2 * inset, PAGE_HEIGHT - 2 * inset)
    # A small diamond at each inner corner.
    canvas.setFillColor(GOLD)
    half = 2.2 * mm
    for x in (inset, PAGE_WIDTH - inset):
        for y in (inset, PAGE_HEIGHT - inset):
            path = canvas.beginPath()
            path.moveTo(x, y + half)
            path.lineTo(x + half, y)
            path.lineTo(x, y - half)
            path.lineTo(x - half, y)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def _mark(canvas: Canvas, text: str, colour: colors.Color) -> None:
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.setFillAlpha(0.16)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(20)
    draw_shaped(canvas, 0, 0, shape_line(text, 60, True), align="centre")
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(colour)
    draw_shaped(
        canvas, PAGE_WIDTH - SIDE, PAGE_HEIGHT - BORDER - 7 * mm, shape_line(text, 9, True), align="right"
    )
    canvas.restoreState()


def _draw_page(
    canvas: Canvas, certificates: CertificateSet, layout: PageLayout, logo: ImageReader | None
) -> None:
    _border(canvas)
    if logo is not None and layout.logo_box is not None:
        x, y = layout.logo_box
        canvas.drawImage(logo, x, y, LOGO_SIZE, LOGO_SIZE, preserveAspectRatio=True, mask="auto")
    for placed in layout.lines:
        canvas.setFillColor(placed.colour)
        draw_shaped(canvas, placed.x, placed.y, placed.line)
    left, right, y = layout.signature_rule
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.7)
    canvas.line(left, y, right, y)
    # A thin gold rule between the title and the programme sets the title off.
    title = layout.of("title_local") or layout.of("title")
    if title:
        rule_y = title[-1].y - 3.2 * mm
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(0.8)
        canvas.line(PAGE_WIDTH / 2 - 40 * mm, rule_y, PAGE_WIDTH / 2 + 40 * mm, rule_y)
    if certificates.duplicate:
        _mark(canvas, LABELS["en"]["duplicate"], colors.HexColor("#c62828"))
    elif any(award.number is None for award in certificates.awards):
        _mark(canvas, LABELS["en"]["draft"], colors.HexColor("#9e9e9e"))


def render_certificates(certificates: CertificateSet, progress: Progress = NO_PROGRESS) -> bytes:
    """The certificates as one PDF, a landscape page each, in the order given. The same input gives
    the same bytes. Raises :class:`LineTooLongError` or :class:`DocumentError` before drawing."""
    if not certificates.awards:
        raise DocumentError(translate("Documents", "There is no certificate to print."))
    logo = load_logo(certificates.letterhead)
    layouts = [
        certificate_layout(certificates, award, with_logo=logo is not None) for award in certificates.awards
    ]
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        invariant=1,  # no time stamp or random id
        initialFontName=font_name(LATIN),  # else every page names an unembedded Helvetica
    )
    canvas.setTitle(f"Certificates of Recognition — {certificates.programme}, {certificates.cycle}")
    canvas.setAuthor(certificates.letterhead.office_name)
    canvas.setCreator("District Collective Desk")
    total = len(layouts)
    for index, (award, layout) in enumerate(zip(certificates.awards, layouts, strict=True)):
        progress.report(index, total, award.name)
        _draw_page(canvas, certificates, layout, logo)
        canvas.showPage()
    progress.report(total, total, translate("Documents", "Done"))
    canvas.save()
    return buffer.getvalue()
