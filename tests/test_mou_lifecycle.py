"""An MoU's life: transitions, signing, activation with overlaps, termination, expiry, renewal,
amendments, alerts on a fixed clock, attachments and the timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from db.models import StoredFile
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.mous import attachments, lifecycle, listing, register, timeline
from desktop.services.mous.coverage import Coverage
from desktop.services.mous.lifecycle import AmendmentInput, OverlapError
from desktop.services.mous.register import MouDetail
from desktop.services.stored_files import DamagedFileError
from tests.mou_fixtures import TODAY, mou_input, signed_by_all


def _active(db: Database, **changes: object) -> MouDetail:
    data = signed_by_all(mou_input(db, **changes), date(2026, 5, 20))
    mou = register.create_mou(db, data, today=TODAY)
    lifecycle.submit_for_review(db, mou.id, today=TODAY)
    lifecycle.mark_signed(db, mou.id, today=TODAY)
    return lifecycle.activate(db, mou.id, today=TODAY)


def test_the_whole_life_in_order(demo_db: Database) -> None:
    mou = register.create_mou(demo_db, mou_input(demo_db), today=TODAY)
    assert lifecycle.allowed_actions("draft") == ("under_review",)
    assert lifecycle.submit_for_review(demo_db, mou.id, today=TODAY).status == "under_review"
    with pytest.raises(ConflictError) as unsigned:
        lifecycle.mark_signed(demo_db, mou.id, today=TODAY)
    assert unsigned.value.message == (
        "MoU DDPI/KVD/MOU/2026/01 is not signed yet by: Savitha K. Patil (Deputy Director of Public "
        "Instruction); Ramesh Gowda (Executive Director)."
    )
    register.update_mou(demo_db, mou.id, signed_by_all(mou.data, date(2026, 5, 20)), today=TODAY)
    assert lifecycle.mark_signed(demo_db, mou.id, today=TODAY).status == "signed"
    active = lifecycle.activate(demo_db, mou.id, today=TODAY)
    assert active.status == "active" and active.status_changed_on == TODAY
    ended = lifecycle.terminate(demo_db, mou.id, date(2026, 11, 20), "Partner withdrew", today=TODAY)
    assert (ended.status, ended.terminated_on, ended.termination_reason) == (
        "terminated",
        date(2026, 11, 20),
        "Partner withdrew",
    )


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        ((), "is draft; it cannot become signed (from draft it can become: under review)."),
        (("submit",), None),
    ],
)
def test_a_transition_not_allowed_is_refused_naming_the_states(
    demo_db: Database, steps: tuple[str, ...], message: str | None
) -> None:
    mou = register.create_mou(demo_db, mou_input(demo_db), today=TODAY)
    if not steps:
        with pytest.raises(ConflictError) as refused:
            lifecycle.mark_signed(demo_db, mou.id, today=TODAY)
        assert refused.value.message.endswith(message or "")
        with pytest.raises(ConflictError, match="is draft; it cannot become active"):
            lifecycle.activate(demo_db, mou.id, today=TODAY)
        with pytest.raises(ConflictError, match="is draft; it cannot become terminated"):
            lifecycle.terminate(demo_db, mou.id, TODAY, "x", today=TODAY)
    else:
        lifecycle.submit_for_review(demo_db, mou.id, today=TODAY)
        with pytest.raises(
            ConflictError, match=r"cannot become active \(from under review it can become: draft, signed\)"
        ):
            lifecycle.activate(demo_db, mou.id, today=TODAY)


def test_activation_waits_for_the_start_date(demo_db: Database) -> None:
    data = signed_by_all(mou_input(demo_db, start_date=date(2026, 12, 1), end_date=date(2027, 11, 30)), TODAY)
    mou = register.create_mou(demo_db, data, today=TODAY)
    lifecycle.submit_for_review(demo_db, mou.id, today=TODAY)
    lifecycle.mark_signed(demo_db, mou.id, today=TODAY)
    with pytest.raises(ConflictError, match="starts on 01/12/2026; it can be activated from that day"):
        lifecycle.activate(demo_db, mou.id, today=TODAY)
    assert lifecycle.activate(demo_db, mou.id, today=date(2026, 12, 1)).status == "active"


def test_an_overlapping_active_mou_needs_a_recorded_reason(demo_db: Database) -> None:
    first = _active(demo_db)
    second = register.create_mou(
        demo_db,
        signed_by_all(
            mou_input(demo_db, reference="DDPI/KVD/MOU/2026/02", coverage=Coverage(whole_district=True)),
            date(2026, 5, 20),
        ),
        today=TODAY,
    )
    lifecycle.submit_for_review(demo_db, second.id, today=TODAY)
    lifecycle.mark_signed(demo_db, second.id, today=TODAY)
    with pytest.raises(OverlapError) as warned:
        lifecycle.activate(demo_db, second.id, today=TODAY)
    assert warned.value.references == (first.data.reference,)
    assert "DDPI/KVD/MOU/2026/01 (until 31/05/2027," in warned.value.message
    assert "Give a reason" in warned.value.message
    assert register.get_mou(demo_db, second.id).status == "signed"
    active = lifecycle.activate(
        demo_db, second.id, today=TODAY, overlap_reason="Second phase in the same blocks"
    )
    assert active.status == "active" and active.overlap_reason == "Second phase in the same blocks"


def test_a_different_focus_or_partner_does_not_overlap(demo_db: Database) -> None:
    _active(demo_db)
    other_focus = _active(demo_db, reference="R/2", focus="community_engagement")
    assert other_focus.status == "active" and other_focus.overlap_reason is None


def test_termination_needs_a_reason_and_a_date_in_the_period(demo_db: Database) -> None:
    mou = _active(demo_db)
    with pytest.raises(ValidationError) as refused:
        lifecycle.terminate(demo_db, mou.id, date(2026, 12, 1), " ", today=TODAY)
    assert refused.value.field_errors == {
        "reason": "Give the reason for terminating the MoU.",
        "terminated_on": "01/12/2026 is in the future; terminate on or before today.",
    }
    with pytest.raises(ValidationError, match=r"outside the MoU's period \(01/06/2026 to 31/05/2027\)"):
        lifecycle.terminate(demo_db, mou.id, date(2026, 5, 1), "x", today=TODAY)
    assert register.get_mou(demo_db, mou.id).status == "active"


def test_active_mous_past_their_end_expire_on_the_next_opening(demo_db: Database) -> None:
    mou = _active(demo_db)
    assert lifecycle.expire_lapsed(demo_db, today=date(2027, 5, 31)) == []  # the last day is still in force
    assert lifecycle.expire_lapsed(demo_db, today=date(2027, 6, 1)) == [mou.data.reference]
    expired = register.get_mou(demo_db, mou.id)
    assert (expired.status, expired.status_changed_on) == ("expired", date(2027, 6, 1))
    assert lifecycle.expire_lapsed(demo_db, today=date(2027, 6, 2)) == []


def test_renewal_is_a_new_draft_linked_to_the_old_one(demo_db: Database) -> None:
    old = _active(demo_db)
    start, end = lifecycle.next_start(old)
    assert (start, end) == (date(2027, 6, 1), date(2028, 5, 31))
    new = lifecycle.renew(demo_db, old.id, "DDPI/KVD/MOU/2027/01", start, end, today=TODAY)
    assert (new.status, new.renews_id, new.renews_reference) == ("draft", old.id, old.data.reference)
    assert new.data.coverage == old.data.coverage and new.data.partner_ids == old.data.partner_ids
    assert all(s.signed_on is None for s in new.data.signatories)
    assert [o.status for o in new.data.obligations] == ["pending", "pending"]
    assert [d.category for d in new.data.data_shares] == [d.category for d in old.data.data_shares]
    assert register.get_mou(demo_db, old.id).renewed_by == ("DDPI/KVD/MOU/2027/01",)
    # A renewal of the renewal makes a chain; the old one stays untouched.
    lifecycle.submit_for_review(demo_db, new.id, today=TODAY)
    with pytest.raises(ConflictError, match="only an active or expired MoU is renewed"):
        lifecycle.renew(demo_db, new.id, "X", date(2028, 6, 1), date(2029, 5, 31), today=TODAY)
    with pytest.raises(ValidationError, match="Another MoU already has the reference"):
        lifecycle.renew(demo_db, old.id, "DDPI/KVD/MOU/2027/01", start, end, today=TODAY)
    assert register.get_mou(demo_db, old.id).status == "active"


def test_activating_a_renewal_is_not_an_overlap_with_the_mou_it_renews(demo_db: Database) -> None:
    old = _active(demo_db, start_date=date(2025, 12, 1), end_date=date(2026, 11, 30))
    new = lifecycle.renew(demo_db, old.id, "R/2026/2", date(2026, 11, 23), date(2027, 11, 22), today=TODAY)
    register.update_mou(demo_db, new.id, signed_by_all(new.data, TODAY), today=TODAY)
    lifecycle.submit_for_review(demo_db, new.id, today=TODAY)
    lifecycle.mark_signed(demo_db, new.id, today=TODAY)
    assert lifecycle.activate(demo_db, new.id, today=TODAY).overlap_reason is None


def test_amendments_are_numbered_versions_and_may_extend_the_end(demo_db: Database) -> None:
    mou = _active(demo_db)
    first = lifecycle.amend(
        demo_db,
        mou.id,
        AmendmentInput(date(2026, 10, 1), "Adds Grade 4", "Clause 3 now reads …"),
        today=TODAY,
    )
    second = lifecycle.amend(
        demo_db,
        mou.id,
        AmendmentInput(date(2026, 11, 1), "Extended by a year", new_end_date=date(2028, 5, 31)),
        today=TODAY,
    )
    assert [a.version for a in second.amendments] == [2, 3]
    assert first.data.end_date == date(2027, 5, 31)
    assert second.data.end_date == date(2028, 5, 31)
    assert second.amendments[1].previous_end_date == date(2027, 5, 31)
    with pytest.raises(ValidationError, match="outside the MoU's period"):
        lifecycle.amend(demo_db, mou.id, AmendmentInput(date(2029, 1, 1), "Late"), today=TODAY)
    draft = register.create_mou(demo_db, mou_input(demo_db, reference="D/1"), today=TODAY)
    with pytest.raises(ConflictError, match="edit the draft itself instead"):
        lifecycle.amend(demo_db, draft.id, AmendmentInput(date(2026, 10, 1), "x"), today=TODAY)


def test_alerts_across_the_date_boundaries(demo_db: Database) -> None:
    mou = _active(demo_db)  # ends 31/05/2027; its deliverable is due 30/09/2026
    end = date(2027, 5, 31)
    for today, window in ((end - timedelta(days=91), None), (end - timedelta(days=90), 90),
                          (end - timedelta(days=61), 90), (end - timedelta(days=60), 60),
                          (end - timedelta(days=30), 30), (end, 30)):  # fmt: skip
        found = listing.alerts(demo_db, today=today)
        where = [days for days, rows in found.expiring.items() if any(r.id == mou.id for r in rows)]
        assert where == ([window] if window else []), today
    overdue = listing.alerts(demo_db, today=date(2026, 10, 1)).overdue
    assert [(o.reference, o.description, o.due_date) for o in overdue] == [
        (mou.data.reference, "Baseline report", date(2026, 9, 30))
    ]
    assert listing.alerts(demo_db, today=date(2026, 9, 30)).overdue == []
    lifecycle.expire_lapsed(demo_db, today=end + timedelta(days=1))
    after = listing.alerts(demo_db, today=end + timedelta(days=1))
    assert [r.id for r in after.expired] == [mou.id] and after.overdue == []


def test_signed_but_never_activated_is_flagged_once_it_could_be(demo_db: Database) -> None:
    data = signed_by_all(mou_input(demo_db, start_date=date(2026, 12, 1), end_date=date(2027, 11, 30)), TODAY)
    mou = register.create_mou(demo_db, data, today=TODAY)
    lifecycle.submit_for_review(demo_db, mou.id, today=TODAY)
    lifecycle.mark_signed(demo_db, mou.id, today=TODAY)
    assert listing.alerts(demo_db, today=TODAY).signed_not_active == []
    assert [r.id for r in listing.alerts(demo_db, today=date(2026, 12, 1)).signed_not_active] == [mou.id]


def test_register_filters(demo_db: Database) -> None:
    mou = _active(demo_db)
    register.create_mou(demo_db, mou_input(demo_db, reference="D/2", focus="school_leadership"), today=TODAY)
    rows = listing.list_mous(demo_db, today=TODAY)
    pick = lambda wanted: [r.reference for r in rows if listing.matches(r, wanted)]  # noqa: E731
    assert pick(listing.MouFilter(status="active")) == [mou.data.reference]
    assert pick(listing.MouFilter(focus="school_leadership")) == ["D/2"]
    assert sorted(pick(listing.MouFilter(block_id=mou.data.coverage.block_ids[0]))) == [
        "D/2",
        mou.data.reference,
    ]
    assert pick(listing.MouFilter(expiring_within=90)) == []
    # Words of the title and of the office's name, in any order and case.
    assert sorted(pick(listing.MouFilter(query="KAVERI literacy"))) == ["D/2", mou.data.reference]
    assert pick(listing.MouFilter(query="literacy nowhere")) == []
    assert pick(listing.MouFilter(query="d/2")) == ["D/2"]


def test_attachments_are_hashed_and_a_changed_copy_is_detected(demo_db: Database, tmp_path: Path) -> None:
    mou = register.create_mou(demo_db, mou_input(demo_db), today=TODAY)
    scan = tmp_path / "signed MoU.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scan\n%%EOF\n")
    added = attachments.add_attachment(demo_db, mou.id, scan, "signed_copy")
    assert (added.title, added.kind_label, added.size) == ("signed MoU", "Signed copy", scan.stat().st_size)
    written = attachments.export_attachment(demo_db, added.id, tmp_path / "out")
    assert written.read_bytes() == scan.read_bytes()
    word = tmp_path / "annexure.pdf"
    word.write_bytes(b"PK\x03\x04 not a pdf")
    with pytest.raises(ValidationError, match=r"annexure\.pdf is not a PDF, PNG or JPEG file"):
        attachments.add_attachment(demo_db, mou.id, word, "annexure")
    with demo_db.transaction() as session:
        session.execute(update(StoredFile).values(data=b"%PDF-1.4 changed"))
    with pytest.raises(DamagedFileError, match="has changed since it was saved"):
        attachments.attachment_content(demo_db, added.id)
    assert len(attachments.list_attachments(demo_db, mou.id)) == 1


def test_the_timeline_tells_who_changed_what(demo_db: Database) -> None:
    mou = _active(demo_db)
    register.update_obligations(
        demo_db, mou.id, (mou.data.obligations[0], replace(mou.data.obligations[1], status="done"))
    )
    entries = timeline.timeline(demo_db, mou.id)
    whats = [e.what for e in entries]
    assert whats[0] == "MoU created" and entries[0].details == "DDPI/KVD/MOU/2026/01"
    assert "Signatory added" in whats and "Data-sharing term added" in whats
    statuses = [e.details for e in entries if e.what == "MoU changed"]
    assert any("Status: Draft → Under review" in d for d in statuses)
    assert any("Status: Signed → Active" in d for d in statuses)
    assert entries[-1].what == "Obligation changed" and entries[-1].details == "Status: Pending → Done"
    assert {e.operator for e in entries} == {"tester"}


def test_alerts_are_described_in_plain_sentences(demo_db: Database) -> None:
    mou = _active(demo_db)
    found = listing.alerts(demo_db, today=date(2027, 5, 1))
    lines = listing.describe_alerts(found)
    partner_name = register.get_mou(demo_db, mou.id).partner_names[0]
    assert lines == [
        f"Ending within 30 days: DDPI/KVD/MOU/2026/01 ({partner_name}, 31/05/2027)",
        "Overdue obligations: DDPI/KVD/MOU/2026/01: Baseline report (due 30/09/2026)",
    ]
    assert listing.describe_alerts(listing.alerts(demo_db, today=date(2026, 6, 2))) == []


def test_the_demo_district_has_mous_showing_every_kind_of_alert(db: Database) -> None:
    from desktop.services.demo import generate_demo

    generate_demo(db, today=TODAY)
    rows = listing.list_mous(db, today=TODAY)
    assert sorted(r.status for r in rows) == ["active", "active", "draft", "signed", "under_review"]
    found = listing.alerts(db, today=TODAY)
    assert [r.reference for r in found.expiring[30]] == ["DDPI/KVD/MOU/2025/03"]
    assert [r.reference for r in found.signed_not_active] == ["DDPI/KVD/MOU/2026/02"]
    assert {o.reference for o in found.overdue} == {"DDPI/KVD/MOU/2025/03", "DDPI/KVD/MOU/2025/07"}
    # The demo's search text is the one the services compute.
    first = next(r for r in rows if r.status == "draft")
    detail = register.get_mou(db, first.id)
    assert register.update_mou(db, first.id, detail.data, today=TODAY).data == detail.data
    assert listing.list_mous(db, today=TODAY) == rows
