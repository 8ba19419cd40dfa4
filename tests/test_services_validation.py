"""FieldErrors: each check returns the cleaned value and records the message office staff see."""

from __future__ import annotations

import pytest

from desktop.services.errors import ValidationError
from desktop.services.validation import LATITUDE_RANGE, LONGITUDE_RANGE, FieldErrors

# --- phone ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("+91 98450 12345", "+919845012345"),
        ("+91-98450-12345", "+919845012345"),
        ("98450 12345", "9845012345"),
        ("98450-12345", "9845012345"),
        ("098450 12345", "09845012345"),  # mobile dialled with the trunk 0
        ("080 2222 1234", "08022221234"),  # Bengaluru landline with STD code
        ("(0831) 240-5678", "08312405678"),  # Belagavi landline
        ("  9845012345  ", "9845012345"),
    ],
)
def test_valid_phone_numbers_are_tidied(typed: str, stored: str) -> None:
    errors = FieldErrors()
    assert errors.phone("phone", typed) == stored
    assert errors.errors == {}


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("98450 1234", "Phone number '98450 1234' has 9 digits after the prefix; expected 10."),
        ("+91 98450 123456", "Phone number '+91 98450 123456' has 11 digits after the prefix; expected 10."),
        ("080 2222 123", "Phone number '080 2222 123' has 9 digits after the prefix; expected 10."),
        ("12345", "Phone number '12345' has 5 digits after the prefix; expected 10."),
        (
            "98450 12345 ext 2",
            "Phone number '98450 12345 ext 2' may contain only digits, spaces, dashes and a leading +.",
        ),
        (
            "98450.12345",
            "Phone number '98450.12345' may contain only digits, spaces, dashes and a leading +.",
        ),
        (
            "9845+012345",
            "Phone number '9845+012345' may contain only digits, spaces, dashes and a leading +.",
        ),
        ("९८४५०१२३४५", "Phone number '९८४५०१२३४५' may contain only digits, spaces, dashes and a leading +."),
    ],
)
def test_invalid_phone_numbers(typed: str, message: str) -> None:
    errors = FieldErrors()
    errors.phone("phone", typed)
    assert errors.errors == {"phone": message}


@pytest.mark.parametrize("typed", [None, "", "   "])
def test_blank_phone_is_none_without_error(typed: str | None) -> None:
    errors = FieldErrors()
    assert errors.phone("phone", typed) is None
    assert errors.errors == {}


# --- e-mail --------------------------------------------------------------------------------------


def test_email_is_lower_cased() -> None:
    errors = FieldErrors()
    assert errors.email("email", "  DDPI.Belagavi@Karnataka.GOV.in ") == "ddpi.belagavi@karnataka.gov.in"
    assert errors.email("email", None) is None
    assert errors.email("email", " ") is None
    assert errors.errors == {}


@pytest.mark.parametrize(
    "typed", ["ddpi.belagavi", "ddpi@karnataka", "ddpi@@karnataka.gov.in", "ddpi b@k.in", "@k.in"]
)
def test_invalid_email(typed: str) -> None:
    errors = FieldErrors()
    errors.email("email", typed)
    assert errors.errors == {"email": f"'{typed}' is not an e-mail address (expected name@example.org)."}


# --- PIN code ------------------------------------------------------------------------------------


def test_pincode_spaces_are_removed() -> None:
    errors = FieldErrors()
    assert errors.pincode("pincode", "590 001") == "590001"
    assert errors.pincode("pincode", "591307") == "591307"
    assert errors.pincode("pincode", None) is None
    assert errors.pincode("pincode", "  ") is None
    assert errors.errors == {}


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("059001", "059001"),
        ("59001", "59001"),
        ("5900012", "5900012"),
        ("59000A", "59000A"),
        ("590 01", "59001"),
        ("5९०००१", "5९०००१"),  # Devanagari digits after the first
    ],
)
def test_invalid_pincode(typed: str, shown: str) -> None:
    errors = FieldErrors()
    errors.pincode("pincode", typed)
    assert errors.errors == {"pincode": f"PIN code '{shown}' must be 6 digits, not starting with 0."}


# --- NGO-Darpan ID -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("KA/2017/0123456", "KA/2017/0123456"),
        ("ka/2017/0123456", "KA/2017/0123456"),
        (" KA / 2017 / 0123456 ", "KA/2017/0123456"),
    ],
)
def test_valid_darpan_id(typed: str, stored: str) -> None:
    errors = FieldErrors()
    assert errors.darpan_id("ngo_darpan_id", typed) == stored
    assert errors.errors == {}


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("KA/17/0123456", "KA/17/0123456"),
        ("KA/2017/123456", "KA/2017/123456"),
        ("KAR/2017/0123456", "KAR/2017/0123456"),
        ("KA-2017-0123456", "KA-2017-0123456"),
        ("ka2017 0123456", "KA20170123456"),
        ("KA/२०१७/0123456", "KA/२०१७/0123456"),
    ],
)
def test_invalid_darpan_id(typed: str, shown: str) -> None:
    errors = FieldErrors()
    errors.darpan_id("ngo_darpan_id", typed)
    assert errors.errors == {
        "ngo_darpan_id": f"NGO-Darpan ID '{shown}' should look like KA/2017/0123456 (state/year/7 digits)."
    }


def test_blank_darpan_id_is_none() -> None:
    errors = FieldErrors()
    assert errors.darpan_id("ngo_darpan_id", "  ") is None
    assert errors.errors == {}


# --- coordinates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "number"),
    [("15.85", 15.85), (" 16.1725 ", 16.1725), (15.85, 15.85), (6.0, 6.0), ("37.5", 37.5)],
)
def test_latitude_inside_india(typed: str | float, number: float) -> None:
    errors = FieldErrors()
    assert errors.coordinate("latitude", typed, "Latitude", LATITUDE_RANGE) == number
    assert errors.errors == {}


@pytest.mark.parametrize("typed", [None, "", "   "])
def test_blank_coordinate_is_none(typed: str | None) -> None:
    errors = FieldErrors()
    assert errors.coordinate("latitude", typed, "Latitude", LATITUDE_RANGE) is None
    assert errors.errors == {}


@pytest.mark.parametrize(
    ("field", "label", "bounds", "typed", "message"),
    [
        ("latitude", "Latitude", LATITUDE_RANGE, "0", "Latitude 0.0 is outside India (6.0 to 37.5)."),
        # Longitude typed into the latitude box: the common swap.
        ("latitude", "Latitude", LATITUDE_RANGE, "74.5", "Latitude 74.5 is outside India (6.0 to 37.5)."),
        ("latitude", "Latitude", LATITUDE_RANGE, -15.85, "Latitude -15.85 is outside India (6.0 to 37.5)."),
        (
            "longitude",
            "Longitude",
            LONGITUDE_RANGE,
            "15.85",
            "Longitude 15.85 is outside India (68.0 to 97.5).",
        ),
        (
            "longitude",
            "Longitude",
            LONGITUDE_RANGE,
            "97.51",
            "Longitude 97.51 is outside India (68.0 to 97.5).",
        ),
        (
            "latitude",
            "Latitude",
            LATITUDE_RANGE,
            "15.85N",
            "Latitude '15.85N' is not a number (expected decimal degrees such as 15.85).",
        ),
        (
            "longitude",
            "Longitude",
            LONGITUDE_RANGE,
            "74°30'",
            "Longitude '74°30'' is not a number (expected decimal degrees such as 15.85).",
        ),
    ],
)
def test_coordinate_problems(
    field: str, label: str, bounds: tuple[float, float], typed: str | float, message: str
) -> None:
    errors = FieldErrors()
    errors.coordinate(field, typed, label, bounds)
    assert errors.errors == {field: message}


def test_not_a_number_coordinate_is_refused() -> None:
    errors = FieldErrors()
    errors.coordinate("latitude", "nan", "Latitude", LATITUDE_RANGE)
    assert list(errors.errors) == ["latitude"]


# --- required / optional / choice ----------------------------------------------------------------


def test_required_cleans_the_value() -> None:
    errors = FieldErrors()
    assert errors.required("name", "  GHPS   Kallur ", "School name") == "GHPS Kallur"
    assert errors.errors == {}


@pytest.mark.parametrize("typed", [None, "", " \t\n "])
def test_required_missing(typed: str | None) -> None:
    errors = FieldErrors()
    assert errors.required("name", typed, "School name") == ""
    assert errors.errors == {"name": "School name is required."}


def test_required_max_length_counts_the_cleaned_text() -> None:
    errors = FieldErrors()
    assert errors.required("name", "x" * 120, "Block name", 120) == "x" * 120
    assert errors.required("name_local", "  " + "ಕ" * 60 + "   " + "ಕ" * 59 + "  ", "Local", 120)
    assert errors.errors == {}
    errors.required("name", "x" * 121, "Block name", 120)
    assert errors.errors == {"name": "Block name is 121 characters long; at most 120 fit."}


def test_optional_max_length() -> None:
    errors = FieldErrors()
    assert errors.optional("village", "  ", "Village", 10) is None
    assert errors.optional("village", " Kallur ", "Village", 10) == "Kallur"
    assert errors.errors == {}
    errors.optional("village", "Chikkakerehalli", "Village", 10)
    assert errors.errors == {"village": "Village is 15 characters long; at most 10 fit."}


def test_choice() -> None:
    errors = FieldErrors()
    assert errors.choice("area", "rural", "Rural / urban", ("rural", "urban")) == "rural"
    assert errors.choice("area", None, "Rural / urban", ("rural", "urban")) is None
    assert errors.errors == {}
    errors.choice("area", " town ", "Rural / urban", ("rural", "urban"))
    assert errors.errors == {"area": "Rural / urban 'town' is not one of: rural, urban."}


# --- collecting and raising ----------------------------------------------------------------------


def test_first_message_per_field_wins_and_all_fields_are_reported() -> None:
    errors = FieldErrors()
    errors.required("name", "", "Name")
    errors.add("name", "a second message for the same field")
    errors.phone("phone", "123")
    errors.email("email", "nobody")
    with pytest.raises(ValidationError) as caught:
        errors.raise_if_any()
    assert caught.value.field_errors == {
        "name": "Name is required.",
        "phone": "Phone number '123' has 3 digits after the prefix; expected 10.",
        "email": "'nobody' is not an e-mail address (expected name@example.org).",
    }
    assert str(caught.value) == "\n".join(caught.value.field_errors.values())
    assert caught.value.message == str(caught.value)


def test_no_errors_raises_nothing() -> None:
    errors = FieldErrors()
    errors.required("name", "Gokak", "Name")
    errors.raise_if_any()


def test_validation_error_single() -> None:
    error = ValidationError.single("udise_code", "UDISE code is required.")
    assert error.field_errors == {"udise_code": "UDISE code is required."}
    assert str(error) == "UDISE code is required."
