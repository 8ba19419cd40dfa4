"""PDF pages as Qt images (pdfium), for previews and for printing through Qt's print dialog."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter


def page_images(pdf: bytes, *, dpi: float = 96, first_pages: int | None = None) -> list[QImage]:
    """The pages of ``pdf`` as images (the first ``first_pages`` only, if given)."""
    document = pdfium.PdfDocument(pdf)
    try:
        count = len(document) if first_pages is None else min(first_pages, len(document))
        images = []
        for index in range(count):
            bitmap = document[index].render(scale=dpi / 72)
            image = bitmap.to_pil().convert("RGB")
            data = image.tobytes()
            images.append(
                QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888).copy()
            )
        return images
    finally:
        document.close()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of ``pdf`` on ``printer``, scaled to its page; returns the page count."""
    images = page_images(pdf, dpi=min(printer.resolution(), 300))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(QRect(target.x(), target.y(), scaled.width(), scaled.height()))
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return len(images)
