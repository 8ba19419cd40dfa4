"""``district-desk return-template``: the workbook a partner without the app fills in to send data
back, written and recorded in the exchange log (wired into the exchange commands by
:mod:`desktop.cli_exchange` and :mod:`desktop.cli_exchange_commands`)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.database import Database

EXIT_OK = 0


def add_return_template_parser(commands: argparse._SubParsersAction, db_argument: Callable) -> None:
    template = commands.add_parser(
        "return-template",
        help="write the return template a partner without the app fills in, for an MoU and a round",
        description=(
            "Write the workbook a partner fills in to send data back, pre-filled with the schools the "
            "MoU covers and, where its terms allow pseudonymised results, its students (under their "
            "pseudonyms for this MoU, with grade and gender) from the office's latest round. The MoU "
            "must be in force. The template is not signed or locked; it is recorded in the exchange "
            "log as data given to the partner, with the keep-until date of the MoU's terms. An "
            "existing file is never replaced."
        ),
    )
    template.add_argument("--mou", required=True, metavar="REF", help="the MoU's reference")
    template.add_argument(
        "--round", required=True, metavar="NAME", help="the round the partner returns data for"
    )
    template.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="PATH",
        help="the file to write (.xlsx), or a folder for 'Return template <REF> <round>.xlsx'",
    )
    db_argument(template)


def return_template(args: argparse.Namespace, db: Database) -> int:
    """Write the template into ``args.out`` and say what it holds and where it went."""
    from desktop.services.exchange.export import mou_id_for_reference
    from desktop.services.exchange.return_template_export import export_return_template

    mou_id = mou_id_for_reference(db, args.mou)
    result = export_return_template(db, mou_id, today=date.today(), round_name=args.round, path=args.out)
    print(f"Written:   {result.path} ({result.size / 1024:,.0f} KB)")
    print(f"Schools:   {result.schools:,}")
    if result.students:
        print(
            f"Students:  {result.students:,} under their pseudonyms for this MoU "
            f"({result.student_rows:,} rows to fill in)"
        )
    else:
        print("Students:  none (the MoU's terms allow no pseudonymised results, or it has none yet)")
    print(f"SHA-256:   {result.sha256}")
    kept = f"keep until {result.keep_until:%d/%m/%Y}" if result.keep_until else "no keep-until date"
    print(f"Recorded in the exchange log as entry {result.log_id} ({kept}).")
    return EXIT_OK
