"""Baseline analysis on a small hand-made district: every figure checked against numbers worked
out by hand (in the comments), with suppression, a school without a cluster, filters, drill-down,
comparison, most and least improved schools and the impact indicators."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import pytest

from db.models import (
    AssessmentRound,
    Block,
    Cluster,
    District,
    ImportBatch,
    LevelScheme,
    ResultSummary,
    School,
    SchoolIndicator,
    StudentResult,
)
from desktop.services.baseline.analysis import NO_CLUSTER, round_analysis
from desktop.services.baseline.comparison import compare_rounds, impact_indicators
from desktop.services.baseline.figures import Figure, is_suppressed, rounded, subject_area
from desktop.services.database import Database
from desktop.services.errors import NotFoundError, ValidationError

KANNADA_BLOCK = "ಹುನಗುಂದ"
KANNADA_CLUSTER = "ಅಮೀನಗಡ"
# School -> (block, cluster or None)
SCHOOLS = {
    "GHPS Kerur": ("Badami", "Kerur"),
    "GLPS Kerur Tanda": ("Badami", "Kerur"),
    "GHPS Guledgudda": ("Badami", "Guledgudda"),
    "ಸ.ಕಿ.ಪ್ರಾ.ಶಾಲೆ ಅಮೀನಗಡ": (KANNADA_BLOCK, KANNADA_CLUSTER),  # S4: only 2 children a subject
    "GHPS Sulebhavi": (KANNADA_BLOCK, KANNADA_CLUSTER),
    "GHPS Ilkal": (KANNADA_BLOCK, None),  # S6: no cluster
}
S1, S2, S3, S4, S5, S6 = SCHOOLS
# Round -> subject -> school -> each child's level (score = 4 x level + 2). The first two children
# of S3 and S5 are in grade 2, the others in grade 3.
LEVELS = {
    "baseline": {
        "Kannada": {S1: [0, 1, 3, 4, 2, 3], S2: [1, 1, 2, 3, 0], S3: [3, 4, 4, 2, 1, 0, 3], S4: [2, 3],
                    S5: [0, 0, 1, 2, 3, 4], S6: [4, 4, 3, 2, 1]},
        "Maths": {S1: [1, 2, 3, 3, 4, 0], S2: [0, 0, 1, 2, 3], S3: [3, 3, 3, 3, 2, 1, 0], S4: [1, 1],
                  S5: [2, 3, 4, 4, 1, 0], S6: [0, 1, 2, 3, 4]},
    },
    "endline": {
        "Kannada": {S1: [3, 3, 4, 4, 2, 3], S2: [2, 3, 3, 3, 1], S3: [4, 4, 4, 3, 3, 2, 1], S4: [3, 4],
                    S5: [1, 2, 3, 4, 4, 4], S6: [4, 4, 4, 3, 2]},
        "Maths": {S1: [2, 3, 3, 4, 4, 1], S2: [1, 2, 3, 3, 4], S3: [3, 3, 3, 4, 4, 2, 1], S4: [2, 3],
                  S5: [3, 3, 4, 4, 2, 1], S6: [1, 2, 3, 4, 4]},
    },
}  # fmt: skip
# School -> (enrolment, attendance %, teachers) per round; S6 sent no indicators.
INDICATORS = {
    "baseline": {S1: (100, 80, 4), S2: (50, 90, 2), S3: (150, None, 5), S4: (40, 70, None), S5: (60, 75, 3)},
    "endline": {S1: (110, 85, 4), S2: (55, 90, 2), S3: (150, 80, 5), S4: (45, 72, None), S5: (60, 78, 3)},
}


@dataclass(frozen=True)
class Fixture:
    rounds: dict[str, int]
    blocks: dict[str, int]
    clusters: dict[str, int]
    schools: dict[str, int]


def summary_rows(results: list[StudentResult]) -> list[ResultSummary]:
    """The summary rows an import keeps for ``results``: added up per round, school, grade,
    subject, gender ('' unknown) and level (-1 none)."""
    sums: dict[tuple, list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for result in results:
        key = (result.round_id, result.school_id, result.grade, result.subject, result.gender or "",
               -1 if result.level is None else result.level)  # fmt: skip
        sums[key][0] += 1
        if result.score is not None:
            sums[key][1] += 1
            sums[key][2] += result.score
    return [
        ResultSummary(round_id=k[0], school_id=k[1], grade=k[2], subject=k[3], gender=k[4], level=k[5],
                      students=int(s[0]), scored=int(s[1]), score_sum=s[2])
        for k, s in sums.items()
    ]  # fmt: skip


def build_district(db: Database) -> Fixture:
    """Bagalkot: blocks Badami and ಹುನಗುಂದ, three clusters, six schools, a baseline and an endline."""
    with db.transaction() as session:
        district = District(name="Bagalkot", name_local="ಬಾಗಲಕೋಟೆ", state_name="Karnataka", udise_code="2902")
        session.add(district)
        session.flush()
        blocks = {name: Block(district_id=district.id, name=name) for name in ("Badami", KANNADA_BLOCK)}
        session.add_all(blocks.values())
        session.flush()
        clusters = {
            name: Cluster(block_id=blocks[block].id, name=name)
            for block, name in {(b, c) for b, c in SCHOOLS.values() if c}
        }
        session.add_all(clusters.values())
        session.flush()
        schools = {}
        for number, (name, (block, cluster)) in enumerate(SCHOOLS.items(), start=1):
            schools[name] = School(
                udise_code=f"290200{number:05d}", name=name, district_id=district.id, block_id=blocks[block].id,
                cluster_id=clusters[cluster].id if cluster else None,
            )  # fmt: skip
        session.add_all(schools.values())
        scheme = LevelScheme(name="Reading levels", levels=["Beginner", "Letter", "Word", "Paragraph", "Story"],
                             achieving_from=3)  # fmt: skip
        session.add(scheme)
        session.flush()
        rounds = {
            "baseline": AssessmentRound(name="Baseline 2026", kind="baseline", start_date=date(2026, 6, 15),
                                        end_date=date(2026, 7, 10), tool="FLN oral assessment",
                                        level_scheme_id=scheme.id, max_score=20),
            "endline": AssessmentRound(name="Endline 2026", kind="endline", start_date=date(2026, 11, 2),
                                       end_date=date(2026, 11, 14), tool="FLN oral assessment",
                                       level_scheme_id=scheme.id, max_score=20),
        }  # fmt: skip
        session.add_all(rounds.values())
        session.flush()
        for kind, assessment in rounds.items():
            batch = ImportBatch(target="assessment", round_id=assessment.id, file_names=["x.xlsx"], sha256="0" * 64,
                                mapping={}, operator="tester")  # fmt: skip
            session.add(batch)
            session.flush()
            results = []
            for subject, by_school in LEVELS[kind].items():
                for school, levels in by_school.items():
                    for child, level in enumerate(levels):
                        grade = 2 if school in (S3, S5) and child < 2 else 3
                        results.append(StudentResult(
                            round_id=assessment.id, school_id=schools[school].id, batch_id=batch.id,
                            student_key=f"{school}-{child}", grade=grade, gender="FM"[child % 2],
                            subject=subject, score=4 * level + 2, level=level,
                        ))  # fmt: skip
            if kind == "baseline":  # a child of S1 absent for the level and the score, gender unknown
                results.append(StudentResult(round_id=assessment.id, school_id=schools[S1].id, batch_id=batch.id,
                                             student_key="absent", grade=3, subject="Kannada"))  # fmt: skip
            session.add_all(results)
            session.flush()
            session.add_all(summary_rows(results))
            for school, (enrolment, attendance, teachers) in INDICATORS[kind].items():
                session.add(SchoolIndicator(round_id=assessment.id, school_id=schools[school].id, batch_id=batch.id,
                                            enrolment=enrolment, attendance_percent=attendance, teachers=teachers))  # fmt: skip
        session.flush()
        return Fixture(
            {kind: r.id for kind, r in rounds.items()},
            {name: b.id for name, b in blocks.items()},
            {name: c.id for name, c in clusters.items()},
            {name: s.id for name, s in schools.items()},
        )


@pytest.fixture
def bagalkot(db: Database) -> Fixture:
    return build_district(db)


def by_name(analysis):  # type: ignore[no-untyped-def]
    return {row.unit.name: row for row in analysis.rows}


def test_block_figures_for_one_subject_match_the_hand_count(db: Database, bagalkot: Fixture) -> None:
    analysis = round_analysis(db, bagalkot.rounds["baseline"], "block", subject="Kannada")
    assert [row.unit.name for row in analysis.rows] == ["Badami", KANNADA_BLOCK]
    badami = by_name(analysis)["Badami"].results
    # S1+S2+S3: 18 children with a level and the one absent child
    assert badami.students == 19 and badami.with_level == 18
    # levels 0..4: S1 1,1,1,2,1; S2 1,2,1,1,0; S3 1,1,1,2,2 -> 3,4,3,5,3 of 18
    assert badami.level_counts == (3, 4, 3, 5, 3)
    assert [f.value for f in badami.level_percents()] == [16.7, 22.2, 16.7, 27.8, 16.7]
    assert badami.achieving_percent() == Figure(44.4, 18)  # 8 of 18 at Paragraph or Story
    # levels add up to 37 -> scores 4 x 37 + 2 x 18 = 184 over 18 children
    assert badami.mean_score() == Figure(10.2, 18)
    assert badami.mean_score_percent().value == 51.1  # 10.222 of 20
    assert by_name(analysis)[KANNADA_BLOCK].results.achieving_percent() == Figure(46.2, 13)  # 6 of 13
    assert analysis.total.unit.name == "Bagalkot"
    assert analysis.total.results.achieving_percent() == Figure(45.2, 31)  # 14 of 31
    assert analysis.subjects == ("Kannada", "Maths") and analysis.grades == (2, 3)
    assert analysis.shown_subjects == ("Kannada",)
    assert analysis.round.achieving_levels == ("Paragraph", "Story")


def test_indicators_are_weighted_by_enrolment_and_ignore_missing_values(
    db: Database, bagalkot: Fixture
) -> None:
    analysis = round_analysis(db, bagalkot.rounds["baseline"], "block")
    badami = by_name(analysis)["Badami"].indicators
    assert badami.enrolment == 300 and badami.schools == 3
    assert badami.average_attendance().value == 83.3  # (100x80 + 50x90) / 150; S3 sent no attendance
    assert badami.pupil_teacher_ratio().value == 27.3  # 300 / 11
    other = by_name(analysis)[KANNADA_BLOCK].indicators
    assert (other.enrolment, other.average_attendance().value) == (100, 73.0)  # (40x70 + 60x75) / 100
    assert other.pupil_teacher_ratio().value == 20.0  # S4 sent no teachers: 60 / 3
    total = analysis.total.indicators
    assert (total.enrolment, total.average_attendance().value, total.pupil_teacher_ratio().value) == (
        400,
        79.2,
        25.7,
    )
    # Indicators are whole-school figures: a subject filter leaves them as they are.
    assert round_analysis(db, bagalkot.rounds["baseline"], subject="Maths").total.indicators == total


def test_clusters_include_the_schools_without_a_cluster_under_their_block(
    db: Database, bagalkot: Fixture
) -> None:
    analysis = round_analysis(db, bagalkot.rounds["baseline"], "cluster", subject="Kannada")
    assert [(row.unit.block, row.unit.name) for row in analysis.rows] == [
        ("Badami", "Guledgudda"), ("Badami", "Kerur"), (KANNADA_BLOCK, KANNADA_CLUSTER), (KANNADA_BLOCK, NO_CLUSTER),
    ]  # fmt: skip
    figures = {row.unit.name: row.results.achieving_percent() for row in analysis.rows}
    assert figures == {"Guledgudda": Figure(57.1, 7), "Kerur": Figure(36.4, 11), KANNADA_CLUSTER: Figure(37.5, 8),
                       NO_CLUSTER: Figure(60.0, 5)}  # fmt: skip
    assert analysis.rows[-1].unit.id is None
    schools = round_analysis(db, bagalkot.rounds["baseline"], "school")
    assert by_name(schools)[S6].unit.cluster == NO_CLUSTER and by_name(schools)[S6].unit.code == "29020000006"


def test_small_groups_are_suppressed_when_shared_but_kept_for_the_app(
    db: Database, bagalkot: Fixture
) -> None:
    schools = by_name(round_analysis(db, bagalkot.rounds["baseline"], "school", subject="Kannada"))
    small = schools[S4].results.achieving_percent()
    assert small == Figure(50.0, 2) and small.suppressed
    assert small.text() == "<5" and small.text(suppress=False) == "50.0" and small.shared() == "<5"
    assert not schools[S2].results.achieving_percent().suppressed  # exactly 5 children
    assert schools[S2].results.achieving_percent().text() == "20.0"
    assert [is_suppressed(n) for n in (0, 1, 4, 5)] == [False, True, True, False]
    assert Figure(None, 0).text() == "—"
    # School figures are not about children: never suppressed.
    assert not schools[S4].indicators.enrolment_figure().suppressed


def test_grade_filter_and_drill_down(db: Database, bagalkot: Fixture) -> None:
    grade2 = round_analysis(db, bagalkot.rounds["baseline"], "block", grade=2, subject="Kannada")
    assert grade2.total.results.achieving_percent() == Figure(50.0, 4)  # S3 [3, 4], S5 [0, 0]
    assert grade2.total.results.achieving_percent().text() == "<5"
    grade3 = round_analysis(db, bagalkot.rounds["baseline"], "block", grade=3, subject="Kannada")
    assert grade3.total.results.achieving_percent() == Figure(44.4, 27)  # 12 of 27
    inside = round_analysis(
        db, bagalkot.rounds["baseline"], "school", within=("block", bagalkot.blocks["Badami"])
    )
    assert [row.unit.name for row in inside.rows] == [S3, S1, S2]  # by cluster, then name
    assert inside.within is not None and inside.total.unit.name == "Badami"
    assert inside.total.indicators.enrolment == 300
    cluster = round_analysis(
        db, bagalkot.rounds["baseline"], "school", within=("cluster", bagalkot.clusters["Kerur"])
    )
    assert [row.unit.name for row in cluster.rows] == [S1, S2]


def test_bad_grouping_and_unknown_round_are_refused(db: Database, bagalkot: Fixture) -> None:
    with pytest.raises(ValidationError, match="grouped by district, block, cluster, school; not by 'taluk'"):
        round_analysis(db, bagalkot.rounds["baseline"], "taluk")
    with pytest.raises(ValidationError, match="one block or one cluster; not to a school"):
        round_analysis(db, bagalkot.rounds["baseline"], within=("school", 1))
    with pytest.raises(NotFoundError, match="Assessment round #999"):
        round_analysis(db, 999)
    with pytest.raises(ValidationError, match="two different rounds"):
        compare_rounds(db, bagalkot.rounds["baseline"], bagalkot.rounds["baseline"])


def test_comparison_gives_changes_per_block(db: Database, bagalkot: Fixture) -> None:
    comparison = compare_rounds(
        db, bagalkot.rounds["baseline"], bagalkot.rounds["endline"], subject="Kannada"
    )
    rows = {pair.unit.name: pair for pair in comparison.rows}
    # Badami 8 -> 13 of 18; ಹುನಗುಂದ 6 -> 10 of 13
    assert [f.value for f in rows["Badami"].values("achieving")] == [44.4, 72.2, 27.8]
    assert [f.value for f in rows[KANNADA_BLOCK].values("achieving")] == [46.2, 76.9, 30.7]
    # district enrolment 400 -> 420; attendance 79.2 -> 81.5 (34220 / 420): +2.9 %
    assert [f.value for f in comparison.total.values("enrolment")] == [400, 420, 5.0]
    assert [f.value for f in comparison.total.values("attendance")] == [79.2, 81.5, 2.9]
    # Badami's mean score 10.2 -> levels add up to 19 + 12 + 21: (4 x 52 + 2 x 18) / 18 = 13.6
    assert [f.value for f in rows["Badami"].values("score")] == [10.2, 13.6, 3.4]


def test_most_and_least_improved_schools(db: Database, bagalkot: Fixture) -> None:
    comparison = compare_rounds(db, bagalkot.rounds["baseline"], bagalkot.rounds["endline"])
    # Both subjects: S2 +40.0, S5 +25.0 (score 10.0 -> 13.7), S1 +25.0 (10.7 -> 14.0), S6 +20.0,
    # S3 +14.3; S4 has only 4 children with a level and is left out.
    assert [pair.unit.name for pair in comparison.most_improved] == [S2, S5, S1]
    assert [pair.unit.name for pair in comparison.least_improved] == [S3, S6]
    assert comparison.most_improved[1].score_change().value == 3.7
    assert comparison.least_improved[0].achieving_change() == Figure(14.3, 14)


def test_impact_indicators(db: Database, bagalkot: Fixture) -> None:
    indicators = {
        i.name: i for i in impact_indicators(db, bagalkot.rounds["baseline"], bagalkot.rounds["endline"])
    }
    enrolment = indicators["Increase in enrolment"]
    assert (enrolment.earlier.value, enrolment.later.value, enrolment.change.value, enrolment.change_unit) == (
        400, 420, 5.0, "%")  # fmt: skip
    assert indicators["Increase in average attendance"].change.value == 2.9
    reading = indicators["Students achieving reading competency (%)"]
    assert (reading.earlier, reading.later, reading.change.value) == (
        Figure(45.2, 31),
        Figure(74.2, 31),
        29.0,
    )
    assert "Kannada" in reading.note and reading.change_unit == "points"
    numeracy = indicators["Students achieving numeracy competency (%)"]
    assert (numeracy.earlier.value, numeracy.later.value, numeracy.change.value) == (41.9, 64.5, 22.6)


def test_subject_classifier_and_rounding() -> None:
    assert [subject_area(s) for s in ("FLN Reading", "Kannada (L1)", "ಕನ್ನಡ", "English", "Maths",
                                      "Mathematics", "Ganita", "ಗಣಿತ", "गणित", "EVS")] == [
        "reading", "reading", "reading", "reading", "numeracy", "numeracy", "numeracy", "numeracy",
        "numeracy", None]  # fmt: skip
    assert [rounded(v) for v in (12.25, 12.35, 0.05, None)] == [12.3, 12.4, 0.1, None]


def test_pupils_are_counted_once_across_subjects(db) -> None:  # type: ignore[no-untyped-def]
    """Two subjects for the same 7 pupils of one school: 7 pupils, 14 results behind the shares."""
    from desktop.services.rounds import RoundInput, create_round, ensure_standard_schemes

    scheme = next(s for s in ensure_standard_schemes(db) if s.name == "NAS performance levels")
    round_id = create_round(db, RoundInput("Baseline", "baseline", level_scheme_id=scheme.id)).id
    with db.transaction() as session:
        district = District(name="Bagalkot", state_name="Karnataka", udise_code="2902")
        block = Block(district=district, name="Badami")
        school = School(udise_code="29020100101", name="GHPS", district=district, block=block)
        session.add(school)
        session.flush()
        for subject, achieving in (("Kannada", 4), ("Maths", 2)):
            session.add_all(
                [
                    ResultSummary(round_id=round_id, school_id=school.id, grade=3, subject=subject, gender="F",
                                  level=2, students=achieving, scored=0, score_sum=0.0),
                    ResultSummary(round_id=round_id, school_id=school.id, grade=3, subject=subject, gender="F",
                                  level=0, students=7 - achieving, scored=0, score_sum=0.0),
                ]
            )  # fmt: skip
    analysis = round_analysis(db, round_id, "block")
    (row,) = analysis.rows
    assert row.results.students == 7 and analysis.total.results.students == 7
    assert row.results.with_level == 14 and row.results.achieving_percent().value == 42.9  # 6 of 14
    kannada = dict(row.subjects)["Kannada"]
    assert kannada.students == 7 and kannada.achieving_percent().value == 57.1
