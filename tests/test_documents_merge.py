"""The mail-merge fast path: same pages as the general path, used only where it is exact."""

from __future__ import annotations

import io
import threading
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.documents.circular import Circular, Letterhead, Signatory, render_circulars
from desktop.services.progress import CancelledError, Progress

BODY = "The half-yearly *Community School Day* will be held on 15/12/2026.\n- Invite parents.\n- Display learning outcomes."


def copies(count: int, **changes: object) -> list[Circular]:
    base = Circular(
        Letterhead("Office of the DDPI, Bagalkot", "ಉಪನಿರ್ದೇಶಕರ ಕಛೇರಿ, ಬಾಗಲಕೋಟೆ"),
        date(2026, 11, 23),
        "Community School Day",
        BODY,
        Signatory("Savitha K. Patil", "DDPI"),
        "en",
        "DDPI/BGK/2026-27/0042",
    )
    base = replace(base, **changes)
    return [
        replace(base, addressee=("The Headmaster", f"GHPS number {n}", "Badami block")) for n in range(count)
    ]


def forms(pdf: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return {name for page in reader.pages for name in page["/Resources"].get("/XObject", {})}


def words(pdf: bytes) -> list[list[str]]:
    return [sorted(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_fast_path_pages_carry_the_same_words_as_copies_printed_one_by_one() -> None:
    merged = render_circulars(copies(5))
    assert forms(merged) == {"/FormXob.circular-page"}
    singles = [words(render_circulars([copy]))[0] for copy in copies(5)]
    assert words(merged) == singles


def test_fast_path_is_smaller_and_repeatable() -> None:
    merged = render_circulars(copies(40))
    assert render_circulars(copies(40)) == merged
    one = len(render_circulars(copies(1)))
    assert len(merged) < 5 * one  # the body is stored once, not forty times


@pytest.mark.parametrize(
    "make",
    [
        lambda: [replace(c, body=BODY + f"\nFor GHPS number {n}.") for n, c in enumerate(copies(3))],
        lambda: copies(3, body=BODY + ("\n" + "A long paragraph of instructions. " * 60) * 3),
        lambda: [replace(c, addressee=(*c.addressee, "x" * 200)) for c in copies(3)],
        lambda: copies(1),
    ],
    ids=["body-differs", "longer-than-a-page", "address-too-wide", "single-copy"],
)
def test_general_path_where_the_fast_one_would_not_be_exact(make) -> None:  # type: ignore[no-untyped-def]
    assert forms(render_circulars(make())) == set()


def test_marks_are_on_every_merged_page() -> None:
    for page in PdfReader(io.BytesIO(render_circulars(copies(3, duplicate=True)))).pages:
        assert "DUPLICATE COPY" in page.extract_text()
    for page in PdfReader(io.BytesIO(render_circulars(copies(3, number=None)))).pages:
        assert "DRAFT" in page.extract_text()


def test_cancel_stops_the_merge() -> None:
    cancel = threading.Event()

    def press_cancel(done: int, _total: int, _message: str) -> None:
        if done >= 100:
            cancel.set()

    with pytest.raises(CancelledError):
        render_circulars(copies(300), Progress(press_cancel, cancel))
