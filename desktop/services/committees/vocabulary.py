"""The fixed words of committees: kinds of body, levels, roles and meeting frequencies."""

from __future__ import annotations

from desktop.services.i18n import QT_TRANSLATE_NOOP

# Kept in English in the database and on paper; the interface shows them with
# translate("Committees", label).

BODY_KINDS: dict[str, str] = {
    "district_task_force": QT_TRANSLATE_NOOP("Committees", "District Task Force"),
    "district_steering_committee": QT_TRANSLATE_NOOP("Committees", "District Steering Committee"),
    "district_resource_group": QT_TRANSLATE_NOOP("Committees", "District Resource Group"),
    "dpmu": QT_TRANSLATE_NOOP("Committees", "District Project Management Unit"),
    "core_committee": QT_TRANSLATE_NOOP("Committees", "Core committee (department and NGOs)"),
    "block_review_group": QT_TRANSLATE_NOOP("Committees", "Block review group"),
    "cluster_review_group": QT_TRANSLATE_NOOP("Committees", "Cluster review group"),
    "school_committee": QT_TRANSLATE_NOOP("Committees", "School committee (SDMC)"),
    "custom": QT_TRANSLATE_NOOP("Committees", "Other (described)"),
}

LEVELS: dict[str, str] = {
    "district": QT_TRANSLATE_NOOP("Committees", "District"),
    "block": QT_TRANSLATE_NOOP("Committees", "Block"),
    "cluster": QT_TRANSLATE_NOOP("Committees", "Cluster"),
    "school": QT_TRANSLATE_NOOP("Committees", "School"),
}
# Escalation goes one step up this ladder: school → cluster → block → district.
LEVEL_ORDER: tuple[str, ...] = ("school", "cluster", "block", "district")

ROLES: dict[str, str] = {
    "chair": QT_TRANSLATE_NOOP("Committees", "Chair"),
    "convenor": QT_TRANSLATE_NOOP("Committees", "Convenor"),
    "member_secretary": QT_TRANSLATE_NOOP("Committees", "Member secretary"),
    "member": QT_TRANSLATE_NOOP("Committees", "Member"),
    "special_invitee": QT_TRANSLATE_NOOP("Committees", "Special invitee"),
}
# Roles held by one person at a time in a body.
SINGLE_HOLDER_ROLES = frozenset({"chair"})
# The order members are listed in on orders, contact sheets and attendance.
ROLE_ORDER: dict[str, int] = {code: index for index, code in enumerate(ROLES)}

FREQUENCIES: dict[str, str] = {
    "review_cadence": QT_TRANSLATE_NOOP("Committees", "Monthly review (2-4-6-8 cadence)"),
    "monthly": QT_TRANSLATE_NOOP("Committees", "Monthly"),
    "quarterly": QT_TRANSLATE_NOOP("Committees", "Quarterly"),
    "half_yearly": QT_TRANSLATE_NOOP("Committees", "Half-yearly"),
    "as_needed": QT_TRANSLATE_NOOP("Committees", "As needed"),
}


def body_kind_label(kind: str, kind_other: str | None) -> str:
    if kind == "custom":
        return kind_other or BODY_KINDS["custom"]
    return BODY_KINDS.get(kind, kind)


def next_level(level: str) -> str | None:
    """The level an overdue item at ``level`` is escalated to, or ``None`` at the district."""
    index = LEVEL_ORDER.index(level)
    return LEVEL_ORDER[index + 1] if index + 1 < len(LEVEL_ORDER) else None
