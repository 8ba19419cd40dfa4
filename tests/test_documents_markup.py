"""The circular body markup: paragraphs, lists, tables and WhatsApp-style emphasis, and the errors
that point staff at the exact line (and column) the layout cannot take."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.documents.markup import (
    MAX_BODY_CHARACTERS,
    MAX_LINE_CHARACTERS,
    MAX_TABLE_COLUMNS,
    MAX_TABLE_ROWS,
    ListBlock,
    MarkupError,
    ParagraphBlock,
    Span,
    TableBlock,
    parse_body,
    parse_spans,
    table_cell,
)
from desktop.services.errors import DomainError


def plain(text: str) -> tuple[Span, ...]:
    return (Span(text),)


def error(body: str) -> MarkupError:
    with pytest.raises(MarkupError) as caught:
        parse_body(body)
    assert isinstance(caught.value, DomainError)
    return caught.value


# --- paragraphs ----------------------------------------------------------------------------------


def test_every_line_is_a_paragraph_and_blank_lines_are_ignored() -> None:
    assert parse_body("First line\nSecond line\n\n   \n\tThird line  \n") == [
        ParagraphBlock(plain("First line"), 1),
        ParagraphBlock(plain("Second line"), 2),
        ParagraphBlock(plain("Third line"), 5),
    ]


def test_empty_body_has_no_blocks() -> None:
    assert parse_body("") == []
    assert parse_body("\n \n\t\n") == []


def test_markup_characters_are_text() -> None:
    assert parse_body("<b>not markup</b> & co") == [ParagraphBlock(plain("<b>not markup</b> & co"), 1)]


def test_crlf_and_lone_cr_are_line_ends() -> None:
    assert parse_body("one\r\n\r\ntwo\rthree\r\n") == [
        ParagraphBlock(plain("one"), 1),
        ParagraphBlock(plain("two"), 3),
        ParagraphBlock(plain("three"), 4),
    ]


def test_crlf_table_has_no_stray_carriage_returns() -> None:
    assert parse_body("| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n") == [
        TableBlock(((plain("a"), plain("b")), (plain("1"), plain("2"))), 1)
    ]


def test_input_is_nfc_normalised() -> None:
    decomposed_e = "Cafe\u0301"
    kannada_ii = "ಕಿ\u0cd5"  # ಕ + vowel sign I + length mark, which NFC composes to ಕೀ
    [latin, kannada] = parse_body(f"{decomposed_e}\n{kannada_ii}")
    assert isinstance(latin, ParagraphBlock)
    assert isinstance(kannada, ParagraphBlock)
    assert latin.spans == plain("Caf\u00e9")
    assert kannada.spans == plain("ಕೀ")


# --- lists ---------------------------------------------------------------------------------------


def test_bullets_with_dash_or_bullet_sign() -> None:
    assert parse_body("Points:\n- first\n• second *bold*\n  - third") == [
        ParagraphBlock(plain("Points:"), 1),
        ListBlock(
            (plain("first"), (Span("second "), Span("bold", bold=True)), plain("third")),
            ordered=False,
            start=1,
            line=2,
        ),
    ]


def test_numbered_with_dot_or_bracket_keeps_the_first_number() -> None:
    assert parse_body("3) third\n4. fourth\n9) ninth") == [
        ListBlock((plain("third"), plain("fourth"), plain("ninth")), ordered=True, start=3, line=1)
    ]
    assert parse_body("1. one") == [ListBlock((plain("one"),), ordered=True, start=1, line=1)]


def test_markers_need_a_space_after_them() -> None:
    assert parse_body("-5 degrees\n1.5 lakh\n2026.") == [
        ParagraphBlock(plain("-5 degrees"), 1),
        ParagraphBlock(plain("1.5 lakh"), 2),
        ParagraphBlock(plain("2026."), 3),
    ]


def test_switching_between_bullets_and_numbers_starts_a_new_list() -> None:
    assert parse_body("- a\n- b\n1. c\n2) d\n• e") == [
        ListBlock((plain("a"), plain("b")), ordered=False, start=1, line=1),
        ListBlock((plain("c"), plain("d")), ordered=True, start=1, line=3),
        ListBlock((plain("e"),), ordered=False, start=1, line=5),
    ]


def test_a_paragraph_or_blank_line_ends_a_list() -> None:
    assert parse_body("- a\ntext\n- b\n\n- c") == [
        ListBlock((plain("a"),), ordered=False, start=1, line=1),
        ParagraphBlock(plain("text"), 2),
        ListBlock((plain("b"),), ordered=False, start=1, line=3),
        ListBlock((plain("c"),), ordered=False, start=1, line=5),
    ]


# --- tables --------------------------------------------------------------------------------------


def test_table_with_heading_rule_row_and_stripped_cells() -> None:
    body = "Intro\n|  School  | Count |\n|:---|---:|\n| GHPS *Navanagar* |  12 |\n|   _KPS_ | 7|\nAfter"
    assert parse_body(body) == [
        ParagraphBlock(plain("Intro"), 1),
        TableBlock(
            (
                (plain("School"), plain("Count")),
                ((Span("GHPS "), Span("Navanagar", bold=True)), plain("12")),
                ((Span("KPS", italic=True),), plain("7")),
            ),
            line=2,
        ),
        ParagraphBlock(plain("After"), 6),
    ]


def test_table_without_rule_row_or_outer_bars() -> None:
    assert parse_body("| a | b\n| 1 | 2") == [
        TableBlock(((plain("a"), plain("b")), (plain("1"), plain("2"))), 1)
    ]


def test_only_the_row_under_the_heading_can_be_a_rule_row() -> None:
    """Further rows of dashes are data: "-" is how office tables write nil."""
    assert parse_body("| a | b |\n|---|---|\n| 1 | 2 |\n| - | - |") == [
        TableBlock(((plain("a"), plain("b")), (plain("1"), plain("2")), (plain("-"), plain("-"))), 1)
    ]


def test_blank_line_separates_tables() -> None:
    assert parse_body("| a |\n\n| b | c |") == [
        TableBlock(((plain("a"),),), 1),
        TableBlock(((plain("b"), plain("c")),), 3),
    ]


def test_uneven_table_row_names_both_lines_and_counts() -> None:
    caught = error("Intro\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| 1 | 2 | 3 |")
    assert caught.line == 6
    assert caught.column is None
    message = str(caught)
    assert message.startswith("Line 6: ")
    assert "3 cells" in message
    assert "(line 3) has 2" in message


def test_table_columns_limit() -> None:
    fits = "|" + "|".join(f"c{n}" for n in range(MAX_TABLE_COLUMNS)) + "|"
    [table] = parse_body(fits)
    assert isinstance(table, TableBlock)
    assert len(table.rows[0]) == MAX_TABLE_COLUMNS
    too_wide = "|" + "|".join(f"c{n}" for n in range(MAX_TABLE_COLUMNS + 1)) + "|"
    caught = error(f"text\n{too_wide}")
    assert caught.line == 2
    assert f"{MAX_TABLE_COLUMNS + 1} columns" in str(caught)
    assert f"at most {MAX_TABLE_COLUMNS}" in str(caught)


def test_table_rows_limit() -> None:
    heading = "| School | Count |\n|---|---|\n"
    rows = "".join(f"| S{n} | {n} |\n" for n in range(MAX_TABLE_ROWS - 1))
    [table] = parse_body(heading + rows)
    assert isinstance(table, TableBlock)
    assert len(table.rows) == MAX_TABLE_ROWS
    caught = error(heading + rows + "| one | more |")
    assert caught.line == MAX_TABLE_ROWS + 2  # heading, rule row, the rows that fit, then this one
    assert f"at most {MAX_TABLE_ROWS} rows" in str(caught)


# --- refusals ------------------------------------------------------------------------------------


@pytest.mark.parametrize("char", ["\x07", "\x00", "\x1b", "\x0c", "\x7f", "\x85"])
def test_control_character_is_refused_with_line_and_column(char: str) -> None:
    caught = error(f"fine\r\nab{char}c")
    assert (caught.line, caught.column) == (2, 3)
    assert str(caught).startswith("Line 2, column 3: ")
    assert f"U+{ord(char):04X}" in str(caught)


def test_tab_is_allowed() -> None:
    assert parse_body("a\tb") == [ParagraphBlock(plain("a\tb"), 1)]


def test_line_length_limit() -> None:
    assert parse_body("x" * MAX_LINE_CHARACTERS) == [ParagraphBlock(plain("x" * MAX_LINE_CHARACTERS), 1)]
    caught = error("short\n" + "x" * (MAX_LINE_CHARACTERS + 1))
    assert caught.line == 2
    assert caught.column is None
    assert f"{MAX_LINE_CHARACTERS + 1:,} characters" in str(caught)


def test_body_length_limit_names_the_line_it_is_crossed_on() -> None:
    line = "a" * 99 + "\n"  # 100 characters a line
    lines = MAX_BODY_CHARACTERS // len(line)
    assert len(parse_body(line * lines)) == lines
    caught = error(line * (lines + 50))
    assert caught.line == lines + 1
    assert f"at most {MAX_BODY_CHARACTERS:,}" in str(caught)


# --- emphasis ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("*bold*", (Span("bold", bold=True),)),
        ("_italic_", (Span("italic", italic=True),)),
        ("*_both_*", (Span("both", bold=True, italic=True),)),
        ("_*both*_", (Span("both", bold=True, italic=True),)),
        ("a *b* c", (Span("a "), Span("b", bold=True), Span(" c"))),
        ("*a* and _b c_.", (Span("a", bold=True), Span(" and "), Span("b c", italic=True), Span("."))),
        ("(*b*)", (Span("("), Span("b", bold=True), Span(")"))),
        (
            "*all _of_ it*",
            (Span("all ", bold=True), Span("of", bold=True, italic=True), Span(" it", bold=True)),
        ),
        ("*ಶಾಲೆ* ಮತ್ತು", (Span("ಶಾಲೆ", bold=True), Span(" ಮತ್ತು"))),
        ("file_name_with_underscores", (Span("file_name_with_underscores"),)),
        ("see report_2026_final.pdf", (Span("see report_2026_final.pdf"),)),
        ("2 * 3 * 4", (Span("2 * 3 * 4"),)),
        ("a*b*c", (Span("a*b*c"),)),
        ("x*y* z", (Span("x*y* z"),)),
        ("a_b_ c", (Span("a_b_ c"),)),
        ("* not bold *", (Span("* not bold *"),)),
        ("*unclosed", (Span("*unclosed"),)),
        ("_unclosed and *also", (Span("_unclosed and *also"),)),
        ("**", (Span("**"),)),
        ("", ()),
    ],
)
def test_parse_spans(text: str, spans: tuple[Span, ...]) -> None:
    assert parse_spans(text) == spans


# --- properties ----------------------------------------------------------------------------------


@settings(derandomize=True, database=None, max_examples=400, deadline=None)
@given(st.text())
def test_any_text_gives_blocks_or_a_markup_error(text: str) -> None:
    try:
        blocks = parse_body(text)
    except MarkupError as caught:
        assert caught.line >= 1
        assert caught.column is None or caught.column >= 1
    else:
        assert all(isinstance(block, ParagraphBlock | ListBlock | TableBlock) for block in blocks)


PLAIN_LINE = st.text(
    alphabet=st.characters(categories=("Lu", "Ll", "Lo")) | st.just(" "), min_size=1, max_size=80
).filter(lambda line: line.strip())


@settings(derandomize=True, database=None, max_examples=300, deadline=None)
@given(PLAIN_LINE)
def test_a_line_of_plain_letters_comes_back_unchanged(line: str) -> None:
    [block] = parse_body(line)
    assert isinstance(block, ParagraphBlock)
    assert "".join(span.text for span in block.spans) == unicodedata.normalize("NFC", line).strip()
    assert not any(span.bold or span.italic for span in block.spans)


def test_typed_text_goes_into_one_table_cell() -> None:
    text = table_cell("Office of the BEO,\nGubbi | Tumakuru")
    assert text == "Office of the BEO, Gubbi / Tumakuru"
    assert parse_body(f"| A | B |\n| {text} | x |")[0].rows[1][0][0].text == text
