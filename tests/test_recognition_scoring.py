"""Reviewing a recognition cycle: the panel, conflicts of interest, the review window and its lock,
the rubric's scale, weighted totals worked out by hand, and the ranking with ties and spread.

The cycle is built straight with the ORM (``build_cycle``), so these tests need no other
recognition service; test_recognition_selection.py builds on the same cycle."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from db.models import (
    Block,
    Cluster,
    District,
    Office,
    Person,
    RecognitionCriterion,
    RecognitionCycle,
    RecognitionEvidence,
    RecognitionNomination,
    RecognitionNominator,
    RecognitionProgramme,
    RecognitionReviewer,
    RecognitionScore,
    School,
    StoredFile,
)
from desktop.services.database import Database
from desktop.services.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.recognition.ranking import competition_ranks, ranking, weighted_percent
from desktop.services.recognition.reviewers import add_reviewer, list_reviewers, remove_reviewer
from desktop.services.recognition.scoring import (
    ABOUT_REVIEWER,
    NOMINATED_BY_REVIEWER,
    REVIEWERS_SCHOOL,
    conflict_of,
    locked_on,
    save_scores,
    score_sheet,
)

REVIEW_OPENS, REVIEW_CLOSES = date(2026, 10, 1), date(2026, 10, 31)
DURING_REVIEW = date(2026, 10, 15)
AFTER_REVIEW = date(2026, 11, 2)
EVENT = date(2026, 11, 14)
# Criteria and weights: development counts double.
CRITERIA = (
    ("Contribution to school development", 2.0),
    ("Community participation", 1.0),
    ("Student welfare", 1.0),
)


@dataclass(frozen=True)
class Cycle:
    programme: int
    cycle: int
    criteria: tuple[int, int, int]  # development, community, welfare
    people: dict[str, int]  # reviewers: anitha, basavaraj, chetan; nominees: deepa, farida, girish, hema
    schools: dict[str, int]
    nominations: dict[str, int]  # deepa, farida, girish, school, chetan, cluster, hema (withdrawn)
    office: int


def levels(sheet: Cycle, development: int | None, community: int | None, welfare: int | None) -> dict:
    return dict(zip(sheet.criteria, (development, community, welfare), strict=True))


def build_cycle(db: Database, places: int = 2) -> Cycle:
    """Coffee with Collector 2026 in Bagalkot, reviewed by Anitha (DIET), Basavaraj (headmaster of
    GHPS Kerur) and Chetan (BRP). Nominees: teachers Deepa (GHPS Kerur) and Farida (GHPS
    Guledgudda, nominated by Anitha), headmaster Girish, the school GHPS Kerur, Chetan himself,
    the cluster Kerur, and teacher Hema, whose nomination was withdrawn."""
    with db.transaction() as session:
        district = District(name="Bagalkot", state_name="Karnataka", udise_code="2902")
        block = Block(district=district, name="Badami")
        cluster = Cluster(block=block, name="Kerur", name_local="ಕೆರೂರ")
        kerur = School(
            udise_code="29020100101", name="GHPS Kerur", district=district, block=block, cluster=cluster
        )
        guledgudda = School(udise_code="29020100102", name="GHPS Guledgudda", district=district, block=block)
        office = Office(name="DDPI Bagalkot", kind="DDPI", office_code="DDPI/BGK", district=district)
        session.add_all([kerur, guledgudda, office])
        session.flush()
        people = {
            "anitha": Person(name="Anitha Rao", designation="DIET Lecturer", office_id=office.id),
            "basavaraj": Person(name="Basavaraj Patil", designation="Headmaster", school_id=kerur.id),
            "chetan": Person(name="Chetan Kumar", designation="BRP", office_id=office.id),
            "deepa": Person(name="Deepa Hiremath", name_local="ದೀಪಾ ಹಿರೇಮಠ", designation="Assistant Teacher",
                            school_id=kerur.id),
            "farida": Person(name="Farida Begum", designation="Assistant Teacher", school_id=guledgudda.id),
            "girish": Person(name="Girish Hosamani", designation="Headmaster", school_id=guledgudda.id),
            "hema": Person(name="Hema Kulkarni", designation="Assistant Teacher", school_id=guledgudda.id),
        }  # fmt: skip
        session.add_all(people.values())
        programme = RecognitionProgramme(
            name="Coffee with Collector", eligible_kinds=["teacher", "headmaster", "brp", "school", "cluster"],
            categories=["School development", "Student welfare"], scale_min=1, scale_max=4,
        )  # fmt: skip
        session.add(programme)
        session.flush()
        criteria = [
            RecognitionCriterion(programme_id=programme.id, position=number, name=name, weight=weight,
                                 level_descriptors=[f"{name}: level {level}" for level in range(1, 5)])
            for number, (name, weight) in enumerate(CRITERIA)
        ]  # fmt: skip
        session.add_all(criteria)
        cycle = RecognitionCycle(
            programme_id=programme.id, name="2026", nomination_opens=date(2026, 9, 1),
            nomination_closes=date(2026, 9, 30), review_opens=REVIEW_OPENS, review_closes=REVIEW_CLOSES,
            event_date=EVENT, venue="DC office", places=places, office_id=office.id,
        )  # fmt: skip
        session.add(cycle)
        session.flush()
        nominees = {
            "deepa": {"nominee_kind": "teacher", "person_id": people["deepa"].id, "category": "Student welfare"},
            "farida": {"nominee_kind": "teacher", "person_id": people["farida"].id},
            "girish": {"nominee_kind": "headmaster", "person_id": people["girish"].id},
            "school": {"nominee_kind": "school", "school_id": kerur.id, "category": "School development"},
            "chetan": {"nominee_kind": "brp", "person_id": people["chetan"].id},
            "cluster": {"nominee_kind": "cluster", "cluster_id": cluster.id, "source": "data",
                        "evidence_note": "Midline 2026 vs Baseline 2026: rose from 35.0% to 65.0%"},
            "hema": {"nominee_kind": "teacher", "person_id": people["hema"].id, "status": "withdrawn",
                     "withdrawn_on": date(2026, 9, 20), "withdrawal_reason": "Transferred out of the district"},
        }  # fmt: skip
        nominations = {
            key: RecognitionNomination(cycle_id=cycle.id, nominated_on=date(2026, 9, 10), **values)
            for key, values in nominees.items()
        }
        session.add_all(nominations.values())
        session.flush()
        for key, nomination in nominations.items():
            by = {"person_id": people["anitha"].id} if key == "farida" else {"office_id": office.id}
            session.add(RecognitionNominator(nomination_id=nomination.id, nominated_on=date(2026, 9, 10),
                                             justification=f"Why {key} deserves it", **by))  # fmt: skip
        for key in ("anitha", "basavaraj", "chetan"):
            session.add(RecognitionReviewer(cycle_id=cycle.id, person_id=people[key].id))
        session.flush()
        return Cycle(
            programme.id, cycle.id, tuple(c.id for c in criteria),  # type: ignore[arg-type]
            {key: person.id for key, person in people.items()}, {"kerur": kerur.id, "guledgudda": guledgudda.id},
            {key: nomination.id for key, nomination in nominations.items()}, office.id,
        )  # fmt: skip


@pytest.fixture
def coffee(db: Database) -> Cycle:
    return build_cycle(db)


def score(db: Database, coffee: Cycle, nomination: str, reviewer: str, *given: int | None, **kwargs) -> None:  # type: ignore[no-untyped-def]
    save_scores(
        db, coffee.nominations[nomination], coffee.people[reviewer], levels(coffee, *given),
        today=kwargs.pop("today", DURING_REVIEW), **kwargs,
    )  # fmt: skip


def stored_scores(db: Database) -> list[tuple[int, int, int, int]]:
    with db.reading() as session:
        rows = session.execute(
            select(RecognitionScore.nomination_id, RecognitionScore.reviewer_id, RecognitionScore.criterion_id,
                   RecognitionScore.level).order_by(RecognitionScore.id)
        )  # fmt: skip
        return [tuple(row) for row in rows]  # type: ignore[misc]


def set_cycle(db: Database, cycle_id: int, **values) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        cycle = session.get(RecognitionCycle, cycle_id)
        for key, value in values.items():
            setattr(cycle, key, value)


# --- weighted totals -----------------------------------------------------------------------------


def test_weighted_percent_maps_the_weighted_mean_onto_0_to_100() -> None:
    weights = {1: 2.0, 2: 1.0, 3: 1.0}
    # (2x4 + 3 + 2) / 4 = 3.25 on a 1-4 scale: 2.25 of 3 = 75 %
    assert weighted_percent({1: 4, 2: 3, 3: 2}, weights, 1, 4) == pytest.approx(75.0)
    assert weighted_percent({1: 4, 2: 4, 3: 4}, weights, 1, 4) == pytest.approx(100.0)
    assert weighted_percent({1: 1, 2: 1, 3: 1}, weights, 1, 4) == pytest.approx(0.0)
    # (2x3 + 3 + 2) / 4 = 2.75: 58.33 %; the same levels unweighted would give 2.67: 55.6 %
    assert weighted_percent({1: 3, 2: 3, 3: 2}, weights, 1, 4) == pytest.approx(58.3333, abs=1e-3)
    assert weighted_percent({1: 3, 2: 3, 3: 2}, {1: 1.0, 2: 1.0, 3: 1.0}, 1, 4) == pytest.approx(
        55.5556, abs=1e-3
    )
    # A 0-10 scale: 7 is 70 %
    assert weighted_percent({1: 7}, {1: 0.5}, 0, 10) == pytest.approx(70.0)
    with pytest.raises(ValueError):
        weighted_percent({}, weights, 1, 4)


def test_competition_ranks_share_a_rank_and_skip_the_next() -> None:
    assert competition_ranks({"a": 80.0, "b": 75.0, "c": 75.0, "d": 70.0}) == {"a": 1, "b": 2, "c": 2, "d": 4}
    assert competition_ranks({"a": 50.0, "b": 50.0}) == {"a": 1, "b": 1}
    assert competition_ranks({}) == {}


# --- conflicts of interest -------------------------------------------------------------------------


def test_each_conflict_of_interest_has_its_reason(db: Database, coffee: Cycle) -> None:
    with db.reading() as session:
        nomination = {key: session.get(RecognitionNomination, i) for key, i in coffee.nominations.items()}
        people = coffee.people
        assert conflict_of(session, nomination["farida"], people["anitha"]) == NOMINATED_BY_REVIEWER
        assert conflict_of(session, nomination["chetan"], people["chetan"]) == ABOUT_REVIEWER
        assert conflict_of(session, nomination["school"], people["basavaraj"]) == REVIEWERS_SCHOOL
        # Working at the school is about the school, not about its teachers
        assert conflict_of(session, nomination["deepa"], people["basavaraj"]) is None
        assert conflict_of(session, nomination["school"], people["anitha"]) is None
        assert conflict_of(session, nomination["farida"], people["chetan"]) is None
    assert (NOMINATED_BY_REVIEWER, ABOUT_REVIEWER, REVIEWERS_SCHOOL) == (
        "Reviewer nominated this nominee",
        "This nomination is about the reviewer",
        "Reviewer works at the nominated school",
    )


def test_a_conflicted_reviewer_cannot_score_and_nothing_is_saved(db: Database, coffee: Cycle) -> None:
    with pytest.raises(
        ConflictError, match="Anitha Rao cannot score the nomination of Farida Begum: reviewer nominated"
    ):
        score(db, coffee, "farida", "anitha", 4, 4, 4)
    with pytest.raises(ConflictError, match=r"Chetan Kumar cannot score .* about the reviewer"):
        score(db, coffee, "chetan", "chetan", 4, 4, 4)
    with pytest.raises(ConflictError, match="GHPS Kerur: reviewer works at the nominated school"):
        score(db, coffee, "school", "basavaraj", 4, 4, 4)
    assert stored_scores(db) == []


def test_a_merged_nomination_makes_its_second_nominator_conflicted(db: Database, coffee: Cycle) -> None:
    with db.transaction() as session:
        session.add(RecognitionNominator(nomination_id=coffee.nominations["deepa"], person_id=coffee.people["chetan"],
                                         nominated_on=date(2026, 9, 12), justification="Runs the reading club"))  # fmt: skip
    with pytest.raises(ConflictError, match="reviewer nominated this nominee"):
        score(db, coffee, "deepa", "chetan", 4, 4, 4)


# --- the review window and its lock ------------------------------------------------------------


def test_scores_open_on_the_first_day_and_lock_after_the_last(db: Database, coffee: Cycle) -> None:
    with pytest.raises(
        ConflictError, match=r"^Review opens on 01/10/2026; scores for Coffee with Collector 2026"
    ):
        score(db, coffee, "deepa", "anitha", 4, 3, 2, today=date(2026, 9, 30))
    assert stored_scores(db) == []
    score(db, coffee, "deepa", "anitha", 4, 3, 2, today=REVIEW_OPENS)
    score(db, coffee, "deepa", "anitha", 3, 3, 2, today=REVIEW_CLOSES)
    with pytest.raises(
        ConflictError,
        match=r"^Scores for Coffee with Collector 2026 were locked on 31/10/2026 when the review closed",
    ):
        score(db, coffee, "deepa", "anitha", 1, 1, 1, today=date(2026, 11, 1))
    assert [row[3] for row in stored_scores(db)] == [3, 3, 2]


def test_closing_the_review_early_locks_the_scores_from_then(db: Database, coffee: Cycle) -> None:
    score(db, coffee, "deepa", "anitha", 4, 3, 2)
    set_cycle(db, coffee.cycle, scores_locked_at=datetime(2026, 10, 20, 6, 30, tzinfo=UTC))
    with pytest.raises(ConflictError, match="were locked on 20/10/2026 when the review closed"):
        score(db, coffee, "deepa", "anitha", 1, 1, 1, today=date(2026, 10, 21))
    sheet = score_sheet(db, coffee.cycle, coffee.people["anitha"], date(2026, 10, 21))
    assert sheet.locked and "locked on 20/10/2026" in (sheet.why or "")
    assert [row[3] for row in stored_scores(db)] == [4, 3, 2]


def test_an_early_close_just_after_midnight_in_india_is_dated_by_the_indian_day(
    db: Database, coffee: Cycle
) -> None:
    india = timezone(timedelta(hours=5, minutes=30))
    # 00:30 on 20/10/2026 in India, stored in UTC: still 19/10/2026 there.
    set_cycle(db, coffee.cycle, scores_locked_at=datetime(2026, 10, 19, 19, 0, tzinfo=UTC))
    with db.reading() as session:
        cycle = session.get(RecognitionCycle, coffee.cycle)
        assert cycle is not None
        assert locked_on(cycle, india) == date(2026, 10, 20)
        assert locked_on(cycle, UTC) == date(2026, 10, 19)
    set_cycle(db, coffee.cycle, scores_locked_at=None)
    with db.reading() as session:
        cycle = session.get(RecognitionCycle, coffee.cycle)
        assert cycle is not None and locked_on(cycle, india) == REVIEW_CLOSES


# --- saving scores ----------------------------------------------------------------------------------


def test_a_level_outside_the_scale_is_refused_and_nothing_is_saved(db: Database, coffee: Cycle) -> None:
    score(db, coffee, "deepa", "anitha", 4, 3, 2)
    with pytest.raises(ValidationError) as refused:
        score(db, coffee, "deepa", "anitha", 3, 5, 1)
    assert refused.value.field_errors == {
        f"criterion_{coffee.criteria[1]}": "5 for 'Community participation' is outside the rubric's scale 1–4."
    }
    with pytest.raises(ValidationError, match="0 for 'Student welfare' is outside the rubric's scale 1–4"):
        score(db, coffee, "girish", "anitha", 4, 4, 0)
    with pytest.raises(ValidationError, match="outside the rubric's scale"):
        save_scores(db, coffee.nominations["girish"], coffee.people["anitha"], {coffee.criteria[0]: True},
                    today=DURING_REVIEW)  # fmt: skip
    assert [row[3] for row in stored_scores(db)] == [4, 3, 2]  # the valid 3 and 1 were not saved either


def test_a_criterion_of_another_programme_is_refused(db: Database, coffee: Cycle) -> None:
    with db.transaction() as session:
        other = RecognitionProgramme(name="Pragatiya Hejje", eligible_kinds=["crp"])
        session.add(other)
        session.flush()
        stranger = RecognitionCriterion(programme_id=other.id, name="Use of technology", level_descriptors=[])
        session.add(stranger)
        session.flush()
        stranger_id = stranger.id
    with pytest.raises(
        ValidationError, match=f"Criterion #{stranger_id} is not part of the rubric of Coffee"
    ):
        save_scores(db, coffee.nominations["deepa"], coffee.people["anitha"],
                    {coffee.criteria[0]: 4, stranger_id: 2}, today=DURING_REVIEW)  # fmt: skip
    assert stored_scores(db) == []


def test_only_the_panel_scores_and_withdrawn_nominations_are_not_scored(db: Database, coffee: Cycle) -> None:
    with pytest.raises(ConflictError, match="Deepa Hiremath is not a reviewer of Coffee with Collector"):
        score(db, coffee, "girish", "deepa", 4, 4, 4)
    with pytest.raises(ConflictError, match="nomination of Hema Kulkarni was withdrawn on 20/09/2026"):
        score(db, coffee, "hema", "anitha", 4, 4, 4)
    with pytest.raises(NotFoundError, match="Nomination #999"):
        save_scores(db, 999, coffee.people["anitha"], {}, today=DURING_REVIEW)
    assert stored_scores(db) == []


def test_none_clears_a_level_and_the_note_is_kept_with_the_scores(db: Database, coffee: Cycle) -> None:
    moment = datetime(2026, 10, 15, 9, 0, tzinfo=UTC)
    score(db, coffee, "deepa", "anitha", 4, 3, 2, now=moment, note="  Strong   reading club ")
    score(db, coffee, "deepa", "anitha", 4, None, 3)
    sheet = score_sheet(db, coffee.cycle, coffee.people["anitha"], DURING_REVIEW)
    deepa = next(entry for entry in sheet.entries if entry.nomination_id == coffee.nominations["deepa"])
    assert deepa.levels == {coffee.criteria[0]: 4, coffee.criteria[2]: 3}
    assert deepa.note == "Strong reading club" and deepa.state == "partly scored" and not deepa.complete
    score(db, coffee, "deepa", "anitha", None, 2, None)  # the new level joins the note
    with db.reading() as session:
        notes = session.scalars(select(RecognitionScore.note)).all()
    assert notes == ["Strong reading club"]  # the new row for community participation
    save_scores(db, coffee.nominations["deepa"], coffee.people["anitha"], {}, today=DURING_REVIEW, note="")
    sheet = score_sheet(db, coffee.cycle, coffee.people["anitha"], DURING_REVIEW)
    deepa = next(entry for entry in sheet.entries if entry.nomination_id == coffee.nominations["deepa"])
    assert deepa.levels == {coffee.criteria[1]: 2} and deepa.note is None
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(RecognitionScore)) == 1
    score(db, coffee, "deepa", "anitha", None, None, None)
    assert stored_scores(db) == []
    with pytest.raises(ValidationError, match="Give at least one level before a note"):
        score(db, coffee, "deepa", "anitha", None, None, None, note="Good")


# --- the score sheet --------------------------------------------------------------------------------


def test_the_score_sheet_lists_every_live_nomination_with_conflicts_shown(
    db: Database, coffee: Cycle
) -> None:
    with db.transaction() as session:
        session.add(StoredFile(sha256="a" * 64, media_type="image/jpeg", size=3, data=b"abc"))
        session.flush()
        for title in ("Reading club", "Library corner"):
            session.add(RecognitionEvidence(nomination_id=coffee.nominations["deepa"], title=title,
                                            file_name="photo.jpg", sha256="a" * 64, media_type="image/jpeg",
                                            size=3))  # fmt: skip
    score(db, coffee, "girish", "anitha", 4, 4, 4)
    sheet = score_sheet(db, coffee.cycle, coffee.people["anitha"], DURING_REVIEW)
    assert not sheet.locked and sheet.why is None
    assert (sheet.scale_min, sheet.scale_max, sheet.reviewer_name) == (1, 4, "Anitha Rao")
    assert [(c.name, c.weight) for c in sheet.criteria] == list(CRITERIA)
    assert sheet.criteria[1].descriptors[3] == "Community participation: level 4"
    entries = {entry.nominee_name: entry for entry in sheet.entries}
    # Hema's nomination was withdrawn; the rest by name
    assert list(entries) == [
        "Chetan Kumar",
        "Deepa Hiremath",
        "Farida Begum",
        "GHPS Kerur",
        "Girish Hosamani",
        "Kerur",
    ]
    deepa = entries["Deepa Hiremath"]
    assert (deepa.nominee_kind, deepa.nominee_detail, deepa.nominee_name_local) == (
        "teacher", "Assistant Teacher, GHPS Kerur", "ದೀಪಾ ಹಿರೇಮಠ")  # fmt: skip
    assert deepa.category == "Student welfare" and deepa.evidence_count == 2
    assert deepa.justifications == ("Why deepa deserves it",) and deepa.nominated_by == ("DDPI Bagalkot",)
    assert deepa.state == "not scored" and deepa.scorable
    assert (
        entries["Farida Begum"].conflict == NOMINATED_BY_REVIEWER
        and entries["Farida Begum"].state == "conflict"
    )
    assert not entries["Farida Begum"].scorable and entries["Farida Begum"].nominated_by == ("Anitha Rao",)
    assert entries["Girish Hosamani"].complete and sheet.complete_count == 1 and sheet.scorable_count == 5
    assert entries["GHPS Kerur"].nominee_detail == "UDISE 29020100101, Kerur cluster, Badami block"
    assert entries["Kerur"].evidence_note == "Midline 2026 vs Baseline 2026: rose from 35.0% to 65.0%"
    assert deepa.evidence_note is None
    assert (
        entries["Kerur"].nominee_kind_label == "Cluster"
        and entries["Kerur"].nominee_detail == "Cluster in Badami block"
    )
    basavaraj = score_sheet(db, coffee.cycle, coffee.people["basavaraj"], DURING_REVIEW)
    assert {e.nominee_name: e.conflict for e in basavaraj.entries if e.conflict} == {
        "GHPS Kerur": REVIEWERS_SCHOOL
    }
    early = score_sheet(db, coffee.cycle, coffee.people["basavaraj"], date(2026, 9, 30))
    assert early.locked and early.why is not None and early.why.startswith("Review opens on 01/10/2026")
    with pytest.raises(ConflictError, match="Hema Kulkarni is not a reviewer"):
        score_sheet(db, coffee.cycle, coffee.people["hema"], DURING_REVIEW)


# --- the review panel -------------------------------------------------------------------------------


def test_the_panel_counts_scored_and_conflicted_nominations(db: Database, coffee: Cycle) -> None:
    score(db, coffee, "deepa", "anitha", 4, 3, 2)
    score(db, coffee, "girish", "anitha", 4, 3, None)  # not complete
    rows = {row.name: row for row in list_reviewers(db, coffee.cycle)}
    assert list(rows) == ["Anitha Rao", "Basavaraj Patil", "Chetan Kumar"]
    anitha = rows["Anitha Rao"]
    assert (anitha.designation, anitha.affiliation, anitha.scored_count, anitha.conflicted_count) == (
        "DIET Lecturer", "DDPI Bagalkot", 1, 1)  # fmt: skip
    assert (rows["Basavaraj Patil"].affiliation, rows["Basavaraj Patil"].conflicted_count) == (
        "GHPS Kerur",
        1,
    )
    assert rows["Chetan Kumar"].conflicted_count == 1


def test_adding_and_removing_reviewers(db: Database, coffee: Cycle) -> None:
    added = add_reviewer(db, coffee.cycle, coffee.people["girish"])
    assert (added.name, added.scored_count, added.conflicted_count) == ("Girish Hosamani", 0, 1)
    with pytest.raises(ConflictError, match="Girish Hosamani is already a reviewer of Coffee with Collector"):
        add_reviewer(db, coffee.cycle, coffee.people["girish"])
    remove_reviewer(db, coffee.cycle, coffee.people["girish"])
    assert [row.name for row in list_reviewers(db, coffee.cycle)] == [
        "Anitha Rao",
        "Basavaraj Patil",
        "Chetan Kumar",
    ]
    score(db, coffee, "deepa", "anitha", 4, 3, 2)
    score(db, coffee, "girish", "anitha", 4, None, None)
    with pytest.raises(ConflictError, match="Anitha Rao has given 4 scores to 2 nominations in Coffee"):
        remove_reviewer(db, coffee.cycle, coffee.people["anitha"])
    with pytest.raises(ConflictError, match="Hema Kulkarni is not a reviewer"):
        remove_reviewer(db, coffee.cycle, coffee.people["hema"])
    assert len(list_reviewers(db, coffee.cycle)) == 3


def test_no_reviewer_is_added_once_the_scores_are_locked(db: Database, coffee: Cycle) -> None:
    with pytest.raises(ConflictError, match="were locked on 31/10/2026 when the review closed; no reviewer"):
        add_reviewer(db, coffee.cycle, coffee.people["girish"], today=AFTER_REVIEW)
    set_cycle(db, coffee.cycle, scores_locked_at=datetime(2026, 10, 20, 6, 30, tzinfo=UTC))
    with pytest.raises(ConflictError, match="locked on 20/10/2026"):
        add_reviewer(db, coffee.cycle, coffee.people["girish"])
    assert len(list_reviewers(db, coffee.cycle)) == 3


# --- the ranking ------------------------------------------------------------------------------------


def score_the_cycle(db: Database, coffee: Cycle) -> None:
    """Levels (development x2, community, welfare) and each reviewer's percent, worked out by hand:
    Deepa:  Anitha 4,3,2 = 75.0; Basavaraj 3,3,2 = 58.3; Chetan 4,4,4 = 100.0 -> 77.8, spread 41.7
    Farida: Basavaraj 4,3,2 = 75.0; Chetan 4,3,2 = 75.0 (Anitha nominated her) -> 75.0, spread 0.0
    Girish: Anitha 4,3,2 = 75.0; Basavaraj 3,3,2 = 58.3; Chetan 4,4,3 = 91.7 -> 75.0, spread 33.3
    GHPS Kerur: Anitha 2,2,2 = 33.3; Chetan only one level (Basavaraj works there) -> 33.3
    Chetan and the cluster Kerur: not scored."""
    for nominee, reviewer, given in (
        ("deepa", "anitha", (4, 3, 2)), ("deepa", "basavaraj", (3, 3, 2)), ("deepa", "chetan", (4, 4, 4)),
        ("farida", "basavaraj", (4, 3, 2)), ("farida", "chetan", (4, 3, 2)),
        ("girish", "anitha", (4, 3, 2)), ("girish", "basavaraj", (3, 3, 2)), ("girish", "chetan", (4, 4, 3)),
        ("school", "anitha", (2, 2, 2)), ("school", "chetan", (3, None, None)),
    ):  # fmt: skip
        score(db, coffee, nominee, reviewer, *given)


def test_ranking_with_ties_spread_and_unscored_last(db: Database, coffee: Cycle) -> None:
    score_the_cycle(db, coffee)
    result = ranking(db, coffee.cycle)
    assert result.cycle_title == "Coffee with Collector 2026" and result.places == 2 and result.selected == 0
    assert result.reviewers == ("Anitha Rao", "Basavaraj Patil", "Chetan Kumar")
    table = [(row.nominee_name, row.rank, row.tied, row.total, row.spread) for row in result.rows]
    assert table == [
        ("Deepa Hiremath", 1, False, 77.8, 41.7),
        ("Farida Begum", 2, True, 75.0, 0.0),  # tied: by name
        ("Girish Hosamani", 2, True, 75.0, 33.3),
        ("GHPS Kerur", 4, False, 33.3, None),  # one complete review: no spread
        ("Chetan Kumar", None, False, None, None),  # unscored, by name
        ("Kerur", None, False, None, None),
    ]
    deepa, farida, _girish, school, chetan, _cluster = result.rows
    assert deepa.reviewer_totals == (("Anitha Rao", 75.0), ("Basavaraj Patil", 58.3), ("Chetan Kumar", 100.0))
    c1, c2, c3 = coffee.criteria
    # (4+3+4)/3, (3+3+4)/3, (2+2+4)/3
    assert deepa.criterion_means == {c1: 3.7, c2: 3.3, c3: 2.7}
    assert (deepa.complete_reviews, deepa.expected_reviews, deepa.fully_reviewed) == (3, 3, True)
    assert (farida.complete_reviews, farida.expected_reviews) == (2, 2)  # Anitha nominated her
    assert (school.complete_reviews, school.expected_reviews, school.fully_reviewed) == (1, 2, False)
    assert (chetan.complete_reviews, chetan.expected_reviews, chetan.criterion_means) == (0, 2, {})
    assert deepa.place_text() == "rank 1, 77.8%" and farida.place_text() == "rank 2 (tied), 75.0%"
    assert chetan.place_text() == "not scored"
    assert "Hema Kulkarni" not in [row.nominee_name for row in result.rows]  # withdrawn


def test_totals_are_rounded_before_ranking_so_near_equal_totals_tie(db: Database, coffee: Cycle) -> None:
    # Deepa: 75.0 and 58.33 -> 66.67 (66.7); Girish: 66.67 alone (66.7). Equal to one decimal: tied.
    score(db, coffee, "deepa", "anitha", 4, 3, 2)
    score(db, coffee, "deepa", "basavaraj", 3, 3, 2)
    score(db, coffee, "girish", "chetan", 3, 3, 3)
    rows = {row.nominee_name: row for row in ranking(db, coffee.cycle).rows}
    assert (rows["Deepa Hiremath"].total, rows["Girish Hosamani"].total) == (66.7, 66.7)
    assert rows["Deepa Hiremath"].rank == rows["Girish Hosamani"].rank == 1
    assert rows["Deepa Hiremath"].tied and rows["Girish Hosamani"].tied
