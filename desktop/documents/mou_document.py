"""A Memorandum of Understanding on A4: the office's letterhead, title and reference, the parties,
the MoU's own clauses, then the sections the register generates (focus, coverage, roles,
deliverables, data sharing, validity, funding) and a signature block for every signatory.

Headings print in the MoU's language with the English beside them; all other fixed words in the
MoU's language (:mod:`desktop.documents.mou_labels`). No database here: the service builds a
:class:`MouDocument` and this module only lays it out.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.circular import LABELS, body_flowables, grid_table_commands, styles
from desktop.documents.errors import DocumentError
from desktop.documents.fonts import LATIN, font_name
from desktop.documents.letterhead import draw_letterhead, letterhead_layout, load_logo
from desktop.documents.markup import MarkupError, parse_body
from desktop.documents.mou_data import (
    Amendment,
    CoverageText,
    CoveredSchool,
    DataTerm,
    Duty,
    MouDocument,
    Party,
    Signature,
)
from desktop.documents.mou_labels import (
    MOU_LABELS,
    data_words,
    focus_words,
    frequency_words,
    indian_grouping,
    rupees,
)
from desktop.documents.paged import counting_canvas
from desktop.documents.pages import MARGIN, PAGE_HEIGHT, PAGE_WIDTH
from desktop.documents.text import draw_text, indian_date, plain_markup
from desktop.services.i18n import language_names, or_list, translate

WIDTH = PAGE_WIDTH - 2 * MARGIN
# Up to this many schools chosen one by one are listed in a sentence; more go in a table.
SCHOOLS_IN_A_LINE = 5


class _Writer:
    """Builds the story of one MoU; keeps the section count and the styles."""

    def __init__(self, doc: MouDocument) -> None:
        self.doc = doc
        self.words = MOU_LABELS[doc.language]
        self.style = styles(10.5)
        self.section = 0
        base = self.style.plain
        self.heading_style = ParagraphStyle(
            "mou-heading", parent=base, fontSize=11.5, leading=16, spaceBefore=8
        )
        self.title_style = ParagraphStyle(
            "mou-title", parent=base, fontSize=14, leading=19, alignment=TA_CENTER
        )
        self.centre = ParagraphStyle("mou-centre", parent=base, alignment=TA_CENTER)

    def para(self, text: str, bold: bool = False, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(plain_markup(text, bold), style or self.style.plain)

    def heading(self, key: str) -> list[Any]:
        self.section += 1
        text = self.words[key]
        if self.doc.language != "en":
            text = f"{text} / {MOU_LABELS['en'][key]}"
        # A heading never ends a page on its own.
        return [CondPageBreak(30 * mm), self.para(f"{self.section}. {text}", True, self.heading_style)]

    def table(self, header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
        cell = self.style.cell
        data = [[Paragraph(plain_markup(text, True), cell) for text in header]]
        data += [[Paragraph(plain_markup(text), cell) for text in row] for row in rows]
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(grid_table_commands()))
        return table

    # --- sections ----------------------------------------------------------------------------

    def opening(self) -> list[Any]:
        doc, words = self.doc, self.words
        kind = words["kind"] if doc.language == "en" else f"{words['kind']} / {MOU_LABELS['en']['kind']}"
        lines = [self.para(kind.upper() if doc.language == "en" else kind, True, self.centre)]
        lines += [Spacer(1, 2 * mm), self.para(doc.title, True, self.title_style), Spacer(1, 2 * mm)]
        reference = f"{words['reference']}: {doc.reference}"
        if doc.amendments:
            version = max(a.version for a in doc.amendments)
            reference += " · " + words["version"].format(version=version)
        return [*lines, self.para(reference, style=self.centre), Spacer(1, 4 * mm)]

    def parties(self) -> list[Any]:
        words = self.words
        story = [*self.heading("parties"), self.para(words["between"])]
        for index, party in enumerate(self.doc.parties):
            if index:
                story.append(self.para(words["and"], style=self.centre))
            role = words["as_district"] if party.role == "district" else words["as_partner"]
            lines = [self.para(f"{party.name} {role}", True)]
            if party.name_local and party.name_local != party.name:
                lines.append(self.para(party.name_local))
            if party.address:
                lines.append(self.para(party.address))
            story.append(Table([[lines]], colWidths=[WIDTH - 10 * mm], hAlign="CENTER"))
        return story

    def clauses(self) -> list[Any]:
        if not self.doc.text.strip():
            return []
        try:
            blocks = parse_body(self.doc.text)
        except MarkupError as exc:
            if exc.column:
                where = translate("Documents", "The MoU's text, line {line}, column {column}: {problem}")
            else:
                where = translate("Documents", "The MoU's text, line {line}: {problem}")
            raise DocumentError(where.format(line=exc.line, column=exc.column, problem=exc.problem)) from exc
        return [*self.heading("clauses"), *body_flowables(blocks, self.style)]

    def focus(self) -> list[Any]:
        doc, words = self.doc, self.words
        label = focus_words(doc.language, doc.focus, doc.focus_label)
        story = [*self.heading("focus"), self.para(f"{words['focus_label']}: {label}")]
        if doc.objectives:
            story.append(self.para(f"{words['objectives']}:", True))
            story += [self.para(line.strip()) for line in doc.objectives.splitlines() if line.strip()]
        return story

    def coverage(self) -> list[Any]:
        cover, words = self.doc.coverage, self.words
        story = self.heading("coverage")
        if cover.whole_district:
            schools = indian_grouping(cover.school_count)
            sentence = words["whole_district"].format(district=cover.district, schools=schools)
            return [*story, self.para(sentence)]
        if cover.blocks:
            story.append(self.para(f"{words['blocks']}: {', '.join(cover.blocks)}."))
        if cover.clusters:
            story.append(self.para(f"{words['clusters']}: {', '.join(cover.clusters)}."))
        if cover.schools and len(cover.schools) <= SCHOOLS_IN_A_LINE:
            listed = "; ".join(f"{s.name} ({s.udise_code})" for s in cover.schools)
            story.append(self.para(f"{words['schools']}: {listed}."))
        elif cover.schools:
            story.append(self.para(f"{words['schools']} ({len(cover.schools)}):"))
            rows = [[s.udise_code, s.name, s.block, s.cluster or "—"] for s in cover.schools]
            header = [words["udise"], words["school"], words["block"], words["cluster"]]
            story.append(self.table(header, rows, [28 * mm, WIDTH - 98 * mm, 35 * mm, 35 * mm]))
        return story

    def _when(self, duty: Duty) -> str:
        parts = [indian_date(duty.due_date, "—")] if duty.due_date else []
        if duty.frequency:
            parts.append(frequency_words(self.doc.language, duty.frequency))
        return " · ".join(parts) or "—"

    def roles(self) -> list[Any]:
        words = self.words
        story = self.heading("roles")
        duties = [d for d in self.doc.duties if d.kind != "deliverable"]
        if not duties:
            return [*story, self.para(words["none"])]
        header = [words["what"], words["owner"], words["when"]]
        for party in dict.fromkeys(d.party for d in duties):
            rows = [[d.description, d.owner or "—", self._when(d)] for d in duties if d.party == party]
            table = self.table(header, rows, [WIDTH - 90 * mm, 45 * mm, 45 * mm])
            story += [self.para(party, True), table, Spacer(1, 3 * mm)]
        return story

    def deliverables(self) -> list[Any]:
        words = self.words
        story = self.heading("deliverables")
        duties = [d for d in self.doc.duties if d.kind == "deliverable"]
        if not duties:
            return [*story, self.para(words["none"])]
        header = [words["deliverable"], words["by"], words["indicator"], words["due"]]
        rows = [[d.description, d.party, d.indicator or "—", self._when(d)] for d in duties]
        return [*story, self.table(header, rows, [52 * mm, 38 * mm, WIDTH - 120 * mm, 30 * mm])]

    def data(self) -> list[Any]:
        doc, words = self.doc, self.words
        story = self.heading("data")
        if not doc.data_terms:
            return [*story, self.para(words["no_data"])]
        header = [words["category"], words["purpose"], words["kept"]]
        rows = [
            [
                data_words(doc.language, t.category, t.label),
                t.purpose,
                words["months"].format(months=t.keep_months),
            ]
            for t in doc.data_terms
        ]
        table = self.table(header, rows, [70 * mm, WIDTH - 105 * mm, 35 * mm])
        return [*story, table, Spacer(1, 2 * mm), self.para(words["data_terms"])]

    def validity(self) -> list[Any]:
        doc, words = self.doc, self.words
        sentence = words["valid"].format(
            start=indian_date(doc.start_date, "—"), end=indian_date(doc.end_date, "—")
        )
        story = [*self.heading("validity"), self.para(sentence)]
        if doc.amendments:
            header = [
                words["version"].format(version="").strip(),
                words["effective"],
                words["change"],
                words["new_end"],
            ]
            rows = [
                [
                    str(a.version),
                    indian_date(a.effective_from, "—"),
                    a.summary,
                    indian_date(a.new_end_date, "—"),
                ]
                for a in doc.amendments
            ]
            story += [Spacer(1, 2 * mm), self.para(f"{words['amendments']}:", True)]
            story.append(self.table(header, rows, [18 * mm, 30 * mm, WIDTH - 78 * mm, 30 * mm]))
        return story

    def funding(self) -> list[Any]:
        amount = self.doc.funding_amount
        sentence = (
            self.words["non_financial"]
            if amount is None
            else self.words["funded"].format(amount=rupees(amount))
        )
        return [*self.heading("funding"), self.para(sentence)]

    def signatures(self) -> list[Any]:
        words = self.words
        blocks = []
        for signature in self.doc.signatures:
            when = indian_date(signature.signed_on, "—") if signature.signed_on else "_______________"
            blocks.append(
                [
                    Spacer(1, 14 * mm),
                    self.para("______________________________"),
                    self.para(f"({words['signature']})", style=self.style.cell),
                    self.para(signature.name, True),
                    self.para(signature.designation),
                    self.para(words["for"].format(party=signature.party)),
                    self.para(f"{words['date']}: {when}"),
                ]
            )
        if not blocks:
            return []
        if len(blocks) % 2:
            blocks.append([])
        grid = Table(
            [blocks[i : i + 2] for i in range(0, len(blocks), 2)],
            colWidths=[WIDTH / 2, WIDTH / 2],
            hAlign="LEFT",
        )
        grid.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * mm),
                    ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)),
                ]
            )
        )
        heading = self.heading("signatures")
        # The heading stays with at least the first row of signatures.
        return [heading[0], KeepTogether([heading[1], grid])] if len(blocks) <= 4 else [*heading, grid]

    def story(self) -> list[Any]:
        sections = (
            self.opening, self.parties, self.clauses, self.focus, self.coverage, self.roles,
            self.deliverables, self.data, self.validity, self.funding, self.signatures,
        )  # fmt: skip
        story: list[Any] = [NextPageTemplate("later")]
        for section in sections:
            story += section()
        return story


def _decorate(doc: MouDocument, logo: Any) -> Any:
    labels, words = LABELS[doc.language], MOU_LABELS[doc.language]

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        if page == 1:
            draw_letterhead(canvas, doc.letterhead, logo)
        else:
            draw_text(canvas, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 12 * mm, doc.reference, 8, align="right")
        draw_text(
            canvas, PAGE_WIDTH / 2, 10 * mm, labels["page"].format(page=page, pages=pages), 8, align="centre"
        )
        if doc.draft:
            canvas.saveState()
            canvas.setFillColor(colors.HexColor("#9e9e9e"))
            canvas.setFillAlpha(0.18)
            canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canvas.rotate(35)
            draw_text(canvas, 0, 0, words["draft"], 48, bold=True, align="centre")
            canvas.restoreState()
            draw_text(canvas, MARGIN, PAGE_HEIGHT - 12 * mm, words["draft"], 8, bold=True)

    return decorate


def render_mou(doc: MouDocument) -> bytes:
    """The MoU as PDF bytes; raises :class:`DocumentError` (or a font error) with a message for
    staff when something cannot be printed. The same input gives the same bytes."""
    if doc.language not in MOU_LABELS:
        message = translate("Documents", "MoUs can be printed in {languages}; not in '{code}'.")
        raise DocumentError(
            message.format(languages=or_list(language_names(list(MOU_LABELS))), code=doc.language)
        )
    story = _Writer(doc).story()
    logo = load_logo(doc.letterhead)
    _lines, head_height = letterhead_layout(doc.letterhead, logo is not None)
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=f"{doc.reference} — {doc.title}",
        author=doc.letterhead.office_name,
        subject="Memorandum of Understanding",
        creator="District Collective Desk",
        initialFontName=font_name(LATIN),  # else every page names an unembedded Helvetica
        invariant=1,
    )
    no_padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    first = Frame(MARGIN, MARGIN, WIDTH, PAGE_HEIGHT - 2 * MARGIN - head_height - 6 * mm, **no_padding)
    later = Frame(MARGIN, MARGIN, WIDTH, PAGE_HEIGHT - 2 * MARGIN - 4 * mm, **no_padding)
    document.addPageTemplates([PageTemplate("first", [first]), PageTemplate("later", [later])])
    document.build(story, canvasmaker=counting_canvas(_decorate(doc, logo)))
    return buffer.getvalue()


__all__ = [
    "Amendment",
    "CoverageText",
    "CoveredSchool",
    "DataTerm",
    "Duty",
    "MouDocument",
    "Party",
    "Signature",
    "render_mou",
]
