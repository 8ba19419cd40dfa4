"""A made-up translation installed for the services and documents while a test runs."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

from desktop.services import i18n

Words = Mapping[tuple[str, str], str] | Callable[[str, str], str]


@contextmanager
def translating(words: Words | None = None) -> Iterator[list[tuple[str, str]]]:
    """Install ``words`` (translations by (context, English), or a function of the two) and yield
    every (context, text) asked for meanwhile; a text without a translation comes back as it is."""
    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str, _disambiguation: str | None = None, _n: int = -1) -> str:
        asked.append((context, text))
        if callable(words):
            return words(context, text)
        return (words or {}).get((context, text), text)

    i18n.install(translate)
    try:
        yield asked
    finally:
        i18n.install(None)
