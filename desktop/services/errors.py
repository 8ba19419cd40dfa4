"""Domain errors: their messages are written for office staff and shown as they are."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error a service raises on purpose."""

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(DomainError):
    """One or more fields are wrong; ``field_errors`` maps a field name to its message."""

    def __init__(self, field_errors: dict[str, str]) -> None:
        self.field_errors = dict(field_errors)
        super().__init__("\n".join(self.field_errors.values()))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls({field: message})


class NotFoundError(DomainError):
    pass


class ConflictError(DomainError):
    """The change would break a rule about other records (a duplicate, a record still in use)."""


class ReadOnlyError(DomainError):
    pass
