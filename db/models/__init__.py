"""All models, imported here so ``Base.metadata`` is complete wherever it is used."""

from db.models.audit import AuditEntry
from db.models.base import Audited, Base
from db.models.baseline import (
    AssessmentRound,
    ImportBatch,
    ImportBatchChange,
    ImportProfile,
    LevelScheme,
    ResultSummary,
    SchoolAlias,
    SchoolIndicator,
    StudentResult,
)
from db.models.directory import Office, Organisation, Person
from db.models.dispatch import CopyToList, DispatchEntry, DispatchSeries, DocumentTemplate
from db.models.exchange import ExchangeErasure, ExchangeKey, ExchangeLogEntry, MouExchangeSecret
from db.models.files import StoredFile
from db.models.geography import Block, Cluster, District, School
from db.models.governance import Body, BodyMembership, Holiday, OfficeCalendar
from db.models.meetings import (
    ActionItem,
    ActionItemEvent,
    AgendaItem,
    Attendance,
    Meeting,
    MinutesCorrection,
)
from db.models.mou import (
    Mou,
    MouAmendment,
    MouAttachment,
    MouCoverage,
    MouDataShare,
    MouObligation,
    MouPartner,
    MouSignatory,
)
from db.models.recognition import (
    RecognitionCriterion,
    RecognitionCycle,
    RecognitionEvidence,
    RecognitionNomination,
    RecognitionNominator,
    RecognitionProgramme,
    RecognitionReviewer,
    RecognitionScore,
)

__all__ = [
    "ActionItem",
    "ActionItemEvent",
    "AgendaItem",
    "AssessmentRound",
    "Attendance",
    "AuditEntry",
    "Audited",
    "Base",
    "Block",
    "Body",
    "BodyMembership",
    "Cluster",
    "CopyToList",
    "DispatchEntry",
    "DispatchSeries",
    "District",
    "DocumentTemplate",
    "ExchangeErasure",
    "ExchangeKey",
    "ExchangeLogEntry",
    "Holiday",
    "ImportBatch",
    "ImportBatchChange",
    "ImportProfile",
    "LevelScheme",
    "Meeting",
    "MinutesCorrection",
    "Mou",
    "MouAmendment",
    "MouAttachment",
    "MouCoverage",
    "MouDataShare",
    "MouExchangeSecret",
    "MouObligation",
    "MouPartner",
    "MouSignatory",
    "Office",
    "OfficeCalendar",
    "Organisation",
    "Person",
    "RecognitionCriterion",
    "RecognitionCycle",
    "RecognitionEvidence",
    "RecognitionNomination",
    "RecognitionNominator",
    "RecognitionProgramme",
    "RecognitionReviewer",
    "RecognitionScore",
    "ResultSummary",
    "School",
    "SchoolAlias",
    "SchoolIndicator",
    "StoredFile",
    "StudentResult",
]
