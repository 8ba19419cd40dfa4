"""What a set of certificates of recognition says: the programme, the signatory and each award,
and the fixed wording of a certificate in English and each regional language.
:mod:`certificate_layout` places it on the page and :mod:`certificate` draws it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.documents.letterhead import Letterhead

LABELS = {
    "en": {
        "title": "Certificate of Recognition",
        "awarded": "This certificate is awarded to",
        "reason": "for outstanding contribution in “{category}”",
        "reason_general": "for outstanding contribution to school education",
        "date": "Date",
        "number": "Certificate No.",
        "draft": "DRAFT — NOT ISSUED",
        "duplicate": "DUPLICATE COPY",
    },
    "kn": {
        "title": "ಪ್ರಶಂಸಾ ಪತ್ರ",
        "awarded": "ಈ ಪ್ರಶಂಸಾ ಪತ್ರವನ್ನು ಇವರಿಗೆ ನೀಡಲಾಗಿದೆ",
        "reason": "“{category}” ಕ್ಷೇತ್ರದಲ್ಲಿನ ಅತ್ಯುತ್ತಮ ಕೊಡುಗೆಗಾಗಿ",
        "reason_general": "ಶಾಲಾ ಶಿಕ್ಷಣಕ್ಕೆ ನೀಡಿದ ಅತ್ಯುತ್ತಮ ಕೊಡುಗೆಗಾಗಿ",
        "date": "ದಿನಾಂಕ",
        "number": "ಸಂಖ್ಯೆ",
    },
    "hi": {
        "title": "प्रशस्ति पत्र",
        "awarded": "यह प्रशस्ति पत्र इन्हें प्रदान किया जाता है",
        "reason": "“{category}” के क्षेत्र में उत्कृष्ट योगदान के लिए",
        "reason_general": "विद्यालयी शिक्षा में उत्कृष्ट योगदान के लिए",
        "date": "दिनांक",
        "number": "क्रमांक",
    },
    "mr": {
        "title": "प्रशस्तीपत्र",
        "awarded": "हे प्रशस्तीपत्र यांना प्रदान करण्यात येत आहे",
        "reason": "“{category}” क्षेत्रातील उत्कृष्ट योगदानासाठी",
        "reason_general": "शालेय शिक्षणातील उत्कृष्ट योगदानासाठी",
        "date": "दिनांक",
        "number": "क्रमांक",
    },
}
REGIONAL_LANGUAGES = ("kn", "hi", "mr")


@dataclass(frozen=True)
class CertificateSignatory:
    name: str
    designation: str
    office: str | None = None
    name_local: str | None = None


@dataclass(frozen=True)
class Award:
    """What one certificate says about its recipient."""

    name: str
    name_local: str | None = None  # in the regional script
    description: str | None = None  # designation and affiliation, or a unit's place
    category: str | None = None  # what the nominee is recognised for
    number: str | None = None  # None: a draft, marked so


@dataclass(frozen=True)
class CertificateSet:
    """Certificates of one programme's cycle, printed together, one page each."""

    letterhead: Letterhead
    language: str  # the regional language printed beside English: kn, hi or mr
    programme: str
    cycle: str
    presented_on: date | None  # None: not yet known (a preview before the event is dated)
    signatory: CertificateSignatory
    awards: tuple[Award, ...]
    programme_local: str | None = None
    duplicate: bool = False
