"""The interface's translations: extract, compile and check the Qt Linguist files.

    python scripts/translations.py update            # code -> resources/translations/*.ts
    python scripts/translations.py update --prune    # ... and drop translations of vanished strings
    python scripts/translations.py compile [--out D] # *.ts -> *.qm (finished translations only)
    python scripts/translations.py check             # what each .ts lacks; exit 1 if anything
    python scripts/translations.py stats             # strings per context, to share out the work

``update`` runs pyside6-lupdate over every module of ``desktop/ui``, ``desktop/services`` and
``desktop/documents`` into ``district_desk_kn.ts``, ``_hi.ts`` and ``_mr.ts``: translations already made are kept; a string
no longer in the code is kept marked "vanished" (lupdate then offers its translation for a
reworded string as a starting point; ``--prune`` removes them before a release). Locations are
written relative (a line moved elsewhere changes one line of each file, not hundreds).

``compile`` runs pyside6-lrelease with ``-nounfinished``: a translation shows in the app only once
a translator has marked it finished. The .qm files are not kept in git; scripts/setup.sh and the
bundle build make them. Plain Python, so it runs unchanged on Windows.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("kn", "hi", "mr")
CATALOGUE = "district_desk"
SOURCE_FOLDERS = ("desktop/ui", "desktop/services", "desktop/documents")

# %s, %d, %(name)s, %n, %1 (Qt's), and {name} / {} (str.format): each must survive translation.
_PLACEHOLDER = re.compile(
    r"%\([A-Za-z_]\w*\)[sdfr]|%[sdfrn]|%L?[1-9]|\{[A-Za-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}"
)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation: the same text may need two translations
    status: str  # "finished", "unfinished", "vanished" or "obsolete"
    translations: tuple[str, ...]  # one, or one per plural form

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def source_files(root: Path = ROOT) -> list[Path]:
    return sorted(path for folder in SOURCE_FOLDERS for path in (root / folder).rglob("*.py"))


def qt_tool(name: str) -> Path:
    """A Qt tool shipped inside the PySide6 wheel (found beside the package, as pyside6-* do)."""
    import PySide6

    return Path(PySide6.__file__).resolve().parent / (name + (".exe" if os.name == "nt" else ""))


def _run(arguments: Sequence[str | Path]) -> None:
    completed = subprocess.run([str(a) for a in arguments], capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"{Path(arguments[0]).name} failed:\n{completed.stdout}\n{completed.stderr}")


def run_lupdate(sources: Iterable[Path], target: Path, *, language: str | None, prune: bool = False) -> None:
    """pyside6-lupdate ``sources`` into ``target`` (created or updated in place)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(path) for path in sources))  # one per line: no command-line limit
    try:
        arguments: list[str | Path] = [qt_tool("lupdate"), "-locations", "relative", "-source-language", "en"]
        if language:
            arguments += ["-target-language", language]
        if prune:
            arguments.append("-no-obsolete")
        _run([*arguments, f"@{listing.name}", "-ts", target])
    finally:
        os.unlink(listing.name)


def run_lrelease(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    _run([qt_tool("lrelease"), "-nounfinished", "-silent", source, "-qm", target])


def read_ts(path: Path) -> list[Message]:
    """Every message of a .ts file with its state."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: tuple[str, ...] = ()
            status = "unfinished"
            if translation is not None:
                numerus = translation.findall("numerusform")
                forms = tuple(f.text or "" for f in numerus) if numerus else (translation.text or "",)
                status = translation.get("type") or "finished"
            messages.append(
                Message(
                    name, message.findtext("source") or "", message.findtext("comment") or "", status, forms
                )
            )
    return messages


def extracted_messages(sources: Iterable[Path] | None = None) -> list[Message]:
    """What lupdate finds in the code now (into a throw-away file)."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "extracted.ts"
        run_lupdate(source_files() if sources is None else sources, target, language=None)
        return read_ts(target)


def placeholders(text: str) -> Counter[str]:
    return Counter(_PLACEHOLDER.findall(text))


def missing_keys(messages: Sequence[Message], expected: Iterable[tuple[str, str, str]]) -> list[tuple]:
    """The expected strings a .ts file does not hold (or holds only as vanished / obsolete)."""
    present = {m.key for m in messages if m.status not in ("vanished", "obsolete")}
    return [key for key in expected if key not in present]


def completeness_problems(messages: Sequence[Message], expected: Iterable[tuple[str, str, str]]) -> list[str]:
    """Every reason the translation is not complete for ``expected`` (context, source, comment)
    keys: missing, unfinished, empty, or with placeholders that differ from the source's."""
    by_key = {m.key: m for m in messages if m.status not in ("vanished", "obsolete")}
    problems = []
    for key in expected:
        context, source, _comment = key
        where = f"[{context}] {source!r}"
        message = by_key.get(key)
        if message is None:
            problems.append(f"{where}: missing (run scripts/translations.py update)")
        elif message.status != "finished":
            problems.append(f"{where}: {message.status}")
        elif not message.translations or not all(form.strip() for form in message.translations):
            problems.append(f"{where}: finished but empty")
        else:
            wanted = placeholders(source)
            for form in message.translations:
                found = placeholders(form)
                if "%n" in wanted:  # a plural form may leave the number out ("one school")
                    found["%n"] = wanted["%n"]
                if found != wanted:
                    problems.append(
                        f"{where}: placeholders {sorted(found.elements())} in {form!r}, "
                        f"expected {sorted(wanted.elements())}"
                    )
    return problems


def context_counts(messages: Sequence[Message]) -> Counter[str]:
    return Counter(m.context for m in messages if m.status not in ("vanished", "obsolete"))


# --- commands ----------------------------------------------------------------------------------


def update(prune: bool = False) -> None:
    sources = source_files()
    for language in LANGUAGES:
        run_lupdate(sources, ts_path(language), language=language, prune=prune)
        print(f"{ts_path(language).relative_to(ROOT)} updated")


def compile_all(out: Path = TRANSLATIONS) -> list[Path]:
    written = []
    for language in LANGUAGES:
        target = out / f"{CATALOGUE}_{language}.qm"
        run_lrelease(ts_path(language), target)
        written.append(target)
    return written


def check() -> int:
    expected = [m.key for m in extracted_messages()]
    failed = 0
    for language in LANGUAGES:
        problems = completeness_problems(read_ts(ts_path(language)), expected)
        done = len(expected) - len(problems)
        print(f"{language}: {done} of {len(expected)} strings translated")
        for problem in problems[:20]:
            print("   ", problem)
        if len(problems) > 20:
            print(f"    ... and {len(problems) - 20} more")
        failed += bool(problems)
    return 1 if failed else 0


def stats() -> None:
    counts = context_counts(extracted_messages())
    for context, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        print(f"{count:5d}  {context}")
    print(f"{sum(counts.values()):5d}  in {len(counts)} contexts")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update").add_argument("--prune", action="store_true")
    commands.add_parser("compile").add_argument("--out", type=Path, default=TRANSLATIONS)
    commands.add_parser("check")
    commands.add_parser("stats")
    args = parser.parse_args(argv)
    if args.command == "update":
        update(args.prune)
    elif args.command == "compile":
        for path in compile_all(args.out):
            print(f"{path} written")
    elif args.command == "check":
        return check()
    else:
        stats()
    return 0


if __name__ == "__main__":
    sys.exit(main())
