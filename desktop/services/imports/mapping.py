"""Which file column fills which field: suggestions from the headers, and saved mapping profiles."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from sqlalchemy import select

from db.models import ImportProfile
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.i18n import translate
from desktop.services.imports.target import TargetField
from desktop.services.records import get_or_raise
from desktop.services.text import clean

_NOT_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class ColumnMapping:
    """Field key -> the file's header (``columns``) or a value typed in the wizard (``fixed``)."""

    columns: dict[str, str] = field(default_factory=dict)
    fixed: dict[str, str] = field(default_factory=dict)

    def mapped(self, key: str) -> bool:
        return key in self.columns or key in self.fixed

    def as_json(self) -> dict:
        return {
            **dict(self.columns.items()),
            **{key: {"value": value} for key, value in self.fixed.items()},
        }

    @classmethod
    def from_json(cls, data: dict) -> ColumnMapping:
        columns = {key: value for key, value in data.items() if isinstance(value, str)}
        fixed = {key: str(value["value"]) for key, value in data.items() if isinstance(value, dict)}
        return cls(columns, fixed)


@dataclass(frozen=True)
class ProfileRow:
    id: int
    name: str
    target: str
    mapping: ColumnMapping
    headers: tuple[str, ...]
    options: dict


def header_key(text: str) -> str:
    """A header compared loosely: case, spaces, punctuation and line breaks ignored."""
    folded = unicodedata.normalize("NFC", clean(text)).casefold()
    return _NOT_WORD.sub("", folded)


def suggest_mapping(headers: list[str] | tuple[str, ...], fields: tuple[TargetField, ...]) -> ColumnMapping:
    """The column each field most likely comes from: an exact alias first, then an alias inside
    the header ("Name of the school" for "school name"). Each column serves one field at most."""
    keys = {header: header_key(header) for header in headers}
    taken: set[str] = set()
    chosen: dict[str, str] = {}
    for exact in (True, False):
        for target_field in fields:
            if target_field.key in chosen:
                continue
            for alias in (target_field.key, target_field.label, *target_field.aliases):
                wanted = header_key(alias)
                match = next(
                    (
                        header
                        for header, key in keys.items()
                        if header not in taken
                        and wanted
                        and (key == wanted if exact else len(wanted) >= 4 and wanted in key)
                    ),
                    None,
                )
                if match is not None:
                    chosen[target_field.key] = match
                    taken.add(match)
                    break
    order = [f.key for f in fields]
    return ColumnMapping({key: chosen[key] for key in order if key in chosen})


def mapping_problems(
    mapping: ColumnMapping, fields: tuple[TargetField, ...], headers: tuple[str, ...]
) -> dict:
    """Field key -> why the mapping cannot be used (a required field unmapped, a lost column)."""
    problems: dict[str, str] = {}
    for target_field in fields:
        if target_field.required and not mapping.mapped(target_field.key):
            problems[target_field.key] = translate(
                "Imports", "{field} is required: choose the column that holds it."
            ).format(field=translate("Imports", target_field.label))
        column = mapping.columns.get(target_field.key)
        if column is not None and column not in headers:
            problems[target_field.key] = translate(
                "Imports", 'The file has no column "{column}" for {field}.'
            ).format(column=column, field=translate("Imports", target_field.label))
        fixed = mapping.fixed.get(target_field.key)
        if fixed is not None and not target_field.fixed_allowed:
            problems[target_field.key] = translate(
                "Imports", "{field} must come from a column of the file."
            ).format(field=translate("Imports", target_field.label))
        elif fixed is not None and not clean(fixed):
            problems[target_field.key] = translate("Imports", "Type the {field} or choose a column.").format(
                field=translate("Imports", target_field.label).lower()
            )
    return problems


def _row(profile: ImportProfile) -> ProfileRow:
    return ProfileRow(
        profile.id,
        profile.name,
        profile.target,
        ColumnMapping.from_json(profile.mapping),
        tuple(profile.headers),
        dict(profile.options or {}),
    )


def save_profile(
    db: Database,
    name: str,
    target: str,
    mapping: ColumnMapping,
    headers: tuple[str, ...],
    options: dict | None = None,
) -> ProfileRow:
    """Save (or replace, by name) a mapping to offer again for files with the same headers."""
    cleaned = clean(name)
    if not cleaned:
        raise ValidationError.single(
            "name", translate("Imports", "Give the mapping a name, e.g. “UDISE school list”.")
        )
    if len(cleaned) > 120:
        raise ValidationError.single(
            "name",
            translate("Imports", "The name is {count} characters long; at most 120 fit.").format(
                count=len(cleaned)
            ),
        )
    with db.transaction() as session:
        profile = session.scalar(select(ImportProfile).where(ImportProfile.name == cleaned))
        if profile is None:
            profile = ImportProfile(name=cleaned)
            session.add(profile)
        profile.target = target
        profile.mapping = mapping.as_json()
        profile.headers = list(headers)
        profile.options = dict(options or {})
        session.flush()
        return _row(profile)


def list_profiles(db: Database, target: str | None = None) -> list[ProfileRow]:
    with db.reading() as session:
        statement = select(ImportProfile).order_by(ImportProfile.name)
        if target is not None:
            statement = statement.where(ImportProfile.target == target)
        return [_row(profile) for profile in session.scalars(statement)]


def find_profile(db: Database, name: str) -> ProfileRow | None:
    """The profile called ``name`` (case does not matter)."""
    wanted = clean(name).casefold()
    return next((p for p in list_profiles(db) if p.name.casefold() == wanted), None)


def matching_profile(db: Database, target: str, headers: tuple[str, ...]) -> ProfileRow | None:
    """The saved profile whose every mapped column is among ``headers``, the closest fit first."""
    have = {header_key(header) for header in headers}
    best: tuple[int, ProfileRow] | None = None
    for profile in list_profiles(db, target):
        needed = {header_key(column) for column in profile.mapping.columns.values()}
        if not needed or not needed <= have:
            continue
        overlap = len({header_key(h) for h in profile.headers} & have)
        if best is None or overlap > best[0]:
            best = (overlap, profile)
    return best[1] if best else None


def adapt_to_headers(mapping: ColumnMapping, headers: tuple[str, ...]) -> ColumnMapping:
    """A saved mapping's columns spelt as this file spells them (case, spacing, line breaks)."""
    by_key = {header_key(header): header for header in headers}
    columns = {
        key: by_key[header_key(column)]
        for key, column in mapping.columns.items()
        if header_key(column) in by_key
    }
    return ColumnMapping(columns, dict(mapping.fixed))


def delete_profile(db: Database, profile_id: int) -> None:
    with db.transaction() as session:
        session.delete(
            get_or_raise(session, ImportProfile, profile_id, translate("Imports", "Saved mapping"))
        )
