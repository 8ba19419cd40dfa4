"""The Qt binding installed must not leak or drop references to Python objects.

PySide6 6.12.0 dropped a reference to ``None`` on every Qt call that returns nothing; on Python
3.11, where ``None`` is reference-counted, a long session aborted with "none_dealloc".
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_keep_the_reference_count_of_none(qapp) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    # A few references may come and go with the interpreter's own work; a thousand may not.
    assert abs(sys.getrefcount(None) - before) < 50
