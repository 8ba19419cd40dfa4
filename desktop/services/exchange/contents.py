"""A file inside a package, as the table builders make it and the package writer takes it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PackageFile:
    name: str  # a plain file name ("school_directory.csv"), no folders
    data: bytes
