"""The fixed words of MoUs: focus areas, states, parties, data categories, and their labels."""

from __future__ import annotations

FOCUS_AREAS: dict[str, str] = {
    "fln": "Foundational literacy and numeracy (FLN)",
    "school_leadership": "School leadership development",
    "teacher_development": "Teacher professional development",
    "community_engagement": "Community engagement",
    "custom": "Other (described)",
}

STATUSES: dict[str, str] = {
    "draft": "Draft",
    "under_review": "Under review",
    "signed": "Signed",
    "active": "Active",
    "expired": "Expired",
    "terminated": "Terminated",
}
# While an MoU is being agreed its terms can change; once signed, only through an amendment.
EDITABLE_STATUSES = frozenset({"draft", "under_review"})

PARTIES: dict[str, str] = {"district": "The district", "partner": "The partner"}

OBLIGATION_KINDS: dict[str, str] = {"responsibility": "Responsibility", "deliverable": "Deliverable"}
OBLIGATION_STATUSES: dict[str, str] = {
    "pending": "Pending",
    "in_progress": "In progress",
    "done": "Done",
    "dropped": "Dropped",
}
OPEN_OBLIGATION_STATUSES = ("pending", "in_progress")
FREQUENCIES = ("once", "monthly", "quarterly", "half-yearly", "yearly")

# What a partner may be given. The USB export reads these codes: nothing outside them leaves.
DATA_CATEGORIES: dict[str, str] = {
    "school_directory": "School directory (names, UDISE codes, location, management)",
    "school_indicators": "School-level indicators (enrolment, attendance, teachers)",
    "assessment_aggregates": "Aggregated assessment results (by school, cluster, block)",
    "student_results_pseudonymised": "Pseudonymised student-level assessment results",
    "official_contacts": "Contact details of officials",
}
MAX_KEEP_MONTHS = 120

ATTACHMENT_KINDS: dict[str, str] = {
    "signed_copy": "Signed copy",
    "annexure": "Annexure",
    "other": "Other",
}
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024

# How long before the end date the alerts start, nearest first.
EXPIRY_WARNINGS = (30, 60, 90)
# A signature this long before the start date is more likely a mistyped year than real.
SIGNING_LEAD_DAYS = 90


def focus_label(focus: str, focus_other: str | None) -> str:
    """The focus as printed: the custom description for "custom"."""
    if focus == "custom":
        return focus_other or FOCUS_AREAS["custom"]
    return FOCUS_AREAS.get(focus, focus)
