"""A realistic, generated demo district for trying the app and for benchmarks.

Everything is derived from a seeded random generator, so the same seed gives the same district.
Rows are inserted in bulk in one transaction; the audit log is not filled with the seed rows.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from db.models import Block, Cluster, District, Office, Organisation, Person, School
from desktop.services.database import Database
from desktop.services.demo_governance import add_demo_governance
from desktop.services.demo_mous import add_demo_mous
from desktop.services.demo_names import (
    FAMILY_NAMES,
    GIVEN_NAMES,
    ORGANISATIONS,
    PLACE_HEADS,
    PLACE_TAILS,
    SCHOOL_KINDS,
)
from desktop.services.errors import ConflictError
from desktop.services.i18n import translate
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.search_text import (
    office_search_key,
    organisation_search_key,
    person_search_key,
    school_search_key,
)

DISTRICT = ("Kaveri Demo District", "ಕಾವೇರಿ ಡೆಮೊ ಜಿಲ್ಲೆ", "2990", "KVD")
STATE = "Karnataka"
PINCODE_BASE = 571_000


@dataclass(frozen=True)
class DemoSize:
    blocks: int = 10
    clusters_per_block: int = 10
    schools_per_cluster: int = 25
    headmasters: int = 150

    @property
    def schools(self) -> int:
        return self.blocks * self.clusters_per_block * self.schools_per_cluster


@dataclass(frozen=True)
class DemoSummary:
    blocks: int
    clusters: int
    schools: int
    offices: int
    organisations: int
    people: int


class _Places:
    """Distinct place names with their Kannada spelling: two-part names first, then three-part
    ones ("Chikkakerehalli"), then numbered repeats for very large benchmark districts."""

    PREFIXES = (("Chikka", "ಚಿಕ್ಕ"), ("Dodda", "ದೊಡ್ಡ"), ("Hosa", "ಹೊಸ"), ("Hale", "ಹಳೆ"))

    def __init__(self, rng: random.Random) -> None:
        two = [(h[0] + t[0], h[1] + t[1]) for h in PLACE_HEADS for t in PLACE_TAILS]
        three = [
            (p[0] + h[0].lower() + t[0], p[1] + h[1] + t[1])
            for p in self.PREFIXES
            for h in PLACE_HEADS
            if h not in self.PREFIXES
            for t in PLACE_TAILS
        ]
        rng.shuffle(two)
        rng.shuffle(three)
        self._pool = two + three
        self._index = 0

    def next(self) -> tuple[str, str]:
        name, local = self._pool[self._index % len(self._pool)]
        repeat = self._index // len(self._pool)
        self._index += 1
        if repeat:
            return f"{name} {repeat + 1}", f"{local} {repeat + 1}"
        return name, local


def person_name(rng: random.Random) -> tuple[str, str]:
    given, given_local = rng.choice(GIVEN_NAMES)
    family, family_local = rng.choice(FAMILY_NAMES)
    return f"{given} {family}", f"{given_local} {family_local}"


def _phone(rng: random.Random) -> str:
    return f"+91{rng.choice('6789')}{rng.randrange(10**9):09d}"


def _school_kind(rng: random.Random) -> tuple:
    return rng.choices(SCHOOL_KINDS, weights=[kind[1] for kind in SCHOOL_KINDS])[0]


def generate_demo(
    db: Database,
    *,
    size: DemoSize | None = None,
    seed: int = 2026,
    progress: Progress = NO_PROGRESS,
    with_mous: bool = True,
    with_governance: bool = True,
    with_baseline: bool = True,
    with_recognition: bool = True,
    with_exchange: bool = True,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo district; refuses a database that already has schools.
    ``with_mous`` adds MoUs, ``with_governance`` committees, meetings and action items, dated
    around ``today``, and ``with_baseline`` a baseline and a midline with school indicators and
    results, ``with_recognition`` the two recognition programmes with a cycle each, and
    ``with_exchange`` the office's demo key and exchange log (only with MoUs and the baseline; tests
    of other parts leave them out)."""
    size = size or DemoSize()
    rng = random.Random(seed)
    places = _Places(rng)
    with db.transaction() as session:
        if session.scalar(select(func.count()).select_from(School)):
            raise ConflictError(
                translate("Demo", "The demo district goes only into an empty database; this one has schools.")
            )
        district_id = _insert_one(
            session,
            District,
            name=DISTRICT[0],
            name_local=DISTRICT[1],
            state_name=STATE,
            udise_code=DISTRICT[2],
        )
        school_rows: list[dict] = []
        blocks: list[tuple[int, str]] = []
        cluster_count = 0
        # Two schools a village, more in huge benchmark blocks: the village part of a code has 3 digits.
        per_village = max(2, -(-size.clusters_per_block * size.schools_per_cluster // 999))
        for block_number in range(1, size.blocks + 1):
            progress.report(
                block_number - 1, size.blocks + 2, translate("Demo", "Blocks, clusters and schools")
            )
            block_name, block_local = places.next()
            block_id = _insert_one(
                session, Block, district_id=district_id, name=block_name, name_local=block_local
            )
            blocks.append((block_id, block_name))
            village_number = 0
            for _ in range(size.clusters_per_block):
                cluster_name, cluster_local = places.next()
                cluster_id = _insert_one(
                    session, Cluster, block_id=block_id, name=cluster_name, name_local=cluster_local
                )
                cluster_count += 1
                village = (cluster_name, cluster_local)
                for school_index in range(size.schools_per_cluster):
                    if school_index % per_village == 0:
                        village_number += 1
                        village = places.next() if school_index else (cluster_name, cluster_local)
                    kind = _school_kind(rng)
                    code = f"{DISTRICT[2]}{block_number:02d}{village_number:03d}{school_index % per_village + 1:02d}"
                    name = f"{kind[2]}, {village[0]}"
                    name_local = f"{kind[3]}, {village[1]}"
                    school_rows.append(
                        {
                            "udise_code": code,
                            "name": name,
                            "name_local": name_local,
                            "district_id": district_id,
                            "block_id": block_id,
                            "cluster_id": cluster_id,
                            "village": village[0],
                            "management": kind[5],
                            "category": kind[4],
                            "area": "urban" if rng.random() < 0.12 else "rural",
                            "pincode": str(PINCODE_BASE + block_number * 10 + rng.randrange(10)),
                            "medium": "English"
                            if kind[0] == "PS"
                            else rng.choice(["Kannada"] * 9 + ["Urdu"]),
                            "latitude": round(12.0 + block_number * 0.08 + rng.random() * 0.07, 5),
                            "longitude": round(76.0 + cluster_count * 0.004 + rng.random() * 0.01, 5),
                            "search_text": school_search_key(
                                code,
                                name,
                                name_local,
                                village[0],
                                block_name,
                                block_local,
                                cluster_name,
                                cluster_local,
                            ),
                        }
                    )
        session.execute(insert(School), school_rows)
        progress.report(size.blocks, size.blocks + 2, translate("Demo", "Offices and organisations"))
        office_ids = _offices(session, district_id, blocks)
        org_ids = _organisations(session, rng)
        progress.report(size.blocks + 1, size.blocks + 2, translate("Demo", "People"))
        people = _people(session, rng, office_ids, org_ids, blocks, size)
        if with_mous:
            add_demo_mous(session, office_ids["DDPI"], today or date.today())
        if with_governance:
            add_demo_governance(session, office_ids, today or date.today())
        if with_baseline:
            from desktop.services.demo_baseline import add_demo_baseline  # pandas only when needed

            add_demo_baseline(session, rng)
        if with_recognition:
            from desktop.services.demo_recognition import add_demo_recognition

            people += add_demo_recognition(session, office_ids, today or date.today())
        if with_exchange and with_mous and with_baseline:
            from desktop.services.demo_exchange import add_demo_exchange

            add_demo_exchange(session, today or date.today(), rng)
        progress.report(size.blocks + 2, size.blocks + 2, translate("Demo", "Done"))
        return DemoSummary(
            len(blocks), cluster_count, len(school_rows), len(office_ids), len(org_ids), people
        )


def _insert_one(session: Session, model: type, **values: object) -> int:
    return int(session.execute(insert(model).values(**values).returning(model.id)).scalar_one())


def _offices(session: Session, district_id: int, blocks: list[tuple[int, str]]) -> dict[str, int]:
    code = DISTRICT[3]
    district_offices = [
        (
            "DDPI",
            f"Office of the Deputy Director of Public Instruction, {DISTRICT[0]}",
            "ಉಪನಿರ್ದೇಶಕರ ಕಛೇರಿ, ಸಾರ್ವಜನಿಕ ಶಿಕ್ಷಣ ಇಲಾಖೆ",
            f"DDPI/{code}",
        ),
        (
            "DIET",
            f"District Institute of Education and Training, {DISTRICT[0]}",
            "ಜಿಲ್ಲಾ ಶಿಕ್ಷಣ ಮತ್ತು ತರಬೇತಿ ಸಂಸ್ಥೆ",
            f"DIET/{code}",
        ),
        (
            "Collector's office",
            f"Office of the Deputy Commissioner, {DISTRICT[0]}",
            "ಜಿಲ್ಲಾಧಿಕಾರಿಗಳ ಕಛೇರಿ",
            f"DC/{code}",
        ),
        ("Zilla Panchayat", f"Zilla Panchayat, {DISTRICT[0]}", "ಜಿಲ್ಲಾ ಪಂಚಾಯತ್", f"ZP/{code}"),
        (
            "Samagra Shiksha (DPO)",
            f"Samagra Shiksha District Project Office, {DISTRICT[0]}",
            "ಸಮಗ್ರ ಶಿಕ್ಷಣ ಜಿಲ್ಲಾ ಯೋಜನಾ ಕಛೇರಿ",
            f"SS/{code}",
        ),
    ]
    ids: dict[str, int] = {}
    for kind, name, name_local, office_code in district_offices:
        ids[kind] = _insert_one(
            session,
            Office,
            name=name,
            name_local=name_local,
            kind=kind,
            office_code=office_code,
            address=f"District Office Complex, {DISTRICT[0]}, {STATE}",
            district_id=district_id,
            search_text=office_search_key(name, name_local, office_code, kind, None),
        )
    for block_id, block_name in blocks:
        name = f"Office of the Block Education Officer, {block_name}"
        office_code = f"BEO/{block_name[:4].upper()}{block_id}"
        name_local = f"ಕ್ಷೇತ್ರ ಶಿಕ್ಷಣಾಧಿಕಾರಿಗಳ ಕಛೇರಿ, {block_name}"
        ids[f"BEO:{block_id}"] = _insert_one(
            session,
            Office,
            name=name,
            name_local=name_local,
            kind="BEO",
            office_code=office_code,
            district_id=district_id,
            block_id=block_id,
            # As the Offices service writes it (name, local name, code, kind, block).
            search_text=office_search_key(name, name_local, office_code, "BEO", block_name),
        )
    return ids


def _organisations(session: Session, rng: random.Random) -> list[int]:
    ids = []
    for number, (name, name_local, focus) in enumerate(ORGANISATIONS, start=1):
        darpan = f"KA/{2012 + number % 10}/{rng.randrange(10**7):07d}"
        contact, _ = person_name(rng)
        ids.append(
            _insert_one(
                session,
                Organisation,
                name=name,
                name_local=name_local,
                kind=rng.choice(["NGO", "Trust", "Society", "Section 8 company"]),
                registration_number=f"DRK/SOR/{rng.randrange(100, 999)}/{2005 + number}",
                ngo_darpan_id=darpan,
                address=f"{rng.randrange(1, 300)}, {rng.choice(PLACE_HEADS)[0]} Road, Bengaluru",
                focus_areas=[focus],
                contact_person=contact,
                phone=_phone(rng),
                email=f"contact@{name.split()[0].lower()}.example.org",
                search_text=organisation_search_key(name, name_local, darpan, contact, [focus]),
            )
        )
    return ids


def _people(
    session: Session,
    rng: random.Random,
    offices: dict[str, int],
    organisations: list[int],
    blocks: list[tuple[int, str]],
    size: DemoSize,
) -> int:
    rows: list[dict] = []
    # The People service's search text includes the affiliation, phone and e-mail; so does the demo's.
    names: dict[tuple[str, int], str] = {}
    for kind, model in (("office", Office), ("org", Organisation), ("school", School)):
        names.update({(kind, row_id): name for row_id, name in session.execute(select(model.id, model.name))})

    def add(
        designation: str, *, office: int | None = None, org: int | None = None, school: int | None = None
    ) -> None:
        name, name_local = person_name(rng)
        phone = _phone(rng)
        email = f"{name.split()[0].lower()}.{len(rows) + 1}@example.in"
        chosen = (("office", office), ("org", org), ("school", school))
        affiliation = next((names[(kind, key)] for kind, key in chosen if key is not None), None)
        rows.append(
            {
                "name": name,
                "name_local": name_local,
                "designation": designation,
                "office_id": office,
                "organisation_id": org,
                "school_id": school,
                "phone": phone,
                "email": email,
                "preferred_language": rng.choice(["kn", "kn", "kn", "en"]),
                "search_text": person_search_key(name, name_local, designation, affiliation, phone, email),
            }
        )

    add("District Collector", office=offices["Collector's office"])
    add("CEO, Zilla Panchayat", office=offices["Zilla Panchayat"])
    add("Deputy Director of Public Instruction (DDPI)", office=offices["DDPI"])
    add("District Education Officer (DEO)", office=offices["DDPI"])
    add("DIET Principal", office=offices["DIET"])
    for _ in range(3):
        add("DIET Senior Lecturer", office=offices["DIET"])
    for _ in range(8):
        add("DIET Lecturer", office=offices["DIET"])
    add("District Project Officer (DPO)", office=offices["Samagra Shiksha (DPO)"])
    add("Deputy Project Coordinator (DyPC)", office=offices["Samagra Shiksha (DPO)"])
    for block_id, _name in blocks:
        add("Block Education Officer (BEO)", office=offices[f"BEO:{block_id}"])
        add("Block Resource Coordinator (BRC)", office=offices[f"BEO:{block_id}"])
        for _ in range(size.clusters_per_block):
            add("Cluster Resource Person (CRP)", office=offices[f"BEO:{block_id}"])
    for org in organisations:
        add("NGO Director", org=org)
        add("NGO Programme Manager", org=org)
        add("NGO Field Coordinator", org=org)
    school_ids = list(session.scalars(select(School.id).order_by(School.id)))
    for school in rng.sample(school_ids, min(size.headmasters, len(school_ids))):
        add("Headmaster", school=school)
    session.execute(insert(Person), rows)
    return len(rows)
