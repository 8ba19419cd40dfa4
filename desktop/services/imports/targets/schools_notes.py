"""What a school directory import will do besides storing the schools: the districts, blocks and
clusters it adds, names it writes with capitals, placeholder coordinates and other systems' ids."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.services.i18n import plural, translate
from desktop.services.imports.targets.schools_places import DistrictReading, listed

if TYPE_CHECKING:
    import pandas as pd

    from desktop.services.imports.targets.schools_check import SchoolPayload


def import_notes(
    payload: SchoolPayload,
    districts: DistrictReading,
    capitals: dict[str, str],
    placeholders: int,
    written: pd.DataFrame,
) -> list[str]:
    """What the import will add or change besides the schools, in the interface's language."""
    notes = []
    for code, name, state in payload.new_districts:
        if code in districts.state_from_code:
            message = translate(
                "Imports", "Will add district {name} ({code}) in {state} (the state from the UDISE code)."
            )
        else:
            message = translate("Imports", "Will add district {name} ({code}) in {state}.")
        notes.append(message.format(name=name, code=code, state=state))
    named_blocks = [name for _code, name in payload.new_blocks if name not in payload.coded_blocks]
    cluster_names = [name for _code, _block, name in payload.new_clusters]
    # Clusters of different blocks may share a name ("C1"): those are named with their block.
    repeated = {name for name in cluster_names if cluster_names.count(name) > 1}
    clusters = [
        f"{name} ({block})" if name in repeated else name for _code, block, name in payload.new_clusters
    ]
    if named_blocks:
        message = plural(
            len(named_blocks),
            translate("Imports", "Will add {count} block: {names}."),
            translate("Imports", "Will add {count} blocks: {names}."),
        )
        notes.append(message.format(count=len(named_blocks), names=listed(named_blocks)))
    if clusters:
        message = plural(
            len(clusters),
            translate("Imports", "Will add {count} cluster: {names}."),
            translate("Imports", "Will add {count} clusters: {names}."),
        )
        notes.append(message.format(count=len(clusters), names=listed(clusters)))
    added = {
        "district": [name for _code, name, _state in payload.new_districts],
        "block": named_blocks,
        "cluster": [name for _code, _block, name in payload.new_clusters],
    }
    if payload.coded_blocks:
        coded = sorted(payload.coded_blocks)
        message = plural(
            len(coded),
            translate(
                "Imports",
                "Will add {count} block named by its UDISE block code ({names}); rename it on the Blocks and "
                "clusters page — later imports will find it by its code.",
            ),
            translate(
                "Imports",
                "Will add {count} blocks named by their UDISE block codes ({names}); rename them on the Blocks "
                "and clusters page — later imports will find them by their codes.",
            ),
        )
        notes.append(message.format(count=len(coded), names=listed(coded)))
    names_of = {
        "state": translate("Imports", "state"),
        "district": translate("Imports", "district"),
        "block": translate("Imports", "block"),
        "cluster": translate("Imports", "cluster"),
    }
    for key, case in capitals.items():
        as_file = str.lower if case == "lower" else str.upper
        # An example the capitals changed ("C1" is the same either way and shows nothing).
        example = next((name for name in added.get(key, []) if as_file(name) != name), None)
        if example is not None:
            if case == "lower":
                message = translate(
                    "Imports",
                    "The file writes {what} names all in lower case; new ones are stored with capitals "
                    "({typed} → {stored}), names already in the database keep their spelling.",
                )
            else:
                message = translate(
                    "Imports",
                    "The file writes {what} names all in capitals; new ones are stored with capitals "
                    "({typed} → {stored}), names already in the database keep their spelling.",
                )
            notes.append(message.format(what=names_of[key], typed=as_file(example), stored=example))
    if placeholders:
        message = plural(
            placeholders,
            translate(
                "Imports",
                "{count} school had placeholder coordinates (whole degrees such as 77, 12); left empty.",
            ),
            translate(
                "Imports",
                "{count} schools had placeholder coordinates (whole degrees such as 77, 12); left empty.",
            ),
        )
        notes.append(message.format(count=placeholders))
    aliases = int(written["alias_new"].sum())
    if aliases:
        message = plural(
            aliases,
            translate("Imports", "Will record {count} {system} school id."),
            translate("Imports", "Will record {count} {system} school ids."),
        )
        notes.append(message.format(count=aliases, system=payload.alias_system))
    return notes
