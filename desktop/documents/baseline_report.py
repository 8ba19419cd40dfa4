"""The baseline (or midline, endline) assessment report: a landscape A4 PDF on the office's
letterhead.

It takes a :class:`BaselineReport` (the analyses already made, no database): what was assessed,
the impact indicators when two rounds are compared, the figures per block with bar charts of %
achieving per subject (both rounds side by side when comparing), the figures per cluster, the
schools that improved most and least, and a note on method. It is meant for sharing, so every
figure resting on fewer than five students prints as "<5". Unit names go into table cells, which
shape Kannada and Devanagari; the charts label units as :mod:`baseline_charts` explains.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from desktop.documents.baseline_charts import Bars, axis_label, bar_chart
from desktop.documents.circular import styles
from desktop.documents.contact_sheet import paged_pdf, table_style, title_styles
from desktop.documents.governance_data import long_date
from desktop.documents.letterhead import Letterhead
from desktop.documents.pages import MARGIN
from desktop.documents.text import indian_date, plain_markup
from desktop.services.baseline.analysis import RoundAnalysis, RoundInfo, Unit, UnitRow
from desktop.services.baseline.comparison import ENROLMENT, ImpactIndicator, RoundComparison, UnitChange
from desktop.services.baseline.figures import SUPPRESS_BELOW, Figure

WIDTH = 297 * mm - 2 * MARGIN  # between the margins of landscape A4
SHORT_TABLE = 15  # rows
KINDS = {"baseline": "Baseline", "midline": "Midline", "endline": "Endline", "custom": "Assessment"}


@dataclass(frozen=True)
class BaselineReport:
    """Everything the report and the workbook print, for one round or two compared."""

    letterhead: Letterhead
    today: date
    district: RoundAnalysis  # the later round (the only one when not comparing), by district
    blocks: RoundAnalysis
    clusters: RoundAnalysis
    schools: RoundAnalysis
    comparison: RoundComparison | None = None  # by block, with most and least improved schools
    cluster_comparison: RoundComparison | None = None
    impact: tuple[ImpactIndicator, ...] = ()

    @property
    def round(self) -> RoundInfo:
        return self.blocks.round


def report_title(report: BaselineReport) -> str:
    kind = KINDS.get(report.round.kind, "Assessment")
    return f"{kind} assessment report — {report.blocks.total.unit.name}"


def round_line(info: RoundInfo) -> str:
    """ "Endline 2026 (endline), 02/11/2026 to 14/11/2026, tool: FLN oral assessment"."""
    parts = [f"{info.name} ({info.kind})"]
    if info.start_date or info.end_date:
        parts.append(" to ".join(indian_date(d) for d in (info.start_date, info.end_date) if d))
    if info.tool:
        parts.append(f"tool: {info.tool}")
    return ", ".join(parts)


def filters_line(analysis: RoundAnalysis) -> str:
    grade = f"grade {analysis.grade}" if analysis.grade is not None else "all grades"
    subject = analysis.subject or (
        "all subjects (" + ", ".join(analysis.subjects) + ")" if analysis.subjects else "no subject"
    )
    return f"{grade}; {subject}"


def achieving_meaning(info: RoundInfo) -> str:
    """What "achieving" means for the round's level scheme, in words."""
    if not info.levels or info.achieving_from is None:
        return "This round has no level scheme, so no student is counted as achieving; only scores are shown."
    return (
        f"Levels of the scheme '{info.scheme}', lowest first: {', '.join(info.levels)}. A student is "
        f"achieving the state's goal at '{info.levels[info.achieving_from]}' or above "
        f"({', '.join(info.achieving_levels)})."
    )


def unit_name(unit: Unit) -> str:
    return (
        f"{unit.name} ({unit.name_local})" if unit.name_local and unit.name_local != unit.name else unit.name
    )


# --- tables --------------------------------------------------------------------------------------


class _Cells:
    def __init__(self, size: float = 7.5) -> None:
        base = styles(size + 1).cell
        self.text = ParagraphStyle("bl-cell", parent=base, fontSize=size, leading=size * 1.3)
        self.number = ParagraphStyle("bl-number", parent=self.text, alignment=TA_RIGHT)

    def row(self, values: list[Any], numbers: range, bold: bool = False) -> list[Paragraph]:
        return [
            Paragraph(plain_markup(str(value), bold), self.number if index in numbers else self.text)
            for index, value in enumerate(values)
        ]


def _table(
    cells: _Cells,
    headings: list[str],
    rows: list[list[Any]],
    widths: list[float],
    numbers: range,
    total: list[Any] | None = None,
) -> Any:
    """A table across the page (``widths`` in proportion), figures in the ``numbers`` columns
    right-aligned, a bold total row; kept on one page with what comes before when it is short."""
    data = [cells.row(headings, numbers, bold=True)] + [cells.row(row, numbers) for row in rows]
    if total is not None:
        data.append(cells.row(total, numbers, bold=True))
    scale = WIDTH / sum(widths)
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1, hAlign="LEFT")
    style = table_style(len(data))
    # Narrow padding: a comparison has sixteen columns, and headings must not break mid-word.
    style.add("LEFTPADDING", (0, 0), (-1, -1), 3)
    style.add("RIGHTPADDING", (0, 0), (-1, -1), 3)
    table.setStyle(style)
    return table


def _count(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def _figures(row: UnitRow) -> list[str]:
    results, indicators = row.results, row.indicators
    score = results.mean_score().text()
    of_max = results.mean_score_percent()
    if of_max.value is not None and not of_max.suppressed:
        score += f" ({of_max.value:.1f}%)"
    return [
        *(figure.text() for figure in results.level_percents()),
        results.achieving_percent().text(),
        score,
        _count(indicators.enrolment),
        indicators.average_attendance().text(),
        indicators.pupil_teacher_ratio().text(),
    ]


def _unit_table(cells: _Cells, analysis: RoundAnalysis, parent: bool) -> Table:
    levels = list(analysis.round.levels)
    headings = ["No.", analysis.by.capitalize()] + (["Block"] if parent else []) + ["Students assessed"]
    headings += [f"{level} %" for level in levels]
    headings += ["% achieving", "Mean score", "Enrolment", "Attendance %", "Pupils per teacher"]
    lead = 3 + parent  # No., name, (block,) students: figures from the students column on
    rows = [
        [number, unit_name(row.unit)] + ([row.unit.block or ""] if parent else []) + [_count(row.results.students)]
        + _figures(row)
        for number, row in enumerate(analysis.rows, start=1)
    ]  # fmt: skip
    total = ["", unit_name(analysis.total.unit) + " (total)"] + ([""] if parent else [])
    total += [_count(analysis.total.results.students), *_figures(analysis.total)]
    widths = [10, 34] + ([26] if parent else []) + [17] + [17] * len(levels) + [17, 22, 18, 18, 16]
    return _table(cells, headings, rows, widths, range(lead - 1, len(headings)), total)


def _changes(pair: UnitChange) -> list[str]:
    values = []
    for name, suffix in (("achieving", ""), ("score", ""), ("enrolment", "%"), ("attendance", "%")):
        earlier, later, change = pair.values(name)
        if name == "enrolment":
            values += [_count(None if f.value is None else int(f.value)) for f in (earlier, later)]
        else:
            values += [earlier.text(), later.text()]
        values.append(_signed(change, suffix))
    return values


def _signed(figure: Figure, suffix: str = "") -> str:
    """A change as printed: "+2.9%", "-1.0", "<5" or "—"."""
    if figure.value is None or figure.suppressed:
        return figure.text()
    return f"{'+' if figure.value > 0 else ''}{figure.text()}{suffix}"


def _change_table(cells: _Cells, comparison: RoundComparison, parent: bool) -> Table:
    by = comparison.later.by.capitalize()
    headings = ["No.", by] + (["Block"] if parent else [])
    for label, unit in (("% achieving", "points"), ("Mean score", "points"), ("Enrolment", "%"),
                        ("Attend. %", "%")):  # fmt: skip
        headings += [f"{label}, earlier", f"{label}, later", f"Change ({unit})"]
    rows = [
        [number, unit_name(pair.unit)] + ([pair.unit.block or ""] if parent else []) + _changes(pair)
        for number, pair in enumerate(comparison.rows, start=1)
    ]
    total = (
        ["", unit_name(comparison.total.unit) + " (total)"]
        + ([""] if parent else [])
        + _changes(comparison.total)
    )
    widths = [10, 32] + ([24] if parent else []) + [17, 17, 17] * 4
    return _table(cells, headings, rows, widths, range(2 + parent, len(headings)), total)


def _improved_table(cells: _Cells, pairs: tuple[UnitChange, ...]) -> Table:
    headings = ["School", "UDISE code", "Block", "Cluster", "% achieving, earlier", "% achieving, later",
                "Change (points)", "Mean score change"]  # fmt: skip
    rows = []
    for pair in pairs:
        earlier, later, change = pair.values("achieving")
        unit = pair.unit
        rows.append([unit_name(unit), unit.code or "", unit.block or "", unit.cluster or "", earlier.text(),
                     later.text(), _signed(change), _signed(pair.score_change())])  # fmt: skip
    return _table(cells, headings, rows, [70, 26, 34, 34, 24, 24, 22, 22], range(4, 8))


def _impact_value(indicator: ImpactIndicator, figure: Figure) -> str:
    # Enrolment is a count of children; the other indicators are percentages.
    if indicator.name == ENROLMENT and figure.value is not None:
        return _count(int(figure.value))
    return figure.text()


def _impact_table(cells: _Cells, impact: tuple[ImpactIndicator, ...]) -> Table:
    rows = [
        [i.name, *(_impact_value(i, f) for f in (i.earlier, i.later)),
         _signed(i.change, "%" if i.change_unit == "%" else " points"), i.note]
        for i in impact
    ]  # fmt: skip
    return _table(
        cells, ["Indicator", "Earlier", "Later", "Change", "Note"], rows, [70, 22, 22, 26, 127], range(1, 4)
    )


# --- charts --------------------------------------------------------------------------------------


def _charts(report: BaselineReport) -> list[Any]:
    """One chart per subject: % achieving by block, earlier and later side by side when comparing."""
    flowables: list[Any] = []
    rows = report.blocks.rows
    labels = tuple(axis_label(row.unit.name, number) for number, row in enumerate(rows, start=1))
    earlier = {row.unit.key: row for row in report.comparison.earlier.rows} if report.comparison else None
    for subject in report.blocks.shown_subjects:
        later_values = tuple(_bar(row, subject) for row in rows)
        series: tuple[tuple[str, tuple[float | None, ...]], ...] = ((report.round.name, later_values),)
        if earlier is not None and report.comparison is not None:
            before = tuple(_bar(earlier.get(row.unit.key), subject) for row in rows)
            series = ((report.comparison.earlier.round.name, before), *series)
        title = f"% achieving in {subject}, by block"
        flowables.append(KeepTogether([bar_chart(Bars(title, labels, series), WIDTH), Spacer(1, 3 * mm)]))
    return flowables


def _bar(row: UnitRow | None, subject: str) -> float | None:
    results = row.subject(subject) if row is not None else None
    if results is None:
        return None
    figure = results.achieving_percent()
    return None if figure.suppressed else figure.value


# --- the document --------------------------------------------------------------------------------


def method_note(report: BaselineReport) -> list[str]:
    info = report.round
    notes = [
        achieving_meaning(info),
        "% at each level and % achieving are of the results that were given a level (a student "
        "counts once in each subject); students assessed counts each school's students in the "
        "subject most of them took, so a student who took two subjects is counted once.",
        "Mean score is of the students with a score"
        + (
            f"; in brackets as a percentage of the maximum score, {info.max_score:g}."
            if info.max_score
            else "."
        ),
        "Enrolment, average attendance (weighted by enrolment) and pupils per teacher come from the schools' "
        "indicators for the round and are whole-school figures, not narrowed by grade or subject.",
        f'Figures resting on fewer than {SUPPRESS_BELOW} students are shown as "<5" so that no child\'s '
        'result can be identified; "—" means there is nothing to show. Percentages are rounded to one '
        "decimal, halves up; changes are worked out from the rounded figures.",
        "Chart axes name a block in English letters, or give its number in the table when its name is "
        "written in another script. A missing bar means no data or fewer than 5 students.",
    ]
    if report.comparison is not None:
        notes.append(
            "Changes in % achieving are in percentage points; in enrolment and attendance, as a percentage "
            "of the earlier figure. Most and least improved schools are ranked by the change in % achieving, "
            f"then in mean score, among schools with at least {SUPPRESS_BELOW} students with a level in both rounds."
        )
    return notes


def baseline_report_pdf(report: BaselineReport) -> bytes:
    """The report as PDF bytes (landscape A4, "Page x of y")."""
    style = styles(9.5)
    title_style, centre = title_styles(style.plain)
    heading_style = ParagraphStyle("bl-heading", parent=style.plain, fontSize=11, spaceBefore=8, spaceAfter=4)
    cells = _Cells()

    def heading(text: str) -> list[Any]:
        return [CondPageBreak(35 * mm), Paragraph(plain_markup(text, True), heading_style)]

    def section(text: str, table: Any, rows: int) -> list[Any]:
        # A short table moves to the next page whole, heading and all, rather than leave its
        # total row alone on a page; a long one runs on with its header row repeated.
        title = Paragraph(plain_markup(text, True), heading_style)
        if rows <= SHORT_TABLE:
            return [KeepTogether([title, table])]
        return [CondPageBreak(35 * mm), title, table]

    info, comparison = report.round, report.comparison
    lines = [f"Round: {round_line(info)}"]
    if comparison is not None:
        lines.append(f"Compared with: {round_line(comparison.earlier.round)}")
    lines += [f"Showing: {filters_line(report.blocks)}", f"Prepared on {long_date(report.today)}"]
    story: list[Any] = [Paragraph(plain_markup(report_title(report), True), title_style)]
    story += [Paragraph(plain_markup(line), centre) for line in lines]
    total = report.blocks.total
    story += [
        Spacer(1, 3 * mm),
        Paragraph(
            plain_markup(
                f"Students assessed: {_count(total.results.students)} · % achieving: "
                f"{total.results.achieving_percent().text()} · Mean score: {total.results.mean_score().text()} · "
                f"Enrolment: {_count(total.indicators.enrolment)} · Average attendance: "
                f"{total.indicators.average_attendance().text(suffix='%')}"
            ),
            style.plain,
        ),
        Paragraph(plain_markup(achieving_meaning(info)), style.plain),
    ]
    if report.impact:
        story += section("Impact indicators", _impact_table(cells, report.impact), len(report.impact))
    blocks, clusters = len(report.blocks.rows), len(report.clusters.rows)
    story += section("Results by block", _unit_table(cells, report.blocks, parent=False), blocks)
    story += [Spacer(1, 4 * mm), *_charts(report)]
    if comparison is not None:
        story += section("Change by block", _change_table(cells, comparison, parent=False), blocks)
    story += section("Results by cluster", _unit_table(cells, report.clusters, parent=True), clusters)
    if report.cluster_comparison is not None:
        story += section(
            "Change by cluster", _change_table(cells, report.cluster_comparison, parent=True), clusters
        )
    if comparison is not None:
        for title, pairs in (("Most improved schools", comparison.most_improved),
                             ("Least improved schools", comparison.least_improved)):  # fmt: skip
            story += heading(title)
            story.append(_improved_table(cells, pairs) if pairs else Paragraph(plain_markup(
                f"No school had at least {SUPPRESS_BELOW} students with a level in both rounds."), style.plain))  # fmt: skip
    story += heading("Note on method")
    story += [Paragraph(plain_markup(f"• {note}"), style.plain) for note in method_note(report)]
    return paged_pdf(
        story,
        letterhead=report.letterhead,
        title=report_title(report),
        running_head=f"{report_title(report)} · {info.name}",
        wide=True,
    )
