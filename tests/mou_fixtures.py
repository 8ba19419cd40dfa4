"""Building MoUs on the demo district for the MoU tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.services import geography, offices, organisations, people
from desktop.services.database import Database
from desktop.services.mous.coverage import Coverage
from desktop.services.mous.parts import DataShareInput, ObligationInput, SignatoryInput
from desktop.services.mous.register import MouInput

TODAY = date(2026, 11, 23)


def ddpi(db: Database) -> int:
    return next(o.id for o in offices.list_offices(db) if o.kind == "DDPI")


def partner(db: Database, index: int = 0) -> int:
    return organisations.list_organisations(db)[index].id


def mou_input(db: Database, **changes: object) -> MouInput:
    blocks = geography.list_blocks(db)
    data = MouInput(
        reference="DDPI/KVD/MOU/2026/01",
        title="Foundational literacy and numeracy in two blocks",
        office_id=ddpi(db),
        partner_ids=(partner(db),),
        focus="fln",
        start_date=date(2026, 6, 1),
        end_date=date(2027, 5, 31),
        objectives="Every child in Grade 3 reads with understanding.",
        nodal_officer_id=people.search_person_ids(db, "")[0],
        coverage=Coverage(block_ids=(blocks[0].id, blocks[1].id)),
        signatories=(
            SignatoryInput("Savitha K. Patil", "Deputy Director of Public Instruction", "district"),
            SignatoryInput("Ramesh Gowda", "Executive Director", "partner", partner(db)),
        ),
        obligations=(
            ObligationInput("district", "Share the school directory of both blocks", owner="DDPI office"),
            ObligationInput(
                "partner",
                "Baseline report",
                kind="deliverable",
                owner="Programme lead",
                due_date=date(2026, 9, 30),
                indicator="% of students achieving reading competencies as per state goals",
            ),
        ),
        data_shares=(
            DataShareInput("school_directory", "Plan school visits", 12),
            DataShareInput("student_results_pseudonymised", "Measure change in reading levels", 24),
        ),
    )
    return replace(data, **changes)


def signed_by_all(data: MouInput, on: date) -> MouInput:
    return replace(data, signatories=tuple(replace(s, signed_on=on) for s in data.signatories))
