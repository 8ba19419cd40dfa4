"""What cancelling an invitation or certificate in the dispatch register undoes: the nominees it
marked invited go back to selected, those it marked recognised back to attended, so that a new
letter or certificate can be issued to them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import DispatchEntry, RecognitionNomination
from desktop.services.errors import ConflictError
from desktop.services.i18n import translate
from desktop.services.recognition.nominees import nominees_of
from desktop.services.recognition.vocabulary import STATUSES


def release_nominations(session: Session, entry: DispatchEntry) -> None:
    """Undo what ``entry`` (being cancelled) marked on nominations; refuse when attendance was
    already recorded against a cancelled invitation, since the letter it answered would vanish."""
    invited = list(
        session.scalars(
            select(RecognitionNomination).where(RecognitionNomination.invitation_entry_id == entry.id)
        )
    )
    # A nominee withdrawn after the letter stays withdrawn; attendance recorded against it stays.
    moved_on = [nomination for nomination in invited if nomination.status in ("attended", "recognised")]
    if moved_on:
        names = nominees_of(session, moved_on)
        listed = ", ".join(
            f"{names[n.id].name} ({translate('Recognition', STATUSES[n.status]).lower()})" for n in moved_on
        )
        raise ConflictError(
            translate(
                "Recognition",
                "{number} cannot be cancelled: attendance or later steps are already recorded against it "
                "for {nominees}, so the letter stays issued.",
            ).format(number=entry.number, nominees=listed)
        )
    for nomination in (n for n in invited if n.status == "invited"):
        nomination.status = "selected"
        nomination.invited_on = None
        nomination.invitation_entry_id = None
    recognised = session.scalars(
        select(RecognitionNomination).where(
            RecognitionNomination.certificate_entry_id == entry.id,
            RecognitionNomination.status == "recognised",
        )
    )
    for nomination in recognised:
        nomination.status = "attended"
        nomination.recognised_on = None
        nomination.certificate_entry_id = None
        nomination.certificate_number = None
