"""Printing an MoU, its default clause text, and the letter authorising the partner in schools.

The MoU's own text is body markup with placeholders (``{partner}``, ``{start_date}``, …) filled
from the MoU when it is printed; an unknown placeholder or unprintable markup is refused, naming
it, before anything is laid out. The authorisation letter is a circular (one copy per covered
school) built from the built-in template "MoU authorisation" and issued like any other.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Block, Cluster, District, Mou, MouPartner, Office, Organisation, School
from desktop.documents.circular import Signatory
from desktop.documents.fonts import has_script
from desktop.documents.markup import MarkupError, parse_body
from desktop.documents.mou_document import (
    Amendment,
    CoverageText,
    CoveredSchool,
    DataTerm,
    Duty,
    MouDocument,
    Party,
    Signature,
    render_mou,
)
from desktop.documents.mou_labels import MOU_LABELS, data_words, focus_words
from desktop.documents.placeholders import MissingValueError, TemplateError, check, fill
from desktop.resources import resource_path
from desktop.services.circulars import CircularDraft, letterhead_for
from desktop.services.database import Database
from desktop.services.disk import write_file
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.i18n import translate
from desktop.services.mous.coverage import (
    coverage_of,
    covered_block_ids,
    covered_school_ids,
    district_of_office,
)
from desktop.services.mous.parts import DataShareInput, data_share_inputs
from desktop.services.mous.register import detail_of
from desktop.services.mous.vocabulary import DATA_CATEGORIES, focus_label, status_word
from desktop.services.recipients import SchoolSelection, school_recipients
from desktop.services.records import get_or_raise

# What an MoU's text may name; each is filled from the MoU itself.
MOU_PLACEHOLDERS = ("partner", "office", "focus", "start_date", "end_date", "reference", "title", "district")
AUTHORISATION_KEY = "mou_authorisation"
_SCRIPT = {"kn": "kannada", "hi": "devanagari", "mr": "devanagari"}
_NOTHING_SHARED = {"en": "none", "kn": "ಯಾವುದೂ ಇಲ್ಲ", "hi": "कोई नहीं", "mr": "काहीही नाही"}


def local_name(name: str, name_local: str | None, language: str) -> str:
    """The regional name when one is recorded in the language's script, else the English one."""
    script = _SCRIPT.get(language)
    return name_local if script and name_local and has_script(name_local, script) else name


# --- the default clause text -------------------------------------------------------------------


@cache
def _default_texts() -> dict[str, str]:
    return json.loads(resource_path("templates", "mou_text.json").read_text(encoding="utf-8"))


def default_mou_text(language: str) -> str:
    """The clauses a new MoU starts from, in ``language``, with its placeholders left in."""
    texts = _default_texts()
    if language not in texts:
        raise ValidationError.single(
            "language",
            translate("MoUs", "There is no default MoU text in '{language}'.").format(language=language),
        )
    return texts[language]


# --- the MoU document --------------------------------------------------------------------------


def _partners(session: Session, mou_id: int) -> list[Organisation]:
    return list(
        session.scalars(
            select(Organisation).join(MouPartner).where(MouPartner.mou_id == mou_id).order_by(MouPartner.id)
        )
    )


def _coverage_text(session: Session, mou: Mou, language: str) -> CoverageText:
    coverage = coverage_of(session, mou)
    if coverage.whole_district:
        district = session.get(District, district_of_office(session, session.get(Office, mou.office_id)))
        name = local_name(district.name, district.name_local, language) if district else ""
        return CoverageText(True, name, len(covered_school_ids(session, mou)))
    blocks = {b.id: b for b in session.scalars(select(Block))}
    clusters = [session.get(Cluster, i) for i in coverage.cluster_ids]
    schools = sorted((session.get(School, i) for i in coverage.school_ids), key=lambda s: s.udise_code)

    def block(block_id: int) -> str:
        return local_name(blocks[block_id].name, blocks[block_id].name_local, language)

    return CoverageText(
        blocks=tuple(sorted(block(i) for i in coverage.block_ids)),
        clusters=tuple(
            f"{local_name(c.name, c.name_local, language)} ({block(c.block_id)})" for c in clusters if c
        ),
        schools=tuple(
            CoveredSchool(
                s.udise_code,
                local_name(s.name, s.name_local, language),
                block(s.block_id),
                _cluster_name(session, s.cluster_id, language),
            )
            for s in schools
        ),
    )


def _cluster_name(session: Session, cluster_id: int | None, language: str) -> str | None:
    cluster = session.get(Cluster, cluster_id) if cluster_id else None
    return local_name(cluster.name, cluster.name_local, language) if cluster else None


def _own_script(record: Office | Organisation, language: str) -> str | None:
    """The regional name, printed under the English one, when it is in the MoU's script."""
    name = local_name(record.name, record.name_local, language)
    return name if name != record.name else None


def _fill_text(text: str, values: dict[str, str], reference: str) -> str:
    """The MoU's clauses with their placeholders filled; refused with every problem named."""
    try:
        check({"MoU text": text}, MOU_PLACEHOLDERS)
        parse_body(text)
        return fill(text, values, f"MoU {reference}")
    except (TemplateError, MissingValueError) as exc:
        raise ValidationError.single("text", exc.message) from exc
    except MarkupError as exc:
        raise ValidationError.single(
            "text",
            translate("MoUs", "MoU text, {problem}").format(problem=exc.message[0].lower() + exc.message[1:]),
        ) from exc


def mou_document(db: Database, mou_id: int) -> MouDocument:
    """Everything the printed MoU shows, read in one go, in the MoU's language."""
    with db.reading() as session:
        mou = get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU"))
        detail, language = detail_of(session, mou), mou.language
        office = get_or_raise(session, Office, mou.office_id, translate("Offices", "Office"))
        partners = _partners(session, mou_id)
        office_name = local_name(office.name, office.name_local, language)
        partner_names = {p.id: local_name(p.name, p.name_local, language) for p in partners}
        all_partners = ", ".join(partner_names.values())
        district = session.get(District, district_of_office(session, office))
        coverage = _coverage_text(session, mou, language)
    data = detail.data
    label = focus_words(language, data.focus, focus_label(data.focus, data.focus_other))
    values = {
        "partner": all_partners,
        "office": office_name,
        "focus": label,
        "start_date": f"{data.start_date:%d/%m/%Y}",
        "end_date": f"{data.end_date:%d/%m/%Y}",
        "reference": data.reference,
        "title": data.title,
        "district": local_name(district.name, district.name_local, language) if district else "",
    }
    text = _fill_text(data.text, values, data.reference)
    letterhead = letterhead_for(db, office.id)
    party_name = {"district": office_name, "partner": all_partners}
    return MouDocument(
        letterhead=letterhead,
        reference=data.reference,
        title=data.title,
        parties=(
            Party(office.name, "district", office.address, _own_script(office, language)),
            *(Party(p.name, "partner", p.address, _own_script(p, language)) for p in partners),
        ),
        focus=data.focus,
        focus_label=focus_label(data.focus, data.focus_other),
        start_date=data.start_date,  # type: ignore[arg-type]  # required on save
        end_date=data.end_date,  # type: ignore[arg-type]
        language=language,
        text=text,
        objectives=data.objectives,
        coverage=coverage,
        duties=tuple(
            Duty(party_name[o.party], o.description, o.kind, o.owner, o.due_date, o.frequency, o.indicator)
            for o in data.obligations
        ),
        data_terms=tuple(
            DataTerm(d.category, DATA_CATEGORIES[d.category], d.purpose, d.keep_months)
            for d in data.data_shares
        ),
        amendments=tuple(
            Amendment(a.version, a.effective_from, a.summary, a.new_end_date) for a in detail.amendments
        ),
        funding_amount=data.funding_amount if data.funded else None,
        signatures=tuple(
            Signature(
                s.name,
                s.designation,
                partner_names.get(s.organisation_id or 0, all_partners)
                if s.party == "partner"
                else office_name,
                s.signed_on,
            )
            for s in data.signatories
        ),
        draft=detail.status in ("draft", "under_review"),
    )


def mou_pdf(db: Database, mou_id: int) -> bytes:
    """The MoU as a PDF, ready to print or sign."""
    return render_mou(mou_document(db, mou_id))


def save_mou_pdf(db: Database, mou_id: int, path: Path) -> Path:
    """Write the MoU's PDF to ``path``, whole or not at all."""
    write_file(path, mou_pdf(db, mou_id))
    return path


# --- the authorisation letter ------------------------------------------------------------------


@cache
def _authorisation_texts() -> dict[str, dict[str, str]]:
    shipped = json.loads(resource_path("templates", "circulars.json").read_text(encoding="utf-8"))
    return next(t["texts"] for t in shipped if t["key"] == AUTHORISATION_KEY)


def _school_selection(session: Session, mou: Mou) -> SchoolSelection:
    coverage = coverage_of(session, mou)
    if coverage.whole_district:
        district_id = district_of_office(session, session.get(Office, mou.office_id))
        return SchoolSelection(
            block_ids=tuple(session.scalars(select(Block.id).where(Block.district_id == district_id)))
        )
    return SchoolSelection(
        block_ids=coverage.block_ids, cluster_ids=coverage.cluster_ids, school_ids=coverage.school_ids
    )


def authorisation_selection(db: Database, mou_id: int) -> SchoolSelection:
    """The schools an authorisation letter for the MoU goes to, as a school choice."""
    with db.reading() as session:
        return _school_selection(session, get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU")))


def authorisation_draft(
    db: Database, mou_id: int, *, language: str, signatory: Signatory, issued_on: date, section: str = ""
) -> CircularDraft:
    """A circular to every school the MoU covers, authorising the partner to work there, with
    copies to the BEOs of the covered blocks and to the partner(s). Only for a signed or active MoU;
    issue it with :func:`desktop.services.circulars.issue_circular`."""
    texts = _authorisation_texts()
    if language not in texts:
        names = ", ".join(texts)
        raise ValidationError.single(
            "language",
            translate("MoUs", "The MoU authorisation letter is available in {names}.").format(names=names),
        )
    with db.reading() as session:
        mou = get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU"))
        if mou.status not in ("signed", "active"):
            raise ConflictError(
                translate(
                    "MoUs",
                    "MoU {reference} is {status}; "
                    "schools are sent an authorisation letter only once the MoU is signed or active.",
                ).format(reference=mou.reference, status=status_word(mou.status))
            )
        selection = _school_selection(session, mou)
        partners = _partners(session, mou_id)
        offices = session.scalars(
            select(Office)
            .where(Office.kind == "BEO", Office.block_id.in_(covered_block_ids(session, mou)))
            .order_by(Office.name)
        ).all()
        copy_to = [local_name(o.name, o.name_local, language) for o in offices]
        copy_to += [
            ", ".join(filter(None, (local_name(p.name, p.name_local, language), p.address))) for p in partners
        ]
        shares = data_share_inputs(session, mou.id)
        fields = _authorisation_fields(mou, partners, shares, language)
        office_id = mou.office_id
    recipients = tuple(school_recipients(db, selection))
    if not recipients:
        raise ConflictError(
            translate("MoUs", "MoU {reference} covers no school today; there is no one to write to.").format(
                reference=fields["mou_reference"]
            )
        )
    text = texts[language]
    kind = MOU_LABELS[language]["kind"]
    return CircularDraft(
        office_id=office_id,
        issued_on=issued_on,
        language=language,
        subject=text["subject"],
        body=text["body"],
        recipients=recipients,
        signatory=signatory,
        section=section,
        references=(f"{kind}: {fields['mou_reference']} ({fields['start_date']} – {fields['end_date']})",),
        copy_to=tuple(copy_to),
        fields=fields,
        template_name=text["name"],
    )


def _authorisation_fields(
    mou: Mou, partners: list[Organisation], shares: Sequence[DataShareInput], language: str
) -> dict[str, str]:
    """The template's own fields, in the letter's language."""
    allowed = "; ".join(data_words(language, s.category, DATA_CATEGORIES[s.category]) for s in shares)
    return {
        "mou_reference": mou.reference,
        "partner": ", ".join(local_name(p.name, p.name_local, language) for p in partners),
        "focus": focus_words(language, mou.focus, focus_label(mou.focus, mou.focus_other)),
        "start_date": f"{mou.start_date:%d/%m/%Y}",
        "end_date": f"{mou.end_date:%d/%m/%Y}",
        "data_allowed": allowed or _NOTHING_SHARED[language],
    }
