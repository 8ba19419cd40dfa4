"""Nominees suggested from two assessment rounds: the clusters and schools that improved most,
worked out by hand from a small district, with a tiny cluster left out and a falling one not
suggested."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from db.models import (
    AssessmentRound,
    Block,
    Cluster,
    District,
    LevelScheme,
    Office,
    RecognitionCycle,
    RecognitionNomination,
    RecognitionProgramme,
    ResultSummary,
    School,
)
from desktop.services.database import Database
from desktop.services.errors import NotFoundError, ValidationError
from desktop.services.recognition.nominations import NominationInput, NominatorChoice, NomineeChoice, nominate
from desktop.services.recognition.suggestions import rounds_for_suggestions, suggest_nominees

# School -> (block, cluster). Tanda has 3 pupils: too few to say anything about.
SCHOOLS = {
    "GHPS Kerur": ("Badami", "Kerur"),
    "GLPS Kerur": ("Badami", "Kerur"),
    "GHPS Guledgudda": ("Badami", "Guledgudda"),
    "GLPS Tanda": ("Badami", "Tanda"),
    "GHPS Hebbal": ("Hungund", "Hebbal"),
    "GHPS Amingad": ("Hungund", "Amingad"),
}
# Round -> school -> pupils at each NAS level (Below basic, Basic, Proficient, Advanced); Proficient
# and above is achieving. Each pupil's score is 4 x level + 2 (2, 6, 10, 14).
#   Kerur cluster: 7 of 20 (35.0%) -> 13 of 20 (65.0%), +30.0; mean 128/20 = 6.4 -> 184/20 = 9.2, +2.8
#   Hebbal: 4 of 10 -> 6 of 10, +20.0; mean 7.2 -> 9.2, +2.0
#   Guledgudda: 4 of 10 -> 6 of 10, +20.0; mean 7.2 -> 8.8, +1.6 (after Hebbal: smaller score rise)
#   Amingad: 7 of 10 -> 4 of 10, fell; Tanda: 0 of 3 -> 3 of 3, but 3 pupils: left out
LEVELS = {
    "baseline": {"GHPS Kerur": (4, 3, 2, 1), "GLPS Kerur": (3, 3, 3, 1), "GHPS Guledgudda": (2, 4, 3, 1),
                 "GLPS Tanda": (2, 1, 0, 0), "GHPS Hebbal": (3, 3, 2, 2), "GHPS Amingad": (1, 2, 5, 2)},
    "midline": {"GHPS Kerur": (1, 2, 4, 3), "GLPS Kerur": (2, 2, 3, 3), "GHPS Guledgudda": (1, 3, 4, 2),
                "GLPS Tanda": (0, 0, 1, 2), "GHPS Hebbal": (2, 2, 2, 4), "GHPS Amingad": (3, 3, 3, 1)},
}  # fmt: skip


@dataclass(frozen=True)
class Bagalkot:
    rounds: dict[str, int]
    clusters: dict[str, int]
    schools: dict[str, int]
    cycle: int
    office: int


def build_district(db: Database) -> Bagalkot:
    """Two blocks, five clusters, six schools; a baseline and a midline of grade 3 Kannada, stored
    as the import keeps them (ResultSummary rows), and a Pragatiya Hejje cycle."""
    with db.transaction() as session:
        district = District(name="Bagalkot", state_name="Karnataka", udise_code="2902")
        blocks = {name: Block(district=district, name=name) for name in ("Badami", "Hungund")}
        clusters = {
            cluster: Cluster(
                block=blocks[block], name=cluster, name_local="ಕೆರೂರ" if cluster == "Kerur" else None
            )
            for block, cluster in dict.fromkeys(SCHOOLS.values())
        }
        schools = {
            name: School(udise_code=f"290201{number:05d}", name=name, district=district, block=blocks[block],
                         cluster=clusters[cluster])
            for number, (name, (block, cluster)) in enumerate(SCHOOLS.items(), start=1)
        }  # fmt: skip
        session.add_all(schools.values())
        scheme = LevelScheme(name="NAS performance levels", levels=["Below basic", "Basic", "Proficient", "Advanced"],
                             achieving_from=2)  # fmt: skip
        session.add(scheme)
        session.flush()
        # The midline is entered first: the pickers list rounds by date, not by entry.
        rounds = {
            "midline": AssessmentRound(name="Midline 2026", kind="midline", start_date=date(2026, 11, 9),
                                       level_scheme_id=scheme.id, max_score=20),
            "baseline": AssessmentRound(name="Baseline 2026", kind="baseline", start_date=date(2026, 7, 6),
                                        level_scheme_id=scheme.id, max_score=20),
            "endline": AssessmentRound(name="Endline 2027", kind="endline", start_date=date(2027, 3, 1),
                                       level_scheme_id=scheme.id, max_score=20),  # no results yet
        }  # fmt: skip
        session.add_all(rounds.values())
        session.flush()
        for kind in ("baseline", "midline"):
            for school, counts in LEVELS[kind].items():
                for level, pupils in enumerate(counts):
                    if pupils:
                        session.add(
                            ResultSummary(round_id=rounds[kind].id, school_id=schools[school].id, grade=3,
                                          subject="Kannada", gender="F", level=level, students=pupils,
                                          scored=pupils, score_sum=float(pupils * (4 * level + 2)))
                        )  # fmt: skip
        programme = RecognitionProgramme(name="Pragatiya Hejje", eligible_kinds=["crp", "cluster", "school"])
        session.add(programme)
        session.flush()
        cycle = RecognitionCycle(
            programme_id=programme.id, name="2026-27", nomination_opens=date(2026, 11, 15),
            nomination_closes=date(2026, 12, 15), review_opens=date(2026, 12, 16), review_closes=date(2026, 12, 31),
        )  # fmt: skip
        session.add(cycle)
        session.flush()
        session.add(RecognitionNomination(cycle_id=cycle.id, nominee_kind="cluster", cluster_id=clusters["Kerur"].id,
                                          nominated_on=date(2026, 11, 20)))  # fmt: skip
        office = Office(name="DDPI Bagalkot", kind="DDPI", office_code="DDPI/BGK", district=district)
        session.add(office)
        session.flush()
        return Bagalkot(
            {kind: round_.id for kind, round_ in rounds.items()},
            {name: cluster.id for name, cluster in clusters.items()},
            {name: school.id for name, school in schools.items()},
            cycle.id,
            office.id,
        )


@pytest.fixture
def bagalkot(db: Database) -> Bagalkot:
    return build_district(db)


def suggest(db: Database, bagalkot: Bagalkot, **options):  # type: ignore[no-untyped-def]
    return suggest_nominees(
        db, bagalkot.cycle, bagalkot.rounds["baseline"], bagalkot.rounds["midline"], **options
    )


def test_clusters_that_improved_most_come_first_with_their_figures(db: Database, bagalkot: Bagalkot) -> None:
    suggestions = suggest(db, bagalkot)
    assert [(s.name, s.change_points, s.score_change) for s in suggestions] == [
        ("Kerur", 30.0, 2.8),
        ("Hebbal", 20.0, 2.0),  # the same rise in % as Guledgudda, a larger rise in the mean score
        ("Guledgudda", 20.0, 1.6),
    ]
    kerur = suggestions[0]
    assert (kerur.level, kerur.unit_id, kerur.name_local, kerur.block, kerur.cluster) == (
        "cluster", bagalkot.clusters["Kerur"], "ಕೆರೂರ", "Badami", None)  # fmt: skip
    assert (kerur.earlier_percent, kerur.later_percent, kerur.students_earlier, kerur.students_later) == (
        35.0, 65.0, 20, 20)  # fmt: skip
    assert kerur.evidence_note == (
        "Midline 2026 vs Baseline 2026: students at or above grade level rose from 35.0% to 65.0% "
        "(+30.0 points), mean score +2.8; 20 and 20 students assessed."
    )
    assert [s.already_nominated for s in suggestions] == [True, False, False]


def test_a_nomination_made_from_a_suggestion_keeps_its_figures(db: Database, bagalkot: Bagalkot) -> None:
    hebbal = suggest(db, bagalkot)[1]
    nominate(
        db,
        NominationInput(
            bagalkot.cycle, NomineeChoice("cluster", hebbal.unit_id), NominatorChoice("office", bagalkot.office),
            "Largest rise in grade 3 reading in Hungund block", date(2026, 11, 25), source="data",
            evidence_note=hebbal.evidence_note,
        ),
    )  # fmt: skip
    with db.reading() as session:
        made = session.scalars(
            select(RecognitionNomination).where(RecognitionNomination.cluster_id == hebbal.unit_id)
        ).one()
        assert (made.source, made.evidence_note) == ("data", hebbal.evidence_note)
    assert made.evidence_note is not None and made.evidence_note.startswith(
        "Midline 2026 vs Baseline 2026: students at or above grade level rose from 40.0% to 60.0% (+20.0 points)"
    )
    assert [(s.name, s.already_nominated) for s in suggest(db, bagalkot)] == [
        ("Kerur", True), ("Hebbal", True), ("Guledgudda", False)]  # fmt: skip


def test_tiny_and_falling_units_are_not_suggested(db: Database, bagalkot: Bagalkot) -> None:
    names = [s.name for s in suggest(db, bagalkot, limit=50)]
    assert "Tanda" not in names  # 3 pupils: +100 points, but too few to count
    assert "Amingad" not in names  # fell from 70.0% to 40.0%
    assert [s.name for s in suggest(db, bagalkot, level="school", limit=50) if "Tanda" in s.name] == []


def test_schools_ranked_with_ties_broken_by_name(db: Database, bagalkot: Bagalkot) -> None:
    suggestions = suggest(db, bagalkot, level="school", limit=3, grade=3, subject="Kannada")
    # GHPS Kerur 30% -> 70%; GHPS Hebbal and GLPS Kerur both +20.0 points and +2.0 in the mean score
    assert [(s.name, s.change_points, s.score_change) for s in suggestions] == [
        ("GHPS Kerur", 40.0, 3.6),
        ("GHPS Hebbal", 20.0, 2.0),
        ("GLPS Kerur", 20.0, 2.0),
    ]
    first = suggestions[0]
    assert (first.level, first.unit_id, first.block, first.cluster) == (
        "school", bagalkot.schools["GHPS Kerur"], "Badami", "Kerur")  # fmt: skip
    assert not first.already_nominated  # the cluster Kerur is nominated, not the school
    assert first.evidence_note == (
        "Midline 2026 vs Baseline 2026 (grade 3, Kannada): students at or above grade level rose from 30.0% "
        "to 70.0% (+40.0 points), mean score +3.6; 10 and 10 students assessed."
    )


def test_a_filter_without_results_suggests_nothing(db: Database, bagalkot: Bagalkot) -> None:
    assert suggest(db, bagalkot, subject="Mathematics") == []
    assert suggest(db, bagalkot, grade=5) == []


def test_refusals(db: Database, bagalkot: Bagalkot) -> None:
    baseline, midline, endline = (bagalkot.rounds[kind] for kind in ("baseline", "midline", "endline"))
    with pytest.raises(ValidationError, match="Choose two different rounds"):
        suggest_nominees(db, bagalkot.cycle, baseline, baseline)
    with pytest.raises(ValidationError) as refused:
        suggest_nominees(db, bagalkot.cycle, midline, endline)
    assert refused.value.field_errors == {
        "later": "Endline 2027 has no students' results yet; import its results first (Baseline → Imports)."
    }
    with pytest.raises(ValidationError, match=r"Midline 2026 \(09/11/2026\) was held after Baseline 2026"):
        suggest_nominees(db, bagalkot.cycle, midline, baseline)
    with pytest.raises(ValidationError, match="Suggestions are of clusters or schools; not of 'block'"):
        suggest(db, bagalkot, level="block")
    with pytest.raises(ValidationError, match="at least one suggestion"):
        suggest(db, bagalkot, limit=0)
    with pytest.raises(NotFoundError, match="Recognition cycle #99"):
        suggest_nominees(db, 99, baseline, midline)
    with pytest.raises(NotFoundError, match="Assessment round #99"):
        suggest_nominees(db, bagalkot.cycle, baseline, 99)


def test_rounds_with_results_in_date_order(db: Database, bagalkot: Bagalkot) -> None:
    choices = rounds_for_suggestions(db)
    assert [(c.name, c.results) for c in choices] == [("Baseline 2026", 53), ("Midline 2026", 53)]
    assert choices[0].label == "Baseline 2026 (06/07/2026)"
