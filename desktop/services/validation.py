"""Field checks shared by the services; each returns the cleaned value or records a message."""

from __future__ import annotations

import re

from desktop.services.errors import ValidationError
from desktop.services.text import clean, clean_optional

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# [0-9], not \d: \d also matches Devanagari and other Unicode digits, which no register or
# phone understands.
_DARPAN = re.compile(r"^[A-Z]{2}/[0-9]{4}/[0-9]{7}$")
# Roughly India's bounding box: catches swapped latitude / longitude and placeholder zeros.
LATITUDE_RANGE = (6.0, 37.5)
LONGITUDE_RANGE = (68.0, 97.5)


class FieldErrors:
    """Collects messages per field so a form can show all of them at once."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)

    def required(self, field: str, value: str | None, label: str, max_length: int = 200) -> str:
        cleaned = clean(value)
        if not cleaned:
            self.add(field, f"{label} is required.")
        elif len(cleaned) > max_length:
            self.add(field, f"{label} is {len(cleaned)} characters long; at most {max_length} fit.")
        return cleaned

    def optional(self, field: str, value: str | None, label: str, max_length: int = 200) -> str | None:
        cleaned = clean_optional(value)
        if cleaned and len(cleaned) > max_length:
            self.add(field, f"{label} is {len(cleaned)} characters long; at most {max_length} fit.")
        return cleaned

    def choice(self, field: str, value: str | None, label: str, allowed: tuple[str, ...]) -> str | None:
        cleaned = clean_optional(value)
        if cleaned is not None and cleaned not in allowed:
            self.add(field, f"{label} '{cleaned}' is not one of: {', '.join(allowed)}.")
        return cleaned

    def pincode(self, field: str, value: str | None) -> str | None:
        cleaned = clean_optional(value)
        if cleaned is None:
            return None
        cleaned = cleaned.replace(" ", "")
        if not re.fullmatch(r"[1-9][0-9]{5}", cleaned):
            self.add(field, f"PIN code '{cleaned}' must be 6 digits, not starting with 0.")
        return cleaned

    def phone(self, field: str, value: str | None) -> str | None:
        """Indian mobile or landline numbers; stored as typed, spaces and dashes tidied."""
        cleaned = clean_optional(value)
        if cleaned is None:
            return None
        digits = re.sub(r"[\s\-()]", "", cleaned)
        if not re.fullmatch(r"\+?[0-9]+", digits):
            self.add(
                field, f"Phone number '{cleaned}' may contain only digits, spaces, dashes and a leading +."
            )
            return cleaned
        national = digits.removeprefix("+91") if digits.startswith("+91") else digits.lstrip("0")
        if len(national) != 10:
            self.add(
                field, f"Phone number '{cleaned}' has {len(national)} digits after the prefix; expected 10."
            )
        return digits

    def email(self, field: str, value: str | None) -> str | None:
        cleaned = clean_optional(value)
        if cleaned is not None and not _EMAIL.match(cleaned):
            self.add(field, f"'{cleaned}' is not an e-mail address (expected name@example.org).")
        return cleaned.lower() if cleaned else None

    def darpan_id(self, field: str, value: str | None) -> str | None:
        cleaned = clean_optional(value)
        if cleaned is None:
            return None
        cleaned = cleaned.upper().replace(" ", "")
        if not _DARPAN.match(cleaned):
            self.add(
                field, f"NGO-Darpan ID '{cleaned}' should look like KA/2017/0123456 (state/year/7 digits)."
            )
        return cleaned

    def coordinate(self, field: str, value: str | float | None, label: str, bounds: tuple[float, float]):
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            number = float(str(value).strip())
        except ValueError:
            self.add(field, f"{label} '{value}' is not a number (expected decimal degrees such as 15.85).")
            return None
        low, high = bounds
        if not low <= number <= high:
            self.add(field, f"{label} {number} is outside India ({low} to {high}).")
        return number
