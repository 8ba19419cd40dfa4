"""The school directory as an import target: UDISE exports, KLP mappings, an office's own lists.

Rows are matched to schools by UDISE code. A school not in the database is added (with its
district, block and cluster when those are new); an existing one is updated only in the fields
the file maps and fills, so a file without PIN codes never erases the ones already stored. A file
without block names (the UDISE GIS export has none) has its blocks found from the codes' block
digits: see :func:`schools_places.fill_block_names`.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import AssessmentRound, ImportBatch
from desktop.services.i18n import QT_TRANSLATE_NOOP
from desktop.services.imports.target import CheckResult, ImportOptions, MappedRows, TargetField
from desktop.services.imports.targets.registry import TARGET_LABELS
from desktop.services.imports.targets.schools_cells import EXPECTED_AREA, EXPECTED_PINCODE
from desktop.services.imports.targets.schools_check import SchoolPayload, check_schools
from desktop.services.imports.targets.schools_write import undo_schools, write_schools
from desktop.services.imports.udise_codes import EXPECTED_CODE
from desktop.services.progress import NO_PROGRESS, Progress

# Header spellings of UDISE+ and its GIS export, KLP files and offices' own sheets. Ambiguous
# headers are left out on purpose: "schmgt" and "schcat" hold codes, "sdtname" (sub-district) is
# blank in the GIS export and is not the education block.
FIELDS = (
    TargetField(
        "udise",
        QT_TRANSLATE_NOOP("Imports", "UDISE code"),
        required=True,
        aliases=("udise", "udise code", "udise_code", "dise code", "disecode", "schcd", "school code"),
        expected=EXPECTED_CODE,
    ),
    TargetField(
        "name",
        QT_TRANSLATE_NOOP("Imports", "School name"),
        required=True,
        aliases=("school name", "schname", "schoolname", "name of school", "ಶಾಲೆಯ ಹೆಸರು", "विद्यालय का नाम"),
        expected=QT_TRANSLATE_NOOP("Imports", "the school's name"),
        free_text=True,
    ),
    TargetField(
        "name_local",
        QT_TRANSLATE_NOOP("Imports", "Name in Kannada / local script"),
        aliases=("local name", "name local", "school name kannada", "ಶಾಲೆ", "ಕನ್ನಡ ಹೆಸರು"),
        expected=QT_TRANSLATE_NOOP("Imports", "the name in the local script"),
        free_text=True,
    ),
    TargetField(
        "state",
        QT_TRANSLATE_NOOP("Imports", "State"),
        aliases=("state", "stname", "state name", "ರಾಜ್ಯ", "राज्य"),
        expected=QT_TRANSLATE_NOOP("Imports", "e.g. Karnataka"),
        free_text=True,
    ),
    TargetField(
        "district",
        QT_TRANSLATE_NOOP("Imports", "District"),
        aliases=("district", "dtname", "district name", "ಜಿಲ್ಲೆ", "जिला"),
        expected=QT_TRANSLATE_NOOP(
            "Imports", "the district's name; needed only for a district not yet in the database"
        ),
        free_text=True,
    ),
    TargetField(
        "block",
        QT_TRANSLATE_NOOP("Imports", "Block"),
        aliases=("block", "block name", "blockname", "taluk", "taluka", "ಬ್ಲಾಕ್", "ತಾಲ್ಲೂಕು", "ब्लॉक", "विकासखंड"),
        expected=(
            QT_TRANSLATE_NOOP(
                "Imports",
                "the education block's name; if unmapped or blank, found from the UDISE code's first 6 "
                "digits (a block not yet known is added as e.g. Block 290207, to rename later)",
            )
        ),
        free_text=True,
    ),
    TargetField(
        "cluster",
        QT_TRANSLATE_NOOP("Imports", "Cluster"),
        aliases=("cluster", "cluster name", "crc", "ಕ್ಲಸ್ಟರ್", "ಸಮೂಹ", "संकुल"),
        expected=QT_TRANSLATE_NOOP("Imports", "the cluster's name"),
        free_text=True,
    ),
    TargetField(
        "village",
        QT_TRANSLATE_NOOP("Imports", "Village"),
        aliases=("village", "vilname", "village name", "ಗ್ರಾಮ", "गाँव"),
        free_text=True,
    ),
    TargetField(
        "management",
        QT_TRANSLATE_NOOP("Imports", "Management"),
        aliases=("management", "school management", "managed by", "ಆಡಳಿತ", "प्रबंधन"),
        expected=QT_TRANSLATE_NOOP("Imports", "e.g. Department of Education"),
        free_text=True,
    ),
    TargetField(
        "category",
        QT_TRANSLATE_NOOP("Imports", "Category"),
        aliases=("school_cat", "category", "school category", "ವರ್ಗ", "श्रेणी"),
        expected=QT_TRANSLATE_NOOP("Imports", "e.g. Primary with Upper Primary"),
        free_text=True,
    ),
    TargetField(
        "area",
        QT_TRANSLATE_NOOP("Imports", "Rural / urban"),
        aliases=("rururb", "area", "location", "rural/urban", "ಪ್ರದೇಶ", "क्षेत्र"),
        expected=EXPECTED_AREA,
    ),
    TargetField(
        "pincode",
        QT_TRANSLATE_NOOP("Imports", "PIN code"),
        aliases=("pincode", "pin code", "pin", "ಪಿನ್ ಕೋಡ್", "पिन कोड"),
        expected=EXPECTED_PINCODE,
    ),
    TargetField(
        "latitude",
        QT_TRANSLATE_NOOP("Imports", "Latitude"),
        aliases=("latitude", "lat", "ಅಕ್ಷಾಂಶ", "अक्षांश"),
        expected=QT_TRANSLATE_NOOP("Imports", "decimal degrees, e.g. 16.18"),
    ),
    TargetField(
        "longitude",
        QT_TRANSLATE_NOOP("Imports", "Longitude"),
        aliases=("longitude", "long", "lon", "lng", "ರೇಖಾಂಶ", "देशांतर"),
        expected=QT_TRANSLATE_NOOP("Imports", "decimal degrees, e.g. 75.69"),
    ),
    TargetField(
        "other_id",
        QT_TRANSLATE_NOOP("Imports", "Another system's school id"),
        aliases=("schoolid", "school id", "klp id", "klp school id"),
        expected=QT_TRANSLATE_NOOP("Imports", "e.g. the KLP school id; name the system in the options"),
    ),
)


class SchoolDirectoryTarget:
    """Adds and updates schools (and the districts, blocks and clusters they need) by UDISE code."""

    key = "schools"
    label = TARGET_LABELS["schools"]  # one spelling, shared with listings that do not load targets
    needs_round = False
    fields = FIELDS

    def check(
        self,
        session: Session,
        rows: MappedRows,
        options: ImportOptions,
        round_: AssessmentRound | None,
        progress: Progress = NO_PROGRESS,
    ) -> CheckResult:
        """Every row checked against the database, read-only."""
        return check_schools(session, rows, options, self.fields, progress)

    def write(self, session: Session, checked: CheckResult, batch: ImportBatch, progress: Progress) -> None:
        """Store the checked rows in the open transaction, recording what ``batch`` changed."""
        payload = checked.payload
        if not isinstance(payload, SchoolPayload):
            raise TypeError("write() needs the result of this target's check()")
        write_schools(session, payload, batch, progress)

    def undo(self, session: Session, batch: ImportBatch) -> None:
        """Take back everything ``batch`` stored, in the open transaction."""
        undo_schools(session, batch)


SCHOOLS = SchoolDirectoryTarget()
