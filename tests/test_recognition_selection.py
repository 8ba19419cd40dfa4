"""A nomination's steps after the review: shortlisting once the scores are locked, selection with
a reason when the order is overridden or the places are exceeded, attendance after the event,
withdrawal and reinstatement; every step dated in order, every batch all or nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from db.models import RecognitionNomination
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.recognition.cycles import close_review
from desktop.services.recognition.ranking import ranking
from desktop.services.recognition.selection import (
    ReasonRequiredError,
    check_transition,
    deselect,
    mark_attended,
    reinstate,
    return_to_nominated,
    select,
    shortlist,
    withdraw,
)
from tests.test_recognition_scoring import EVENT, Cycle, build_cycle, score_the_cycle, set_cycle

SHORTLISTED_ON = date(2026, 11, 3)
SELECTED_ON = date(2026, 11, 5)


@pytest.fixture
def ranked(db: Database) -> Cycle:
    """The scored cycle (Deepa 1st, Farida and Girish 2nd, GHPS Kerur 4th; Chetan and the cluster
    Kerur unscored), with two places."""
    coffee = build_cycle(db)
    score_the_cycle(db, coffee)
    return coffee


def state(db: Database, coffee: Cycle, key: str) -> RecognitionNomination:
    with db.reading() as session:
        nomination = session.get(RecognitionNomination, coffee.nominations[key])
        assert nomination is not None
        return nomination


def ids(coffee: Cycle, *keys: str) -> list[int]:
    return [coffee.nominations[key] for key in keys]


def shortlist_four(db: Database, coffee: Cycle) -> None:
    shortlist(db, ids(coffee, "deepa", "farida", "girish", "school"), SHORTLISTED_ON)


def test_check_transition_names_both_statuses() -> None:
    check_transition("nominated", "shortlisted")
    check_transition("withdrawn", "nominated")
    with pytest.raises(
        ConflictError,
        match=r"^The nomination is nominated; it cannot become selected "
        r"\(from nominated it can become shortlisted or withdrawn\)\.$",
    ):
        check_transition("nominated", "selected")
    with pytest.raises(ConflictError, match=r"it can become nominated, selected or withdrawn"):
        check_transition("shortlisted", "attended")
    with pytest.raises(
        ConflictError, match=r"is recognised; it cannot become withdrawn \(a recognised nomination"
    ):
        check_transition("recognised", "withdrawn")


# --- shortlisting -----------------------------------------------------------------------------------


def test_shortlisting_waits_for_the_scores_to_be_locked(db: Database, ranked: Cycle) -> None:
    with pytest.raises(ConflictError) as refused:
        shortlist(db, ids(ranked, "deepa"), date(2026, 10, 31))
    assert str(refused.value) == (
        "Deepa Hiremath cannot be shortlisted on 31/10/2026: scores for Coffee with Collector 2026 are not "
        "locked until the review closes on 31/10/2026. Shortlist after that, or close the review early to "
        "lock the scores now."
    )
    assert state(db, ranked, "deepa").status == "nominated"
    shortlist(db, ids(ranked, "deepa"), date(2026, 11, 1))  # the day after the review closed
    deepa = state(db, ranked, "deepa")
    assert (deepa.status, deepa.shortlisted_on) == ("shortlisted", date(2026, 11, 1))


def test_closing_the_review_early_allows_shortlisting_at_once(db: Database, ranked: Cycle) -> None:
    close_review(db, ranked.cycle, today=date(2026, 10, 20), now=datetime(2026, 10, 20, 6, 0, tzinfo=UTC))
    shortlist(db, ids(ranked, "girish"), date(2026, 10, 20))
    assert state(db, ranked, "girish").status == "shortlisted"


def test_a_batch_is_all_or_nothing_and_lists_every_refusal(db: Database, ranked: Cycle) -> None:
    shortlist(db, ids(ranked, "deepa"), SHORTLISTED_ON)
    with pytest.raises(ConflictError) as refused:
        shortlist(db, ids(ranked, "farida", "deepa", "hema", "girish"), date(2026, 11, 4))
    assert str(refused.value) == (
        "None of the 4 nominations was changed; 2 cannot take this step:\n"
        "• Deepa Hiremath is shortlisted; it cannot become shortlisted (from shortlisted it can become "
        "nominated, selected or withdrawn).\n"
        "• Hema Kulkarni is withdrawn; it cannot become shortlisted (from withdrawn it can become nominated)."
    )
    assert [state(db, ranked, key).status for key in ("farida", "girish")] == ["nominated", "nominated"]
    with pytest.raises(ValidationError, match="Choose at least one nomination"):
        shortlist(db, [], SHORTLISTED_ON)


def test_taking_a_nomination_off_the_shortlist(db: Database, ranked: Cycle) -> None:
    shortlist_four(db, ranked)
    with pytest.raises(
        ConflictError, match="Farida Begum was shortlisted on 03/11/2026; the step to nominated"
    ):
        return_to_nominated(db, ids(ranked, "farida"), date(2026, 11, 2))
    return_to_nominated(db, ids(ranked, "farida"), date(2026, 11, 4))
    farida = state(db, ranked, "farida")
    assert (farida.status, farida.shortlisted_on, farida.nominated_on) == (
        "nominated",
        None,
        date(2026, 9, 10),
    )


# --- selection --------------------------------------------------------------------------------------


def test_selecting_in_rank_order_within_the_places_needs_no_reason(db: Database, ranked: Cycle) -> None:
    shortlist_four(db, ranked)
    # Deepa (1st) and Girish (2nd, tied with Farida): Farida is not ranked strictly higher than Girish
    select(db, ids(ranked, "deepa", "girish"), SELECTED_ON)
    for key in ("deepa", "girish"):
        nomination = state(db, ranked, key)
        assert (nomination.status, nomination.selected_on, nomination.selection_reason) == (
            "selected", SELECTED_ON, None)  # fmt: skip
    assert ranking(db, ranked.cycle).selected == 2


def test_passing_over_a_higher_ranked_shortlisted_nominee_needs_a_reason(db: Database, ranked: Cycle) -> None:
    shortlist_four(db, ranked)
    with pytest.raises(ReasonRequiredError) as refused:
        select(db, ids(ranked, "school"), SELECTED_ON)
    assert refused.value.warnings == (
        "Selecting GHPS Kerur (rank 4, 33.3%) passes over Deepa Hiremath (rank 1, 77.8%), Farida Begum "
        "(rank 2 (tied), 75.0%) and Girish Hosamani (rank 2 (tied), 75.0%), shortlisted and ranked higher but "
        "not selected.",
    )
    assert list(refused.value.field_errors) == ["reason"]
    assert "Give the reason for this selection" in refused.value.message
    assert state(db, ranked, "school").status == "shortlisted"
    with pytest.raises(ReasonRequiredError):
        select(db, ids(ranked, "school"), SELECTED_ON, reason="   ")
    select(db, ids(ranked, "school"), SELECTED_ON, reason=" School development plan  fully met ")
    school = state(db, ranked, "school")
    assert (school.status, school.selection_reason) == ("selected", "School development plan fully met")


def test_selecting_beyond_the_places_needs_a_reason(db: Database, ranked: Cycle) -> None:
    shortlist_four(db, ranked)
    select(db, ids(ranked, "deepa", "farida"), SELECTED_ON)
    with pytest.raises(ReasonRequiredError) as refused:
        select(db, ids(ranked, "girish"), date(2026, 11, 6))
    # Deepa, ranked above Girish, is selected already: only the places need the reason
    assert refused.value.warnings == ("3 would be selected for 2 places in Coffee with Collector 2026.",)
    assert state(db, ranked, "girish").status == "shortlisted"
    select(db, ids(ranked, "girish"), date(2026, 11, 6), reason="The Collector asked for three")
    assert state(db, ranked, "girish").selection_reason == "The Collector asked for three"
    assert ranking(db, ranked.cycle).selected == 3


def test_both_warnings_are_given_together(db: Database, ranked: Cycle) -> None:
    shortlist_four(db, ranked)
    with pytest.raises(ReasonRequiredError) as refused:
        select(db, ids(ranked, "girish", "school", "farida"), SELECTED_ON)
    # Each one being selected passes over Deepa (1st), shortlisted and left out; and 3 for 2 places
    assert refused.value.warnings == (
        "Selecting Girish Hosamani (rank 2 (tied), 75.0%) passes over Deepa Hiremath (rank 1, 77.8%), "
        "shortlisted and ranked higher but not selected.",
        "Selecting GHPS Kerur (rank 4, 33.3%) passes over Deepa Hiremath (rank 1, 77.8%), "
        "shortlisted and ranked higher but not selected.",
        "Selecting Farida Begum (rank 2 (tied), 75.0%) passes over Deepa Hiremath (rank 1, 77.8%), "
        "shortlisted and ranked higher but not selected.",
        "3 would be selected for 2 places in Coffee with Collector 2026.",
    )
    assert [state(db, ranked, key).status for key in ("girish", "school", "farida")] == ["shortlisted"] * 3


def test_selection_is_dated_after_the_shortlist_and_only_from_it(db: Database, ranked: Cycle) -> None:
    shortlist_four(db, ranked)
    with pytest.raises(ConflictError) as refused:
        select(db, ids(ranked, "deepa", "chetan"), date(2026, 11, 2))
    assert str(refused.value) == (
        "None of the 2 nominations was changed; 2 cannot take this step:\n"
        "• Deepa Hiremath was shortlisted on 03/11/2026; the step to selected cannot be dated 02/11/2026, "
        "before that.\n"
        "• Chetan Kumar is nominated; it cannot become selected (from nominated it can become shortlisted or "
        "withdrawn)."
    )
    assert state(db, ranked, "deepa").status == "shortlisted"
    select(db, ids(ranked, "deepa"), SHORTLISTED_ON)  # the same day is fine


def test_deselecting_clears_the_selection_and_its_reason(db: Database, ranked: Cycle) -> None:
    shortlist_four(db, ranked)
    select(db, ids(ranked, "school"), SELECTED_ON, reason="Model school")
    with pytest.raises(
        ConflictError, match="was selected on 05/11/2026; the step to shortlisted cannot be dated"
    ):
        deselect(db, ids(ranked, "school"), date(2026, 11, 4))
    deselect(db, ids(ranked, "school"), date(2026, 11, 6))
    school = state(db, ranked, "school")
    assert (school.status, school.selected_on, school.selection_reason, school.shortlisted_on) == (
        "shortlisted", None, None, SHORTLISTED_ON)  # fmt: skip


# --- attendance ------------------------------------------------------------------------------------


def invite(db: Database, coffee: Cycle, key: str, on: date) -> None:
    """What issuing an invitation does to the nomination (the printing service's step)."""
    with db.transaction() as session:
        nomination = session.get(RecognitionNomination, coffee.nominations[key])
        assert nomination is not None
        nomination.status, nomination.invited_on = "invited", on


def test_attendance_is_marked_for_the_invited_on_or_after_the_event(db: Database, ranked: Cycle) -> None:
    shortlist_four(db, ranked)
    select(db, ids(ranked, "deepa", "girish"), SELECTED_ON)
    invite(db, ranked, "deepa", date(2026, 11, 7))
    with pytest.raises(ConflictError) as refused:
        mark_attended(db, ids(ranked, "deepa", "girish"), EVENT)
    assert "Girish Hosamani is selected; it cannot become attended" in str(refused.value)
    assert state(db, ranked, "deepa").status == "invited"
    with pytest.raises(
        ConflictError,
        match=r"the event of Coffee with Collector 2026 is on 14/11/2026; attendance cannot be ",
    ):
        mark_attended(db, ids(ranked, "deepa"), date(2026, 11, 13))
    with pytest.raises(ConflictError, match="a day still to come; mark it on or after the event"):
        mark_attended(db, ids(ranked, "deepa"), EVENT, today=EVENT - timedelta(days=1))
    assert state(db, ranked, "deepa").status == "invited"
    mark_attended(db, ids(ranked, "deepa"), EVENT, today=EVENT)
    deepa = state(db, ranked, "deepa")
    assert (deepa.status, deepa.attended_on) == ("attended", EVENT)
    with pytest.raises(ConflictError, match="is attended; it cannot become withdrawn"):
        withdraw(db, ranked.nominations["deepa"], date(2026, 11, 15), "Left")


def test_attendance_needs_an_event_date(db: Database, ranked: Cycle) -> None:
    shortlist_four(db, ranked)
    select(db, ids(ranked, "deepa"), SELECTED_ON)
    invite(db, ranked, "deepa", date(2026, 11, 7))
    set_cycle(db, ranked.cycle, event_date=None)
    with pytest.raises(ConflictError, match="has no event date yet"):
        mark_attended(db, ids(ranked, "deepa"), EVENT)


# --- withdrawal and reinstatement ------------------------------------------------------------------


def test_withdrawing_needs_a_reason_and_reinstating_starts_afresh(db: Database, ranked: Cycle) -> None:
    shortlist_four(db, ranked)
    select(db, ids(ranked, "school"), SELECTED_ON, reason="Model school")
    with pytest.raises(ValidationError) as refused:
        withdraw(db, ranked.nominations["school"], date(2026, 11, 6), "  ")
    assert list(refused.value.field_errors) == ["reason"]
    with pytest.raises(
        ConflictError, match="was selected on 05/11/2026; the step to withdrawn cannot be dated"
    ):
        withdraw(db, ranked.nominations["school"], date(2026, 11, 4), "Merged with another school")
    withdraw(db, ranked.nominations["school"], date(2026, 11, 6), "Merged with another school")
    school = state(db, ranked, "school")
    assert (school.status, school.withdrawn_on, school.withdrawal_reason) == (
        "withdrawn", date(2026, 11, 6), "Merged with another school")  # fmt: skip
    assert "GHPS Kerur" not in [row.nominee_name for row in ranking(db, ranked.cycle).rows]
    with pytest.raises(
        ConflictError, match="was withdrawn on 06/11/2026; the step to nominated cannot be dated"
    ):
        reinstate(db, ranked.nominations["school"], date(2026, 11, 5))
    reinstate(db, ranked.nominations["school"], date(2026, 11, 8))
    school = state(db, ranked, "school")
    assert (school.status, school.withdrawn_on, school.withdrawal_reason) == ("nominated", None, None)
    assert (school.shortlisted_on, school.selected_on, school.selection_reason) == (None, None, None)
    assert school.nominated_on == date(2026, 9, 10)
    with pytest.raises(ConflictError, match="is nominated; it cannot become nominated"):
        reinstate(db, ranked.nominations["school"], date(2026, 11, 9))


def test_a_withdrawn_nominee_is_not_passed_over(db: Database, ranked: Cycle) -> None:
    shortlist_four(db, ranked)
    withdraw(db, ranked.nominations["deepa"], date(2026, 11, 4), "Declined")
    select(db, ids(ranked, "farida", "girish"), SELECTED_ON)
    assert [state(db, ranked, key).status for key in ("farida", "girish")] == ["selected", "selected"]
