"""The fixed words of committees: kinds of body, levels, roles and meeting frequencies."""

from __future__ import annotations

BODY_KINDS: dict[str, str] = {
    "district_task_force": "District Task Force",
    "district_steering_committee": "District Steering Committee",
    "district_resource_group": "District Resource Group",
    "dpmu": "District Project Management Unit",
    "core_committee": "Core committee (department and NGOs)",
    "block_review_group": "Block review group",
    "cluster_review_group": "Cluster review group",
    "school_committee": "School committee (SDMC)",
    "custom": "Other (described)",
}

LEVELS: dict[str, str] = {
    "district": "District",
    "block": "Block",
    "cluster": "Cluster",
    "school": "School",
}
# Escalation goes one step up this ladder: school → cluster → block → district.
LEVEL_ORDER: tuple[str, ...] = ("school", "cluster", "block", "district")

ROLES: dict[str, str] = {
    "chair": "Chair",
    "convenor": "Convenor",
    "member_secretary": "Member secretary",
    "member": "Member",
    "special_invitee": "Special invitee",
}
# Roles held by one person at a time in a body.
SINGLE_HOLDER_ROLES = frozenset({"chair"})
# The order members are listed in on orders, contact sheets and attendance.
ROLE_ORDER: dict[str, int] = {code: index for index, code in enumerate(ROLES)}

FREQUENCIES: dict[str, str] = {
    "review_cadence": "Monthly review (2-4-6-8 cadence)",
    "monthly": "Monthly",
    "quarterly": "Quarterly",
    "half_yearly": "Half-yearly",
    "as_needed": "As needed",
}


def body_kind_label(kind: str, kind_other: str | None) -> str:
    if kind == "custom":
        return kind_other or BODY_KINDS["custom"]
    return BODY_KINDS.get(kind, kind)


def next_level(level: str) -> str | None:
    """The level an overdue item at ``level`` is escalated to, or ``None`` at the district."""
    index = LEVEL_ORDER.index(level)
    return LEVEL_ORDER[index + 1] if index + 1 < len(LEVEL_ORDER) else None
