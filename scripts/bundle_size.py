"""How big the bundle is, compressed the ways it travels, and what takes the space.

    python scripts/bundle_size.py dist/district-desk [--limit-mb 50] [--top 15] [--quick]

Three figures:

* the folder as installed (symbolic links, which PyInstaller makes on Linux for libraries that
  sit in a package's folder, are not counted twice);
* zip -9: every file deflated on its own, what a zip of the folder on a USB stick weighs;
* installer: what the Inno Setup installer weighs, which is what offices download. Its settings
  (packaging/installer.iss: lzma2/ultra64, solid) are imitated with solid LZMA2 at preset 9
  (64 MB dictionary), and Inno's "call instruction optimisation" of executables and libraries
  with LZMA's x86 filter on theirs. Three streams (libraries the Windows bundle carries too,
  Linux-only libraries, everything else), so both cores work.

The gated figure is the installer's without the Linux-only files (:data:`LINUX_ONLY`): Qt's ICU
(on Windows Qt uses the one in Windows), the X11/XCB window system and input methods, CUPS
printing and the TLS, Kerberos and D-Bus libraries it pulls in, all copied from the build machine.
That is the part of the bundle that is the same on Windows; on a Windows build it is the whole
bundle. The exit status is 1 when it is over ``--limit-mb``. ``--quick`` leaves the installer
figures out (they take two to three minutes on two cores).
"""

from __future__ import annotations

import argparse
import lzma
import os
import re
import sys
import zlib
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

MB = 1_000_000
LIMIT_MB = 50.0
BINARY_MAGIC = (b"\x7fELF", b"MZ", b"\xcf\xfa\xed\xfe")  # Linux, Windows, macOS executables and libraries
CHUNK = 1 << 20
# The Python runtime's own libraries: a Windows bundle carries its equivalents (python311.dll,
# libcrypto-3.dll, sqlite3.dll...), so they count as portable.
_RUNTIME = r"lib(python|crypto|ssl|sqlite3|ffi|z\.|bz2|lzma|expat|uuid|mpdec)"
LINUX_ONLY = re.compile(
    r"^_internal/("
    r"PySide6/Qt/lib/lib(icu|Qt6XcbQpa|Qt6DBus)"
    r"|PySide6/Qt/plugins/(xcbglintegrations|platforminputcontexts|printsupport)/"
    r"|PySide6/Qt/plugins/platforms/libqxcb"
    rf"|(?!{_RUNTIME})lib[^/]*\.so[^/]*$"
    r")"
)


@dataclass(frozen=True)
class Entry:
    path: Path
    relative: str
    size: int
    deflated: int
    binary: bool

    @property
    def linux_only(self) -> bool:
        return LINUX_ONLY.match(self.relative) is not None


def files_of(folder: Path) -> list[Entry]:
    """Every regular file under ``folder`` (links skipped), with its deflated size."""
    entries = []
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        data = path.read_bytes()
        entries.append(
            Entry(
                path,
                path.relative_to(folder).as_posix(),
                len(data),
                len(zlib.compress(data, 9)),
                data[:4].startswith(BINARY_MAGIC),
            )
        )
    return entries


def _lzma_size(entries: Iterable[Entry], x86: bool) -> int:
    filters: list[dict[str, int]] = [{"id": lzma.FILTER_X86}] if x86 else []
    filters.append({"id": lzma.FILTER_LZMA2, "preset": 9})
    compressor = lzma.LZMACompressor(format=lzma.FORMAT_RAW, filters=filters)
    size = 0
    for entry in entries:
        size += len(compressor.compress(entry.relative.encode() + b"\0"))
        with entry.path.open("rb") as file:
            while chunk := file.read(CHUNK):
                size += len(compressor.compress(chunk))
    return size + len(compressor.flush())


def installer_sizes(entries: list[Entry]) -> tuple[int, int]:
    """The solid LZMA2 size of the portable files and of the Linux-only ones, libraries through
    the x86 filter (see the module's doc)."""
    jobs = [
        ([e for e in entries if e.binary and not e.linux_only], True),
        ([e for e in entries if not e.binary and not e.linux_only], False),
        ([e for e in entries if e.linux_only], True),
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:  # liblzma lets go of the GIL while it works
        portable_binaries, portable_rest, linux_only = pool.map(lambda job: _lzma_size(*job), jobs)
    return portable_binaries + portable_rest, linux_only


def group_of(relative: str) -> str:
    """Where a file counts in the list of what takes the space: its package's folder (Qt's
    libraries and plugins one by one), or the file itself at the top."""
    parts = relative.split("/")
    if parts[0] == "_internal":
        parts = parts[1:]
    if parts[0] == "PySide6":
        return "/".join(parts[:4]) if parts[1:2] == ["Qt"] else "/".join(parts[:3])
    return parts[0] if len(parts) > 1 else relative


def report(folder: Path, *, top: int = 15, limit_mb: float = LIMIT_MB, quick: bool = False) -> int:
    entries = files_of(folder)
    links = sum(1 for path in folder.rglob("*") if path.is_symlink())
    raw = sum(entry.size for entry in entries)
    deflated = sum(entry.deflated for entry in entries)
    print(f"Bundle {folder}: {len(entries):,} files ({links} links not counted)")
    print(f"  as installed              {raw / MB:7.1f} MB")
    print(f"  zip -9 (each file alone)  {deflated / MB:7.1f} MB")
    status = 0
    if not quick:
        portable, linux_only = installer_sizes(entries)
        verdict = "within" if portable <= limit_mb * MB else "OVER"
        print(f"  installer (LZMA2 solid)   {(portable + linux_only) / MB:7.1f} MB")
        if linux_only:
            count = sum(1 for entry in entries if entry.linux_only)
            print(
                f"    of which Linux-only     {linux_only / MB:7.1f} MB   ({count} files: ICU, X11, CUPS...)"
            )
        print(f"    the same on Windows     {portable / MB:7.1f} MB   {verdict} the {limit_mb:g} MB limit")
        status = 0 if portable <= limit_mb * MB else 1
    groups_raw: Counter[str] = Counter()
    groups_deflated: Counter[str] = Counter()
    for entry in entries:
        groups_raw[group_of(entry.relative)] += entry.size
        groups_deflated[group_of(entry.relative)] += entry.deflated
    print(f"\nWhat takes the space (top {top}, by zip -9 size; raw size beside):")
    for name, size in groups_deflated.most_common(top):
        print(f"  {size / MB:6.1f} MB  {groups_raw[name] / MB:6.1f} MB raw  {name}")
    print(f"\nLargest files (top {top}):")
    for entry in sorted(entries, key=lambda e: e.deflated, reverse=True)[:top]:
        print(f"  {entry.deflated / MB:6.1f} MB  {entry.size / MB:6.1f} MB raw  {entry.relative}")
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit-mb", type=float, default=LIMIT_MB)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--quick", action="store_true", help="leave the installer figure out")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(
            f"There is no bundle at {args.folder}; build it first (scripts/build_bundle.sh).", file=sys.stderr
        )
        return 2
    return report(args.folder, top=args.top, limit_mb=args.limit_mb, quick=args.quick)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
