"""Words shared by the recognition services and screens: kinds of nominee, statuses and the
steps between them, the limits on evidence."""

from __future__ import annotations

import re

from db.models.recognition import NOMINATION_STATUS_VALUES, NOMINEE_KIND_VALUES
from desktop.services.i18n import QT_TRANSLATE_NOOP, or_list, translate

# The labels stay English in the database and on paper; the screens show them with
# translate("Recognition", label).

NOMINEE_KINDS: dict[str, str] = {
    "student": QT_TRANSLATE_NOOP("Recognition", "Student"),
    "teacher": QT_TRANSLATE_NOOP("Recognition", "Teacher"),
    "headmaster": QT_TRANSLATE_NOOP("Recognition", "Headmaster"),
    "crp": QT_TRANSLATE_NOOP("Recognition", "Cluster Resource Person (CRP / CRC)"),
    "brp": QT_TRANSLATE_NOOP("Recognition", "Block Resource Person (BRP / BRC)"),
    "block_officer": QT_TRANSLATE_NOOP("Recognition", "Block officer (BEO)"),
    "official": QT_TRANSLATE_NOOP("Recognition", "Official"),
    "school": QT_TRANSLATE_NOOP("Recognition", "School"),
    "cluster": QT_TRANSLATE_NOOP("Recognition", "Cluster"),
}
UNIT_KINDS = frozenset({"school", "cluster"})
PERSON_KINDS = frozenset(NOMINEE_KINDS) - UNIT_KINDS
assert tuple(NOMINEE_KINDS) == NOMINEE_KIND_VALUES

STATUSES: dict[str, str] = {
    "nominated": QT_TRANSLATE_NOOP("Recognition", "Nominated"),
    "shortlisted": QT_TRANSLATE_NOOP("Recognition", "Shortlisted"),
    "selected": QT_TRANSLATE_NOOP("Recognition", "Selected"),
    "invited": QT_TRANSLATE_NOOP("Recognition", "Invited"),
    "attended": QT_TRANSLATE_NOOP("Recognition", "Attended"),
    "recognised": QT_TRANSLATE_NOOP("Recognition", "Recognised"),
    "withdrawn": QT_TRANSLATE_NOOP("Recognition", "Withdrawn"),
}
assert tuple(STATUSES) == NOMINATION_STATUS_VALUES

# The column that dates each status (the day the nomination reached it).
STATUS_DATES: dict[str, str] = {
    "nominated": "nominated_on",
    "shortlisted": "shortlisted_on",
    "selected": "selected_on",
    "invited": "invited_on",
    "attended": "attended_on",
    "recognised": "recognised_on",
    "withdrawn": "withdrawn_on",
}

# Where a nomination may go from each status. "invited" is reached only by issuing an invitation
# and "recognised" only by issuing a certificate, so both stay on record with a dispatch number.
NEXT_STATUSES: dict[str, frozenset[str]] = {
    "nominated": frozenset({"shortlisted", "withdrawn"}),
    "shortlisted": frozenset({"nominated", "selected", "withdrawn"}),
    "selected": frozenset({"shortlisted", "invited", "withdrawn"}),
    "invited": frozenset({"attended", "withdrawn"}),
    "attended": frozenset({"recognised"}),
    "recognised": frozenset(),
    "withdrawn": frozenset({"nominated"}),
}
# Statuses at which a nominee holds (or is on the way to) one of the cycle's places.
HOLDS_PLACE = frozenset({"selected", "invited", "attended", "recognised"})

NOMINATOR_KINDS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("Recognition", "Person"),
    "office": QT_TRANSLATE_NOOP("Recognition", "Office"),
    "organisation": QT_TRANSLATE_NOOP("Recognition", "Organisation"),
}

REGIONAL_LANGUAGES: dict[str, str] = {"kn": "Kannada", "hi": "Hindi", "mr": "Marathi"}

MAX_EVIDENCE_BYTES = 10 * 1024 * 1024  # one photo or PDF
MAX_EVIDENCE_TOTAL_BYTES = 30 * 1024 * 1024  # all of one nomination's evidence
MAX_EVIDENCE_FILES = 10

# Designations (as people.DESIGNATIONS spells them, or as staff type them) and the kind of
# nominee a person with that designation is. Matched on whole words, case ignored, first match.
_DESIGNATION_KINDS: tuple[tuple[str, str], ...] = (
    (r"\bstudent\b|\bpupil\b", "student"),
    (r"\bdiet\b", "official"),  # before "principal": a DIET Principal heads an institute
    (r"\bheadmaster\b|\bheadmistress\b|\bhead teacher\b|\bprincipal\b|\bhm\b", "headmaster"),
    (r"\bcrp\b|\bcrc\b|\bcluster resource\b|\beco\b|\beducation coordinator\b", "crp"),
    (r"\bbrp\b|\bbrc\b|\bblock resource\b", "brp"),
    (r"\bbeo\b|\bblock education officer\b", "block_officer"),
    (r"\bteacher\b|\bassistant master\b|\bassistant mistress\b", "teacher"),
)
# Government posts recognised as "official" when no narrower kind matched.
_OFFICIAL = re.compile(
    r"collector|ceo|ddpi|deo|diet|officer|\bdpo\b|dypc|coordinator|director of public|lecturer",
    re.IGNORECASE,
)


def kind_of_designation(designation: str) -> str | None:
    """The kind of nominee a designation makes a person, or None (e.g. an NGO's staff)."""
    text = " ".join(designation.lower().split())
    for pattern, kind in _DESIGNATION_KINDS:
        if re.search(pattern, text):
            return kind
    if "ngo" in text:
        return None
    return "official" if _OFFICIAL.search(text) else None


def kinds_text(kinds: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """Kinds as a sentence names them, in the interface's language: "Teacher, Headmaster or School"."""
    return or_list([translate("Recognition", NOMINEE_KINDS[kind]) for kind in NOMINEE_KINDS if kind in kinds])
