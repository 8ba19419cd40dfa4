"""What a printed MoU shows, as plain values: built by the MoU service, laid out by
:mod:`desktop.documents.mou_document`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.documents.letterhead import Letterhead


@dataclass(frozen=True)
class Party:
    name: str
    role: str  # "district" or "partner"
    address: str | None = None
    name_local: str | None = None  # printed under the name when the MoU is in its language


@dataclass(frozen=True)
class CoveredSchool:
    udise_code: str
    name: str
    block: str
    cluster: str | None = None


@dataclass(frozen=True)
class CoverageText:
    whole_district: bool = False
    district: str = ""
    school_count: int = 0  # every school covered, for the whole-district sentence
    blocks: tuple[str, ...] = ()
    clusters: tuple[str, ...] = ()  # "Cluster (Block)"
    schools: tuple[CoveredSchool, ...] = ()


@dataclass(frozen=True)
class Duty:
    """A responsibility or a deliverable of one party."""

    party: str  # the party's name as printed
    description: str
    kind: str = "responsibility"
    owner: str | None = None
    due_date: date | None = None
    frequency: str | None = None
    indicator: str | None = None


@dataclass(frozen=True)
class DataTerm:
    category: str  # a code of DATA_CATEGORIES
    label: str  # its English label, printed when the language has no word for it
    purpose: str
    keep_months: int


@dataclass(frozen=True)
class Amendment:
    version: int
    effective_from: date
    summary: str
    new_end_date: date | None = None


@dataclass(frozen=True)
class Signature:
    name: str
    designation: str
    party: str  # the name of the office or organisation signed for
    signed_on: date | None = None


@dataclass(frozen=True)
class MouDocument:
    letterhead: Letterhead
    reference: str
    title: str
    parties: tuple[Party, ...]
    focus: str  # a code of FOCUS_AREAS
    focus_label: str  # the English label (or the custom description)
    start_date: date
    end_date: date
    language: str = "en"
    text: str = ""  # the clauses in body markup, placeholders already filled
    objectives: str | None = None
    coverage: CoverageText = CoverageText()
    duties: tuple[Duty, ...] = ()
    data_terms: tuple[DataTerm, ...] = ()
    amendments: tuple[Amendment, ...] = ()
    funding_amount: int | None = None  # None: non-financial
    signatures: tuple[Signature, ...] = ()
    draft: bool = False  # not signed yet: marked DRAFT on every page
