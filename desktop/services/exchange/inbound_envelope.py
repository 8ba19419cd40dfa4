"""The envelope of what a partner sends back: who sent it, under which MoU, for which round.

Checked before any table is: the signer is a partner (not this office), the MoU is registered,
names the signer's organisation as a partner and is signed; the round is the one chosen or the
one the package names. Also here: the office's student ids behind the MoU's pseudonyms, and
whether the package is already imported.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    AssessmentRound,
    ExchangeLogEntry,
    Mou,
    MouExchangeSecret,
    MouPartner,
    Organisation,
    StudentResult,
)
from desktop.documents.text import indian_date
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.exchange import keys, pseudonyms
from desktop.services.exchange.catalogue import CATEGORIES, INBOUND_CATEGORIES
from desktop.services.exchange.inbound_conflicts import RESULTS
from desktop.services.exchange.inbound_tables import InboundTables
from desktop.services.exchange.scope import among
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.moments import local_day
from desktop.services.mous.coverage import covered_school_ids
from desktop.services.mous.vocabulary import STATUSES
from desktop.services.records import get_or_raise

OWN_PACKAGE = QT_TRANSLATE_NOOP(
    "Exchange",
    "This package was made by this office for a partner; only packages from partners are imported.",
)


@dataclass(frozen=True)
class Envelope:
    """What the package is checked and stored against, once its envelope has passed."""

    mou_id: int
    mou_reference: str
    organisation_ids: tuple[int, ...]
    organisation_names: tuple[str, ...]
    round_: AssessmentRound
    covered: frozenset[int]  # the schools the MoU covers
    student_keys: dict[str, str]  # pseudonym -> the office's student id
    notes: tuple[str, ...]


def _signer(session: Session, inbound: InboundTables) -> keys.KeyInfo | None:
    if inbound.signer_fingerprint is None:
        return None
    signer = keys.key_for_fingerprint(session, inbound.signer_fingerprint)
    if signer is None:  # verify_package accepted only registered keys: the key was removed since
        raise ConflictError(
            translate("Exchange", "The key that signed {file} ({fingerprint}) is not registered.").format(
                file=inbound.path.name, fingerprint=inbound.signer_fingerprint
            )
        )
    if signer.owner == "office":
        raise ConflictError(translate("Exchange", OWN_PACKAGE))
    return signer


def _mou(session: Session, inbound: InboundTables) -> Mou:
    wanted = inbound.mou_reference.casefold()
    for mou in session.scalars(select(Mou).where(Mou.reference.ilike(inbound.mou_reference))):
        if mou.reference.casefold() == wanted:
            return mou
    raise ConflictError(
        translate(
            "Exchange",
            "{file} refers to MoU {reference}, which is not in this office's MoU register. "
            "Check the reference with the partner; data comes back only under a registered MoU.",
        ).format(file=inbound.path.name, reference=inbound.mou_reference)
    )


def _round(session: Session, inbound: InboundTables, round_id: int | None) -> AssessmentRound:
    if round_id is not None:
        return get_or_raise(session, AssessmentRound, round_id, translate("Baseline", "Assessment round"))
    if inbound.round_name:
        wanted = inbound.round_name.casefold()
        for round_ in session.scalars(select(AssessmentRound).order_by(AssessmentRound.id)):
            if round_.name.casefold() == wanted:
                return round_
        raise ValidationError.single(
            "round",
            translate(
                "Exchange",
                "Choose the assessment round these data belong to: the package names the round "
                "“{round}”, which this office does not have.",
            ).format(round=inbound.round_name),
        )
    raise ValidationError.single(
        "round",
        translate(
            "Exchange", "Choose the assessment round these data belong to: the package does not name one."
        ),
    )


def _student_keys(session: Session, mou: Mou, covered: frozenset[int]) -> dict[str, str]:
    """Pseudonym -> student id for the office's students in the MoU's schools. Read only: an MoU
    that never sent results has no secret yet, and no pseudonym can be one of the office's."""
    owner = pseudonyms.first_of_renewals(session, mou.id)
    secret = session.get(MouExchangeSecret, owner.id)
    if secret is None or not covered:
        return {}
    student_ids = session.scalars(
        select(StudentResult.student_key).where(among(StudentResult.school_id, covered)).distinct()
    )
    return pseudonyms.reverse_map(bytes(secret.secret), student_ids)


def envelope(session: Session, inbound: InboundTables, round_id: int | None) -> Envelope:
    name = inbound.path.name
    signer = _signer(session, inbound)
    if inbound.direction != "to_district":
        raise ConflictError(
            translate(
                "Exchange",
                "{name} is not a package for the district (it is marked “{direction}”); only packages "
                "partners make for the office are imported.",
            ).format(name=name, direction=inbound.direction)
        )
    mou = _mou(session, inbound)
    partners = session.execute(
        select(Organisation.id, Organisation.name)
        .join(MouPartner, MouPartner.organisation_id == Organisation.id)
        .where(MouPartner.mou_id == mou.id)
        .order_by(MouPartner.id)
    ).all()
    notes: list[str] = []
    if signer is not None:
        if signer.organisation_id not in {organisation_id for organisation_id, _name in partners}:
            listed = ", ".join(partner_name for _id, partner_name in partners) or translate(
                "Exchange", "none"
            )
            raise ConflictError(
                translate(
                    "Exchange",
                    "{name} is signed by {organisation} (key {fingerprint}), which is not a partner of "
                    "MoU {reference} (its partners: {listed}). Only an MoU's partners return data under it.",
                ).format(
                    name=name,
                    organisation=signer.organisation_name,
                    fingerprint=signer.fingerprint,
                    reference=mou.reference,
                    listed=listed,
                )
            )
        organisations = ((signer.organisation_id, signer.organisation_name or ""),)
    else:
        organisations = tuple((organisation_id, partner_name) for organisation_id, partner_name in partners)
        notes.append(
            translate(
                "Exchange",
                "{name} is not signed: it is the office's return template filled by the partner. Check "
                "with the partner that this is the file they sent.",
            ).format(name=name)
        )
    if mou.status in ("draft", "under_review"):
        raise ConflictError(
            translate(
                "Exchange",
                "MoU {reference} is {status}: it is not signed yet, so no data comes back under it.",
            ).format(reference=mou.reference, status=translate("MoUs", STATUSES[mou.status]).lower())
        )
    if mou.status == "expired":
        notes.append(
            translate(
                "Exchange",
                "MoU {reference} expired on {day}; the data is imported as the partner returned it "
                "under the MoU (an endline assessed before it ended, for example).",
            ).format(reference=mou.reference, day=indian_date(mou.end_date))
        )
    elif mou.status == "terminated":
        ended = mou.terminated_on or mou.status_changed_on
        notes.append(
            (
                translate(
                    "Exchange",
                    "MoU {reference} was terminated on {day}; the data is imported as the partner returned it "
                    "under the MoU.",
                )
                if ended
                else translate(
                    "Exchange",
                    "MoU {reference} was terminated; the data is imported as the partner returned it under the MoU.",
                )
            ).format(reference=mou.reference, day=indian_date(ended) if ended else "")
        )
    refused = [code for code in inbound.categories if code not in INBOUND_CATEGORIES]
    if refused:
        shown = "; ".join(
            translate("MoUs", CATEGORIES[code].label) if code in CATEGORIES else code for code in refused
        )
        allowed = "; ".join(translate("MoUs", CATEGORIES[code].label) for code in INBOUND_CATEGORIES)
        raise ConflictError(
            translate(
                "Exchange",
                "{name} holds data partners do not send back to the office: {shown}. Only these are "
                "imported: {allowed}. Ask the partner to make the package again without the others.",
            ).format(name=name, shown=shown, allowed=allowed)
        )
    if not inbound.tables:
        raise ConflictError(translate("Exchange", "{name} holds no tables to import.").format(name=name))
    round_ = _round(session, inbound, round_id)
    covered = frozenset(covered_school_ids(session, mou))
    wants_students = any(table.category == RESULTS for table in inbound.tables)
    return Envelope(
        mou_id=mou.id,
        mou_reference=mou.reference,
        organisation_ids=tuple(organisation_id for organisation_id, _name in organisations),
        organisation_names=tuple(organisation_name for _id, organisation_name in organisations),
        round_=round_,
        covered=covered,
        student_keys=_student_keys(session, mou, covered) if wants_students else {},
        notes=tuple(notes),
    )


def already_imported(session: Session, package_id: str) -> tuple[int, str] | None:
    """(log id, message) of the import of this package that is still in place, if any."""
    undone = select(ExchangeLogEntry.refers_to_id).where(ExchangeLogEntry.event == "import_undone")
    entry = session.scalars(
        select(ExchangeLogEntry)
        .where(
            ExchangeLogEntry.event == "import",
            ExchangeLogEntry.package_id == package_id,
            ExchangeLogEntry.id.not_in(undone),
        )
        .order_by(ExchangeLogEntry.id.desc())
    ).first()
    if entry is None:
        return None
    return entry.id, (
        translate(
            "Exchange",
            "This package ({package}) was already imported on {day} by {operator} "
            "(exchange log entry {entry}); importing it again changes nothing.",
        ).format(
            package=entry.package_name,
            day=indian_date(local_day(entry.occurred_at)),
            operator=entry.operator,
            entry=entry.id,
        )
    )
