"""Finding English left on a screen that should read in another language.

A shown text is English left over when, after the office's own data is taken out of it (names,
titles, descriptions typed into the database, which stay as typed), it still is an English message
of the catalogue, or still has English words in it. Two checks, because a message can be shown
untranslated whole (its context was wrong, it was built before the language was installed) or in
part (a fragment glued on in code, a word never marked for translation).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.ui.i18n import LANGUAGE_NAMES
from scripts.translations import read_ts
from tests.visible_text import ShownText, plain

# Names that are the same in every language of the interface: the product, and each language's
# own name in a language chooser ("English" among "ಕನ್ನಡ (Kannada)" and "हिन्दी (Hindi)").
KEPT_IN_LATIN = ("District Collective Desk", *LANGUAGE_NAMES.values())
# A lowercase Latin word of three letters or more, not part of a file name or an address;
# capitalised words are mostly names and abbreviations, and an English message always has
# lowercase words in it.
# A value stored as a code ("active", "cluster_review"), which a screen shows by its label.
STORED_CODE = re.compile(r"[a-z][a-z_]*")
ENGLISH_WORD = re.compile(r"(?<![\w./@\\-])[a-z][a-z']{2,}(?![\w/@\\-]|\.\w)")


def _key(text: str) -> str:
    return plain(text).rstrip(":…").strip().casefold()


def _texts_in(value: str) -> Iterator[str]:
    """The texts a stored value shows as: its lines, or a JSON list's or object's strings."""
    if value[:1] in "[{":
        try:
            parsed = json.loads(value)
        except ValueError:
            parsed = None
        if parsed is not None:
            yield from _json_strings(parsed)
            return
    yield from (line.strip() for line in value.splitlines() if len(line.strip()) >= 3)


def _json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield from _texts_in(value)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_strings(item)


@dataclass
class EnglishLeft:
    """What of a screen is still English, given the language's catalogue and the database shown."""

    catalogue: Path
    database: Path
    # Data shown that is not in the database: the Windows user name offered as the operator.
    shown_data: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        messages = read_ts(self.catalogue)
        # A source some context keeps as it is ("MoU", "PDF") is not English left over anywhere.
        kept = {_key(m.source) for m in messages if m.source in m.translations}
        self.messages = {_key(m.source) for m in messages if m.source.strip()} - kept
        self.read_data()

    def read_data(self) -> None:
        """The database's texts as they are now (pages add rows as they open: built-in templates)."""
        values = self._data_values() | set(self.shown_data) | set(KEPT_IN_LATIN)
        self.whole = values
        self.data = sorted(values, key=len, reverse=True)

    def _data_values(self) -> set[str]:
        values = {self.database.name, str(self.database)}
        connection = sqlite3.connect(f"file:{self.database}?mode=ro", uri=True)
        try:
            # The audit trail's snapshots repeat the other tables' values, along with stored codes
            # ("active", "signed") that must never reach a screen untranslated.
            tables = [
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
                if row[0] not in ("audit_entry", "alembic_version")
            ]
            for table in tables:
                columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
                for column in columns:
                    query = f'SELECT DISTINCT "{column}" FROM "{table}" WHERE typeof("{column}") = \'text\''
                    for (value,) in connection.execute(query):
                        values.update(text for text in _texts_in(value) if not STORED_CODE.fullmatch(text))
        finally:
            connection.close()
        return values

    def without_data(self, text: str) -> str:
        for value in self.data:
            if value in text:
                # Whole words only: a school called "Model" leaves "Models" alone.
                text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
        return text

    def problem(self, text: str) -> str | None:
        """Why ``text`` is English left over, or None when it reads in the language."""
        if text in self.whole:
            return None
        if _key(text) in self.messages:
            return "an English message of the catalogue, untranslated"
        words = ENGLISH_WORD.findall(self.without_data(text))
        if words:
            return "English words: " + ", ".join(dict.fromkeys(words))
        return None

    def problems(self, shown: Iterable[ShownText], screen: str) -> list[str]:
        """One line per text of ``shown`` that is English left over, saying where it is."""
        self.read_data()
        found = []
        for item in shown:
            why = self.problem(item.text)
            if why:
                found.append(f"{screen}: {item.where}: {item.text[:160]!r} ({why})")
        return found
