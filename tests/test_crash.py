"""The crash test: a writer killed at random moments never damages the file or loses a commit.

A child process (tests/crash_writer.py) adds schools one transaction at a time and reports each
code once it has committed. It is killed with SIGKILL after a random delay, again and again, on the
same file. Afterwards the file must pass ``PRAGMA integrity_check`` and hold every reported school,
each with its audit entry. (A kill leaves the operating system's cache intact, so this covers
crashes of the app, not power cuts; WAL with synchronous=FULL is what covers those.)
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import AuditEntry, School
from desktop.services.opening import open_database
from tests.crash_writer import DISTRICT_CODE, GO, READY

WRITER = Path(__file__).resolve().parent / "crash_writer.py"
KILLS = 50
EARLY_KILL_EVERY = 10  # every tenth run is killed while still opening (checking, migrating) the file
DELAY_S = (0.02, 0.2)  # after the writer is ready
EARLY_DELAY_S = (0.0, 0.3)  # after the writer was told to go
READY_TIMEOUT_S = 30
SEED = 20261123


@dataclass
class Run:
    """One child process and the complete lines it printed."""

    process: subprocess.Popen[bytes]
    lines: list[str] = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)
    reader: threading.Thread | None = None

    def read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            if not raw.endswith(b"\n"):
                break  # cut off by the kill: not a promise
            line = raw.decode().strip()
            if line == READY:
                self.ready.set()
            else:
                self.lines.append(line)

    def go(self) -> None:
        """Let the (already imported) writer open the database and start writing."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"{GO}\n".encode())
        self.process.stdin.flush()

    def stderr(self) -> str:
        assert self.process.stderr is not None
        return self.process.stderr.read().decode(errors="replace")


def _start(path: Path, cwd: Path) -> Run:
    process = subprocess.Popen(
        [sys.executable, str(WRITER), str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    run = Run(process)
    run.reader = threading.Thread(target=run.read, daemon=True)
    run.reader.start()
    return run


def _kill(run: Run) -> None:
    """SIGKILL the child (unless it already died, which is a failure) and collect what it said."""
    early_exit = run.process.poll()
    run.process.kill()
    run.process.wait(timeout=READY_TIMEOUT_S)
    assert run.reader is not None
    run.reader.join(timeout=READY_TIMEOUT_S)
    errors = run.stderr()
    assert early_exit is None, f"the writer died by itself (exit {early_exit}):\n{errors}"
    if hasattr(signal, "SIGKILL"):
        assert run.process.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_killed_writer_never_loses_a_committed_school(tmp_path: Path) -> None:
    path = tmp_path / "office" / "district.db"
    rng = random.Random(SEED)
    reported: list[str] = []
    runs = 0
    started = time.monotonic()

    # Each writer is started one run ahead, so its imports overlap the previous run: only one of
    # them is ever past "go" and touching the file.
    following = _start(path, tmp_path)
    for kill in range(KILLS):
        run, following = following, _start(path, tmp_path)
        run.go()
        runs += 1
        if kill % EARLY_KILL_EVERY == EARLY_KILL_EVERY - 1:
            time.sleep(rng.uniform(*EARLY_DELAY_S))
        else:
            if not run.ready.wait(READY_TIMEOUT_S):
                run.process.kill()
                run.process.wait()
                pytest.fail(f"run {runs}: the writer never became ready:\n{run.stderr()}")
            time.sleep(rng.uniform(*DELAY_S))
        _kill(run)
        reported.extend(run.lines)
    assert following.process.stdin is not None
    following.process.stdin.close()  # no "go": it exits without touching the file
    assert following.process.wait(timeout=READY_TIMEOUT_S) == 0

    elapsed = time.monotonic() - started
    assert all(len(code) == 11 and code.startswith(DISTRICT_CODE) for code in reported)
    assert len(set(reported)) == len(reported), "a code was reported as committed twice"
    assert len(reported) > KILLS, f"too few commits ({len(reported)}) for the test to mean much"

    # The file is intact (the first connection also recovers the last run's WAL)...
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()

    # ...opens normally, and holds every promised school with its audit entry.
    database, _report = open_database(path, operator="tester")
    try:
        assert not database.read_only
        with database.reading() as session:
            stored = set(session.scalars(select(School.udise_code)))
            audited = session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "school")
            )
    finally:
        database.close()
    missing = sorted(set(reported) - stored)
    assert not missing, f"{len(missing)} committed schools lost, e.g. {missing[:5]}"
    # A kill between commit and print leaves at most one unreported school per run.
    assert len(stored - set(reported)) <= runs
    assert audited == len(stored)  # each school committed together with its audit entry
    print(f"{runs} kills, {len(reported)} reported commits, {len(stored)} stored, {elapsed:.1f} s")
