"""Every string of the interface is translated and finished in Kannada, Hindi and Marathi: a new
string fails this test until its translations are added (python scripts/translations.py update,
then fill the .ts files; check shows what is left)."""

from __future__ import annotations

import pytest

from scripts.translations import LANGUAGES, completeness_problems, extracted_messages, read_ts, ts_path


@pytest.fixture(scope="module")
def expected() -> list[tuple[str, str, str]]:
    return [m.key for m in extracted_messages()]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_finished(language: str, expected: list[tuple[str, str, str]]) -> None:
    problems = completeness_problems(read_ts(ts_path(language)), expected)
    shown = "\n".join(problems[:40]) + (f"\n... and {len(problems) - 40} more" if len(problems) > 40 else "")
    assert not problems, f"{language}: {len(problems)} of {len(expected)} strings not finished:\n{shown}"
