"""What the recognition printing (invitations, certificates, the publicity summary) reads alike:
the cycle with its programme, issuing office and signatory, the nominations chosen for a document,
and how each nominee is named in print (a cluster as "Kerur cluster", in English and the
programme's regional language).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Office, Person, RecognitionCycle, RecognitionNomination, RecognitionProgramme
from desktop.documents.certificate_data import CertificateSignatory
from desktop.documents.text import indian_date
from desktop.services.errors import ValidationError
from desktop.services.i18n import QT_TRANSLATE_NOOP, and_list, plural, translate
from desktop.services.recognition.nominees import Nominee, nominees_of
from desktop.services.recognition.vocabulary import STATUSES
from desktop.services.records import get_or_raise

# How a cluster is named after its name in each regional language ("Kerur cluster").
CLUSTER_WORD = {"en": "cluster", "kn": "ಕ್ಲಸ್ಟರ್", "hi": "संकुल", "mr": "केंद्र"}
# The cycle's details printing needs, as a message names them (translated when named).
CYCLE_DETAILS = {
    "office_id": QT_TRANSLATE_NOOP("Recognition", "issuing office"),
    "signatory_person_id": QT_TRANSLATE_NOOP("Recognition", "signatory"),
    "event_date": QT_TRANSLATE_NOOP("Recognition", "event date"),
    "event_time": QT_TRANSLATE_NOOP("Recognition", "event time"),
    "venue": QT_TRANSLATE_NOOP("Recognition", "venue"),
}
MAX_LISTED = 10


@dataclass(frozen=True)
class PrintedNominee:
    """A nominee as the printed documents name them."""

    nomination_id: int
    kind: str  # the nomination's nominee_kind
    name: str  # "Kerur cluster" for a cluster
    name_local: str | None
    description: str  # designation and affiliation, or a unit's place
    block: str | None
    category: str | None
    designation: str | None  # persons only


def cycle_and_programme(session: Session, cycle_id: int) -> tuple[RecognitionCycle, RecognitionProgramme]:
    """The cycle and its programme; NotFoundError for an unknown cycle."""
    cycle = get_or_raise(session, RecognitionCycle, cycle_id, translate("Recognition", "Recognition cycle"))
    return cycle, get_or_raise(
        session, RecognitionProgramme, cycle.programme_id, translate("Recognition", "Recognition programme")
    )


def cycle_title(cycle: RecognitionCycle, programme: RecognitionProgramme) -> str:
    """ "Coffee with Collector 2026-27", as messages name a cycle."""
    return f"{programme.name} {cycle.name}"


def _word(status: str) -> str:
    return translate("Recognition", STATUSES[status]).lower()


def require_details(
    cycle: RecognitionCycle, programme: RecognitionProgramme, needed: Sequence[str], purpose: str
) -> None:
    """Refuse, naming them all, when the cycle lacks any of the ``needed`` CYCLE_DETAILS keys;
    ``purpose`` says what needs them, in the interface's language ("issuing invitations")."""
    missing = [translate("Recognition", CYCLE_DETAILS[key]) for key in needed if not getattr(cycle, key)]
    if missing:
        message = plural(
            len(missing),
            translate("Recognition", "{cycle} has no {details}; record it in the cycle before {purpose}."),
            translate("Recognition", "{cycle} has no {details}; record them in the cycle before {purpose}."),
        )
        details = and_list(missing)
        raise ValidationError.single(
            "cycle", message.format(cycle=cycle_title(cycle, programme), details=details, purpose=purpose)
        )


def signatory_of(session: Session, cycle: RecognitionCycle) -> CertificateSignatory:
    """Who signs for the cycle: name (and regional name), designation, and their office (else the
    issuing office)."""
    assert cycle.signatory_person_id is not None and cycle.office_id is not None  # require_details
    person = get_or_raise(session, Person, cycle.signatory_person_id, translate("Recognition", "Signatory"))
    office = person.office or get_or_raise(session, Office, cycle.office_id, translate("Offices", "Office"))
    return CertificateSignatory(person.name, person.designation, office.name, person.name_local)


def printed_name(nominee: Nominee, kind: str, language: str) -> tuple[str, str | None]:
    """The nominee's name in English and in ``language``'s script (None if not recorded)."""
    if kind != "cluster":
        return nominee.name, nominee.name_local
    local = f"{nominee.name_local} {CLUSTER_WORD[language]}" if nominee.name_local else None
    return f"{nominee.name} {CLUSTER_WORD['en']}", local


def printed_nominees(
    session: Session, nominations: Sequence[RecognitionNomination], language: str
) -> list[PrintedNominee]:
    """The nominees of ``nominations``, in their order, as printed in ``language``."""
    described = nominees_of(session, nominations)
    printed = []
    for nomination in nominations:
        nominee = described[nomination.id]
        name, name_local = printed_name(nominee, nomination.nominee_kind, language)
        description = nominee.detail
        if nomination.person_id is not None and nominee.block and nominee.block not in description:
            description = f"{description}, {nominee.block} block"
        printed.append(
            PrintedNominee(
                nomination.id,
                nomination.nominee_kind,
                name,
                name_local,
                description,
                nominee.block,
                nomination.category,
                nominee.designation,
            )
        )
    return printed


def nominations_at(
    session: Session,
    cycle: RecognitionCycle,
    nomination_ids: Sequence[int],
    status: str,
    purpose: str,
) -> list[RecognitionNomination]:
    """The cycle's nominations ``nomination_ids`` (each once, in the order given), all at ``status``;
    refused naming every one that is not, with where it stands."""
    ids = list(dict.fromkeys(nomination_ids))
    if not ids:
        raise ValidationError.single(
            "nominations",
            translate("Recognition", "Choose at least one nominee {purpose}.").format(purpose=purpose),
        )
    rows = {
        row.id: row
        for row in session.scalars(select(RecognitionNomination).where(RecognitionNomination.id.in_(ids)))
    }
    strangers = [str(i) for i in ids if i not in rows or rows[i].cycle_id != cycle.id]
    if strangers:
        raise ValidationError.single(
            "nominations",
            plural(
                len(strangers),
                translate("Recognition", "Nomination #{numbers} is not in the cycle {cycle}."),
                translate("Recognition", "Nominations #{numbers} are not in the cycle {cycle}."),
            ).format(numbers=", #".join(strangers), cycle=cycle.name),
        )
    ordered = [rows[i] for i in ids]
    wrong = [row for row in ordered if row.status != status]
    if wrong:
        names = {p.nomination_id: p.name for p in printed_nominees(session, wrong, "en")}
        item = translate("Recognition", "{nominee} is {status}")
        listed = "; ".join(
            item.format(nominee=names[row.id], status=_word(row.status)) for row in wrong[:MAX_LISTED]
        )
        if len(wrong) > MAX_LISTED:
            message = translate(
                "Recognition", "Only {status} nominees can be chosen {purpose}: {nominees}; and {count} more."
            )
        else:
            message = translate("Recognition", "Only {status} nominees can be chosen {purpose}: {nominees}.")
        raise ValidationError.single(
            "nominations",
            message.format(
                status=_word(status), purpose=purpose, nominees=listed, count=len(wrong) - MAX_LISTED
            ),
        )
    return ordered


def refuse_dated_before(
    nominations: Sequence[RecognitionNomination],
    names: dict[int, str],
    column: str,
    issued_on: date,
    what: str,
) -> None:
    """Refuse a document dated before the day a nomination reached its status (``column``)."""
    early = [
        (n, getattr(n, column)) for n in nominations if getattr(n, column) and issued_on < getattr(n, column)
    ]
    if early:
        nomination, day = early[0]
        raise ValidationError.single(
            "issued_on",
            translate(
                "Recognition",
                "{nominee} reached this step on {day}; {what} cannot be dated {issued_on}, before that.",
            ).format(
                nominee=names[nomination.id],
                day=indian_date(day),
                what=what,
                issued_on=indian_date(issued_on),
            ),
        )
