"""The child process of the crash test: writes schools, one transaction each, until it is killed.

Usage: ``python tests/crash_writer.py DATABASE``. After its imports it waits for a ``go`` line on
stdin (so the parent can start it while the previous writer is still running), then opens the
database with ``open_database`` (so a killed predecessor's leftovers are checked and recovered
exactly as the app would), makes sure the district and block exist, prints ``ready``, and adds
schools with consecutive UDISE codes. The code of each school is printed, and flushed, only after
its transaction has committed: a printed code is a promise that the school is stored.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from db.models import Block, District, School  # noqa: E402
from desktop.services.database import Database  # noqa: E402
from desktop.services.opening import open_database  # noqa: E402

DISTRICT_CODE = "2901"
GO = "go"
READY = "ready"
MAX_SECONDS = 60  # a safety net should the parent die without killing us


def _setup(path: Path) -> tuple[Database, int, int, int]:
    """Open the file and return it with the district id, block id and last school number."""
    database, _report = open_database(path, operator="crash-writer")
    if database.read_only:
        raise SystemExit(f"{path} is held by another process")
    with database.transaction() as session:
        district = session.scalars(select(District).where(District.udise_code == DISTRICT_CODE)).one_or_none()
        if district is None:
            district = District(
                name="Belagavi", name_local="ಬೆಳಗಾವಿ", state_name="Karnataka", udise_code=DISTRICT_CODE
            )
            session.add(district)
            session.add(Block(district=district, name="Athani", name_local="ಅಥಣಿ"))
            session.flush()
        block = session.scalars(select(Block).where(Block.district_id == district.id)).one()
        last = session.scalar(select(func.max(School.udise_code)))
    number = int(last[len(DISTRICT_CODE) :]) if last else 0
    return database, district.id, block.id, number


def main(argv: list[str]) -> int:
    if sys.stdin.readline().strip() != GO:
        return 0  # not needed after all
    database, district_id, block_id, number = _setup(Path(argv[1]))
    print(READY, flush=True)
    started = time.monotonic()
    while time.monotonic() - started < MAX_SECONDS:
        number += 1
        code = f"{DISTRICT_CODE}{number:07d}"
        with database.transaction() as session:
            session.add(
                School(
                    udise_code=code,
                    name=f"Government Lower Primary School {number}",
                    name_local=f"ಸರ್ಕಾರಿ ಕಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ {number}",
                    district_id=district_id,
                    block_id=block_id,
                    search_text=f"government lower primary school {number}\x1f{code}",
                )
            )
        # Committed: now, and only now, say so.
        sys.stdout.write(code + "\n")
        sys.stdout.flush()
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
