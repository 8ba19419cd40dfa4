"""All models, imported here so ``Base.metadata`` is complete wherever it is used."""

from db.models.audit import AuditEntry
from db.models.base import Audited, Base
from db.models.directory import Office, Organisation, Person
from db.models.dispatch import CopyToList, DispatchEntry, DispatchSeries, DocumentTemplate
from db.models.files import StoredFile
from db.models.geography import Block, Cluster, District, School
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

__all__ = [
    "AuditEntry",
    "Audited",
    "Base",
    "Block",
    "Cluster",
    "CopyToList",
    "DispatchEntry",
    "DispatchSeries",
    "District",
    "DocumentTemplate",
    "Mou",
    "MouAmendment",
    "MouAttachment",
    "MouCoverage",
    "MouDataShare",
    "MouObligation",
    "MouPartner",
    "MouSignatory",
    "Office",
    "Organisation",
    "Person",
    "School",
    "StoredFile",
]
