"""The drives a package can be written to, as Qt sees them mounted, and sizes as staff read them."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QStorageInfo

# File systems that are not drives a package can be carried away on.
PSEUDO_FILE_SYSTEMS = frozenset({b"tmpfs", b"devtmpfs", b"ramfs", b"overlay", b"squashfs", b"proc", b"sysfs"})
# Where Linux desktops and macOS mount the drives plugged in.
REMOVABLE_MOUNT_PARENTS = ("/media/", "/run/media/", "/Volumes/")
DRIVE_REMOVABLE = 2  # GetDriveTypeW's answer for USB sticks and card readers


@dataclass(frozen=True)
class Volume:
    name: str
    root: Path
    free: int  # bytes this user may write
    total: int
    removable: bool


def data_size(size: int) -> str:
    """A size as office staff read it: "3.2 GB" (powers of 1024, as Windows Explorer shows)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def is_removable(root: str) -> bool:
    """Whether the drive mounted at ``root`` is a removable one (a USB stick, a card)."""
    if sys.platform == "win32":
        import ctypes

        return ctypes.windll.kernel32.GetDriveTypeW(root) == DRIVE_REMOVABLE  # type: ignore[attr-defined]
    return any(root.startswith(parent) for parent in REMOVABLE_MOUNT_PARENTS)


def mounted_volumes() -> list[Volume]:
    """The drives a package can be written to: mounted, ready, writable; removable ones first."""
    volumes = []
    for storage in QStorageInfo.mountedVolumes():
        if not storage.isValid() or not storage.isReady() or storage.isReadOnly():
            continue
        if bytes(storage.fileSystemType()) in PSEUDO_FILE_SYSTEMS:
            continue
        root = storage.rootPath()
        volumes.append(
            Volume(
                storage.displayName() or root,
                Path(root),
                storage.bytesAvailable(),
                storage.bytesTotal(),
                is_removable(root),
            )
        )
    return sorted(volumes, key=lambda volume: (not volume.removable, str(volume.root)))
