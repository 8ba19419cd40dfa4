"""Messages for office staff in the interface's language, without Qt.

Services build their messages with :func:`translate`, written out at each message so that Qt's
``pyside6-lupdate`` finds them (it reads any call named ``translate`` with a literal context and
text, in any module)::

    translate("Schools", "UDISE code {code} has {count} digits; expected {expected}.").format(
        code=code, count=len(code), expected=LENGTH
    )

Placeholders are named ``{fields}`` filled by ``str.format`` after translating, so a translator
can move them to where the language wants them. Until the interface installs Qt's translation
(:func:`install`, at start-up), and always in the command line and the tests, the text comes back
unchanged: English.

Words kept in the database (a school's category, a status) stay English there and are marked
where they are defined with :func:`QT_TRANSLATE_NOOP`; the interface translates them when it
shows them, with the same context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Translator = Callable[[str, str, str | None, int], str]


def _untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text


_implementation: Translator = _untranslated


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language (English until :func:`install` is called).

    ``context`` groups the messages of one service for translators; keep it a literal string,
    as ``text`` must be, or the message is never extracted for translation."""
    return _implementation(context, text, disambiguation, n)


def install(implementation: Translator | None) -> None:
    """Use ``implementation`` (the interface passes ``QCoreApplication.translate``, which is
    thread-safe, so background tasks translate too); ``None`` goes back to English."""
    global _implementation
    _implementation = implementation or _untranslated


# Each language named in its own script, so whoever reads a list of them can find theirs; one list
# for the screens (desktop/ui/i18n) and the services' wording (the MoU timeline).
LANGUAGE_NAMES = {
    "en": "English",
    "kn": "ಕನ್ನಡ (Kannada)",
    "hi": "हिन्दी (Hindi)",
    "mr": "मराठी (Marathi)",
}


def language_names(codes: Sequence[str]) -> list[str]:
    """Each language code by its name in its own script ("kn" → "ಕನ್ನಡ (Kannada)")."""
    return [LANGUAGE_NAMES.get(code, code) for code in codes]


def plural(count: int, one: str, many: str) -> str:
    """``one`` when ``count`` is 1, else ``many``. translate() carries no Qt plural forms (lupdate
    makes none for it), so a message with a count is written twice, each translated whole::

        plural(n, translate("Meetings", "one meeting"), translate("Meetings", "{count} meetings"))
    """
    return one if count == 1 else many


def and_list(items: Sequence[str]) -> str:
    """ "a, b and c" in the interface's language (the items already translated)."""
    if len(items) <= 1:
        return "".join(items)
    return translate("Lists", "{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def or_list(items: Sequence[str]) -> str:
    """ "a, b or c" in the interface's language (the items already translated)."""
    if len(items) <= 1:
        return "".join(items)
    return translate("Lists", "{items} or {last}").format(items=", ".join(items[:-1]), last=items[-1])


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for translation under ``context`` and returns it unchanged: for words kept
    in English in the database and translated only when shown."""
    return text


# "The 2nd working day", "the 4th Saturday": up to the 8th (the 2-4-6-8 cadence); higher numbers
# take the last form. One list for the services and the screens, so each is translated once.
_ORDINALS = (
    QT_TRANSLATE_NOOP("Ordinals", "1st"),
    QT_TRANSLATE_NOOP("Ordinals", "2nd"),
    QT_TRANSLATE_NOOP("Ordinals", "3rd"),
    QT_TRANSLATE_NOOP("Ordinals", "4th"),
    QT_TRANSLATE_NOOP("Ordinals", "5th"),
    QT_TRANSLATE_NOOP("Ordinals", "6th"),
    QT_TRANSLATE_NOOP("Ordinals", "7th"),
    QT_TRANSLATE_NOOP("Ordinals", "8th"),
)


def ordinal_text(number: int) -> str:
    """ "2nd" in the interface's language, for what is shown."""
    if 1 <= number <= len(_ORDINALS):
        return translate("Ordinals", _ORDINALS[number - 1])
    return translate("Ordinals", "%sth") % number
