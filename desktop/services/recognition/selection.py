"""A nomination's steps after the review: shortlisted, selected, attended; withdrawn and
reinstated; and the steps back when a decision is undone.

A nomination moves only along NEXT_STATUSES, each step dated in its column (STATUS_DATES) and
never before the step it follows. A step back clears the dates of the steps it undoes. Steps are
taken for a batch of nominations at once, all or none: when any one is refused, nothing changes
and the message lists every refusal. "Invited" and "recognised" are reached only by issuing an
invitation or a certificate (the printing services), never here.

Selecting a nominee over a shortlisted one ranked higher, or beyond the cycle's places, needs a
reason, which is kept with the selection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from sqlalchemy.orm import Session

from db.models import RecognitionCycle, RecognitionNomination
from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.i18n import and_list, or_list, plural, translate
from desktop.services.recognition.nominees import nominees_of
from desktop.services.recognition.ranking import RankedNomination, ranking_in
from desktop.services.recognition.scoring import cycle_title, scores_locked
from desktop.services.recognition.vocabulary import HOLDS_PLACE, NEXT_STATUSES, STATUS_DATES, STATUSES
from desktop.services.records import get_or_raise
from desktop.services.text import clean_optional

# The steps in the order a nomination takes them; a move to an earlier one is a step back.
PATH = ("nominated", "shortlisted", "selected", "invited", "attended", "recognised")


class ReasonRequiredError(ValidationError):
    """The selection passes over a higher-ranked nominee or exceeds the places: give a reason."""

    def __init__(self, warnings: Iterable[str]) -> None:
        self.warnings = tuple(warnings)
        advice = translate("Recognition", "Give the reason for this selection; it is kept with it.")
        super().__init__({"reason": " ".join([*self.warnings, advice])})


def _word(status: str) -> str:
    """A status inside a sentence, in the interface's language ("shortlisted")."""
    return translate("Recognition", STATUSES[status]).lower()


def transition_problem(current: str, target: str, nominee: str | None = None) -> str | None:
    """Why a nomination at ``current`` cannot move to ``target``, naming the nominee (or "the
    nomination" without one), or None."""
    if target in NEXT_STATUSES[current]:
        return None
    if not NEXT_STATUSES[current] and nominee is None:
        message = translate(
            "Recognition",
            "The nomination is {status}; it cannot become {target} (a {status} nomination stays {status}).",
        )
    elif not NEXT_STATUSES[current]:
        message = translate(
            "Recognition",
            "{nominee} is {status}; it cannot become {target} (a {status} nomination stays {status}).",
        )
    elif nominee is None:
        message = translate(
            "Recognition",
            "The nomination is {status}; it cannot become {target} (from {status} it can become {next}).",
        )
    else:
        message = translate(
            "Recognition",
            "{nominee} is {status}; it cannot become {target} (from {status} it can become {next}).",
        )
    following = or_list([_word(status) for status in STATUSES if status in NEXT_STATUSES[current]])
    return message.format(nominee=nominee, status=_word(current), target=_word(target), next=following)


def check_transition(current: str, target: str) -> None:
    """Refuse a move NEXT_STATUSES does not allow, naming the current and the requested status."""
    problem = transition_problem(current, target)
    if problem is not None:
        raise ConflictError(problem)


def _refuse(problems: list[str], batch: int) -> None:
    if not problems:
        return
    if batch == 1:
        raise ConflictError(problems[0])
    message = plural(
        len(problems),
        translate("Recognition", "None of the {batch} nominations was changed; one cannot take this step:"),
        translate(
            "Recognition", "None of the {batch} nominations was changed; {count} cannot take this step:"
        ),
    )
    lines = [message.format(batch=batch, count=len(problems)), *(f"• {problem}" for problem in problems)]
    raise ConflictError("\n".join(lines))


def _apply(nomination: RecognitionNomination, target: str, on: date) -> None:
    """Set the status and its date; a step back clears the dates of the steps it undoes."""
    current = nomination.status
    nomination.status = target
    if target == "withdrawn":
        nomination.withdrawn_on = on
        return
    if current == "withdrawn":
        nomination.withdrawn_on = None
        nomination.withdrawal_reason = None
    if current != "withdrawn" and PATH.index(target) > PATH.index(current):
        setattr(nomination, STATUS_DATES[target], on)
        return
    for undone in PATH[PATH.index(target) + 1 :]:
        setattr(nomination, STATUS_DATES[undone], None)
    if PATH.index(target) < PATH.index("selected"):
        nomination.selection_reason = None


Check = Callable[[Session, RecognitionNomination, str], str | None]


def _step(
    db: Database,
    nomination_ids: Iterable[int],
    target: str,
    on: date,
    check: Check | None = None,
    after: Callable[[Session, list[RecognitionNomination]], None] | None = None,
) -> None:
    """Move every nomination to ``target`` on ``on``, or none of them. ``check`` adds a refusal
    of its own for a nomination (given its nominee's name); ``after`` runs once all are allowed,
    before anything changes, and may refuse the batch as a whole."""
    ids = list(dict.fromkeys(nomination_ids))
    if not ids:
        raise ValidationError.single(
            "nominations", translate("Recognition", "Choose at least one nomination.")
        )
    with db.transaction() as session:
        nominations = [
            get_or_raise(session, RecognitionNomination, i, translate("Recognition", "Nomination"))
            for i in ids
        ]
        names = {key: nominee.name for key, nominee in nominees_of(session, nominations).items()}
        problems = []
        for nomination in nominations:
            name = names[nomination.id]
            problem = transition_problem(nomination.status, target, name)
            if problem is not None:
                problems.append(problem)
                continue
            previous = getattr(nomination, STATUS_DATES[nomination.status])
            if previous is not None and on < previous:
                message = translate(
                    "Recognition",
                    "{nominee} was {status} on {previous}; the step to {target} cannot be dated {day}, before that.",
                )
                problems.append(
                    message.format(
                        nominee=name,
                        status=_word(nomination.status),
                        previous=indian_date(previous),
                        target=_word(target),
                        day=indian_date(on),
                    )
                )
                continue
            extra = check(session, nomination, name) if check is not None else None
            if extra is not None:
                problems.append(extra)
        _refuse(problems, len(nominations))
        if after is not None:
            after(session, nominations)
        for nomination in nominations:
            _apply(nomination, target, on)


def _cycle(session: Session, nomination: RecognitionNomination) -> RecognitionCycle:
    return get_or_raise(
        session, RecognitionCycle, nomination.cycle_id, translate("Recognition", "Recognition cycle")
    )


def shortlist(db: Database, nomination_ids: Iterable[int], on: date) -> None:
    """Nominated → shortlisted, once the cycle's scores are locked (the review has closed)."""

    def review_closed(session: Session, nomination: RecognitionNomination, name: str) -> str | None:
        cycle = _cycle(session, nomination)
        if scores_locked(cycle, on):
            return None
        message = translate(
            "Recognition",
            "{nominee} cannot be shortlisted on {day}: scores for {cycle} are not locked until the review "
            "closes on {closes}. Shortlist after that, or close the review early to lock the scores now.",
        )
        return message.format(
            nominee=name,
            day=indian_date(on),
            cycle=cycle_title(session, cycle),
            closes=indian_date(cycle.review_closes),
        )

    _step(db, nomination_ids, "shortlisted", on, review_closed)


def return_to_nominated(db: Database, nomination_ids: Iterable[int], on: date) -> None:
    """Shortlisted → nominated: taken off the shortlist."""
    _step(db, nomination_ids, "nominated", on)


def _selection_warnings(session: Session, nominations: list[RecognitionNomination]) -> list[str]:
    """What makes a selection need a reason: shortlisted nominees ranked above one being selected
    and left out, and more selections than the cycle has places."""
    cycles = {nomination.cycle_id for nomination in nominations}
    if len(cycles) > 1:
        raise ConflictError(
            translate(
                "Recognition", "Select nominations of one cycle at a time; these belong to different cycles."
            )
        )
    cycle = get_or_raise(
        session, RecognitionCycle, cycles.pop(), translate("Recognition", "Recognition cycle")
    )
    ranked = ranking_in(session, cycle.id)
    chosen = {nomination.id for nomination in nominations}
    waiting = [row for row in ranked.rows if row.status == "shortlisted" and row.nomination_id not in chosen]
    warnings = []
    for row in (ranked.row(nomination.id) for nomination in nominations):
        assert row is not None  # a nomination being selected is shortlisted, so it is in the ranking
        passed = [
            other
            for other in waiting
            if other.rank is not None and (row.rank is None or other.rank < row.rank)
        ]
        if passed:
            message = translate(
                "Recognition",
                "Selecting {nominee} ({place}) passes over {others}, shortlisted and ranked higher but not selected.",
            )
            warnings.append(
                message.format(nominee=row.nominee_name, place=row.place_text(), others=_listed(passed))
            )
    holding = sum(row.status in HOLDS_PLACE for row in ranked.rows)
    if holding + len(chosen) > cycle.places:
        message = plural(
            cycle.places,
            translate("Recognition", "{count} would be selected for {places} place in {cycle}."),
            translate("Recognition", "{count} would be selected for {places} places in {cycle}."),
        )
        warnings.append(
            message.format(count=holding + len(chosen), places=cycle.places, cycle=ranked.cycle_title)
        )
    return warnings


def _listed(rows: list[RankedNomination]) -> str:
    return and_list([f"{row.nominee_name} ({row.place_text()})" for row in rows])


def select(db: Database, nomination_ids: Iterable[int], on: date, reason: str | None = None) -> None:
    """Shortlisted → selected. Passing over a shortlisted nominee ranked higher, or selecting more
    than the cycle's places, raises :class:`ReasonRequiredError` unless ``reason`` is given; the
    reason (when given) is kept with each selection."""
    reason = clean_optional(reason)

    def warned(session: Session, nominations: list[RecognitionNomination]) -> None:
        warnings = _selection_warnings(session, nominations)
        if warnings and reason is None:
            raise ReasonRequiredError(warnings)
        for nomination in nominations:
            nomination.selection_reason = reason

    _step(db, nomination_ids, "selected", on, after=warned)


def deselect(db: Database, nomination_ids: Iterable[int], on: date) -> None:
    """Selected → shortlisted: the selection is undone and its reason cleared."""
    _step(db, nomination_ids, "shortlisted", on)


def mark_attended(
    db: Database, nomination_ids: Iterable[int], on: date, *, today: date | None = None
) -> None:
    """Invited → attended, dated on or after the event and, given ``today``, not after it:
    attendance is recorded once the event has happened, never in advance."""

    def after_event(session: Session, nomination: RecognitionNomination, name: str) -> str | None:
        cycle = _cycle(session, nomination)
        if today is not None and on > today:
            message = translate(
                "Recognition",
                "{nominee}: attendance cannot be marked for {day}, a day still to come; "
                "mark it on or after the event.",
            )
            return message.format(nominee=name, day=indian_date(on))
        if cycle.event_date is None:
            message = translate(
                "Recognition", "{nominee}: {cycle} has no event date yet; set it before marking attendance."
            )
            return message.format(nominee=name, cycle=cycle_title(session, cycle))
        if on < cycle.event_date:
            message = translate(
                "Recognition",
                "{nominee}: the event of {cycle} is on {event_day}; attendance cannot be marked on {day}, before it.",
            )
            return message.format(
                nominee=name,
                cycle=cycle_title(session, cycle),
                event_day=indian_date(cycle.event_date),
                day=indian_date(on),
            )
        return None

    _step(db, nomination_ids, "attended", on, after_event)


def withdraw(db: Database, nomination_id: int, on: date, reason: str) -> None:
    """Withdraw a nomination (the nominee declined, was found ineligible, …); the reason is kept."""
    cleaned = clean_optional(reason)
    if cleaned is None:
        raise ValidationError.single(
            "reason",
            translate("Recognition", "Give the reason for withdrawing the nomination; it is kept on record."),
        )

    def keep_reason(_session: Session, nominations: list[RecognitionNomination]) -> None:
        for nomination in nominations:
            nomination.withdrawal_reason = cleaned

    _step(db, [nomination_id], "withdrawn", on, after=keep_reason)


def reinstate(db: Database, nomination_id: int, on: date) -> None:
    """Withdrawn → nominated: the nomination is back in the cycle, to be shortlisted afresh."""
    _step(db, [nomination_id], "nominated", on)
