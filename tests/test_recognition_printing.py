"""Printing for recognition: bilingual invitation letters through the circulars and the dispatch
register, certificate batches, reprints from the register's snapshot, and the publicity summary;
PDFs read back, Kannada and Devanagari checked for shaping."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from db.models import (
    Block,
    Cluster,
    DispatchEntry,
    DispatchSeries,
    District,
    Office,
    Person,
    RecognitionCriterion,
    RecognitionCycle,
    RecognitionNomination,
    RecognitionNominator,
    RecognitionProgramme,
    RecognitionReviewer,
    School,
)
from desktop.documents.errors import DocumentError
from desktop.services import circulars, dispatch, reprints
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.progress import CancelledError, Progress
from desktop.services.recognition import certificates, invitations, publicity
from tests.test_documents_shaping import harfbuzz_sequence

KANNADA_FONT = "NotoSansKannada-Regular.ttf"
DEVANAGARI_FONT = "NotoSansDevanagari-Regular.ttf"
ISSUED_ON = date(2026, 11, 23)
EVENT = date(2026, 12, 5)  # a Saturday
TEACHER_PHONE = "+919876543210"
NOMINATOR_PHONE = "98450 12345"


@dataclass(frozen=True)
class World:
    cycle: int
    programme: int
    office: int
    signatory: int
    teacher: int  # person ids
    student: int
    crp: int
    nominations: dict[str, int]  # teacher, student, school, cluster, crp


def _world(db: Database) -> World:
    with db.transaction() as session:
        district = District(name="Bagalkot", name_local="ಬಾಗಲಕೋಟೆ", state_name="Karnataka", udise_code="2902")
        block = Block(name="Badami", name_local="ಬಾದಾಮಿ", district=district)
        cluster = Cluster(name="Kerur", name_local="ಕೆರೂರ", block=block)
        session.add_all([district, block, cluster])
        session.flush()
        school = School(
            udise_code="29020100101",
            name="GHPS Kerur",
            name_local="ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಕೆರೂರ",
            district_id=district.id,
            block_id=block.id,
            cluster_id=cluster.id,
        )
        ddpi = Office(
            name="Office of the DDPI, Bagalkot",
            name_local="ಉಪ ನಿರ್ದೇಶಕರ ಕಚೇರಿ, ಬಾಗಲಕೋಟೆ",
            kind="ddpi",
            office_code="DDPI/BGK",
            address="Navanagar, Bagalkot 587103",
            phone="08354-235000",
            district_id=district.id,
        )
        beo = Office(name="BEO Badami", kind="beo", office_code="BEO/BDM", block_id=block.id)
        session.add_all([school, ddpi, beo])
        session.flush()
        signatory = Person(
            name="Savitha K. Patil",
            name_local="ಸವಿತಾ ಕೆ. ಪಾಟೀಲ",
            designation="Deputy Director of Public Instruction",
            office_id=ddpi.id,
        )
        teacher = Person(
            name="Lakshmi Hosamani",
            name_local="ಲಕ್ಷ್ಮಿ ಹೊಸಮನಿ",
            designation="Headmaster",
            school_id=school.id,
            phone=TEACHER_PHONE,
            email="lakshmi.h@example.in",
        )
        student = Person(name="Sneha Patil", designation="Student", school_id=school.id)
        crp = Person(name="Manjunath H. R.", designation="CRP", office_id=beo.id)
        reviewers = [Person(name=f"Reviewer {n}", designation="Lecturer", office_id=ddpi.id) for n in (1, 2)]
        session.add_all([signatory, teacher, student, crp, *reviewers])
        session.flush()
        programme = RecognitionProgramme(
            name="Coffee with Collector",
            name_local="ಜಿಲ್ಲಾಧಿಕಾರಿಗಳೊಂದಿಗೆ ಕಾಫಿ",
            purpose="The District Collector meets outstanding students, teachers and schools.",
            eligible_kinds=["student", "teacher", "headmaster", "crp", "school", "cluster"],
            categories=["Student welfare", "School development", "Education improvement"],
            language="kn",
        )
        session.add(programme)
        session.flush()
        session.add_all(
            [
                RecognitionCriterion(programme_id=programme.id, position=n, name=name, weight=1.0)
                for n, name in enumerate(("Impact on children", "Sustained effort"))
            ]
        )
        cycle = RecognitionCycle(
            programme_id=programme.id,
            name="2026-27",
            nomination_opens=date(2026, 9, 1),
            nomination_closes=date(2026, 9, 30),
            review_opens=date(2026, 10, 1),
            review_closes=date(2026, 10, 31),
            event_date=EVENT,
            event_time=time(10, 30),
            venue="Zilla Panchayat Hall, Bagalkot",
            venue_local="ಜಿಲ್ಲಾ ಪಂಚಾಯತ್ ಸಭಾಂಗಣ, ಬಾಗಲಕೋಟೆ",
            places=4,
            office_id=ddpi.id,
            signatory_person_id=signatory.id,
        )
        session.add(cycle)
        session.flush()
        session.add_all([RecognitionReviewer(cycle_id=cycle.id, person_id=r.id) for r in reviewers])

        def nominate(key: str, kind: str, category: str | None, justification: str, **nominee: int) -> int:
            row = RecognitionNomination(
                cycle_id=cycle.id,
                nominee_kind=kind,
                category=category,
                nominated_on=date(2026, 9, 10),
                status="selected",
                shortlisted_on=date(2026, 11, 5),
                selected_on=date(2026, 11, 10),
                **nominee,
            )
            session.add(row)
            session.flush()
            session.add(
                RecognitionNominator(
                    nomination_id=row.id,
                    office_id=beo.id,
                    justification=justification,
                    nominated_on=date(2026, 9, 10),
                )
            )
            return row.id

        nominations = {
            "teacher": nominate(
                "teacher",
                "headmaster",
                "Student welfare",
                "She started a breakfast club and a reading corner; attendance rose from 71% to 93%. "
                f"Call her on {NOMINATOR_PHONE} or write to lakshmi.h@example.in for details. "
                + "The school's parents now volunteer every Saturday to run the library and the garden. "
                * 4,
                person_id=teacher.id,
            ),
            "student": nominate(
                "student", "student", "School development", "Led the eco club.", person_id=student.id
            ),
            "school": nominate(
                "school", "school", "Education improvement", "FLN results doubled.", school_id=school.id
            ),
            "cluster": nominate(
                "cluster", "cluster", "Education improvement", "All schools on time.", cluster_id=cluster.id
            ),
            "crp": nominate(
                "crp", "crp", "Student welfare", "Ran the cluster's reading melas.", person_id=crp.id
            ),
        }
        return World(
            cycle.id, programme.id, ddpi.id, signatory.id, teacher.id, student.id, crp.id, nominations
        )


@pytest.fixture
def world(db: Database) -> World:
    return _world(db)


def set_status(db: Database, nomination_id: int, status: str, **dates: date) -> None:
    with db.transaction() as session:
        nomination = session.get(RecognitionNomination, nomination_id)
        assert nomination is not None
        nomination.status = status
        for column, day in dates.items():
            setattr(nomination, column, day)


def attended(db: Database, *nomination_ids: int) -> None:
    for nomination_id in nomination_ids:
        set_status(db, nomination_id, "attended", invited_on=ISSUED_ON, attended_on=EVENT)


def change(db: Database, model: type, record_id: int, **values: Any) -> None:
    with db.transaction() as session:
        row = session.get(model, record_id)
        for key, value in values.items():
            setattr(row, key, value)


def statuses(db: Database, world: World) -> dict[str, tuple[Any, ...]]:
    with db.reading() as session:
        rows = {n.id: n for n in session.scalars(select(RecognitionNomination))}
        return {
            key: (
                rows[i].status,
                rows[i].invited_on,
                rows[i].invitation_entry_id,
                rows[i].recognised_on,
                rows[i].certificate_entry_id,
                rows[i].certificate_number,
            )
            for key, i in world.nominations.items()
        }


def register_size(db: Database) -> tuple[int, int]:
    """Entries in the register, and the serials taken."""
    with db.reading() as session:
        entries = session.scalar(select(func.count()).select_from(DispatchEntry))
        serials = session.scalar(select(func.coalesce(func.sum(DispatchSeries.last_serial), 0)))
        return int(entries or 0), int(serials or 0)


def words(pdf: bytes) -> list[str]:
    """Each page's text, NFKC-normalised, whitespace collapsed."""
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def shaped_in(pdf: bytes, word: str, font_file: str) -> bool:
    """``word`` is on some page as HarfBuzz shapes it (glyphs of conjuncts match any character)."""
    expected = harfbuzz_sequence(word, font_file)
    document = pdfium.PdfDocument(pdf)
    for index in range(len(document)):
        text = document[index].get_textpage().get_text_range()
        for start in range(len(text) - len(expected) + 1):
            if all(e is None or e == text[start + k] for k, e in enumerate(expected)):
                return True
    return False


def font_names(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        names |= {str(font.get_object()["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    return names


TWO = ("teacher", "school")


# --- invitations -----------------------------------------------------------------------------------


def test_invitation_is_one_numbered_letter_with_a_copy_each_and_marks_them_invited(
    db: Database, world: World
) -> None:
    chosen = [world.nominations[key] for key in ("teacher", "student", "school")]
    issued = invitations.issue_invitations(db, world.cycle, chosen, ISSUED_ON)
    assert issued.number == "DDPI/BGK/2026-27/0001"
    with db.reading() as session:
        entry = session.get(DispatchEntry, issued.entry_id)
        assert entry is not None
        assert entry.kind == "invitation"
        assert entry.recipients == ["Lakshmi Hosamani, Headmaster", "Sneha Patil, Student", "GHPS Kerur"]
        assert entry.signatory["name"] == "Savitha K. Patil"
    now = statuses(db, world)
    for key in ("teacher", "student", "school"):
        assert now[key][:3] == ("invited", ISSUED_ON, issued.entry_id)
    assert now["cluster"][0] == "selected" and now["cluster"][2] is None

    pages = words(issued.pdf)
    starts = [page for page in pages if "Page 1 of" in page]
    assert len(starts) == 3  # a copy per invitee
    first = " ".join(pages[: pages.index(starts[1])])
    for expected in (
        f"No.: {issued.number}",
        "Date: 23/11/2026",
        "Lakshmi Hosamani",
        "GHPS Kerur",
        "Invitation to the recognition event of Coffee with Collector (2026-27) on 05/12/2026",
        "I am pleased to inform you that you, or the school or cluster you lead, have been selected for "
        "recognition under Coffee with Collector (2026-27)",
        "for the contribution noted against each name in the list below",
        "Date and time: 05/12/2026 (Saturday), 10:30 AM",
        "Venue: Zilla Panchayat Hall, Bagalkot",
        "Please arrive 30 minutes before the event begins, and bring an identity card",
        "Selected nominees",
        "Student welfare",
        "School development",
        "Savitha K. Patil",
        "Deputy Director of Public Instruction",
    ):
        assert expected in first, expected
    assert starts[1].startswith(f"No.: {issued.number} Date: 23/11/2026 To, Sneha Patil Student GHPS Kerur")
    assert "To, The Headmaster / " in starts[2] and "GHPS Kerur" in starts[2]
    # The regional part, subject and address are in Kannada, shaped.
    assert any("Kannada" in name for name in font_names(issued.pdf))
    for word in ("ಆಹ್ವಾನಿಸಲಾಗಿದೆ", "ಜಿಲ್ಲಾಧಿಕಾರಿಗಳೊಂದಿಗೆ", "ಸಭಾಂಗಣ", "ಲಕ್ಷ್ಮಿ", "ಬೆಳಿಗ್ಗೆ", "ಶನಿವಾರ"):
        assert shaped_in(issued.pdf, word, KANNADA_FONT), word


def test_one_invitee_has_the_category_in_the_sentence_and_no_list(db: Database, world: World) -> None:
    issued = invitations.issue_invitations(db, world.cycle, [world.nominations["teacher"]], ISSUED_ON)
    [page] = words(issued.pdf)
    assert "for outstanding contribution in “Student welfare”" in page
    assert "Selected nominees" not in page
    assert shaped_in(issued.pdf, "ಕೊಡುಗೆಗಾಗಿ", KANNADA_FONT)


def test_units_are_addressed_through_their_headmaster_and_crp(db: Database, world: World) -> None:
    draft = invitations.invitation_draft(
        db, world.cycle, [world.nominations["school"], world.nominations["cluster"]], ISSUED_ON
    )
    school, cluster = draft.recipients
    assert school.kind == cluster.kind == "person"
    assert school.values == {
        "person_name": "The Headmaster, GHPS Kerur",
        "person_name_local": "ಮುಖ್ಯ ಶಿಕ್ಷಕರು, ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಕೆರೂರ",
        "designation": "Headmaster",
        "works_at": "GHPS Kerur",
    }
    assert cluster.values["person_name"] == "The Cluster Resource Person, Kerur cluster"
    assert cluster.values["person_name_local"] == "ಸಮೂಹ ಸಂಪನ್ಮೂಲ ವ್ಯಕ್ತಿಗಳು, ಕೆರೂರ ಕ್ಲಸ್ಟರ್"
    assert cluster.address[0] == "The Cluster Resource Person / ಸಮೂಹ ಸಂಪನ್ಮೂಲ ವ್ಯಕ್ತಿಗಳು"
    assert "you, or the school or cluster you lead, have been selected" in draft.body
    # Every person placeholder is filled for every kind of invitee, the student without a local name too.
    student = invitations.invitation_draft(db, world.cycle, [world.nominations["student"]], ISSUED_ON)
    assert all(student.recipients[0].values.values())
    assert student.recipients[0].values["person_name_local"] == "Sneha Patil"
    assert "you have been selected" in student.body and "ತಮ್ಮನ್ನು" in student.body
    only_schools = invitations.invitation_draft(db, world.cycle, [world.nominations["school"]], ISSUED_ON)
    assert "your school has been selected" in only_schools.body and "ತಮ್ಮ ಶಾಲೆಯನ್ನು" in only_schools.body


@pytest.mark.parametrize(
    ("language", "programme_local", "words_shaped"),
    [
        ("hi", "कलेक्टर के साथ कॉफ़ी", ("आमंत्रित", "सम्मान", "सुबह", "शनिवार", "पहचान")),
        ("mr", "जिल्हाधिकाऱ्यांसोबत कॉफी", ("निमंत्रित", "सन्मानासाठी", "सकाळी", "शनिवार", "ओळखपत्र")),
    ],
)
def test_hindi_and_marathi_invitations(
    db: Database, world: World, language: str, programme_local: str, words_shaped: tuple[str, ...]
) -> None:
    change(db, RecognitionProgramme, world.programme, language=language, name_local=programme_local)
    change(db, RecognitionCycle, world.cycle, venue_local=None)
    change(db, Person, world.teacher, name_local="लक्ष्मी होसमनी")
    issued = invitations.issue_invitations(
        db, world.cycle, [world.nominations[key] for key in TWO], ISSUED_ON
    )
    first = words(issued.pdf)[0]
    assert "Venue: Zilla Panchayat Hall, Bagalkot" in first
    assert first.count("Zilla Panchayat Hall, Bagalkot") == 2  # no regional venue: the English one twice
    assert any("Devanagari" in name for name in font_names(issued.pdf))
    for word in (*words_shaped, "लक्ष्मी"):
        assert shaped_in(issued.pdf, word, DEVANAGARI_FONT), word


def test_regional_times_say_the_part_of_the_day() -> None:
    assert invitations.regional_time(time(10, 30), "kn") == "ಬೆಳಿಗ್ಗೆ 10:30 ಗಂಟೆಗೆ"
    assert invitations.regional_time(time(14, 0), "hi") == "दोपहर 2:00 बजे"
    assert invitations.regional_time(time(17, 15), "mr") == "सायंकाळी 5:15 वाजता"
    assert invitations.regional_time(time(12, 0), "kn") == "ಮಧ್ಯಾಹ್ನ 12:00 ಗಂಟೆಗೆ"


def test_only_selected_nominees_are_invited(db: Database, world: World) -> None:
    set_status(db, world.nominations["cluster"], "shortlisted")
    set_status(db, world.nominations["crp"], "invited", invited_on=ISSUED_ON)
    before = statuses(db, world)
    chosen = [world.nominations[key] for key in ("teacher", "cluster", "crp")]
    with pytest.raises(ValidationError) as refused:
        invitations.issue_invitations(db, world.cycle, chosen, ISSUED_ON)
    assert refused.value.field_errors["nominations"] == (
        "Only selected nominees can be chosen for an invitation: Kerur cluster is shortlisted; "
        "Manjunath H. R. is invited."
    )
    assert statuses(db, world) == before and register_size(db) == (0, 0)


@pytest.mark.parametrize(
    ("missing", "named"),
    [
        ({"office_id": None}, "has no issuing office;"),
        ({"signatory_person_id": None}, "has no signatory;"),
        ({"event_date": None}, "has no event date;"),
        ({"event_time": None, "venue": None}, "has no event time and venue; record them"),
        ({"venue": ""}, "has no venue;"),
    ],
)
def test_a_cycle_without_what_the_letter_needs_is_refused(
    db: Database, world: World, missing: dict[str, Any], named: str
) -> None:
    change(db, RecognitionCycle, world.cycle, **missing)
    before = statuses(db, world)
    with pytest.raises(ValidationError) as refused:
        invitations.issue_invitations(db, world.cycle, [world.nominations["teacher"]], ISSUED_ON)
    assert refused.value.field_errors["cycle"].startswith("Coffee with Collector 2026-27 " + named)
    assert statuses(db, world) == before and register_size(db) == (0, 0)


def test_invitation_dates_and_choices_are_checked(db: Database, world: World) -> None:
    teacher = world.nominations["teacher"]
    with pytest.raises(ValidationError, match="dated 06/12/2026, after the event on 05/12/2026"):
        invitations.issue_invitations(db, world.cycle, [teacher], date(2026, 12, 6))
    with pytest.raises(ValidationError, match="Lakshmi Hosamani reached this step on 10/11/2026"):
        invitations.issue_invitations(db, world.cycle, [teacher], date(2026, 11, 9))
    with pytest.raises(ValidationError, match="Choose at least one nominee for an invitation"):
        invitations.issue_invitations(db, world.cycle, [], ISSUED_ON)
    with pytest.raises(ValidationError, match="#999 is not in the cycle 2026-27"):
        invitations.issue_invitations(db, world.cycle, [teacher, 999], ISSUED_ON)
    assert register_size(db) == (0, 0)
    # The same nomination chosen twice gets one copy.
    issued = invitations.issue_invitations(db, world.cycle, [teacher, teacher], ISSUED_ON)
    assert len(words(issued.pdf)) == 1


def test_a_failure_while_marking_leaves_nothing_issued(
    db: Database, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = invitations._mark_invited

    def mark_then_fail(session: Any, entry: Any, ids: Any, day: date) -> None:
        real(session, entry, ids, day)  # the marks are made, then the unit fails
        raise RuntimeError("power cut")

    monkeypatch.setattr(invitations, "_mark_invited", mark_then_fail)
    before = statuses(db, world)
    with pytest.raises(RuntimeError):
        invitations.issue_invitations(db, world.cycle, [world.nominations[k] for k in TWO], ISSUED_ON)
    assert statuses(db, world) == before and register_size(db) == (0, 0)
    monkeypatch.undo()
    issued = invitations.issue_invitations(db, world.cycle, [world.nominations[k] for k in TWO], ISSUED_ON)
    assert issued.serial == 1  # the number was never taken


def test_a_failure_while_printing_leaves_nothing_issued(
    db: Database, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> bytes:
        raise DocumentError("The printer driver is broken.")

    monkeypatch.setattr(circulars, "render_circulars", broken)
    before = statuses(db, world)
    with pytest.raises(DocumentError):
        invitations.issue_invitations(db, world.cycle, [world.nominations["teacher"]], ISSUED_ON)
    assert statuses(db, world) == before and register_size(db) == (0, 0)


def test_a_nomination_changed_meanwhile_stops_the_issue(db: Database, world: World) -> None:
    """The marks check each status again in the issuing transaction."""
    draft = invitations.invitation_draft(db, world.cycle, [world.nominations["teacher"]], ISSUED_ON)
    set_status(db, world.nominations["teacher"], "withdrawn", withdrawn_on=ISSUED_ON)
    with pytest.raises(ConflictError, match="is now withdrawn; no invitation was issued"):
        circulars.issue_circular(
            db,
            draft,
            kind="invitation",
            on_issued=lambda s, e: invitations._mark_invited(s, e, [world.nominations["teacher"]], ISSUED_ON),
        )
    assert register_size(db) == (0, 0)


def test_invitation_reprints_from_the_register_after_a_rename(db: Database, world: World) -> None:
    issued = invitations.issue_invitations(db, world.cycle, [world.nominations[k] for k in TWO], ISSUED_ON)
    change(db, Person, world.teacher, name="Lakshmi B. Hosamani-Desai", name_local="ಬೇರೆ ಹೆಸರು")
    again = reprints.reprint(db, issued.entry_id)
    pages = words(again)
    assert len(pages) == len(words(issued.pdf)) == 4  # two copies of two pages (the invitee list)
    assert "Lakshmi Hosamani" in pages[0] and not any("Hosamani-Desai" in page for page in pages)
    assert all("DUPLICATE COPY" in page and issued.number in page for page in pages)
    assert again == circulars.reprint(db, issued.entry_id)
    assert shaped_in(again, "ಲಕ್ಷ್ಮಿ", KANNADA_FONT)


def test_invitation_copies_are_saved_one_per_invitee(db: Database, world: World, tmp_path: Path) -> None:
    issued = invitations.issue_invitations(db, world.cycle, [world.nominations[k] for k in TWO], ISSUED_ON)
    files = reprints.save_copies(db, issued.entry_id, tmp_path / "copies")
    assert [path.name for path in files] == [
        "DDPI-BGK-2026-27-0001_Lakshmi-Hosamani--Headmaster.pdf",
        "DDPI-BGK-2026-27-0001_GHPS-Kerur.pdf",
    ]


# --- certificates --------------------------------------------------------------------------------


def test_certificates_are_one_batch_numbered_each_and_mark_them_recognised(
    db: Database, world: World
) -> None:
    keys = ("teacher", "student", "school", "cluster")
    attended(db, *(world.nominations[k] for k in keys))
    reports: list[tuple[int, int, str]] = []
    issued = certificates.issue_certificates(
        db,
        world.cycle,
        [world.nominations[k] for k in keys],
        date(2026, 12, 5),
        section="REC",
        progress=Progress(lambda done, total, message: reports.append((done, total, message))),
    )
    assert issued.number == "DDPI/BGK/REC/2026-27/0001"
    now = statuses(db, world)
    for position, key in enumerate(keys, start=1):
        status, _invited, _entry, recognised_on, certificate_entry, number = now[key]
        assert (status, recognised_on, certificate_entry) == ("recognised", EVENT, issued.entry_id)
        assert number == f"{issued.number}-{position:02d}"
    assert now["crp"][0] == "selected"
    assert [r[:2] for r in reports] == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    assert reports[0][2] == "Lakshmi Hosamani"
    with db.reading() as session:
        entry = session.get(DispatchEntry, issued.entry_id)
        assert entry is not None and entry.kind == "certificate" and entry.language == "kn"
        assert entry.recipients[0] == "Lakshmi Hosamani, Headmaster, GHPS Kerur, Badami block"
        assert "logo" not in entry.values["letterhead"]

    reader = PdfReader(io.BytesIO(issued.pdf))
    assert len(reader.pages) == 4
    assert [float(v) for v in reader.pages[0].mediabox[2:]] == pytest.approx(
        [841.89, 595.28], abs=0.01
    )  # landscape
    pages = words(issued.pdf)
    for expected in (
        "Office of the DDPI, Bagalkot",
        "Certificate of Recognition",
        "Coffee with Collector — 2026-27",
        "This certificate is awarded to",
        "Lakshmi Hosamani",
        "Headmaster, GHPS Kerur, Badami block",
        "for outstanding contribution in “Student welfare”",
        "05/12/2026",
        f"{issued.number}-01",
        "Savitha K. Patil",
        "Deputy Director of Public Instruction",
    ):
        assert expected in pages[0], expected
    assert "GHPS Kerur" in pages[2] and "UDISE 29020100101" in pages[2]
    assert "Kerur cluster" in pages[3] and f"{issued.number}-04" in pages[3]
    for word in ("ಲಕ್ಷ್ಮಿ", "ಹೊಸಮನಿ", "ಪ್ರಶಂಸಾ", "ಜಿಲ್ಲಾಧಿಕಾರಿಗಳೊಂದಿಗೆ", "ಕ್ಷೇತ್ರದಲ್ಲಿನ", "ಸವಿತಾ", "ಕ್ಲಸ್ಟರ್"):
        assert shaped_in(issued.pdf, word, KANNADA_FONT), word


def test_only_attended_nominees_get_certificates(db: Database, world: World) -> None:
    attended(db, world.nominations["teacher"])
    before = statuses(db, world)
    with pytest.raises(ValidationError) as refused:
        certificates.issue_certificates(
            db, world.cycle, [world.nominations["teacher"], world.nominations["student"]], EVENT
        )
    assert refused.value.field_errors["nominations"] == (
        "Only attended nominees can be chosen for certificates: Sneha Patil is selected."
    )
    with pytest.raises(ValidationError, match="reached this step on 05/12/2026; their certificate cannot be"):
        certificates.issue_certificates(db, world.cycle, [world.nominations["teacher"]], date(2026, 12, 4))
    change(db, RecognitionCycle, world.cycle, signatory_person_id=None)
    with pytest.raises(
        ValidationError, match="has no signatory; record it in the cycle before issuing certificates"
    ):
        certificates.issue_certificates(db, world.cycle, [world.nominations["teacher"]], EVENT)
    assert statuses(db, world) == before and register_size(db) == (0, 0)


# Joined by hyphens, it cannot wrap at a space: at the smallest size it is still wider than the page.
LONG_NAME = "Venkatanarasimharajuvaripeta-Chandrashekharaiah-Subrahmanyeshwara-Lakshminarayana-Murthy"


def test_a_name_too_long_for_the_certificate_is_refused_naming_the_nominee(
    db: Database, world: World
) -> None:
    attended(db, world.nominations["teacher"], world.nominations["student"])
    change(db, Person, world.student, name=LONG_NAME)
    before = statuses(db, world)
    with pytest.raises(ValidationError) as refused:
        certificates.issue_certificates(
            db, world.cycle, [world.nominations["teacher"], world.nominations["student"]], EVENT
        )
    message = refused.value.field_errors["nominations"]
    assert message == (
        f"The name of {LONG_NAME} is too long for the certificate, even on two lines at the smallest size; "
        "record a shorter form of the name (initials for the middle names, say)."
    )
    assert statuses(db, world) == before and register_size(db) == (0, 0)
    with pytest.raises(ValidationError, match="too long for the certificate"):
        certificates.certificate_preview(db, world.cycle, world.nominations["student"])
    change(db, Person, world.teacher, name_local="ಲಕ್ಷ್ಮಿ" * 40)
    with pytest.raises(ValidationError) as refused:
        certificates.issue_certificates(db, world.cycle, [world.nominations["teacher"]], EVENT)
    assert refused.value.field_errors["nominations"].startswith(
        "The regional name of Lakshmi Hosamani ('ಲಕ್ಷ್ಮಿಲಕ್ಷ್ಮಿ"
    )
    assert statuses(db, world) == before and register_size(db) == (0, 0)


def test_a_long_kannada_name_wraps_and_is_issued(db: Database, world: World) -> None:
    attended(db, world.nominations["teacher"])
    long_local = "ವೆಂಕಟನರಸಿಂಹರಾಜುವಾರಿಪೇಟೆ ಚಂದ್ರಶೇಖರಯ್ಯ ಸುಬ್ರಹ್ಮಣ್ಯೇಶ್ವರ ಲಕ್ಷ್ಮೀನಾರಾಯಣ ಮೂರ್ತಿ ಹೊಸಮನಿ"
    change(db, Person, world.teacher, name_local=long_local)
    issued = certificates.issue_certificates(db, world.cycle, [world.nominations["teacher"]], EVENT)
    for word in ("ಸುಬ್ರಹ್ಮಣ್ಯೇಶ್ವರ", "ಲಕ್ಷ್ಮೀನಾರಾಯಣ", "ಮೂರ್ತಿ"):
        assert shaped_in(issued.pdf, word, KANNADA_FONT), word


def test_cancel_while_printing_certificates_issues_nothing(db: Database, world: World) -> None:
    keys = ("teacher", "student", "school")
    attended(db, *(world.nominations[k] for k in keys))
    before = statuses(db, world)
    progress = Progress(lambda done, _total, _message: progress.cancel() if done == 2 else None)
    with pytest.raises(CancelledError):
        certificates.issue_certificates(
            db, world.cycle, [world.nominations[k] for k in keys], EVENT, progress=progress
        )
    assert statuses(db, world) == before and register_size(db) == (0, 0)


def test_certificates_reprint_from_the_snapshot_after_a_rename(
    db: Database, world: World, tmp_path: Path
) -> None:
    attended(db, world.nominations["teacher"], world.nominations["school"])
    issued = certificates.issue_certificates(
        db, world.cycle, [world.nominations["teacher"], world.nominations["school"]], EVENT
    )
    change(db, Person, world.teacher, name="Renamed Person", name_local="ಬೇರೆ ಹೆಸರು")
    change(db, Person, world.signatory, name="A New Officer")
    change(db, Office, world.office, name="Renamed office")
    duplicate = reprints.reprint(db, issued.entry_id)
    assert duplicate == certificates.reprint_certificates(db, issued.entry_id)
    pages = words(duplicate)
    assert len(pages) == 2
    assert "Lakshmi Hosamani" in pages[0] and "Renamed" not in pages[0] and "A New Officer" not in pages[0]
    assert "Office of the DDPI, Bagalkot" in pages[0] and "Savitha K. Patil" in pages[0]
    assert "DUPLICATE COPY" in pages[0] and f"{issued.number}-01" in pages[0]
    assert shaped_in(duplicate, "ಲಕ್ಷ್ಮಿ", KANNADA_FONT)
    # Without the marking, the reprint is the issued PDF byte for byte.
    assert certificates.reprint_certificates(db, issued.entry_id, duplicate=False) == issued.pdf

    files = reprints.save_copies(db, issued.entry_id, tmp_path / "certificates")
    assert [path.name for path in files] == [
        "DDPI-BGK-2026-27-0001-01_Lakshmi-Hosamani.pdf",
        "DDPI-BGK-2026-27-0001-02_GHPS-Kerur.pdf",
    ]
    assert "GHPS Kerur" in words(files[1].read_bytes())[0]
    assert "DUPLICATE COPY" not in words(files[0].read_bytes())[0]


def test_certificate_preview_is_a_draft_without_a_number(db: Database, world: World) -> None:
    pdf = certificates.certificate_preview(db, world.cycle, world.nominations["crp"])
    [page] = words(pdf)
    assert "DRAFT — NOT ISSUED" in page and "Manjunath H. R." in page
    assert "Certificate No." not in page and "CRP, BEO Badami" in page
    assert register_size(db) == (0, 0)
    set_status(db, world.nominations["crp"], "withdrawn", withdrawn_on=ISSUED_ON)
    with pytest.raises(ValidationError, match="withdrawn; it gets no certificate"):
        certificates.certificate_preview(db, world.cycle, world.nominations["crp"])


# --- the publicity summary -----------------------------------------------------------------------


def test_publicity_summary_before_the_event_names_the_selected(db: Database, world: World) -> None:
    set_status(db, world.nominations["crp"], "shortlisted")
    text = " ".join(words(publicity.publicity_summary_pdf(db, world.cycle)))
    assert "PRESS NOTE" in text and "Coffee with Collector — 2026-27" in text
    assert "Event: 5 December 2026 (Saturday), 10:30 AM, Zilla Panchayat Hall, Bagalkot" in text
    assert (
        "The Office of the DDPI, Bagalkot received 5 nominations for Coffee with Collector (2026-27). "
        "A panel of 2 reviewers scored each nomination on the programme's rubric: Impact on children and "
        "Sustained effort. 4 nominees were selected for the cycle's 4 places; they are to be recognised at "
        "the event on 05/12/2026."
    ) in text
    assert "Selected for recognition (4)" in text
    for name in ("Lakshmi Hosamani", "Sneha Patil", "GHPS Kerur", "Kerur cluster"):
        assert name in text
    assert "Manjunath" not in text


def test_publicity_summary_after_the_event_lists_the_recognised_and_why(db: Database, world: World) -> None:
    keys = ("teacher", "school")
    attended(db, *(world.nominations[k] for k in keys))
    certificates.issue_certificates(db, world.cycle, [world.nominations[k] for k in keys], EVENT)
    pdf = publicity.publicity_summary_pdf(db, world.cycle)
    text = " ".join(words(pdf))
    assert "and 2 were recognised at the event on 05/12/2026." in text
    assert "Recognised (2)" in text
    assert "GHPS Kerur" in text and "Lakshmi Hosamani" in text and "Sneha Patil" not in text
    assert "For: Student welfare" in text and "For: Education improvement" in text
    assert "Why: She started a breakfast club" in text and "Why: FLN results doubled." in text
    assert "Headmaster, GHPS Kerur, Badami block" in text
    # Nobody's phone or e-mail: the nominator typed both into the justification.
    assert "98450" not in text and "12345" not in text and "example.in" not in text
    assert TEACHER_PHONE[3:] not in text and "Call her" not in text
    assert "08354" not in text  # not even the office's own number
    assert "attendance rose from 71% to 93%. The school's parents now volunteer" in text
    summary = publicity.publicity_summary(db, world.cycle)
    reason = next(entry.reason for entry in summary.entries if entry.name == "Lakshmi Hosamani")
    assert reason is not None and reason.endswith("…") and len(reason) <= 301
    assert shaped_in(pdf, "ಲಕ್ಷ್ಮಿ", KANNADA_FONT)


def test_publicity_summary_is_refused_until_someone_is_selected(
    db: Database, world: World, tmp_path: Path
) -> None:
    for nomination_id in world.nominations.values():
        set_status(db, nomination_id, "shortlisted")
    with pytest.raises(
        ValidationError, match="Nobody has been selected in Coffee with Collector 2026-27 yet"
    ):
        publicity.save_publicity_summary(db, world.cycle, tmp_path / "press.pdf")
    assert not (tmp_path / "press.pdf").exists()
    set_status(db, world.nominations["student"], "selected")
    saved = publicity.save_publicity_summary(db, world.cycle, tmp_path / "press.pdf")
    assert "Sneha Patil" in words(saved.read_bytes())[0]


def test_sentences_with_contacts_are_left_out_and_reasons_cut_at_a_word() -> None:
    text = (
        "Reading levels doubled. Call 9845012345 for details. Or +91 98450 12345! Office: 08354-235000. "
        "Mail a.b@example.in today. UDISE 29020100101 is the school."
    )
    assert publicity.without_contacts(text) == "Reading levels doubled. UDISE 29020100101 is the school."
    assert publicity.without_contacts("ವರದಿ ಸಲ್ಲಿಸಿದ್ದಾರೆ। ಕರೆ ಮಾಡಿ 9845012345।") == "ವರದಿ ಸಲ್ಲಿಸಿದ್ದಾರೆ।"
    assert publicity._reason("Call me on 9845012345.") is None  # nothing left: no "Why:" line
    assert publicity.shortened("one two three", 9) == "one two…"
    assert publicity.shortened("short  text\nhere", 300) == "short text here"
    assert publicity.shortened("x" * 400, 300) == "x" * 300 + "…"


# --- the register page ---------------------------------------------------------------------------


def test_the_circulars_page_reprints_certificates_on_the_certificate_layout(
    qtbot, isolated_settings, db: Database, world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.ui.pages.circulars_page import CircularsPage

    attended(db, world.nominations["teacher"])
    issued = certificates.issue_certificates(db, world.cycle, [world.nominations["teacher"]], EVENT)
    page = CircularsPage(db)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    page.table.selectRow(0)
    printed: list[bytes] = []
    monkeypatch.setattr(page, "_print", printed.append)
    page.print_duplicate()
    qtbot.waitUntil(lambda: bool(printed), timeout=30_000)
    [text] = words(printed[0])
    assert "Certificate of Recognition" in text and "DUPLICATE COPY" in text and f"{issued.number}-01" in text

    folder = tmp_path / "copies"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    saved: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: saved.append(args[2]))
    page.save_copies()
    qtbot.waitUntil(lambda: bool(saved), timeout=30_000)
    assert [path.name for path in folder.iterdir()] == ["DDPI-BGK-2026-27-0001-01_Lakshmi-Hosamani.pdf"]


# --- cancelling in the register ---------------------------------------------------------------------


def test_cancelling_an_invitation_puts_its_invitees_back_to_selected_to_invite_again(
    db: Database, world: World
) -> None:
    chosen = [world.nominations[key] for key in ("teacher", "student")]
    letter = invitations.issue_invitations(db, world.cycle, chosen, ISSUED_ON)
    reprints.cancel(db, letter.entry_id, "Wrong venue printed")
    now = statuses(db, world)
    for key in ("teacher", "student"):
        assert now[key][:3] == ("selected", None, None)
    again = invitations.issue_invitations(db, world.cycle, chosen, ISSUED_ON)
    assert statuses(db, world)["teacher"][:3] == ("invited", ISSUED_ON, again.entry_id)


def test_an_invitation_with_attendance_recorded_cannot_be_cancelled(db: Database, world: World) -> None:
    chosen = [world.nominations[key] for key in ("teacher", "student")]
    letter = invitations.issue_invitations(db, world.cycle, chosen, ISSUED_ON)
    set_status(db, world.nominations["teacher"], "attended", attended_on=EVENT)
    before = statuses(db, world)
    with pytest.raises(
        ConflictError,
        match=r"attendance or later steps are already recorded against it for .*\(attended\), so the letter stays issued",
    ):
        reprints.cancel(db, letter.entry_id, "Wrong venue printed")
    assert statuses(db, world) == before
    assert dispatch.register_entry(db, letter.entry_id).status == "issued"


def test_cancelling_certificates_puts_their_nominees_back_to_attended(db: Database, world: World) -> None:
    keys = ("teacher", "school")
    attended(db, *(world.nominations[k] for k in keys))
    batch = certificates.issue_certificates(db, world.cycle, [world.nominations[k] for k in keys], EVENT)
    reprints.cancel(db, batch.entry_id, "Signatory's name misspelt")
    now = statuses(db, world)
    for key in keys:
        assert now[key][0] == "attended" and now[key][3:] == (None, None, None)
    again = certificates.issue_certificates(db, world.cycle, [world.nominations[k] for k in keys], EVENT)
    assert statuses(db, world)["teacher"][4] == again.entry_id
