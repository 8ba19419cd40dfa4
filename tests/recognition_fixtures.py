"""A small district for the recognition tests: one block, cluster and school, three offices, an
NGO, and people of every kind of nominee (Kannada names included), with a programme made from a
shipped template and a cycle whose windows lie around TODAY (23/11/2026).

Stable for every recognition test module to import:

- ``make_world(db) -> World``: the records above; ``World`` holds their ids.
- ``make_programme(db, key)``: a programme from a template ("coffee_with_collector" by default).
- ``cycle_input(programme_id, world, **changes)`` and ``make_cycle(db, programme_id, world, **changes)``:
  a cycle with the fixed windows below (nominations open on TODAY, review after them, event last).
- ``nominate_person(db, cycle_id, person_id, by=..., ...)``: a nomination by a person, dated TODAY.
- ``set_status(db, nomination_id, status, on)`` and ``give_score(db, nomination_id, person_id,
  criterion_id, level)``: shortcuts written straight to the tables, for tests of other rules
  (they skip the status and scoring rules, which have services and tests of their own).
- ``row_counts(db)``: rows per recognition table (and people, stored files), to show that a
  refused action changed nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time

from sqlalchemy import func, select

from db.models import (
    Person,
    RecognitionCriterion,
    RecognitionCycle,
    RecognitionEvidence,
    RecognitionNomination,
    RecognitionNominator,
    RecognitionProgramme,
    RecognitionReviewer,
    RecognitionScore,
    StoredFile,
)
from desktop.services import geography, offices, organisations, people, schools
from desktop.services.database import Database
from desktop.services.recognition.cycles import CycleInput, CycleRow, create_cycle
from desktop.services.recognition.nominations import (
    NominationInput,
    NominationRow,
    NominatorChoice,
    NomineeChoice,
    nominate,
)
from desktop.services.recognition.programmes import ProgrammeRow, create_from_template

TODAY = date(2026, 11, 23)
NOMINATIONS_OPEN = date(2026, 11, 1)
NOMINATIONS_CLOSE = date(2026, 11, 25)
REVIEW_OPENS = date(2026, 11, 26)
REVIEW_CLOSES = date(2026, 12, 10)
REVIEW_DAY = date(2026, 12, 1)  # a day inside the review window
EVENT_DATE = date(2026, 12, 18)
EVENT_TIME = time(10, 30)
JUSTIFICATION = (
    "Ran reading camps every Saturday for a year; the share of Grade 3 children reading a paragraph "
    "rose from 30% to 55%."
)


@dataclass(frozen=True)
class World:
    district_id: int
    block_id: int  # Badami
    cluster_id: int  # Kerur, in Badami
    school_id: int  # GHPS Kerur, in Kerur cluster
    collector_office_id: int
    ddpi_office_id: int
    beo_office_id: int  # in Badami block
    ngo_id: int
    collector_id: int  # District Collector (official)
    ddpi_id: int  # DDPI (official)
    beo_id: int  # Block Education Officer (block_officer)
    brp_id: int  # Block Resource Person (brp)
    crp_id: int  # Cluster Resource Person (crp), of the BEO office
    headmaster_id: int  # at GHPS Kerur
    teacher_id: int  # at GHPS Kerur
    student_id: int  # at GHPS Kerur
    ngo_director_id: int  # designation of no nominee kind


def _person(db: Database, name: str, designation: str, name_local: str | None = None, **where: int) -> int:
    return people.create_person(db, people.PersonInput(name, designation, name_local=name_local, **where)).id


def make_world(db: Database) -> World:
    district = geography.create_district(
        db, geography.DistrictInput("Bagalkot", "Karnataka", "2902", name_local="ಬಾಗಲಕೋಟೆ")
    )
    block = geography.create_block(db, geography.BlockInput(district.id, "Badami", "ಬಾದಾಮಿ"))
    cluster = geography.create_cluster(db, geography.ClusterInput(block.id, "Kerur", "ಕೆರೂರು"))
    school = schools.create_school(
        db,
        schools.SchoolInput(
            "29020100101",
            "GHPS Kerur",
            block.id,
            cluster.id,
            name_local="ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಕೆರೂರು",
        ),
    )
    collector_office = offices.create_office(
        db,
        offices.OfficeInput(
            "Office of the Deputy Commissioner, Bagalkot",
            "Collector's office",
            "DC/BGK",
            district_id=district.id,
        ),
    )
    ddpi_office = offices.create_office(
        db, offices.OfficeInput("DDPI Office, Bagalkot", "DDPI", "DDPI/BGK", district_id=district.id)
    )
    beo_office = offices.create_office(
        db, offices.OfficeInput("BEO Office, Badami", "BEO", "BEO/BDM", block_id=block.id)
    )
    ngo = organisations.create_organisation(db, organisations.OrganisationInput("Shikshana Trust", "NGO"))
    return World(
        district_id=district.id,
        block_id=block.id,
        cluster_id=cluster.id,
        school_id=school.id,
        collector_office_id=collector_office.id,
        ddpi_office_id=ddpi_office.id,
        beo_office_id=beo_office.id,
        ngo_id=ngo.id,
        collector_id=_person(db, "Meena Rao", "District Collector", "ಮೀನಾ ರಾವ್", office_id=collector_office.id),
        ddpi_id=_person(
            db, "Savitha K. Patil", "Deputy Director of Public Instruction (DDPI)", office_id=ddpi_office.id
        ),
        beo_id=_person(db, "Basavaraj Angadi", "Block Education Officer (BEO)", office_id=beo_office.id),
        brp_id=_person(db, "Shivaprasad Hiremath", "Block Resource Person (BRP)", office_id=beo_office.id),
        crp_id=_person(
            db, "Manjunath Hosamani", "Cluster Resource Person (CRP)", "ಮಂಜುನಾಥ ಹೊಸಮನಿ", office_id=beo_office.id
        ),
        headmaster_id=_person(db, "Lakshmi Devi", "Headmaster", "ಲಕ್ಷ್ಮೀ ದೇವಿ", school_id=school.id),
        teacher_id=_person(db, "Ramesh K", "Teacher", "ರಮೇಶ್ ಕೆ", school_id=school.id),
        student_id=_person(db, "Ananya Patil", "Student", "ಅನನ್ಯಾ ಪಾಟೀಲ", school_id=school.id),
        ngo_director_id=_person(db, "Farida Begum", "NGO Director", organisation_id=ngo.id),
    )


def make_programme(db: Database, key: str = "coffee_with_collector") -> ProgrammeRow:
    return create_from_template(db, key)


def cycle_input(programme_id: int, world: World | None = None, **changes: object) -> CycleInput:
    """The standard cycle; with ``world``, issued by the Collector's office and signed by the Collector."""
    data = CycleInput(
        programme_id=programme_id,
        name="2026",
        nomination_opens=NOMINATIONS_OPEN,
        nomination_closes=NOMINATIONS_CLOSE,
        review_opens=REVIEW_OPENS,
        review_closes=REVIEW_CLOSES,
        places=3,
        event_date=EVENT_DATE,
        event_time=EVENT_TIME,
        venue="Zilla Panchayat Hall, Navanagar, Bagalkot",
        venue_local="ಜಿಲ್ಲಾ ಪಂಚಾಯತ್ ಸಭಾಂಗಣ, ನವನಗರ, ಬಾಗಲಕೋಟೆ",
        office_id=world.collector_office_id if world else None,
        signatory_person_id=world.collector_id if world else None,
    )
    return replace(data, **changes)


def make_cycle(db: Database, programme_id: int, world: World | None = None, **changes: object) -> CycleRow:
    return create_cycle(db, cycle_input(programme_id, world, **changes))


def nominate_person(
    db: Database,
    cycle_id: int,
    person_id: int,
    *,
    by: int,
    on: date = TODAY,
    category: str | None = "School development",
    justification: str = JUSTIFICATION,
) -> NominationRow:
    """Nominate a person (``by``: the nominating person's id); pass ``category=None`` for a
    programme without categories such as Pragatiya Hejje."""
    return nominate(
        db,
        NominationInput(
            cycle_id=cycle_id,
            nominee=NomineeChoice("person", person_id),
            nominator=NominatorChoice("person", by),
            justification=justification,
            nominated_on=on,
            category=category,
        ),
    )


COUNTED = (
    RecognitionProgramme,
    RecognitionCriterion,
    RecognitionCycle,
    RecognitionNomination,
    RecognitionNominator,
    RecognitionEvidence,
    RecognitionReviewer,
    RecognitionScore,
    Person,
    StoredFile,
)


def row_counts(db: Database) -> dict[str, int]:
    """Rows per recognition table, and of people and stored files."""
    with db.reading() as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in COUNTED
        }


def set_status(db: Database, nomination_id: int, status: str, on: date = TODAY) -> None:
    """Put a nomination at ``status`` dated ``on``, straight in the table (no transition rules)."""
    with db.transaction() as session:
        nomination = session.get(RecognitionNomination, nomination_id)
        nomination.status = status
        setattr(nomination, f"{status}_on", on)


def give_score(db: Database, nomination_id: int, person_id: int, criterion_id: int, level: int = 3) -> None:
    """Add ``person_id`` to the panel and a score of theirs, straight in the tables (no scoring rules)."""
    with db.transaction() as session:
        nomination = session.get(RecognitionNomination, nomination_id)
        reviewer = RecognitionReviewer(cycle_id=nomination.cycle_id, person_id=person_id)
        session.add(reviewer)
        session.flush()
        session.add(
            RecognitionScore(
                nomination_id=nomination_id, reviewer_id=reviewer.id, criterion_id=criterion_id, level=level
            )
        )
