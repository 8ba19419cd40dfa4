"""UDISE school codes: 11 digits = state (2) + district (2) + block (2) + village (3) + school (2)."""

from __future__ import annotations

from desktop.services.text import clean

LENGTH = 11


def udise_problem(
    code: str, district_code: str | None = None, district_name: str | None = None
) -> str | None:
    """The reason ``code`` is not a valid UDISE code for the district, or None when it is."""
    if not code:
        return "UDISE code is required."
    if not code.isascii() or not code.isdigit():
        wrong = next(ch for ch in code if not (ch.isascii() and ch.isdigit()))
        return f"UDISE code {code} contains '{wrong}'; it must have digits only."
    if len(code) != LENGTH:
        return f"UDISE code {code} has {len(code)} digits; expected {LENGTH}."
    if district_code and not code.startswith(district_code):
        if not district_name:
            where = f"district {district_code}"
        elif district_name.casefold().endswith("district"):  # not "Kaveri Demo District district"
            where = district_name
        else:
            where = f"{district_name} district"
        return f"UDISE code {code} starts with {code[:4]}, but school codes of {where} start with {district_code}."
    return None


def normalise_udise(value: str | None) -> str:
    """Strip the spaces and dashes codes are often printed with ("2902 0904 701")."""
    return clean(value).replace(" ", "").replace("-", "")
