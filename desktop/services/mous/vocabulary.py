"""The fixed words of MoUs: focus areas, states, parties, data categories, and their labels."""

from __future__ import annotations

from desktop.services.i18n import QT_TRANSLATE_NOOP, translate

# The labels are kept in English on paper (registers, letters); the interface shows them with
# translate("MoUs", label).

FOCUS_AREAS: dict[str, str] = {
    "fln": QT_TRANSLATE_NOOP("MoUs", "Foundational literacy and numeracy (FLN)"),
    "school_leadership": QT_TRANSLATE_NOOP("MoUs", "School leadership development"),
    "teacher_development": QT_TRANSLATE_NOOP("MoUs", "Teacher professional development"),
    "community_engagement": QT_TRANSLATE_NOOP("MoUs", "Community engagement"),
    "custom": QT_TRANSLATE_NOOP("MoUs", "Other (described)"),
}

STATUSES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("MoUs", "Draft"),
    "under_review": QT_TRANSLATE_NOOP("MoUs", "Under review"),
    "signed": QT_TRANSLATE_NOOP("MoUs", "Signed"),
    "active": QT_TRANSLATE_NOOP("MoUs", "Active"),
    "expired": QT_TRANSLATE_NOOP("MoUs", "Expired"),
    "terminated": QT_TRANSLATE_NOOP("MoUs", "Terminated"),
}
# While an MoU is being agreed its terms can change; once signed, only through an amendment.
EDITABLE_STATUSES = frozenset({"draft", "under_review"})

PARTIES: dict[str, str] = {
    "district": QT_TRANSLATE_NOOP("MoUs", "The district"),
    "partner": QT_TRANSLATE_NOOP("MoUs", "The partner"),
}

OBLIGATION_KINDS: dict[str, str] = {
    "responsibility": QT_TRANSLATE_NOOP("MoUs", "Responsibility"),
    "deliverable": QT_TRANSLATE_NOOP("MoUs", "Deliverable"),
}
OBLIGATION_STATUSES: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("MoUs", "Pending"),
    "in_progress": QT_TRANSLATE_NOOP("MoUs", "In progress"),
    "done": QT_TRANSLATE_NOOP("MoUs", "Done"),
    "dropped": QT_TRANSLATE_NOOP("MoUs", "Dropped"),
}
OPEN_OBLIGATION_STATUSES = ("pending", "in_progress")
FREQUENCIES = ("once", "monthly", "quarterly", "half-yearly", "yearly")
FREQUENCY_LABELS: dict[str, str] = {
    "once": QT_TRANSLATE_NOOP("MoUs", "Once"),
    "monthly": QT_TRANSLATE_NOOP("MoUs", "Monthly"),
    "quarterly": QT_TRANSLATE_NOOP("MoUs", "Quarterly"),
    "half-yearly": QT_TRANSLATE_NOOP("MoUs", "Half-yearly"),
    "yearly": QT_TRANSLATE_NOOP("MoUs", "Yearly"),
}

# What a partner may be given. The USB export reads these codes: nothing outside them leaves.
DATA_CATEGORIES: dict[str, str] = {
    "school_directory": QT_TRANSLATE_NOOP(
        "MoUs", "School directory (names, UDISE codes, location, management)"
    ),
    "school_indicators": QT_TRANSLATE_NOOP(
        "MoUs", "School-level indicators (enrolment, attendance, teachers)"
    ),
    "assessment_aggregates": QT_TRANSLATE_NOOP(
        "MoUs", "Aggregated assessment results (by school, cluster, block)"
    ),
    "student_results_pseudonymised": QT_TRANSLATE_NOOP(
        "MoUs", "Pseudonymised student-level assessment results"
    ),
    "official_contacts": QT_TRANSLATE_NOOP("MoUs", "Contact details of officials"),
}
MAX_KEEP_MONTHS = 120

ATTACHMENT_KINDS: dict[str, str] = {
    "signed_copy": QT_TRANSLATE_NOOP("MoUs", "Signed copy"),
    "annexure": QT_TRANSLATE_NOOP("MoUs", "Annexure"),
    "other": QT_TRANSLATE_NOOP("MoUs", "Other"),
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


def status_word(status: str) -> str:
    """A status inside a sentence, in the interface's language ("signed")."""
    return translate("MoUs", STATUSES[status]).lower()
