"""A small district for the USB exchange tests, built in one transaction on an empty database.

Stable for every exchange test module to import:

- ``build_district(db) -> ExchangeDistrict``: the district of Sunnur (code 2931) with 2 blocks,
  4 clusters and 12 schools (Kannada names; one school of 3 pupils; two schools named like
  spreadsheet formulas; one school in no cluster), the offices of Sunnur and of a neighbouring
  district with their officials (phones and emails), a head teacher and a partner's staff member,
  two partner organisations, two assessment rounds with a level scheme and a third without, their
  school indicators and student results (names kept, so that a leak would show) imported through
  the real import target (so the result summary is in step), and two active MoUs:

  - ``fln_mou_id`` (DDPI/SNR/MOU/2026/01, Akshara Learning Trust): block Hubballi and one school of
    Kundgol (29310200101); school directory, aggregated results and pseudonymised results.
  - ``wide_mou_id`` (DDPI/SNR/MOU/2026/02, Kalike Foundation): the whole district, every category,
    kept for 6 to 36 months.

- ``add_mou(db, district, reference, ...) -> int``: another MoU in any state, coverage and terms,
  written straight to the tables (the MoU services' own rules have their own tests).
- ``row_counts(db)``: rows of the tables an export might write, to show a refusal wrote nothing.
- ``build_template(folder)`` once per module or session, then ``district_copy(template, tmp_path)``
  per test: the district built once and copied (building it takes a few tenths of a second).

Known values to search a package for: ``STUDENT_NAMES``, ``STUDENT_KEYS``, ``OFFICIALS``
(name -> phone, email), ``OUTSIDERS`` (people who are never official contacts of any MoU here).
The results of the Amargol cluster in the baseline's Kannada test are set by hand
(``AMARGOL_KANNADA_BASELINE``) so tests can check the aggregates with pencil-and-paper figures.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from sqlalchemy import func, select

from db.models import (
    AssessmentRound,
    AuditEntry,
    Block,
    Cluster,
    District,
    ExchangeLogEntry,
    LevelScheme,
    Mou,
    MouCoverage,
    MouDataShare,
    MouExchangeSecret,
    MouPartner,
    Office,
    Organisation,
    Person,
    School,
)
from desktop.services.database import Database
from desktop.services.imports.pipeline import store_rows
from desktop.services.imports.target import ImportOptions, MappedRows
from desktop.services.imports.targets.registry import get_target
from desktop.services.opening import open_database

TODAY = date(2026, 11, 23)
DISTRICT_CODE = "2931"

SCHEME_LEVELS = ("Beginner", "Letter", "Word", "Paragraph", "Story")  # Paragraph and above: grade level
ACHIEVING_FROM = 3
SUBJECTS = ("Kannada", "Mathematics")

# udise code, name, Kannada name, block, cluster (None: no cluster), pupils in grade 3
SCHOOLS: tuple[tuple[str, str, str, str, str | None, int], ...] = (
    ("29310100101", "GLPS Amargol", "ಸರ್ಕಾರಿ ಕಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಅಮರಗೋಳ", "Hubballi", "Amargol", 3),
    ("29310100102", "GHPS Amargol", "ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಅಮರಗೋಳ", "Hubballi", "Amargol", 5),
    ("29310100103", "GKMS Amargol", "ಸರ್ಕಾರಿ ಕನ್ನಡ ಮಾದರಿ ಶಾಲೆ ಅಮರಗೋಳ", "Hubballi", "Amargol", 6),
    ("29310100201", "GLPS Byahatti", "ಸರ್ಕಾರಿ ಕಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಬ್ಯಾಹಟ್ಟಿ", "Hubballi", "Byahatti", 7),
    ("29310100202", "GHPS Byahatti", "ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಬ್ಯಾಹಟ್ಟಿ", "Hubballi", "Byahatti", 8),
    ("29310100203", "GUPS Kusugal", "ಸರ್ಕಾರಿ ಉರ್ದು ಶಾಲೆ ಕುಸುಗಲ್", "Hubballi", "Byahatti", 6),
    ("29310200101", "GHPS Saunshi", "ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಸಂಶಿ", "Kundgol", "Saunshi", 7),
    ("29310200102", "GLPS Gudageri", "ಸರ್ಕಾರಿ ಕಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಗುಡಗೇರಿ", "Kundgol", "Saunshi", 5),
    ("29310200103", "GHPS Hireharakuni", "ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಹಿರೇಹರಕುಣಿ", "Kundgol", "Saunshi", 6),
    ("29310200201", '=HYPERLINK("http://evil.example/x","Click")', "ಯರಗುಪ್ಪಿ ಶಾಲೆ", "Kundgol", "Yaraguppi", 5),
    ("29310200202", "+cmd|' /C calc'!A0", "ಯರಗುಪ್ಪಿ ಹೊಸ ಶಾಲೆ", "Kundgol", "Yaraguppi", 6),
    ("29310200901", "GHPS Kundgol Town", "ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಕುಂದಗೋಳ", "Kundgol", None, 7),
)  # fmt: skip
SMALL_SCHOOL = "29310100101"  # 3 pupils: its aggregates are suppressed
FORMULA_SCHOOLS = ("29310200201", "29310200202")
NO_CLUSTER_SCHOOL = "29310200901"
BLOCKS = {"Hubballi": ("ಹುಬ್ಬಳ್ಳಿ", "01"), "Kundgol": ("ಕುಂದಗೋಳ", "02")}
CLUSTERS = {
    "Amargol": ("Hubballi", "ಅಮರಗೋಳ"),
    "Byahatti": ("Hubballi", "ಬ್ಯಾಹಟ್ಟಿ"),
    "Saunshi": ("Kundgol", "ಸಂಶಿ"),
    "Yaraguppi": ("Kundgol", "ಯರಗುಪ್ಪಿ"),
}

# Round name -> kind, start date, whether it has the level scheme, schools with results (None: all)
ROUNDS: dict[str, tuple[str, date, bool, tuple[str, ...] | None]] = {
    "Baseline 2026": ("baseline", date(2026, 7, 6), True, None),
    "Camp check 2026": ("custom", date(2026, 10, 5), False, ("29310100201", "29310100202")),
    "Midline 2026": ("midline", date(2026, 11, 9), True, None),
}

# Kannada scores and levels (indexes into SCHEME_LEVELS) of the Amargol schools in the baseline,
# pupil by pupil: GLPS 3 pupils (suppressed), GHPS 5, GKMS 6; the cluster 14 pupils, score sum
# 42 + 68 + 72 = 182, mean 13.0, at grade level 2 + 2 + 2 = 6 of 14 = 42.9 %.
AMARGOL_KANNADA_BASELINE: dict[str, tuple[tuple[int, int], ...]] = {
    "29310100101": ((10, 1), (14, 3), (18, 4)),
    "29310100102": ((8, 0), (12, 2), (12, 2), (16, 3), (20, 4)),
    "29310100103": ((5, 0), (9, 1), (11, 2), (13, 2), (15, 3), (19, 4)),
}

_FIRST = ("Ananya", "Bhuvan", "Chaitra", "Darshan", "Eshwari", "Farhan", "Gagana", "Harsha", "Ishita")
_LAST = ("Kulkarni", "Hosamani", "Badiger", "Mulla", "Pujar", "Talawar", "Yaligar", "Shettar", "Benakatti")
_FIRST_KN = ("ಅನುಷಾ", "ಭರತ್", "ಚಂದನಾ", "ದೀಪಕ್", "ಗೀತಾ", "ಹರೀಶ್")
_LAST_KN = ("ಕುಲಕರ್ಣಿ", "ಹೊಸಮನಿ", "ಬಡಿಗೇರ", "ಪೂಜಾರ")


def _pupils() -> list[tuple[str, str, str, str]]:
    """(udise code, student key, name, gender) of every pupil; every fourth name in Kannada."""
    pupils = []
    number = 0
    for code, _name, _local, _block, _cluster, count in SCHOOLS:
        for index in range(count):
            if number % 4 == 3:
                kannada = number // 4
                name = f"{_FIRST_KN[kannada % 6]} {_LAST_KN[kannada // 6 % 4]}"
            else:
                name = f"{_FIRST[number % 9]} {_LAST[number // 9 % 9]}"
            pupils.append((code, f"STU-{code[4:]}-{index + 1:02d}", name, "F" if index % 2 else "M"))
            number += 1
    return pupils


PUPILS = _pupils()
STUDENT_KEYS = tuple(key for _code, key, _name, _gender in PUPILS)
STUDENT_NAMES = tuple(name for _code, _key, name, _gender in PUPILS)
assert len(set(STUDENT_NAMES)) == len(STUDENT_NAMES)

# name, Kannada name, designation, office code (None: not in an office), phone, email
_OFFICIAL_ROWS = (
    ("Savitha K. Patil", "ಸವಿತಾ ಕೆ. ಪಾಟೀಲ", "DDPI", "DDPI/SNR", "+91 98450 12345", "ddpi.sunnur@example.gov.in"),
    ("Prakash Hiremath", "ಪ್ರಕಾಶ ಹಿರೇಮಠ", "Principal", "DIET/SNR", "94480 22110", "diet.sunnur@example.gov.in"),
    ("Manjunath Kori", "ಮಂಜುನಾಥ ಕೋರಿ", "BEO", "BEO/HBL", "94481 33221", "beo.hubballi@example.gov.in"),
    ("Shobha Naik", "ಶೋಭಾ ನಾಯ್ಕ", "BEO", "BEO/KGL", "94482 44332", "beo.kundgol@example.gov.in"),
)  # fmt: skip
OFFICIALS = {name: (phone, email) for name, _local, _role, _office, phone, email in _OFFICIAL_ROWS}
HUBBALLI_BEO, KUNDGOL_BEO = "Manjunath Kori", "Shobha Naik"
# Never an official contact here: another district's officer, a head teacher, a partner's staff.
OUTSIDERS = {
    "Girish Angadi": ("94483 55443", "ddpi.gadag@example.gov.in"),
    "Lakshmi Desai": ("94484 66554", "hm.amargol@example.in"),
    "Ramesh Gowda": ("98860 77665", "ramesh@akshara.example.org"),
}

FLN_REFERENCE = "DDPI/SNR/MOU/2026/01"
WIDE_REFERENCE = "DDPI/SNR/MOU/2026/02"
FLN_SHARES = (
    ("school_directory", "Plan school visits", 12),
    ("assessment_aggregates", "Report progress to the district", 24),
    ("student_results_pseudonymised", "Measure change in reading levels", 24),
)
WIDE_SHARES = (
    ("school_directory", "Plan school visits", 12),
    ("school_indicators", "Plan teacher support", 12),
    ("assessment_aggregates", "Report progress to the district", 24),
    ("student_results_pseudonymised", "Measure change in reading levels", 36),
    ("official_contacts", "Arrange visits with officials", 6),
)


@dataclass(frozen=True)
class ExchangeDistrict:
    """The ids of what :func:`build_district` made, by name (schools by UDISE code)."""

    district_id: int
    block_ids: dict[str, int]
    cluster_ids: dict[str, int]
    school_ids: dict[str, int]
    office_ids: dict[str, int]  # by office code ("DDPI/SNR", "BEO/HBL", …)
    organisation_ids: dict[str, int]  # "akshara", "kalike"
    round_ids: dict[str, int]
    fln_mou_id: int
    wide_mou_id: int

    def school_codes_of_block(self, block: str) -> set[str]:
        return {code for code, _n, _l, in_block, _c, _p in SCHOOLS if in_block == block}


def _score(school_index: int, pupil: int, subject: int, round_index: int) -> tuple[int, int]:
    """A made-up score out of 20 and its level, the same on every run."""
    score = min(20, (school_index * 3 + pupil * 5 + subject * 4) % 17 + 2 * round_index)
    return score, min(4, score // 4)


def _result_rows(round_name: str, round_index: int, assessed_on: date) -> list[dict[str, str]]:
    _kind, _start, _scheme, only = ROUNDS[round_name]
    index_of = {code: index for index, (code, *_rest) in enumerate(SCHOOLS)}
    position: dict[str, int] = {}
    rows = []
    for code, key, name, gender in PUPILS:
        pupil = position[code] = position.get(code, -1) + 1
        if only is not None and code not in only:
            continue
        for number, subject in enumerate(SUBJECTS if only is None else SUBJECTS[:1]):
            score, level = _score(index_of[code], pupil, number, round_index)
            if round_name == "Baseline 2026" and subject == "Kannada" and code in AMARGOL_KANNADA_BASELINE:
                score, level = AMARGOL_KANNADA_BASELINE[code][pupil]
            rows.append(
                {
                    "student_id": key,
                    "student_name": name,
                    "udise": code,
                    "grade": "3",
                    "gender": gender,
                    "subject": subject,
                    "score": str(score),
                    **({"level": SCHEME_LEVELS[level]} if ROUNDS[round_name][2] else {}),
                    "assessed_on": f"{assessed_on:%d/%m/%Y}",
                }
            )
    return rows


def _indicator_rows(round_index: int) -> list[dict[str, str]]:
    rows = []
    for index, (code, *_rest, pupils) in enumerate(SCHOOLS):
        enrolment = 40 + 9 * index + 2 * round_index
        rows.append(
            {
                "udise": code,
                "enrolment": str(enrolment),
                "enrolment_boys": str(enrolment // 2),
                "enrolment_girls": str(enrolment - enrolment // 2),
                "attendance_percent": f"{80 + index + 0.5 * round_index}",
                "teachers": str(2 + pupils % 3),
            }
        )
    return rows


def _import(session, target: str, rows: list[dict[str, str]], round_id: int, name: str) -> None:  # type: ignore[no-untyped-def]
    frame = pd.DataFrame(rows).astype(str)
    store_rows(
        session,
        get_target(target),
        MappedRows(
            frame=frame,
            row_numbers=np.arange(2, len(frame) + 2),
            file_names=np.repeat(np.array([name], dtype=object), len(frame)),
            sheet=None,
            column_of={key: key for key in frame.columns},
            source_sha256=hashlib.sha256(name.encode()).hexdigest(),
        ),
        ImportOptions(round_id=round_id, keep_names=True),
        valid_rows_only=False,
        file_names=[name],
        mapping={key: key for key in frame.columns},
        options_json={},
        operator="tester",
    )


def build_district(db: Database) -> ExchangeDistrict:
    """Everything described in the module's docstring, in one transaction on an empty database."""
    with db.transaction() as session:

        def add(row):  # type: ignore[no-untyped-def]
            session.add(row)
            session.flush()
            return row.id

        district_id = add(
            District(name="Sunnur", name_local="ಸುನ್ನೂರು", state_name="Karnataka", udise_code=DISTRICT_CODE)
        )
        gadag_id = add(District(name="Gadag", name_local="ಗದಗ", state_name="Karnataka", udise_code="2909"))
        block_ids = {
            name: add(Block(district_id=district_id, name=name, name_local=local))
            for name, (local, _code) in BLOCKS.items()
        }
        cluster_ids = {
            name: add(Cluster(block_id=block_ids[block], name=name, name_local=local))
            for name, (block, local) in CLUSTERS.items()
        }
        school_ids = {}
        for index, (code, name, local, block, cluster, _pupils) in enumerate(SCHOOLS):
            school_ids[code] = add(
                School(
                    udise_code=code,
                    name=name,
                    name_local=local,
                    district_id=district_id,
                    block_id=block_ids[block],
                    cluster_id=cluster_ids[cluster] if cluster else None,
                    village=(cluster or block),
                    management="Department of Education",
                    category="Primary with upper primary (1-8)",
                    area="rural" if index % 3 else "urban",
                    pincode=f"5802{index:02d}",
                    medium="Urdu" if "Urdu" in local or "ಉರ್ದು" in local else "Kannada",
                    latitude=round(15.3 + index / 100, 4),
                    longitude=round(75.1 + index / 100, 4),
                )
            )
        offices = (
            ("DDPI Sunnur", "DDPI", "DDPI/SNR", district_id, None),
            ("DIET Sunnur", "DIET", "DIET/SNR", district_id, None),
            ("BEO Hubballi", "BEO", "BEO/HBL", district_id, block_ids["Hubballi"]),
            ("BEO Kundgol", "BEO", "BEO/KGL", district_id, block_ids["Kundgol"]),
            ("DDPI Gadag", "DDPI", "DDPI/GDG", gadag_id, None),
        )
        office_ids = {
            code: add(
                Office(
                    name=name,
                    kind=kind,
                    office_code=code,
                    district_id=district,
                    block_id=block,
                    phone="0836 2345678",
                )
            )
            for name, kind, code, district, block in offices
        }
        organisation_ids = {
            "akshara": add(Organisation(name="Akshara Learning Trust", kind="Trust")),
            "kalike": add(Organisation(name="Kalike Foundation", kind="NGO")),
        }
        for name, local, role, office, phone, email in _OFFICIAL_ROWS:
            add(
                Person(
                    name=name,
                    name_local=local,
                    designation=role,
                    office_id=office_ids[office],
                    phone=phone,
                    email=email,
                )
            )
        outsiders = (
            ("Girish Angadi", "DDPI", {"office_id": office_ids["DDPI/GDG"]}),
            ("Lakshmi Desai", "Head teacher", {"school_id": school_ids["29310100102"]}),
            ("Ramesh Gowda", "Programme lead", {"organisation_id": organisation_ids["akshara"]}),
        )
        for name, role, affiliation in outsiders:
            phone, email = OUTSIDERS[name]
            add(Person(name=name, designation=role, phone=phone, email=email, **affiliation))
        scheme_id = add(
            LevelScheme(name="FLN reading levels", levels=list(SCHEME_LEVELS), achieving_from=ACHIEVING_FROM)
        )
        round_ids = {}
        for round_index, (round_name, (kind, start, with_scheme, only)) in enumerate(ROUNDS.items()):
            round_id = round_ids[round_name] = add(
                AssessmentRound(
                    name=round_name,
                    kind=kind,
                    start_date=start,
                    end_date=start.replace(day=start.day + 4),
                    level_scheme_id=scheme_id if with_scheme else None,
                    max_score=20,
                )
            )
            results = _result_rows(round_name, round_index, start.replace(day=start.day + 1))
            _import(session, "assessment", results, round_id, f"results-{kind}.csv")
            if only is None:
                _import(
                    session, "indicators", _indicator_rows(round_index), round_id, f"indicators-{kind}.csv"
                )
    world = ExchangeDistrict(
        district_id, block_ids, cluster_ids, school_ids, office_ids, organisation_ids, round_ids, 0, 0
    )
    fln = add_mou(
        db,
        world,
        FLN_REFERENCE,
        shares=FLN_SHARES,
        block_names=("Hubballi",),
        school_codes=("29310200101",),
        partner="akshara",
    )
    wide = add_mou(
        db,
        world,
        WIDE_REFERENCE,
        shares=WIDE_SHARES,
        whole_district=True,
        start=date(2026, 4, 1),
        end=date(2028, 3, 31),
        partner="kalike",
    )
    return ExchangeDistrict(
        district_id, block_ids, cluster_ids, school_ids, office_ids, organisation_ids, round_ids, fln, wide
    )


def add_mou(
    db: Database,
    district: ExchangeDistrict,
    reference: str,
    *,
    status: str = "active",
    start: date = date(2026, 6, 1),
    end: date = date(2027, 5, 31),
    shares: Sequence[tuple[str, str, int]] = FLN_SHARES,
    whole_district: bool = False,
    block_names: Sequence[str] = (),
    cluster_names: Sequence[str] = (),
    school_codes: Sequence[str] = (),
    partner: str = "akshara",
    renews_id: int | None = None,
    terminated_on: date | None = None,
) -> int:
    """An MoU of the DDPI office with one partner, in ``status``, with the coverage and the
    data-sharing terms (category, purpose, months) given."""
    with db.transaction() as session:
        mou = Mou(
            reference=reference,
            title=f"Partnership {reference}",
            office_id=district.office_ids["DDPI/SNR"],
            focus="fln",
            start_date=start,
            end_date=end,
            whole_district=whole_district,
            status=status,
            status_changed_on=min(start, TODAY),
            terminated_on=terminated_on,
            termination_reason="Partner withdrew" if terminated_on else None,
            renews_id=renews_id,
        )
        session.add(mou)
        session.flush()
        session.add(MouPartner(mou_id=mou.id, organisation_id=district.organisation_ids[partner]))
        for name in block_names:
            session.add(MouCoverage(mou_id=mou.id, block_id=district.block_ids[name]))
        for name in cluster_names:
            session.add(MouCoverage(mou_id=mou.id, cluster_id=district.cluster_ids[name]))
        for code in school_codes:
            session.add(MouCoverage(mou_id=mou.id, school_id=district.school_ids[code]))
        for category, purpose, months in shares:
            session.add(MouDataShare(mou_id=mou.id, category=category, purpose=purpose, keep_months=months))
        session.flush()
        return mou.id


def row_counts(db: Database) -> dict[str, int]:
    """Rows of the tables an export could write to: pseudonym secrets, the log, the audit log."""
    with db.reading() as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (MouExchangeSecret, ExchangeLogEntry, AuditEntry)
        }


@dataclass(frozen=True)
class DistrictTemplate:
    """The district built once into a database file, for each test to work on a copy of."""

    path: Path
    district: ExchangeDistrict


def build_template(folder: Path) -> DistrictTemplate:
    """:func:`build_district` into ``folder``/exchange.db, closed again (a module- or session-
    scoped fixture calls this once; tests then use :func:`district_copy`)."""
    database, _report = open_database(folder / "exchange.db", operator="tester")
    try:
        return DistrictTemplate(folder / "exchange.db", build_district(database))
    finally:
        database.close()


@contextmanager
def district_copy(template: DistrictTemplate, folder: Path) -> Iterator[tuple[Database, ExchangeDistrict]]:
    """A copy of the template's database (SQLite's backup API), open for writing; the ids in the
    district are those of the copy too."""
    target = folder / "office" / "exchange.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    origin, copy = sqlite3.connect(template.path), sqlite3.connect(target)
    with copy:
        origin.backup(copy)
    origin.close()
    copy.close()
    database, _report = open_database(target, operator="tester")
    try:
        yield database, template.district
    finally:
        database.close()
