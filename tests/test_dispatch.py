"""The dispatch register: numbers never reused or skipped, serials restart each financial year."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import DispatchEntry, DispatchSeries
from desktop.services import dispatch
from desktop.services.database import Database
from desktop.services.dispatch import IssueRequest, financial_year, format_number, issue
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.offices import OfficeInput, create_office
from desktop.services.opening import open_database

ROOT = Path(__file__).resolve().parents[1]


def fake_pdf(number: str) -> bytes:
    return f"%PDF-1.4 document {number}".encode()


@pytest.fixture
def office_id(db: Database) -> int:
    return create_office(db, OfficeInput("Office of the DDPI, Bagalkot", "DDPI", "DDPI/BGK")).id


def request(office_id: int, day: date = date(2026, 11, 23), **changes: object) -> IssueRequest:
    values: dict = {
        "office_id": office_id,
        "issued_on": day,
        "subject": "Community School Day",
        "language": "en",
        "body": "Body text",
        "section": "ACAD",
        "recipients": ("All headmasters",),
    }
    values.update(changes)
    return IssueRequest(**values)


def serials(db: Database) -> list[int]:
    with db.reading() as session:
        return list(session.scalars(select(DispatchEntry.serial).order_by(DispatchEntry.serial)))


@pytest.mark.parametrize(
    ("day", "year"),
    [
        (date(2026, 4, 1), "2026-27"),
        (date(2027, 3, 31), "2026-27"),
        (date(2027, 4, 1), "2027-28"),
        (date(2099, 12, 31), "2099-00"),
        (date(2000, 1, 1), "1999-00"),
    ],
)
def test_financial_year_runs_april_to_march(day: date, year: str) -> None:
    assert financial_year(day) == year


def test_numbers_follow_each_other_and_the_pdf_hash_is_kept(db: Database, office_id: int) -> None:
    issued = [issue(db, request(office_id), fake_pdf) for _ in range(3)]
    assert [doc.number for doc in issued] == [
        "DDPI/BGK/ACAD/2026-27/0001",
        "DDPI/BGK/ACAD/2026-27/0002",
        "DDPI/BGK/ACAD/2026-27/0003",
    ]
    with db.reading() as session:
        entry = session.get(DispatchEntry, issued[1].entry_id)
        assert entry is not None
        assert (
            entry.pdf_sha256 == hashlib.sha256(fake_pdf(issued[1].number)).hexdigest() == issued[1].pdf_sha256
        )
        assert (entry.status, entry.subject, entry.recipients) == (
            "issued",
            "Community School Day",
            ["All headmasters"],
        )


def test_serial_restarts_on_the_first_of_april(db: Database, office_id: int) -> None:
    last_march = issue(db, request(office_id, date(2027, 3, 31)), fake_pdf)
    issue(db, request(office_id, date(2027, 3, 31)), fake_pdf)
    first_april = issue(db, request(office_id, date(2027, 4, 1)), fake_pdf)
    assert last_march.number == "DDPI/BGK/ACAD/2026-27/0001"
    assert first_april.number == "DDPI/BGK/ACAD/2027-28/0001"
    assert first_april.financial_year == "2027-28"


def test_sections_are_separate_series_and_no_section_leaves_no_double_slash(
    db: Database, office_id: int
) -> None:
    assert issue(db, request(office_id, section="ADM"), fake_pdf).number == "DDPI/BGK/ADM/2026-27/0001"
    assert issue(db, request(office_id, section=""), fake_pdf).number == "DDPI/BGK/2026-27/0001"
    assert issue(db, request(office_id, section="acad"), fake_pdf).number == "DDPI/BGK/ACAD/2026-27/0001"


def test_a_failed_render_takes_no_number(db: Database, office_id: int) -> None:
    issue(db, request(office_id), fake_pdf)

    def broken(number: str) -> bytes:
        raise RuntimeError("printer font missing")

    with pytest.raises(RuntimeError):
        issue(db, request(office_id), broken)
    assert issue(db, request(office_id), fake_pdf).serial == 2
    assert serials(db) == [1, 2]


def test_on_issued_runs_in_the_issue_and_its_failure_takes_no_number(db: Database, office_id: int) -> None:
    seen: list[str] = []

    def note(session: Session, entry: DispatchEntry) -> None:
        seen.append(entry.number)

    first = issue(db, request(office_id), fake_pdf, on_issued=note)
    assert seen == [first.number]

    def refuse(session: Session, entry: DispatchEntry) -> None:
        raise ConflictError("The nomination was withdrawn meanwhile.")

    with pytest.raises(ConflictError):
        issue(db, request(office_id), fake_pdf, on_issued=refuse)
    assert serials(db) == [1]
    assert issue(db, request(office_id), fake_pdf).serial == 2


def test_bad_requests_are_refused_before_a_number_is_taken(db: Database, office_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        issue(db, request(office_id, subject="  ", recipients=()), fake_pdf)
    assert set(caught.value.field_errors) == {"subject", "recipients"}
    with pytest.raises(ValidationError, match="only letters, digits and dashes"):
        issue(db, request(office_id, section="AC/AD"), fake_pdf)
    assert serials(db) == []


def test_number_format_is_checked_and_fixed_for_the_year_once_used(db: Database, office_id: int) -> None:
    today = date(2026, 11, 23)
    with pytest.raises(ValidationError, match=r"uses \{year\}"):
        dispatch.set_number_format(db, office_id, "ACAD", "{office_code}/{year}/{serial}", today)
    with pytest.raises(ValidationError, match="must contain"):
        dispatch.set_number_format(db, office_id, "ACAD", "{office_code}/{financial_year}", today)
    with pytest.raises(ValidationError, match="stray brace"):
        dispatch.set_number_format(db, office_id, "ACAD", "{office_code}/{serial", today)
    dispatch.set_number_format(
        db, office_id, "ACAD", "No. {office_code}-{section}/{serial:03d}/{financial_year}", today
    )
    assert issue(db, request(office_id), fake_pdf).number == "No. DDPI/BGK-ACAD/001/2026-27"
    with pytest.raises(ConflictError, match="next financial year"):
        dispatch.set_number_format(db, office_id, "ACAD", "{office_code}/{serial}", today)
    # The next year's series carries the format on.
    assert issue(db, request(office_id, date(2027, 4, 2)), fake_pdf).number == "No. DDPI/BGK-ACAD/001/2027-28"


def test_cancelled_numbers_stay_used(db: Database, office_id: int) -> None:
    first = issue(db, request(office_id), fake_pdf)
    with pytest.raises(ValidationError, match="Say why"):
        dispatch.cancel(db, first.entry_id, " ")
    dispatch.cancel(db, first.entry_id, "Issued to the wrong blocks")
    with pytest.raises(ConflictError, match="already cancelled"):
        dispatch.cancel(db, first.entry_id, "again")
    assert issue(db, request(office_id), fake_pdf).serial == 2
    with db.reading() as session:
        entry = session.get(DispatchEntry, first.entry_id)
        assert entry is not None and (entry.status, entry.cancel_reason) == (
            "cancelled",
            "Issued to the wrong blocks",
        )


def test_issuers_at_the_same_moment_get_distinct_consecutive_numbers(db: Database, office_id: int) -> None:
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(15):
                issue(db, request(office_id), fake_pdf)
        except BaseException as exc:  # collected and re-raised by the test
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert serials(db) == list(range(1, 61))
    with db.reading() as session:
        assert session.scalar(select(DispatchSeries.last_serial)) == 60
        assert session.scalar(select(func.count(func.distinct(DispatchEntry.number)))) == 60


ISSUER = """
import sys, time
from datetime import date
from pathlib import Path
from desktop.services.dispatch import IssueRequest, issue
from desktop.services.opening import open_database

db, _ = open_database(Path(sys.argv[1]), operator="crash-test")
office_id = int(sys.argv[2])
def slow_render(number):
    time.sleep(0.004)  # the render is where a real issue spends its time
    return number.encode()
while True:
    done = issue(db, IssueRequest(office_id, date(2026, 11, 23), "S", "en", "B", recipients=("All",)), slow_render)
    print(done.serial, flush=True)
"""


@pytest.mark.slow
def test_a_killed_issuer_leaves_no_gap_and_loses_no_issued_number(
    db_path: Path, office_id: int, db: Database
) -> None:
    db.close()
    rng = random.Random(20261123)
    reported: set[int] = set()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", ISSUER, str(db_path), str(office_id)],
            stdout=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # running: it has issued at least once
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
        child.wait()
        complete_lines = (first + rest).split(b"\n")[:-1]  # the last piece may be cut off by the kill
        reported |= {int(line) for line in complete_lines}
    reopened, _report = open_database(db_path, operator="tester")
    try:
        stored = serials(reopened)
        assert stored == list(range(1, len(stored) + 1)), "a number was skipped"
        assert reported <= set(stored), "an issue the child reported is missing"
        with reopened.reading() as session:
            assert session.scalar(select(DispatchSeries.last_serial)) == len(stored)
    finally:
        reopened.close()


def test_format_number_fills_every_field() -> None:
    assert format_number(
        "{office_code}/{section}/{financial_year}/{serial:05d}", "DIET/BGK", "TR", "2026-27", 7
    ) == ("DIET/BGK/TR/2026-27/00007")
