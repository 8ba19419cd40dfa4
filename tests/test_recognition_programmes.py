"""Recognition programmes (rubrics, templates) and cycles (windows, phases, locking)."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from db.models import RecognitionReviewer
from desktop.services.database import Database
from desktop.services.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.recognition import cycles, programmes
from desktop.services.recognition.cycles import (
    CycleRow,
    close_review,
    delete_cycle,
    get_cycle,
    list_cycles,
    phase_on,
    review_open,
    scores_locked,
    update_cycle,
)
from desktop.services.recognition.programme_templates import PROGRAMME_TEMPLATES, TEMPLATE_LABELS
from desktop.services.recognition.programmes import (
    CriterionInput,
    ProgrammeInput,
    create_from_template,
    create_programme,
    delete_programme,
    get_programme,
    list_programmes,
    update_programme,
)
from tests.recognition_fixtures import (
    EVENT_DATE,
    NOMINATIONS_CLOSE,
    NOMINATIONS_OPEN,
    REVIEW_CLOSES,
    REVIEW_OPENS,
    TODAY,
    World,
    cycle_input,
    give_score,
    make_cycle,
    make_programme,
    make_world,
    nominate_person,
    row_counts,
    set_status,
)

IST = timezone(timedelta(hours=5, minutes=30), "IST")
LEVELS = ("Not yet", "Beginning", "Good", "Outstanding")


def criterion(
    name: str, weight: float = 1, descriptors: tuple[str, ...] = LEVELS, **changes
) -> CriterionInput:
    return CriterionInput(name, weight, descriptors, **changes)


def programme_input(**changes) -> ProgrammeInput:
    data = ProgrammeInput(
        name="Best SDMC",
        purpose="Recognise School Development and Monitoring Committees that improved their schools.",
        eligible_kinds=("school",),
        criteria=(criterion("Meetings held", 2), criterion("Funds raised")),
    )
    return replace(data, **changes)


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)


# Templates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", list(PROGRAMME_TEMPLATES))
def test_each_template_makes_a_valid_programme_with_a_descriptor_for_every_level(
    db: Database, key: str
) -> None:
    programme = create_from_template(db, key)
    template = PROGRAMME_TEMPLATES[key]

    assert programme.name == template.name and programme.template_key == key
    assert programme.name_local and programme.language == "kn"
    assert key in TEMPLATE_LABELS
    assert len(programme.criteria) == 4
    for row in programme.criteria:
        assert len(row.level_descriptors) == programme.scale_max - programme.scale_min + 1 == 4
        assert all(len(text) > 30 for text in row.level_descriptors)
        assert len(set(row.level_descriptors)) == 4
        assert row.weight > 0 and row.name_local
    assert programme.selection_rules and programme.purpose


def test_coffee_with_collector_is_for_people_in_three_categories(db: Database) -> None:
    programme = create_from_template(db, "coffee_with_collector")

    assert programme.name_local == "ಕಲೆಕ್ಟರ್ ಜೊತೆ ಕಾಫಿ"
    assert "fifteen minutes" in programme.purpose
    assert programme.eligible_kinds == (
        "student",
        "teacher",
        "headmaster",
        "crp",
        "brp",
        "block_officer",
        "official",
    )
    assert programme.categories == ("School development", "Student welfare", "Education improvement")


def test_pragatiya_hejje_scores_the_four_areas_of_a_crps_work(db: Database) -> None:
    programme = create_from_template(db, "pragatiya_hejje")

    assert programme.name_local == "ಪ್ರಗತಿಯ ಹೆಜ್ಜೆ"
    assert programme.eligible_kinds == ("crp", "cluster")
    assert programme.categories == ()
    names = [c.name for c in programme.criteria]
    assert names == [
        "Creative academic support to classroom teachers",
        "Participation of community and local governments",
        "Strengthening and use of resource centres",
        "Use of technology in records management",
    ]
    assert [c.weight for c in programme.criteria] == [40, 20, 20, 20]
    assert "FLN" in programme.criteria[0].description and "SDMC" in programme.criteria[1].description


def test_a_second_copy_of_a_template_gets_a_name_of_its_own(db: Database) -> None:
    first = create_from_template(db, "coffee_with_collector")
    second = create_from_template(db, "coffee_with_collector")
    third = create_from_template(db, "coffee_with_collector")
    named = create_from_template(db, "coffee_with_collector", "Coffee with Collector, Badami")

    assert [first.name, second.name, third.name] == [
        "Coffee with Collector",
        "Coffee with Collector (2)",
        "Coffee with Collector (3)",
    ]
    assert named.name == "Coffee with Collector, Badami" and named.template_key == "coffee_with_collector"


def test_a_template_copy_under_a_name_already_taken_is_refused(db: Database) -> None:
    create_from_template(db, "pragatiya_hejje")
    with pytest.raises(ValidationError) as caught:
        create_from_template(db, "pragatiya_hejje", "PRAGATIYA HEJJE")
    assert "A programme named Pragatiya Hejje already exists" in caught.value.field_errors["name"]
    with pytest.raises(NotFoundError):
        create_from_template(db, "best_teacher")
    assert len(list_programmes(db)) == 1


def test_a_templates_numbered_selection_rules_keep_their_lines(db: Database) -> None:
    template = PROGRAMME_TEMPLATES["coffee_with_collector"]

    programme = create_from_template(db, "coffee_with_collector")

    lines = programme.selection_rules.split("\n")
    assert [line[:3] for line in lines] == ["1. ", "2. ", "3. ", "4. ", "5. "]
    assert programme.selection_rules == template.selection_rules
    assert get_programme(db, programme.id).selection_rules == template.selection_rules


# Programme validation ----------------------------------------------------------------------------


def test_a_programme_is_created_with_its_rubric_in_order(db: Database) -> None:
    programme = create_programme(
        db, programme_input(categories=(" Rural ", "rural", "Urban"), name_local="ಅತ್ಯುತ್ತಮ ಎಸ್‌ಡಿಎಂಸಿ")
    )

    assert get_programme(db, programme.id) == programme
    assert [c.name for c in programme.criteria] == ["Meetings held", "Funds raised"]
    assert [c.position for c in programme.criteria] == [0, 1]
    assert programme.categories == ("Rural", "Urban")
    assert programme.total_weight == 3 and programme.levels == range(1, 5)
    assert programme.eligible_text == "School" and programme.cycle_count == 0
    assert programme.template_key is None


def test_purpose_and_selection_rules_keep_their_line_breaks_and_are_tidied(db: Database) -> None:
    decomposed = unicodedata.normalize("NFD", "ಶಾಲೆ")  # as some keyboards send it
    typed_rules = f"  1. First rule.   \r\n2. Second rule, {decomposed}.\t\r\n\n\n\n\n3. Third rule.\n \n"
    typed_purpose = "Recognise SDMCs.  \n\n\n\nTwo lines apart.\n"

    programme = create_programme(db, programme_input(purpose=typed_purpose, selection_rules=typed_rules))

    assert programme.selection_rules == "1. First rule.\n2. Second rule, ಶಾಲೆ.\n\n3. Third rule."
    assert unicodedata.is_normalized("NFC", programme.selection_rules)
    assert programme.purpose == "Recognise SDMCs.\n\nTwo lines apart."


def test_overlong_selection_rules_are_refused_by_their_tidied_length(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_programme(db, programme_input(selection_rules="x" * 10_001))
    assert caught.value.field_errors["selection_rules"] == (
        "Selection rules is 10001 characters long; at most 10000 fit."
    )
    assert row_counts(db)["recognition_programme"] == 0
    # Trailing spaces and surplus blank lines do not count against the limit.
    create_programme(db, programme_input(selection_rules="x" * 10_000 + "   \n\n\n\n"))


def test_every_problem_of_a_programme_is_reported_at_once_and_nothing_is_saved(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_programme(db, programme_input(name=" ", eligible_kinds=(), criteria=(), language="ta"))

    errors = caught.value.field_errors
    assert errors["name"] == "Programme name is required."
    assert errors["eligible_kinds"].startswith("Choose who may be nominated")
    assert errors["criteria"] == "The rubric needs at least one criterion."
    assert errors["language"] == "The regional language must be one of Kannada, Hindi, Marathi, not 'ta'."
    assert row_counts(db)["recognition_programme"] == 0


def test_unknown_kinds_of_nominee_are_named(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_programme(db, programme_input(eligible_kinds=("school", "parent", "ngo")))
    assert caught.value.field_errors["eligible_kinds"] == "Unknown kinds of nominee: parent, ngo."


def test_programme_names_are_unique_whatever_their_case(db: Database) -> None:
    create_programme(db, programme_input())
    with pytest.raises(ValidationError) as caught:
        create_programme(db, programme_input(name="best sdmc"))
    assert caught.value.field_errors["name"].startswith("A programme named Best SDMC already exists")


def test_each_criterion_needs_one_descriptor_per_level_of_the_scale(db: Database) -> None:
    bad = programme_input(
        criteria=(
            criterion("Meetings held", descriptors=LEVELS[:3]),
            criterion("Funds raised", descriptors=("a", "", "c", "d")),
        )
    )
    with pytest.raises(ValidationError) as caught:
        create_programme(db, bad)

    errors = caught.value.field_errors
    assert errors["criteria.0.level_descriptors"] == (
        "Criterion 'Meetings held' has 3 level descriptors; the scale 1 to 4 needs 4, one for each level."
    )
    assert errors["criteria.1.level_descriptors"] == "Criterion 'Funds raised' has no descriptor for level 2."
    # A scale of 0 to 2 needs three.
    assert create_programme(
        db, replace(bad, scale_min=0, scale_max=2, criteria=(criterion("A", descriptors=LEVELS[:3]),))
    )


def test_weights_must_be_above_zero_and_criterion_names_distinct(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_programme(
            db,
            programme_input(
                criteria=(
                    criterion("Impact", 0),
                    criterion("impact", -2),
                    criterion(" ", 1),
                    criterion("Reach", float("nan")),
                )
            ),
        )

    errors = caught.value.field_errors
    assert errors["criteria.0.weight"] == "Criterion 'Impact' has weight 0; a weight must be above 0."
    assert errors["criteria.1.name"] == "Two criteria are named 'impact'; each needs its own name."
    assert errors["criteria.1.weight"] == "Criterion 'impact' has weight -2; a weight must be above 0."
    assert errors["criteria.2.name"] == "The name of criterion 3 is required."
    assert errors["criteria.3.weight"] == "Criterion 'Reach' needs a weight that is a number."


@pytest.mark.parametrize(
    ("scale_min", "scale_max", "field", "message"),
    [
        (1, 1, "scale_max", "The scale's highest level (1) must be above its lowest (1)."),
        (3, 2, "scale_max", "The scale's highest level (2) must be above its lowest (3)."),
        (-1, 3, "scale_min", "The scale cannot start below 0 (it starts at -1)."),
        (1, 11, "scale_max", "The scale can go up to 10 at most, not 11."),
    ],
)
def test_the_scale_must_run_upwards_within_zero_to_ten(
    db: Database, scale_min: int, scale_max: int, field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        create_programme(db, programme_input(scale_min=scale_min, scale_max=scale_max))
    assert caught.value.field_errors[field] == message


# Programme edits ---------------------------------------------------------------------------------


def test_an_edit_keeps_criteria_by_id_adds_new_ones_and_removes_missing_ones(db: Database) -> None:
    programme = create_programme(db, programme_input())
    meetings, funds = programme.criteria

    edited = update_programme(
        db,
        programme.id,
        programme_input(
            name="Best SDMC award",
            criteria=(
                criterion("Funds raised", 3, id=funds.id),
                criterion("Children's attendance", 1),
            ),
        ),
    )

    assert edited.name == "Best SDMC award"
    assert [(c.name, c.weight) for c in edited.criteria] == [
        ("Funds raised", 3),
        ("Children's attendance", 1),
    ]
    assert edited.criteria[0].id == funds.id and meetings.id not in {c.id for c in edited.criteria}


def test_two_criteria_can_swap_names(db: Database) -> None:
    programme = create_programme(db, programme_input())
    meetings, funds = programme.criteria

    edited = update_programme(
        db,
        programme.id,
        programme_input(
            criteria=(criterion("Funds raised", 2, id=meetings.id), criterion("Meetings held", id=funds.id))
        ),
    )

    assert [(c.id, c.name) for c in edited.criteria] == [
        (meetings.id, "Funds raised"),
        (funds.id, "Meetings held"),
    ]


def test_a_criterion_of_another_programme_cannot_be_edited_through_this_one(db: Database) -> None:
    first = create_programme(db, programme_input())
    other = create_from_template(db, "pragatiya_hejje")
    stranger = other.criteria[0].id
    with pytest.raises(ConflictError, match=f"Criterion #{stranger} is not part of Best SDMC's rubric"):
        update_programme(db, first.id, programme_input(criteria=(criterion("Meetings held", id=stranger),)))
    assert get_programme(db, other.id).criteria[0].name == other.criteria[0].name


def test_once_scored_the_rubric_keeps_its_criteria_and_scale_but_wording_and_weights_change(
    db: Database, world: World
) -> None:
    programme = make_programme(db, "pragatiya_hejje")
    cycle = make_cycle(db, programme.id, world)
    nomination = nominate_person(db, cycle.id, world.crp_id, by=world.beo_id, category=None)
    give_score(db, nomination.id, world.ddpi_id, programme.criteria[0].id)
    data = programme.as_input()
    before, stored = row_counts(db), get_programme(db, programme.id)

    with pytest.raises(ConflictError) as removing:
        update_programme(db, programme.id, replace(data, criteria=data.criteria[:3]))
    assert str(removing.value) == (
        "Reviewers have already given one score under Pragatiya Hejje's rubric; criterion 'Use of technology "
        "in records management' cannot be removed now, or the totals already given would change meaning. "
        "Correct its wording or weight instead."
    )
    longer = tuple(replace(c, level_descriptors=(*c.level_descriptors, "Beyond")) for c in data.criteria)
    with pytest.raises(ConflictError, match="scale of 1 to 4; the scale cannot change now"):
        update_programme(db, programme.id, replace(data, scale_max=5, criteria=longer))
    assert row_counts(db) == before and get_programme(db, programme.id) == stored

    reworded = replace(data.criteria[0], weight=50, level_descriptors=("a1", "a2", "a3", "a4"))
    added = criterion("Children's learning", 10)
    edited = update_programme(db, programme.id, replace(data, criteria=(reworded, *data.criteria[1:], added)))
    assert edited.criteria[0].weight == 50 and edited.criteria[0].level_descriptors == (
        "a1",
        "a2",
        "a3",
        "a4",
    )
    assert len(edited.criteria) == 5


def test_a_kind_or_category_in_use_by_nominations_stays(db: Database, world: World) -> None:
    programme = make_programme(db)
    cycle = make_cycle(db, programme.id, world)
    nominate_person(db, cycle.id, world.teacher_id, by=world.ddpi_id, category="Student welfare")
    data = programme.as_input()

    with pytest.raises(ConflictError) as kind:
        update_programme(db, programme.id, replace(data, eligible_kinds=("headmaster",)))
    assert str(kind.value) == (
        "One nomination under Coffee with Collector is of kind Teacher; it must stay eligible while it "
        "is on record."
    )
    with pytest.raises(ConflictError, match="is in category 'Student welfare'; it cannot be removed"):
        update_programme(db, programme.id, replace(data, categories=("School development",)))
    # Unused ones may go.
    edited = update_programme(
        db, programme.id, replace(data, eligible_kinds=("teacher",), categories=("Student welfare",))
    )
    assert edited.eligible_kinds == ("teacher",) and edited.categories == ("Student welfare",)


def test_a_programme_with_cycles_cannot_be_deleted(db: Database, world: World) -> None:
    programme = make_programme(db)
    spare = create_programme(db, programme_input())
    cycle = make_cycle(db, programme.id, world)

    with pytest.raises(ConflictError) as caught:
        delete_programme(db, programme.id)
    assert str(caught.value) == "Coffee with Collector has one cycle; delete it first, or keep the programme."
    delete_programme(db, spare.id)

    assert [p.name for p in list_programmes(db)] == ["Coffee with Collector"]
    assert list_programmes(db)[0].cycle_count == 1
    assert row_counts(db)["recognition_criterion"] == 4
    delete_cycle(db, cycle.id)
    delete_programme(db, programme.id)
    assert row_counts(db)["recognition_criterion"] == 0


# Cycles ------------------------------------------------------------------------------------------


def test_a_cycle_is_read_back_with_its_programme_office_and_signatory(db: Database, world: World) -> None:
    programme = make_programme(db)
    cycle = make_cycle(db, programme.id, world, event_time=time(11, 0), notes="  Tea  at   11 ")

    read = get_cycle(db, cycle.id, on=TODAY)
    assert read == replace(cycle, phase="Nominations open")
    assert read.label == "Coffee with Collector 2026"
    assert read.programme_name == "Coffee with Collector" and read.office_name.startswith(
        "Office of the Deputy"
    )
    assert read.signatory_name == "Meena Rao" and read.notes == "Tea at 11"
    assert read.nomination_window == "01/11/2026 to 25/11/2026"
    assert read.review_window == "26/11/2026 to 10/12/2026"
    assert (read.nomination_count, read.places_taken, read.places) == (0, 0, 3)
    assert read.as_input() == cycle_input(programme.id, world, event_time=time(11, 0), notes="Tea at 11")
    assert [c.id for c in list_cycles(db, programme.id)] == [cycle.id]
    assert list_cycles(db, programme.id + 1) == []


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"nomination_closes": date(2026, 10, 31)},
            "nomination_closes",
            "Nominations cannot close (31/10/2026) before they open (01/11/2026).",
        ),
        (
            {"review_closes": date(2026, 11, 20)},
            "review_closes",
            "The review cannot close (20/11/2026) before it opens (26/11/2026).",
        ),
        (
            {"review_opens": date(2026, 10, 30)},
            "review_opens",
            "The review cannot open (30/10/2026) before nominations open (01/11/2026).",
        ),
        (
            {"review_opens": date(2026, 11, 10), "review_closes": date(2026, 11, 24)},
            "review_closes",
            "The review cannot close (24/11/2026) before nominations close (25/11/2026): the last nominations "
            "would never be scored.",
        ),
        (
            {"event_date": date(2026, 12, 9)},
            "event_date",
            "The event (09/12/2026) cannot come before the review closes (10/12/2026).",
        ),
        ({"event_date": None}, "event_date", "Give the event's date with its time."),
        ({"nomination_opens": None}, "nomination_opens", "The day nominations open is required."),
        ({"places": 0}, "places", "Places must be a whole number of at least 1, not 0."),
        ({"name": ""}, "name", "Cycle name is required."),
        ({"office_id": 999}, "office_id", "The chosen issuing office no longer exists; choose again."),
        (
            {"signatory_person_id": 999},
            "signatory_person_id",
            "The chosen signatory no longer exists; choose again.",
        ),
    ],
)
def test_cycle_windows_and_details_are_checked_with_dates_as_offices_write_them(
    db: Database, world: World, changes: dict, field: str, message: str
) -> None:
    programme = make_programme(db)
    with pytest.raises(ValidationError) as caught:
        make_cycle(db, programme.id, world, **changes)
    assert caught.value.field_errors[field] == message
    assert row_counts(db)["recognition_cycle"] == 0


def test_windows_may_be_a_single_day_and_the_review_may_overlap_nominations(db: Database) -> None:
    programme = make_programme(db)
    day = date(2026, 11, 23)
    cycle = make_cycle(
        db,
        programme.id,
        nomination_opens=day,
        nomination_closes=day,
        review_opens=day,
        review_closes=day,
        event_date=day,
    )
    assert phase_on(cycle, day) == "Nominations and review open"


def test_a_cycle_name_is_unique_within_its_programme_only(db: Database) -> None:
    coffee = make_programme(db)
    hejje = make_programme(db, "pragatiya_hejje")
    make_cycle(db, coffee.id)
    make_cycle(db, hejje.id)
    with pytest.raises(ValidationError) as caught:
        make_cycle(db, coffee.id, name=" 2026 ")
    assert caught.value.field_errors["name"] == "This programme already has a cycle named 2026."
    with pytest.raises(ValidationError) as missing:
        make_cycle(db, 999)
    assert missing.value.field_errors["programme_id"] == "Choose the programme this cycle belongs to."


@pytest.mark.parametrize(
    ("day", "phase"),
    [
        (date(2026, 10, 31), "Nominations not yet open"),
        (NOMINATIONS_OPEN, "Nominations open"),
        (NOMINATIONS_CLOSE, "Nominations open"),
        (REVIEW_OPENS, "Review open"),
        (REVIEW_CLOSES, "Review open"),
        (date(2026, 12, 11), "Review closed"),
        (EVENT_DATE, "Event today"),
        (date(2026, 12, 19), "Event held"),
    ],
)
def test_the_phase_of_a_cycle_follows_the_day(db: Database, day: date, phase: str) -> None:
    cycle = make_cycle(db, make_programme(db).id)
    assert phase_on(cycle, day) == phase
    assert [row.phase for row in list_cycles(db, on=day)] == [phase]


def test_nominations_closed_before_the_review_opens(db: Database) -> None:
    cycle = make_cycle(db, make_programme(db).id, review_opens=date(2026, 11, 28))
    assert phase_on(cycle, date(2026, 11, 27)) == "Nominations closed"


def test_scores_are_open_in_the_review_window_and_locked_after_it(db: Database) -> None:
    cycle = make_cycle(db, make_programme(db).id)

    assert not review_open(cycle, date(2026, 11, 25))
    assert review_open(cycle, REVIEW_OPENS) and review_open(cycle, REVIEW_CLOSES)
    assert not scores_locked(cycle, REVIEW_CLOSES)
    assert scores_locked(cycle, date(2026, 12, 11)) and not review_open(cycle, date(2026, 12, 11))


def test_closing_the_review_early_locks_the_scores_once(db: Database) -> None:
    cycle = make_cycle(db, make_programme(db).id)
    moment = datetime(2026, 12, 5, 16, 30, tzinfo=UTC)

    with pytest.raises(ConflictError, match="opens on 26/11/2026; it cannot be closed before it has opened"):
        close_review(db, cycle.id, today=date(2026, 11, 25), now=datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    with pytest.raises(ConflictError, match="closed on 10/12/2026; its scores are already locked"):
        close_review(db, cycle.id, today=date(2026, 12, 11), now=datetime(2026, 12, 11, 9, 0, tzinfo=UTC))
    assert get_cycle(db, cycle.id).scores_locked_at is None
    closed = close_review(db, cycle.id, today=date(2026, 12, 5), now=moment)

    assert closed.scores_locked_at is not None and closed.phase == "Review closed"
    assert scores_locked(closed, date(2026, 12, 5)) and not review_open(closed, date(2026, 12, 5))
    with pytest.raises(ConflictError) as again:
        close_review(db, cycle.id, today=date(2026, 12, 6), now=moment)
    assert str(again.value) == "The review of 2026 was already closed on 05/12/2026."


def test_the_review_closes_by_the_offices_day_not_the_utc_date_kept_in_the_database(db: Database) -> None:
    cycle = make_cycle(db, make_programme(db).id)
    # 00:30 in India on the day after the review's last day is still 19:00 UTC on that last day.
    day_after = date(2026, 12, 11)
    with pytest.raises(ConflictError, match="closed on 10/12/2026; its scores are already locked"):
        close_review(db, cycle.id, today=day_after, now=datetime.combine(day_after, time(0, 30), IST))
    # 00:30 on the review's first day is 19:00 UTC the day before it opens.
    first_moment = datetime.combine(REVIEW_OPENS, time(0, 30), IST)
    closed = close_review(db, cycle.id, today=REVIEW_OPENS, now=first_moment)

    stored = get_cycle(db, cycle.id).scores_locked_at
    assert stored is not None
    as_utc = stored.replace(tzinfo=UTC) if stored.tzinfo is None else stored.astimezone(UTC)
    assert as_utc == first_moment and as_utc.date() == date(2026, 11, 25)  # the moment, kept in UTC
    assert cycles.local_day(stored, IST) == REVIEW_OPENS
    assert closed.phase == "Review closed"


def test_a_moment_without_its_zone_is_read_as_utc_and_refused_as_the_moment_of_a_close(db: Database) -> None:
    assert cycles.local_day(datetime(2026, 11, 25, 19, 0), IST) == date(2026, 11, 26)
    assert cycles.local_day(datetime(2026, 11, 25, 18, 29), IST) == date(2026, 11, 25)
    assert cycles.local_day(datetime(2026, 11, 26, 0, 30, tzinfo=IST), UTC) == date(2026, 11, 25)
    cycle = make_cycle(db, make_programme(db).id)
    with pytest.raises(ValueError, match="time zone"):
        close_review(db, cycle.id, today=REVIEW_OPENS, now=datetime(2026, 11, 26, 9, 0))
    assert get_cycle(db, cycle.id).scores_locked_at is None


def test_places_cannot_shrink_below_the_nominees_already_selected(db: Database, world: World) -> None:
    programme = make_programme(db)
    cycle = make_cycle(db, programme.id, world)
    for person in (world.teacher_id, world.headmaster_id):
        set_status(db, nominate_person(db, cycle.id, person, by=world.ddpi_id).id, "selected")

    with pytest.raises(ConflictError) as caught:
        update_cycle(db, cycle.id, cycle_input(programme.id, world, places=1))
    assert str(caught.value) == (
        "2 nominees of 2026 are already selected; it cannot have fewer places than that (1). "
        "Move some back to the shortlist first."
    )
    assert update_cycle(db, cycle.id, cycle_input(programme.id, world, places=2)).places_taken == 2


def test_the_nomination_window_must_keep_the_nominations_already_made(db: Database, world: World) -> None:
    programme = make_programme(db)
    cycle = make_cycle(db, programme.id, world)
    nominate_person(db, cycle.id, world.teacher_id, by=world.ddpi_id, on=date(2026, 11, 3))
    nominate_person(db, cycle.id, world.student_id, by=world.ddpi_id, on=date(2026, 11, 4))
    nominate_person(db, cycle.id, world.headmaster_id, by=world.ddpi_id, on=date(2026, 11, 20))

    with pytest.raises(ConflictError) as caught:
        update_cycle(db, cycle.id, cycle_input(programme.id, world, nomination_opens=date(2026, 11, 5)))
    assert str(caught.value) == (
        "2 nominations of 2026 are dated outside the new nomination window (05/11/2026 to 25/11/2026), "
        "between 03/11/2026 and 04/11/2026; the window must still include them."
    )
    assert get_cycle(db, cycle.id).nomination_opens == date(2026, 11, 1)
    moved = update_cycle(db, cycle.id, cycle_input(programme.id, world, nomination_opens=date(2026, 11, 3)))
    assert moved.nomination_opens == date(2026, 11, 3) and moved.nomination_count == 3


def test_a_cycle_with_nominations_keeps_its_programme_and_cannot_be_deleted(
    db: Database, world: World
) -> None:
    coffee = make_programme(db)
    hejje = make_programme(db, "pragatiya_hejje")
    cycle = make_cycle(db, coffee.id, world)
    nominate_person(db, cycle.id, world.crp_id, by=world.beo_id)

    with pytest.raises(ConflictError, match="cannot move to another programme"):
        update_cycle(db, cycle.id, cycle_input(hejje.id, world))
    with pytest.raises(ConflictError) as caught:
        delete_cycle(db, cycle.id)
    assert str(caught.value) == "2026 has one nomination; a cycle with nominations cannot be deleted."


def test_an_empty_cycle_is_deleted_with_its_review_panel(db: Database, world: World) -> None:
    cycle = make_cycle(db, make_programme(db).id, world)
    with db.transaction() as session:
        session.add(RecognitionReviewer(cycle_id=cycle.id, person_id=world.ddpi_id))

    delete_cycle(db, cycle.id)

    counts = row_counts(db)
    assert counts["recognition_cycle"] == counts["recognition_reviewer"] == 0


def test_cycles_list_newest_window_first(db: Database) -> None:
    programme = make_programme(db)
    older = make_cycle(
        db,
        programme.id,
        name="2025",
        nomination_opens=date(2025, 11, 1),
        nomination_closes=date(2025, 11, 25),
        review_opens=date(2025, 11, 26),
        review_closes=date(2025, 12, 10),
        event_date=date(2025, 12, 18),
    )
    newer = make_cycle(db, programme.id)
    assert [c.id for c in list_cycles(db)] == [newer.id, older.id]
    assert isinstance(list_cycles(db)[0], CycleRow)
    assert programmes.get_programme(db, programme.id).cycle_count == 2
    assert cycles.cycle_label("Coffee with Collector, Badami 2026", "Coffee with Collector") == (
        "Coffee with Collector, Badami 2026"
    )
