"""The demo district's USB exchange: the office's key, a partner's key and a few months of the
exchange log, dated around today, so the Exchange page has something to show.

The OS keyring is never touched. The office key is kept as on a PC without a keyring: in the
database, encrypted with :data:`DEMO_KEY_PASSPHRASE`, which its label gives, so whoever tries the
demo can sign a package. The packages in the log were never written (their names, hashes and sizes
are made up), but everything else an entry records is what an export on its day would have held:
the scope and tables come from the export's own functions (``scope.export_scope``,
``tables.build_tables``), so counts, schools, students and fields are true of the demo's data. The
package the partner sent back is stored through the import targets as a real batch that can be
undone from the log.

The story (T is today):

1. T-190, community MoU (whole district): the school directory. The partner confirmed its
   deletion at T-20.
2. T-126, FLN MoU (three blocks): the first round's pseudonymised student results and aggregates,
   kept three months: past its keep-until, deletion not confirmed (the log's reminder).
3. T-6, FLN MoU: everything its terms allow, for the latest round.
4. T-2, the FLN partner makes a package of the boys and girls enrolled in one cluster's schools in
   that round; it is imported when the demo is made, like the demo's own imports.

The FLN MoU's terms gain pseudonymised results kept three months: with twelve months for its
school directory, no package could be past its keep-until while the MoU (340 days old) runs.
Rounds are those ended before the entry's day; where none had, the entries about rounds are left out.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from db.audit import SEED_KEY
from db.models import (
    AssessmentRound,
    ExchangeKey,
    ExchangeLogEntry,
    Mou,
    MouDataShare,
    MouPartner,
    Organisation,
    Person,
    ResultSummary,
)
from desktop.services.demo_exchange_entries import (
    RESULTS,
    export_entry,
    moment,
    partner_return,
    record_erasure,
)
from desktop.services.exchange.catalogue import CATEGORIES
from desktop.services.exchange.fingerprints import encode_public_key, fingerprint
from desktop.services.exchange.key_storage import encrypted_pem

DEMO_KEY_PASSPHRASE = "kaveri-demo-key"
OFFICE_KEY_LABEL = f"Demo office key: its passphrase is {DEMO_KEY_PASSPHRASE}"
FLN_REFERENCE = "DDPI/KVD/MOU/2025/03"
COMMUNITY_REFERENCE = "DDPI/KVD/MOU/2025/07"
RESULTS_PURPOSE = "Form reading groups from each student's results"
RESULTS_KEEP_MONTHS = 3
OPERATOR_DESIGNATION = "District Education Officer (DEO)"


def add_demo_exchange(session: Session, today: date, rng: random.Random) -> int:
    """Keys, the FLN MoU's results terms, three exports (one deleted, one past its keep-until) and a
    partner's return, in the open transaction; needs the demo's MoUs and rounds. Returns how many
    log entries it added."""
    session.info[SEED_KEY] = True  # generated data, not anyone's change: not audited
    try:
        return _add(session, today, rng)
    finally:
        session.info.pop(SEED_KEY, None)


def _add(session: Session, today: date, rng: random.Random) -> int:
    fln = session.scalar(select(Mou).where(Mou.reference == FLN_REFERENCE))
    community = session.scalar(select(Mou).where(Mou.reference == COMMUNITY_REFERENCE))
    if fln is None or community is None:
        return 0
    operator = (
        session.scalar(
            select(Person.name).where(Person.designation == OPERATOR_DESIGNATION).order_by(Person.id).limit(1)
        )
        or "demo"
    )
    _allow_results(session, fln.id)
    partner = _first_partner(session, fln.id)
    signer = _office_key(session, rng, operator, moment(today - timedelta(days=190), time(10, 52)))
    partner_signer = _partner_key(session, rng, partner.id, operator, today - timedelta(days=30))

    def export(
        days_ago: int, mou: Mou, categories: tuple[str, ...], rounds: list[int] | None
    ) -> ExchangeLogEntry:
        day = today - timedelta(days=days_ago)
        return export_entry(session, rng, mou.id, day, categories, rounds, signer, operator)

    directory = export(190, community, ("school_directory",), None)
    record_erasure(
        session, directory, today - timedelta(days=20), _signs_for(_first_partner(session, community.id))
    )
    made = [directory]
    if early := _ended_rounds(session, today - timedelta(days=126)):
        made.append(export(126, fln, (RESULTS, "assessment_aggregates"), early[:1]))
    recent = _ended_rounds(session, today - timedelta(days=6))
    allowed = tuple(code for code in CATEGORIES if code in _shared(session, fln.id))
    made.append(export(6, fln, allowed if recent else ("school_directory",), recent[-1:] or None))
    if recent:
        return_day = today - timedelta(days=2)
        made.append(
            partner_return(session, rng, fln, partner, recent[-1], return_day, partner_signer, operator)
        )
    return len(made)


def _first_partner(session: Session, mou_id: int) -> Organisation:
    partner = session.scalar(
        select(Organisation).join(MouPartner).where(MouPartner.mou_id == mou_id).order_by(MouPartner.id)
    )
    assert partner is not None, "every demo MoU has a partner"
    return partner


def _signs_for(partner: Organisation) -> str:
    """Who confirms a deletion for the partner: its contact person, as Director."""
    return f"{partner.contact_person or 'The Director'}, Director, {partner.name}"


def _allow_results(session: Session, mou_id: int) -> None:
    session.execute(
        insert(MouDataShare).values(
            mou_id=mou_id, category=RESULTS, purpose=RESULTS_PURPOSE, keep_months=RESULTS_KEEP_MONTHS
        )
    )


def _shared(session: Session, mou_id: int) -> set[str]:
    return set(session.scalars(select(MouDataShare.category).where(MouDataShare.mou_id == mou_id)))


def _ended_rounds(session: Session, day: date) -> list[int]:
    """Rounds with results that ended before ``day``, oldest first."""
    with_results = select(ResultSummary.round_id).where(ResultSummary.round_id == AssessmentRound.id).exists()
    ended = func.coalesce(AssessmentRound.end_date, AssessmentRound.start_date)
    return list(
        session.scalars(
            select(AssessmentRound.id)
            .where(ended < day, with_results)
            .order_by(AssessmentRound.start_date, AssessmentRound.id)
        )
    )


# --- keys ---------------------------------------------------------------------------------------


def _office_key(session: Session, rng: random.Random, operator: str, created_at: datetime) -> str:
    """The office's signing key, its private half encrypted with the demo passphrase (as
    ``keys.create_own_key`` keeps it where there is no keyring). Returns its fingerprint."""
    private = Ed25519PrivateKey.from_private_bytes(rng.randbytes(32))
    public = private.public_key().public_bytes_raw()
    session.add(
        ExchangeKey(
            owner="office",
            label=OFFICE_KEY_LABEL,
            public_key=encode_public_key(public),
            fingerprint=fingerprint(public),
            storage="passphrase",
            private_key_pem=encrypted_pem(private, DEMO_KEY_PASSPHRASE),
            created_at=created_at,
            created_by=operator,
        )
    )
    return fingerprint(public)


def _partner_key(session: Session, rng: random.Random, organisation_id: int, operator: str, day: date) -> str:
    """A partner's public key, registered from its receipt (the private half is the partner's:
    not kept anywhere). Returns its fingerprint."""
    public = Ed25519PrivateKey.from_private_bytes(rng.randbytes(32)).public_key().public_bytes_raw()
    session.add(
        ExchangeKey(
            owner="partner",
            organisation_id=organisation_id,
            label=f"From their hand-over receipt of {day:%d/%m/%Y}",
            public_key=encode_public_key(public),
            fingerprint=fingerprint(public),
            created_at=moment(day, time(12, 15)),
            created_by=operator,
        )
    )
    return fingerprint(public)
