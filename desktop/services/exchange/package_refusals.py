"""Why a package is refused: one :class:`PackageRefusedError` per failed check, its ``reason``
one of :data:`REASONS` and its message saying, for the person at the desk, what is wrong and what to
do. Nothing is opened or written after a refusal.
"""

from __future__ import annotations

from pathlib import Path

from desktop.services.errors import DomainError
from desktop.services.exchange.package_layout import starts_like_a_package
from desktop.services.i18n import translate

REASONS = (
    "not_a_package",
    "damaged",
    "unsupported_version",
    "unknown_signer",
    "bad_signature",
    "changed",
    "wrong_passphrase",
    "kdf_too_costly",
)


class PackageRefusedError(DomainError):
    """A package that is not opened, and why: ``reason`` is one of ``REASONS``."""

    def __init__(self, reason: str, message: str) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown refusal reason {reason!r}")
        self.reason = reason
        super().__init__(message)


def not_a_package(path: Path, detail: str) -> PackageRefusedError:
    message = translate(
        "Exchange",
        "{file} is not a District Collective Desk exchange package ({detail}). "
        "Choose the package file exactly as it was handed over.",
    )
    return PackageRefusedError("not_a_package", message.format(file=path.name, detail=detail))


def damaged(path: Path, detail: str) -> PackageRefusedError:
    message = translate(
        "Exchange",
        "{file} is damaged or incomplete ({detail}): it may have been copied only in part, or the drive "
        "removed while it was written. Nothing was opened; ask the sender for a fresh copy.",
    )
    return PackageRefusedError("damaged", message.format(file=path.name, detail=detail))


def changed(path: Path, detail: str) -> PackageRefusedError:
    message = translate(
        "Exchange",
        "{file} was changed or damaged after it was signed: {detail}. "
        "Nothing was opened; ask the sender for a fresh copy.",
    )
    return PackageRefusedError("changed", message.format(file=path.name, detail=detail))


def unsupported(path: Path, detail: str) -> PackageRefusedError:
    message = translate(
        "Exchange",
        "{file} {detail}. Update District Collective Desk, "
        "or ask the sender to write the package again with the version this office uses.",
    )
    return PackageRefusedError("unsupported_version", message.format(file=path.name, detail=detail))


def unreadable(path: Path, head: bytes, detail: str) -> PackageRefusedError:
    """A file that is not a package as expected: damaged if it starts like one, else not one."""
    return damaged(path, detail) if starts_like_a_package(head) else not_a_package(path, detail)
