"""Every string of the interface is translated and finished in Kannada, Hindi and Marathi: a new
string fails this test until its translations are added (python scripts/translations.py update,
then fill the .ts files; check shows what is left)."""

from __future__ import annotations

import re

import pytest

from scripts.translations import LANGUAGES, completeness_problems, extracted_messages, read_ts, ts_path
from tests.english_left import ENGLISH_WORD


@pytest.fixture(scope="module")
def expected() -> list[tuple[str, str, str]]:
    return [m.key for m in extracted_messages()]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_finished(language: str, expected: list[tuple[str, str, str]]) -> None:
    problems = completeness_problems(read_ts(ts_path(language)), expected)
    shown = "\n".join(problems[:40]) + (f"\n... and {len(problems) - 40} more" if len(problems) > 40 else "")
    assert not problems, f"{language}: {len(problems)} of {len(expected)} strings not finished:\n{shown}"


# Words a translation keeps in Latin letters because the user sees or types them literally: the
# example column headings "UDISE code" / "School name", GIS column names, the key derivation's
# name and field, and "zip" in "zip bomb".
KEPT_LITERALLY = frozenset({"code", "name", "dtname", "stname", "scrypt", "salt", "zip"})
# Placeholders, markup, entities and the programme's name, which are not words to translate.
NOT_TEXT = re.compile(r"<[^>]+>|\{[^}]*\}|&\w+;|%\(\w+\)[sdr]|%\w+|Coffee with Collector")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_keeps_english_words(language: str) -> None:
    """A translator who pastes the English, or keeps an English word where the language has one,
    is caught here (file names and addresses are not words)."""
    kept = []
    for message in read_ts(ts_path(language)):
        if message.status != "finished":
            continue
        for text in message.translations:
            words = set(ENGLISH_WORD.findall(NOT_TEXT.sub(" ", text))) - KEPT_LITERALLY
            if words:
                kept.append(f"[{message.context}] {message.source[:60]!r}: {sorted(words)}")
    assert not kept, "\n".join(kept)
