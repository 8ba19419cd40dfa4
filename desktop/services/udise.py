"""UDISE school codes: 11 digits = state (2) + district (2) + block (2) + village (3) + school (2)."""

from __future__ import annotations

from desktop.services.i18n import translate
from desktop.services.text import clean

LENGTH = 11


def udise_problem(
    code: str, district_code: str | None = None, district_name: str | None = None
) -> str | None:
    """The reason ``code`` is not a valid UDISE code for the district, or None when it is."""
    if not code:
        return translate("Schools", "UDISE code is required.")
    if not code.isascii() or not code.isdigit():
        wrong = next(ch for ch in code if not (ch.isascii() and ch.isdigit()))
        message = translate("Schools", "UDISE code {code} contains '{character}'; it must have digits only.")
        return message.format(code=code, character=wrong)
    if len(code) != LENGTH:
        message = translate("Schools", "UDISE code {code} has {count} digits; expected {expected}.")
        return message.format(code=code, count=len(code), expected=LENGTH)
    if district_code and not code.startswith(district_code):
        if not district_name:
            where = translate("Schools", "district {code}").format(code=district_code)
        elif district_name.casefold().endswith("district"):  # not "Kaveri Demo District district"
            where = district_name
        else:
            where = translate("Schools", "{name} district").format(name=district_name)
        message = translate(
            "Schools",
            "UDISE code {code} starts with {start}, but school codes of {where} start with {prefix}.",
        )
        return message.format(code=code, start=code[:4], where=where, prefix=district_code)
    return None


def normalise_udise(value: str | None) -> str:
    """Strip the spaces and dashes codes are often printed with ("2902 0904 701")."""
    return clean(value).replace(" ", "").replace("-", "")
