"""Mail merge: one-page circulars addressed to many schools, in English and in Kannada.

Targets: at least 600 pages/s in English and 300 in Kannada, and a PDF no larger than plain
ReportLab's. The baseline, measured in the same run, is plain ReportLab with shaping setting the
same page (letterhead lines, addressee, a ~250-word body, signature) once per school.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

from desktop.documents.circular import Circular, Letterhead, Signatory, render_circulars
from desktop.documents.fonts import font_name, register_fonts
from desktop.documents.text import plain_markup

TARGETS = {"en": 600.0, "kn": 300.0}
SENTENCES = {
    "en": "Headmasters are requested to invite SDMC members, parents and Gram Panchayat representatives "
    "to the half-yearly Community School Day and to display the learning outcomes of each class. ",
    "kn": "ಮುಖ್ಯ ಶಿಕ್ಷಕರು ಎಸ್‌ಡಿಎಂಸಿ ಸದಸ್ಯರು, ಪೋಷಕರು ಮತ್ತು ಗ್ರಾಮ ಪಂಚಾಯತ್ ಪ್ರತಿನಿಧಿಗಳನ್ನು ಅರ್ಧ ವಾರ್ಷಿಕ ಸಮುದಾಯ ದತ್ತ "
    "ಶಾಲಾ ದಿನಕ್ಕೆ ಆಹ್ವಾನಿಸಿ ಪ್ರತಿ ತರಗತಿಯ ಕಲಿಕಾ ಫಲಗಳನ್ನು ಪ್ರದರ್ಶಿಸತಕ್ಕದ್ದು. ",
}
LETTERHEAD = Letterhead(
    "Office of the Deputy Director of Public Instruction, Bagalkot",
    "ಉಪನಿರ್ದೇಶಕರ ಕಛೇರಿ, ಸಾರ್ವಜನಿಕ ಶಿಕ್ಷಣ ಇಲಾಖೆ, ಬಾಗಲಕೋಟೆ",
    "District Office Complex, Navanagar, Bagalkot 587103",
)


def body(language: str) -> str:
    """About 250 words, in two paragraphs."""
    sentence = SENTENCES[language]
    repeats = max(1, 125 // len(sentence.split()))
    return sentence * repeats + "\n" + sentence * repeats


def addressees(count: int, language: str) -> list[tuple[str, ...]]:
    school = "Government Higher Primary School" if language == "en" else "ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ"
    return [("The Headmaster", f"{school}, {n:04d}", "Badami block") for n in range(count)]


def ours(count: int, language: str) -> bytes:
    copies = [
        Circular(
            LETTERHEAD, date(2026, 11, 23), "Half-yearly Community School Day", body(language),
            Signatory("Savitha K. Patil", "Deputy Director of Public Instruction"), language,
            "DDPI/BGK/ACAD/2026-27/0042", addressee,
        )
        for addressee in addressees(count, language)
    ]  # fmt: skip
    return render_circulars(copies)


def plain_reportlab(count: int, language: str) -> bytes:
    """Plain ReportLab: the same page laid out from scratch for every school."""
    register_fonts()
    style = ParagraphStyle("plain", fontName=font_name("latin"), fontSize=11, leading=16, shaping=1)
    head = ParagraphStyle("head", parent=style, alignment=1, fontSize=14)
    text = body(language)
    story: list = []
    for addressee in addressees(count, language):
        story += [Paragraph(plain_markup(LETTERHEAD.office_name_local or ""), head)]
        story += [Paragraph(plain_markup(LETTERHEAD.office_name), head), Spacer(1, 20)]
        story += [Paragraph(plain_markup(line), style) for line in addressee]
        story += [Spacer(1, 10)] + [Paragraph(plain_markup(part), style) for part in text.split("\n")]
        story += [Spacer(1, 30), Paragraph(plain_markup("Savitha K. Patil"), style), PageBreak()]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def measure(render, count: int, language: str, runs: int) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    times, size = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        pdf = render(count, language)
        times.append(time.perf_counter() - start)
        size = len(pdf)
    return count / statistics.median(times), size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=3000, help="circulars per run (default 3,000)")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    ours(2, "kn")  # fonts registered and loaded before timing
    print(f"\nMail merge of {args.count:,} one-page circulars (median of {args.runs} run(s))")
    print(f"{'':10}{'ours p/s':>10}{'plain RL p/s':>14}{'target':>8}{'ours KB':>10}{'plain KB':>10}")
    for language in ("en", "kn"):
        our_rate, our_size = measure(ours, args.count, language, args.runs)
        plain_rate, plain_size = measure(plain_reportlab, args.count, language, args.runs)
        verdict = "MEETS" if our_rate >= TARGETS[language] and our_size <= plain_size else "MISSES"
        print(
            f"{language:10}{our_rate:>10.0f}{plain_rate:>14.0f}{TARGETS[language]:>8.0f}"
            f"{our_size / 1024:>10.0f}{plain_size / 1024:>10.0f}  {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
