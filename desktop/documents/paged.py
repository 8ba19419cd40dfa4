"""A canvas that knows the page count before it draws the page furniture ("Page x of y")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

Decorate = Callable[[Canvas, int, int], None]


def counting_canvas(decorate: Decorate) -> type[Canvas]:
    """A canvas class that holds its pages back until the document is complete, then calls
    ``decorate(canvas, page, pages)`` on each before writing it out."""

    class CountingCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                decorate(self, number, len(self._held))
                super().showPage()
            super().save()

    return CountingCanvas
