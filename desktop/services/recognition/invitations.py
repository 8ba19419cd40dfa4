"""Invitations to a cycle's recognition event: one numbered letter, a copy to each selected
nominee, in English and the programme's regional language.

The letter is a circular (register kind "invitation") from the cycle's issuing office, signed by
its signatory: the subject in both languages, then the body in English and again in the regional
language — that the nominee was selected and what for, the event's date, time and venue, and a
request to come 30 minutes early with an identity card. When the invitees are recognised for
different things, the letter lists each one's name with what they are recognised for.

Persons are addressed by name (the regional name below the English one where recorded); a school
through its headmaster and a cluster through its cluster resource person. Each recipient is a
"person" recipient whose id is the nomination's, with every person placeholder filled. Issuing
marks the nominations invited in the same transaction as the number is taken; a reprint from the
register is an ordinary circular reprint.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from sqlalchemy.orm import Session

from db.models import DispatchEntry, Person, RecognitionCycle, RecognitionNomination, RecognitionProgramme
from desktop.documents.circular import Signatory
from desktop.documents.governance_data import clock, weekday
from desktop.documents.markup import table_cell
from desktop.documents.placeholders import literal
from desktop.documents.text import indian_date
from desktop.services.circulars import CircularDraft, issue_circular
from desktop.services.database import Database
from desktop.services.dispatch import IssuedDocument
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.i18n import translate
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.recipients import HEADMASTER_TITLE, Recipient
from desktop.services.recognition.printed import (
    PrintedNominee,
    cycle_and_programme,
    nominations_at,
    printed_nominees,
    refuse_dated_before,
    require_details,
    signatory_of,
)
from desktop.services.recognition.vocabulary import STATUSES

KIND = "invitation"
NEEDED = ("office_id", "signatory_person_id", "event_date", "event_time", "venue")
CRP_TITLE = {
    "en": "The Cluster Resource Person",
    "kn": "ಸಮೂಹ ಸಂಪನ್ಮೂಲ ವ್ಯಕ್ತಿಗಳು",
    "hi": "संकुल संसाधन व्यक्ति",
    "mr": "समूह साधन व्यक्ती",
}
WEEKDAYS = {
    "kn": ("ಸೋಮವಾರ", "ಮಂಗಳವಾರ", "ಬುಧವಾರ", "ಗುರುವಾರ", "ಶುಕ್ರವಾರ", "ಶನಿವಾರ", "ಭಾನುವಾರ"),
    "hi": ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"),
    "mr": ("सोमवार", "मंगळवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"),
}
# The part of the day said before a time, from the hour it starts: "ಬೆಳಿಗ್ಗೆ 10:30 ಗಂಟೆಗೆ".
DAY_PARTS = {
    "kn": ((0, "ರಾತ್ರಿ"), (5, "ಬೆಳಿಗ್ಗೆ"), (12, "ಮಧ್ಯಾಹ್ನ"), (16, "ಸಂಜೆ"), (20, "ರಾತ್ರಿ")),
    "hi": ((0, "रात"), (5, "सुबह"), (12, "दोपहर"), (16, "शाम"), (20, "रात")),
    "mr": ((0, "रात्री"), (5, "सकाळी"), (12, "दुपारी"), (16, "सायंकाळी"), (20, "रात्री")),
}
O_CLOCK = {"kn": "ಗಂಟೆಗೆ", "hi": "बजे", "mr": "वाजता"}

# Who was selected, by the kinds of the invitees: persons, schools, clusters, or a mix.
WHOM = {
    "en": {
        "person": "you have",
        "school": "your school has",
        "cluster": "your cluster has",
        "mixed": "you, or the school or cluster you lead, have",
    },
    "kn": {
        "person": "ತಮ್ಮನ್ನು",
        "school": "ತಮ್ಮ ಶಾಲೆಯನ್ನು",
        "cluster": "ತಮ್ಮ ಕ್ಲಸ್ಟರನ್ನು",
        "mixed": "ತಮ್ಮನ್ನು ಅಥವಾ ತಮ್ಮ ಸಂಸ್ಥೆಯನ್ನು",
    },
    "hi": {
        "person": "आपका",
        "school": "आपके विद्यालय का",
        "cluster": "आपके संकुल का",
        "mixed": "आपका अथवा आपकी संस्था का",
    },
    "mr": {
        "person": "आपली",
        "school": "आपल्या शाळेची",
        "cluster": "आपल्या केंद्राची",
        "mixed": "आपली किंवा आपल्या संस्थेची",
    },
}
# What for: one category named, or "as listed below" when the invitees differ.
FOR_CATEGORY = {
    "en": " for outstanding contribution in “{category}”",
    "kn": " “{category}” ಕ್ಷೇತ್ರದಲ್ಲಿನ ಅತ್ಯುತ್ತಮ ಕೊಡುಗೆಗಾಗಿ",
    "hi": " “{category}” के क्षेत्र में उत्कृष्ट योगदान के लिए",
    "mr": " “{category}” क्षेत्रातील उत्कृष्ट योगदानासाठी",
}
FOR_LISTED = {
    "en": " for the contribution noted against each name in the list below",
    "kn": " ಕೆಳಗಿನ ಪಟ್ಟಿಯಲ್ಲಿ ಹೆಸರಿನ ಎದುರು ನಮೂದಿಸಿರುವ ಕೊಡುಗೆಗಾಗಿ",
    "hi": " नीचे दी गई सूची में नाम के सामने अंकित योगदान के लिए",
    "mr": " खालील यादीत नावासमोर नमूद केलेल्या योगदानासाठी",
}
SUBJECT = {
    "en": "Invitation to the recognition event of {programme} ({cycle}) on {date}",
    "kn": "{programme} ({cycle}) ಸನ್ಮಾನ ಸಮಾರಂಭಕ್ಕೆ ಆಹ್ವಾನ",
    "hi": "{programme} ({cycle}) सम्मान समारोह हेतु आमंत्रण",
    "mr": "{programme} ({cycle}) सन्मान सोहळ्यासाठी निमंत्रण",
}
# The letter in each language; {selected} is the sentence built from WHOM and FOR_*.
BODY = {
    "en": (
        "Sir/Madam,\n"
        "I am pleased to inform you that {whom} been selected for recognition under *{programme}* "
        "({cycle}){for_what}.\n"
        "You are cordially invited to the recognition event:\n"
        "- *Date and time:* {date} ({weekday}), {time}\n"
        "- *Venue:* {venue}\n"
        "Please arrive 30 minutes before the event begins, and bring an identity card with you."
    ),
    "kn": (
        "ಮಾನ್ಯರೇ,\n"
        "*{programme}* ({cycle}) ಕಾರ್ಯಕ್ರಮದಡಿ{for_what} {whom} ಗೌರವಕ್ಕೆ ಆಯ್ಕೆ ಮಾಡಲಾಗಿದೆ ಎಂದು "
        "ತಿಳಿಸಲು ಸಂತೋಷವಾಗುತ್ತದೆ.\n"
        "ಸನ್ಮಾನ ಸಮಾರಂಭದಲ್ಲಿ ಭಾಗವಹಿಸಲು ತಮ್ಮನ್ನು ಆತ್ಮೀಯವಾಗಿ ಆಹ್ವಾನಿಸಲಾಗಿದೆ:\n"
        "- *ದಿನಾಂಕ ಮತ್ತು ಸಮಯ:* {date} ({weekday}), {time}\n"
        "- *ಸ್ಥಳ:* {venue}\n"
        "ಕಾರ್ಯಕ್ರಮ ಆರಂಭವಾಗುವ 30 ನಿಮಿಷ ಮುಂಚಿತವಾಗಿ ಆಗಮಿಸಬೇಕೆಂದು ಹಾಗೂ ಯಾವುದಾದರೂ ಒಂದು ಗುರುತಿನ "
        "ಚೀಟಿಯನ್ನು ತರಬೇಕೆಂದು ಕೋರಲಾಗಿದೆ."
    ),
    "hi": (
        "महोदय/महोदया,\n"
        "आपको यह सूचित करते हुए हर्ष हो रहा है कि *{programme}* ({cycle}) कार्यक्रम के अंतर्गत{for_what} "
        "{whom} सम्मान हेतु चयन किया गया है।\n"
        "सम्मान समारोह में भाग लेने हेतु आपको सादर आमंत्रित किया जाता है:\n"
        "- *दिनांक एवं समय:* {date} ({weekday}), {time}\n"
        "- *स्थान:* {venue}\n"
        "कृपया कार्यक्रम आरंभ होने से 30 मिनट पहले पहुँचें तथा अपना कोई एक पहचान पत्र साथ लाएँ।"
    ),
    "mr": (
        "महोदय/महोदया,\n"
        "*{programme}* ({cycle}) उपक्रमांतर्गत{for_what} {whom} सन्मानासाठी निवड झाली आहे, हे कळविण्यास "
        "आनंद होत आहे.\n"
        "सन्मान सोहळ्यात सहभागी होण्यासाठी आपणास सादर निमंत्रित करण्यात येत आहे:\n"
        "- *दिनांक व वेळ:* {date} ({weekday}), {time}\n"
        "- *स्थळ:* {venue}\n"
        "कृपया कार्यक्रम सुरू होण्याच्या 30 मिनिटे आधी उपस्थित राहावे व आपले कोणतेही एक ओळखपत्र सोबत आणावे."
    ),
}
LIST_HEADINGS = {
    "en": ("Selected nominees", "No.", "Name", "Recognised for"),
    "kn": ("ಆಯ್ಕೆಯಾದವರ ಪಟ್ಟಿ", "ಕ್ರ.ಸಂ.", "ಹೆಸರು", "ಕೊಡುಗೆ"),
    "hi": ("चयनित नामों की सूची", "क्र.", "नाम", "योगदान"),
    "mr": ("निवड झालेल्यांची यादी", "अ.क्र.", "नाव", "योगदान"),
}


def regional_time(value: time, language: str) -> str:
    """A time as the regional letter says it: "ಬೆಳಿಗ್ಗೆ 10:30 ಗಂಟೆಗೆ", "दोपहर 2:30 बजे"."""
    part = [word for start, word in DAY_PARTS[language] if value.hour >= start][-1]
    return f"{part} {value.hour % 12 or 12}:{value.minute:02d} {O_CLOCK[language]}"


def _invitees_kind(nominees: Sequence[PrintedNominee]) -> str:
    kinds = {n.kind if n.kind in ("school", "cluster") else "person" for n in nominees}
    return kinds.pop() if len(kinds) == 1 else "mixed"


def _body(
    cycle: RecognitionCycle,
    programme: RecognitionProgramme,
    nominees: Sequence[PrintedNominee],
    language: str,
) -> str:
    assert cycle.event_date is not None and cycle.event_time is not None and cycle.venue  # require_details
    categories = {nominee.category for nominee in nominees}
    listed = len(categories) > 1
    kind = _invitees_kind(nominees)
    parts = []
    for lang in ("en", language):
        english = lang == "en"
        category = next(iter(categories))
        if listed:
            for_what = FOR_LISTED[lang]
        else:
            for_what = FOR_CATEGORY[lang].format(category=literal(category)) if category else ""
        venue = cycle.venue if english else cycle.venue_local or cycle.venue
        parts.append(
            BODY[lang].format(
                whom=WHOM[lang][kind],
                programme=literal(programme.name if english else programme.name_local or programme.name),
                cycle=literal(cycle.name),
                for_what=for_what,
                date=indian_date(cycle.event_date),
                weekday=weekday(cycle.event_date) if english else WEEKDAYS[lang][cycle.event_date.weekday()],
                time=clock(cycle.event_time) if english else regional_time(cycle.event_time, lang),
                venue=literal(" ".join(venue.split())),
            )
        )
    if listed:
        parts.append(_invitee_list(nominees, language))
    return "\n\n".join(parts)


def _invitee_list(nominees: Sequence[PrintedNominee], language: str) -> str:
    english, regional = LIST_HEADINGS["en"], LIST_HEADINGS[language]
    headings = [f"{e} / {r}" for e, r in zip(english, regional, strict=True)]
    lines = [f"*{headings[0]}*", f"| {' | '.join(headings[1:])} |", "|---|---|---|"]
    for number, nominee in enumerate(nominees, start=1):
        name = nominee.name
        if nominee.name_local and nominee.name_local != nominee.name:
            name += f" ({nominee.name_local})"
        cells = (str(number), f"{name}, {nominee.description}", nominee.category or "—")
        lines.append("| " + " | ".join(literal(table_cell(cell)) for cell in cells) + " |")
    return "\n".join(lines)


def _subject(cycle: RecognitionCycle, programme: RecognitionProgramme, language: str) -> str:
    english = SUBJECT["en"].format(
        programme=programme.name, cycle=cycle.name, date=indian_date(cycle.event_date)
    )
    regional = SUBJECT[language].format(programme=programme.name_local or programme.name, cycle=cycle.name)
    return literal(" ".join(f"{english} / {regional}".split()))


def _recipient(
    session: Session, nominee: PrintedNominee, nomination: RecognitionNomination, language: str
) -> Recipient:
    """The invitee as a "person" recipient with every person placeholder filled."""
    local = nominee.name_local or nominee.name
    if nominee.kind == "school":
        english_title, regional_title = HEADMASTER_TITLE["en"], HEADMASTER_TITLE[language]
        designation, works_at = "Headmaster", nominee.name
    elif nominee.kind == "cluster":
        english_title, regional_title = CRP_TITLE["en"], CRP_TITLE[language]
        designation, works_at = "Cluster Resource Person", nominee.name
    else:
        person = session.get(Person, nomination.person_id)
        assert person is not None  # printed_nominees read it
        affiliation = person.school or person.office or person.organisation
        works_at = affiliation.name if affiliation is not None else nominee.description
        values = {
            "person_name": nominee.name,
            "person_name_local": local,
            "designation": nominee.designation or "",
            "works_at": works_at,
        }
        lines = [nominee.name, local, nominee.designation or "", works_at]
        return Recipient(
            "person", nomination.id, f"{nominee.name}, {nominee.designation}", _distinct(lines), values
        )
    values = {
        "person_name": f"{english_title}, {nominee.name}",
        "person_name_local": f"{regional_title}, {local}",
        "designation": designation,
        "works_at": works_at,
    }
    block = f"{nominee.block} block" if nominee.block else ""
    lines = [f"{english_title} / {regional_title}", nominee.name, local, block]
    return Recipient("person", nomination.id, nominee.name, _distinct(lines), values)


def _distinct(lines: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(line for line in lines if line))


def invitation_draft(
    db: Database, cycle_id: int, nomination_ids: Sequence[int], issued_on: date, section: str = ""
) -> CircularDraft:
    """The invitation letter to the chosen selected nominees, ready to preview or issue. Refused
    for a nominee not selected, a cycle without its office, signatory, event date, time or venue,
    or a date after the event or before the selection."""
    with db.reading() as session:
        cycle, programme = cycle_and_programme(session, cycle_id)
        require_details(cycle, programme, NEEDED, translate("Recognition", "issuing invitations"))
        assert cycle.event_date is not None and cycle.office_id is not None
        nominations = nominations_at(
            session, cycle, nomination_ids, "selected", translate("Recognition", "for an invitation")
        )
        nominees = printed_nominees(session, nominations, programme.language)
        names = {nominee.nomination_id: nominee.name for nominee in nominees}
        refuse_dated_before(
            nominations, names, "selected_on", issued_on, translate("Recognition", "their invitation")
        )
        if issued_on > cycle.event_date:
            raise ValidationError.single(
                "issued_on",
                translate(
                    "Recognition",
                    "The invitation is dated {day}, after the event on {event_day}; date it on or before the event.",
                ).format(day=indian_date(issued_on), event_day=indian_date(cycle.event_date)),
            )
        signatory = signatory_of(session, cycle)
        return CircularDraft(
            office_id=cycle.office_id,
            issued_on=issued_on,
            language="en",  # the letter's own labels (No., Date, Subject) are in English
            subject=_subject(cycle, programme, programme.language),
            body=_body(cycle, programme, nominees, programme.language),
            recipients=tuple(
                _recipient(session, nominee, nomination, programme.language)
                for nominee, nomination in zip(nominees, nominations, strict=True)
            ),
            signatory=Signatory(signatory.name, signatory.designation, signatory.office),
            section=section,
        )


def _mark_invited(
    session: Session, entry: DispatchEntry, nomination_ids: Sequence[int], invited_on: date
) -> None:
    """Mark each nomination invited by this letter: runs inside the issuing transaction."""
    for nomination_id in nomination_ids:
        nomination = session.get(RecognitionNomination, nomination_id)
        if nomination is None or nomination.status != "selected":
            if nomination is None:
                message = translate(
                    "Recognition",
                    "Nomination #{number} no longer exists; no invitation was issued. Try again.",
                )
            else:
                message = translate(
                    "Recognition",
                    "Nomination #{number} is now {status}; no invitation was issued. Try again.",
                )
            status = translate("Recognition", STATUSES[nomination.status]).lower() if nomination else ""
            raise ConflictError(message.format(number=nomination_id, status=status))
        nomination.status = "invited"
        nomination.invited_on = invited_on
        nomination.invitation_entry_id = entry.id


def issue_invitations(
    db: Database,
    cycle_id: int,
    nomination_ids: Sequence[int],
    issued_on: date,
    *,
    section: str = "",
    progress: Progress = NO_PROGRESS,
) -> IssuedDocument:
    """Number, print and register the invitation (a copy per invitee) and mark the nominations
    invited, as one unit; nothing is numbered or marked if any check fails."""
    draft = invitation_draft(db, cycle_id, nomination_ids, issued_on, section)
    ids = [recipient.id for recipient in draft.recipients]
    return issue_circular(
        db,
        draft,
        progress,
        kind=KIND,
        on_issued=lambda session, entry: _mark_invited(session, entry, ids, issued_on),
    )
