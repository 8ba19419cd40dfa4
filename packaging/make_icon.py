"""Regenerate ``packaging/app.ico`` (the Windows executables' and installer's icon) from
``resources/icons/app.svg``: ``.venv/bin/python packaging/make_icon.py``.

Each size is rendered from the SVG by Qt's own SVG renderer (QtSvg, the renderer the app uses for
its window icon), so small sizes are drawn for their size rather than shrunk from a large bitmap;
Pillow (installed with ReportLab) writes the ICO container, which Qt's ICO writer cannot do with
several sizes. The result is committed: building the bundle does not need it regenerated.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "app.svg"
ICO = ROOT / "packaging" / "app.ico"
# What Windows asks for: 16-32 in lists and title bars, 48 in Explorer, 256 on large tiles.
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes with transparency."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def make_icon(svg: Path = SVG, ico: Path = ICO, sizes: tuple[int, ...] = SIZES) -> Path:
    """Write ``ico`` with one image per size, each rendered from ``svg``."""
    from PIL import Image

    images = [Image.open(io.BytesIO(render_png(svg, size))).convert("RGBA") for size in sizes]
    largest = images[-1]
    largest.save(ico, format="ICO", sizes=[(s, s) for s in sizes], append_images=images[:-1])
    return ico


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"Wrote {make_icon()}")
