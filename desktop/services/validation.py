"""Field checks shared by the services; each returns the cleaned value or records a message."""

from __future__ import annotations

import re

from desktop.services.errors import ValidationError
from desktop.services.i18n import translate
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
            self.add(field, translate("Validation", "{label} is required.").format(label=label))
        elif len(cleaned) > max_length:
            self.add(field, _too_long(label, len(cleaned), max_length))
        return cleaned

    def optional(self, field: str, value: str | None, label: str, max_length: int = 200) -> str | None:
        cleaned = clean_optional(value)
        if cleaned and len(cleaned) > max_length:
            self.add(field, _too_long(label, len(cleaned), max_length))
        return cleaned

    def choice(self, field: str, value: str | None, label: str, allowed: tuple[str, ...]) -> str | None:
        cleaned = clean_optional(value)
        if cleaned is not None and cleaned not in allowed:
            message = translate("Validation", "{label} '{value}' is not one of: {allowed}.")
            self.add(field, message.format(label=label, value=cleaned, allowed=", ".join(allowed)))
        return cleaned

    def pincode(self, field: str, value: str | None) -> str | None:
        cleaned = clean_optional(value)
        if cleaned is None:
            return None
        cleaned = cleaned.replace(" ", "")
        if not re.fullmatch(r"[1-9][0-9]{5}", cleaned):
            message = translate("Validation", "PIN code '{value}' must be 6 digits, not starting with 0.")
            self.add(field, message.format(value=cleaned))
        return cleaned

    def phone(self, field: str, value: str | None) -> str | None:
        """Indian mobile or landline numbers; stored as typed, spaces and dashes tidied."""
        cleaned = clean_optional(value)
        if cleaned is None:
            return None
        digits = re.sub(r"[\s\-()]", "", cleaned)
        if not re.fullmatch(r"\+?[0-9]+", digits):
            message = translate(
                "Validation",
                "Phone number '{value}' may contain only digits, spaces, dashes and a leading +.",
            )
            self.add(field, message.format(value=cleaned))
            return cleaned
        national = digits.removeprefix("+91") if digits.startswith("+91") else digits.lstrip("0")
        if len(national) != 10:
            message = translate(
                "Validation", "Phone number '{value}' has {count} digits after the prefix; expected 10."
            )
            self.add(field, message.format(value=cleaned, count=len(national)))
        return digits

    def email(self, field: str, value: str | None) -> str | None:
        cleaned = clean_optional(value)
        if cleaned is not None and not _EMAIL.match(cleaned):
            message = translate(
                "Validation", "'{value}' is not an e-mail address (expected name@example.org)."
            )
            self.add(field, message.format(value=cleaned))
        return cleaned.lower() if cleaned else None

    def darpan_id(self, field: str, value: str | None) -> str | None:
        cleaned = clean_optional(value)
        if cleaned is None:
            return None
        cleaned = cleaned.upper().replace(" ", "")
        if not _DARPAN.match(cleaned):
            message = translate(
                "Validation",
                "NGO-Darpan ID '{value}' should look like KA/2017/0123456 (state/year/7 digits).",
            )
            self.add(field, message.format(value=cleaned))
        return cleaned

    def coordinate(self, field: str, value: str | float | None, label: str, bounds: tuple[float, float]):
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            number = float(str(value).strip())
        except ValueError:
            message = translate(
                "Validation", "{label} '{value}' is not a number (expected decimal degrees such as 15.85)."
            )
            self.add(field, message.format(label=label, value=value))
            return None
        low, high = bounds
        if not low <= number <= high:
            message = translate("Validation", "{label} {value} is outside India ({low} to {high}).")
            self.add(field, message.format(label=label, value=number, low=low, high=high))
        return number


def _too_long(label: str, length: int, max_length: int) -> str:
    message = translate("Validation", "{label} is {length} characters long; at most {max_length} fit.")
    return message.format(label=label, length=length, max_length=max_length)
