"""Sorting text as readers of the interface language expect, with Qt's QCollator (ICU).

Code point order puts every Kannada or Devanagari word after every Latin one and orders by
Unicode's table, which is not the alphabet's: Marathi, for one, lists क्ष and ज्ञ after ळ at the
end of the alphabet, while their code points put them among the क words. A collator for the
interface language orders letters, vowel signs and conjuncts as the language does, ignores case
(as the old case-folded order did) and reads digits as numbers ("School 9" before "School 10").
Text is NFC-normalised first, as everything stored is, so two spellings of one word sort
together.

Only tables held in memory sort this way (ListTableModel and the models built on it). The large
table pages sort through the services' listing index, without Qt, by case-folded code point
(decision 7): fast at 100,000 rows and the same order as SQL.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QCollator, QCollatorSortKey, Qt

from desktop.ui.i18n import current_language, language_locale

_collators: dict[str, QCollator] = {}


def collator(code: str | None = None) -> QCollator:
    """The collator of a language (the interface's by default), made once."""
    code = code or current_language()
    found = _collators.get(code)
    if found is None:
        found = QCollator(language_locale(code))
        found.setNumericMode(True)
        found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        _collators[code] = found
    return found


def text_key(text: str, code: str | None = None) -> QCollatorSortKey:
    """A sort key for ``text`` (keys compare with ``<``, so they work as Python sort keys)."""
    return collator(code).sortKey(unicodedata.normalize("NFC", text))


def cell_key(value: Any) -> tuple[int, Any]:
    """What a table cell sorts by: empty cells after filled ones, text by the collator, other
    values (numbers, dates) as they are."""
    if value is None or value == "":
        return (1, "")
    return (0, text_key(value) if isinstance(value, str) else value)
