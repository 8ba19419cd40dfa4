"""The publicity summary of a cycle: a press note the office can share with local media, saying
who was recognised (or, before the event, selected) and why.

Why is the first nominator's justification, shortened to about 300 characters at a word; a
sentence of it giving a phone number or e-mail address is left out. Nobody's contact details are
printed, the office's own phone and e-mail (on its letterhead elsewhere) included.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select

from db.models import RecognitionCriterion, RecognitionNomination, RecognitionNominator, RecognitionReviewer
from desktop.documents.letterhead import Letterhead
from desktop.documents.publicity_summary import PublicityEntry, PublicitySummary, render_publicity_summary
from desktop.services.circulars import letterhead_for
from desktop.services.database import Database
from desktop.services.disk import write_file
from desktop.services.errors import ValidationError
from desktop.services.i18n import translate
from desktop.services.recognition.printed import (
    cycle_and_programme,
    cycle_title,
    printed_nominees,
    require_details,
)
from desktop.services.recognition.vocabulary import HOLDS_PLACE

REASON_LENGTH = 300
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Indian mobile numbers (with or without +91 / 0) and landlines with their STD code.
_PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)?91[\s-]?|0)?(?:[6-9]\d{4}[\s-]?\d{5}|\d{2,4}[\s-]\d{6,8})(?!\w)")
_SENTENCE_END = re.compile(r"(?<=[.!?।])\s+")


def without_contacts(text: str) -> str:
    """``text`` without the sentences that give a phone number or an e-mail address: in a press
    note such a sentence ("call her on …") says nothing once the number is taken out."""
    sentences = _SENTENCE_END.split(" ".join(text.split()))
    return " ".join(s for s in sentences if not (_PHONE.search(s) or _EMAIL.search(s)))


def shortened(text: str, limit: int = REASON_LENGTH) -> str:
    """``text`` on one line, cut at the last word that ends within ``limit`` characters, with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    kept = text[: cut if cut > 0 else limit].rstrip(" ,;:-–—")
    return kept + "…"


def publicity_summary(db: Database, cycle_id: int) -> PublicitySummary:
    """What the press note shows. Refused until someone has been selected."""
    with db.reading() as session:
        cycle, programme = cycle_and_programme(session, cycle_id)
        require_details(
            cycle, programme, ("office_id",), translate("Recognition", "preparing its publicity summary")
        )
        nominations = list(
            session.scalars(select(RecognitionNomination).where(RecognitionNomination.cycle_id == cycle.id))
        )
        holders = [n for n in nominations if n.status in HOLDS_PLACE]
        if not holders:
            raise ValidationError.single(
                "cycle",
                translate(
                    "Recognition",
                    "Nobody has been selected in {cycle} yet; "
                    "the publicity summary names those selected or recognised.",
                ).format(cycle=cycle_title(cycle, programme)),
            )
        recognised = [n for n in holders if n.status == "recognised"]
        listed = recognised or holders
        justification: dict[int, str] = {}
        for nominator in session.scalars(
            select(RecognitionNominator)
            .where(RecognitionNominator.nomination_id.in_([n.id for n in listed]))
            .order_by(RecognitionNominator.nominated_on, RecognitionNominator.id)
        ):
            if nominator.justification.strip():
                justification.setdefault(nominator.nomination_id, nominator.justification)
        nominees = sorted(
            printed_nominees(session, listed, programme.language),
            key=lambda n: (n.name.casefold(), n.nomination_id),
        )
        reviewers = session.scalar(
            select(func.count())
            .select_from(RecognitionReviewer)
            .where(RecognitionReviewer.cycle_id == cycle.id)
        )
        criteria = tuple(
            session.scalars(
                select(RecognitionCriterion.name)
                .where(RecognitionCriterion.programme_id == programme.id)
                .order_by(RecognitionCriterion.position, RecognitionCriterion.id)
            )
        )
        office_id = cycle.office_id
        assert office_id is not None
        summary = PublicitySummary(
            letterhead=Letterhead(""),  # read below, outside this reading
            programme=programme.name,
            programme_local=programme.name_local,
            purpose=programme.purpose or None,
            cycle=cycle.name,
            event_date=cycle.event_date,
            event_time=cycle.event_time,
            venue=cycle.venue,
            venue_local=cycle.venue_local,
            nominations=len(nominations),
            reviewers=int(reviewers or 0),
            criteria=criteria,
            places=cycle.places,
            selected=len(holders),
            recognised=len(recognised),
            entries=tuple(
                PublicityEntry(
                    name=nominee.name,
                    name_local=nominee.name_local,
                    description=nominee.description,
                    block=nominee.block,
                    category=nominee.category,
                    reason=_reason(justification.get(nominee.nomination_id)),
                )
                for nominee in nominees
            ),
        )
    letterhead = replace(letterhead_for(db, office_id), contact=None)
    return replace(summary, letterhead=letterhead)


def _reason(justification: str | None) -> str | None:
    """The justification as the press note prints it; None when nothing printable is left."""
    if justification is None:
        return None
    return shortened(without_contacts(justification)) or None


def publicity_summary_pdf(db: Database, cycle_id: int) -> bytes:
    """The press note as a PDF on the issuing office's letterhead."""
    return render_publicity_summary(publicity_summary(db, cycle_id))


def save_publicity_summary(db: Database, cycle_id: int, path: Path) -> Path:
    """Write the press note to ``path``, whole or not at all."""
    write_file(path, publicity_summary_pdf(db, cycle_id))
    return path
