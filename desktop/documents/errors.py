"""Errors the document engine raises, worded for office staff."""

from __future__ import annotations

from desktop.services.errors import DomainError


class DocumentError(DomainError):
    """The document cannot be printed as it is; the message says why and what to change."""
