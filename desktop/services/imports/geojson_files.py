"""GeoJSON FeatureCollections: each feature a row, its properties the columns, plus its point."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.imports.file_safety import fail
from desktop.services.imports.values import cell_text

EXPECTED = QT_TRANSLATE_NOOP("Imports", "a GeoJSON FeatureCollection, as the school GIS service exports it")


@dataclass
class Features:
    columns: list[str]  # property names in order of first appearance, then longitude/latitude
    rows: list[list[str]]
    row_numbers: list[int]  # the feature's position in the file, from 1
    more_follow: bool  # the service's exceededTransferLimit: a next page exists


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return cell_text(value)


def _point(geometry: object) -> tuple[str, str] | None:
    if not isinstance(geometry, dict) or geometry.get("type") != "Point":
        return None
    coordinates = geometry.get("coordinates")
    if not isinstance(coordinates, list) or len(coordinates) < 2:
        return None
    return _text(coordinates[0]), _text(coordinates[1])


def read_features(path: Path) -> Features:
    """Every feature of the collection at ``path`` as a row of text cells."""
    raw = path.read_bytes()
    try:
        document = json.loads(raw)
    except UnicodeDecodeError as error:
        fail(
            path.name,
            translate("Imports", "is not valid UTF-8 text (byte {byte:,})").format(byte=error.start + 1),
            translate("Imports", EXPECTED),
        )
    except json.JSONDecodeError as error:
        fail(
            path.name,
            translate("Imports", "is not valid JSON: {msg} at line {lineno:,}, column {colno:,}").format(
                msg=error.msg, lineno=error.lineno, colno=error.colno
            )
            + (
                translate("Imports", " — the file may be cut short") if error.pos >= len(raw.rstrip()) else ""
            ),
            translate("Imports", EXPECTED),
        )
    kind = document.get("type") if isinstance(document, dict) else type(document).__name__
    if kind != "FeatureCollection" or not isinstance(document.get("features"), list):
        fail(
            path.name,
            translate("Imports", 'is not a GeoJSON FeatureCollection (its type is "{kind}")').format(
                kind=kind
            ),
            translate("Imports", EXPECTED),
        )
    features = document["features"]
    if not features:
        fail(
            path.name,
            translate("Imports", "has no features"),
            translate("Imports", "at least one feature (school)"),
        )
    columns: dict[str, None] = {}
    points = False
    for feature in features:
        properties = feature.get("properties") if isinstance(feature, dict) else None
        if isinstance(properties, dict):
            columns.update(dict.fromkeys(properties))
        points = points or (isinstance(feature, dict) and _point(feature.get("geometry")) is not None)
    add_point = points and "longitude" not in columns and "latitude" not in columns
    names = list(columns) + (["longitude", "latitude"] if add_point else [])
    rows = []
    for feature in features:
        properties = feature.get("properties") if isinstance(feature, dict) else None
        properties = properties if isinstance(properties, dict) else {}
        row = [_text(properties.get(name)) for name in columns]
        if add_point:
            row.extend(_point(feature.get("geometry")) or ("", ""))
        rows.append(row)
    more = document.get("exceededTransferLimit") is True or (
        isinstance(document.get("properties"), dict)
        and document["properties"].get("exceededTransferLimit") is True
    )
    return Features(names, rows, list(range(1, len(rows) + 1)), more)
