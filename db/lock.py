"""One writer per database: an OS-level lock file held for as long as the database is open.

The lock is released by the operating system when the process dies, so a crash or power cut
never leaves a stale lock behind.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class InstanceLock:
    """Try to become the only writer of ``database``."""

    def __init__(self, database: Path) -> None:
        self._lock = FileLock(lock_path_for(database), timeout=0, thread_local=False)

    def acquire(self) -> bool:
        """True when this process now holds the lock, False when another one does."""
        try:
            self._lock.acquire()
        except Timeout:
            return False
        return True

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
