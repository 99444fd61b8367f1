"""Text from articles and teachers reaches Streamlit's Markdown as Markdown that shows it literally."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.markdown_text import literal, literal_marked, paragraph_starts
from tests.samples import HOSTILE_STRINGS

JOINER = "\u2060"


def shown(markdown: str) -> str:
    """What a CommonMark renderer shows for escaped text: escapes and joiners removed, hard breaks as newlines."""
    text = markdown.replace("\\\n", "\n")
    return re.sub(r"\\(.)", r"\1", text).replace(JOINER, "")


def unescaped_punctuation(markdown: str) -> list[str]:
    stripped = re.sub(r"\\.", "", markdown.replace("\\\n", "\n"))
    return re.findall(r"[!\"#$%&'()*+,\-./:;<=>?@\[\]^_`{|}~]", stripped)


@pytest.mark.parametrize("text", HOSTILE_STRINGS, ids=[repr(s[:20]) for s in HOSTILE_STRINGS])
def test_hostile_strings_have_no_live_markdown(text):
    markdown = literal(text)
    assert unescaped_punctuation(markdown) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("$240 billion … $190 billion", r"\$240 billion … \$190 billion"),
        ("**bold**", r"\*\*bold\*\*"),
        ("# heading", r"\# heading"),
        ("[link](javascript:alert(1))", r"\[link\]\(javascript\:alert\(1\)\)"),
        ("<script>", r"\<script\>"),
        ("`code`", r"\`code\`"),
        (":red[x] :smile:", r"\:red\[x\] \:smile\:"),
        ("- a list?", r"\- a list?".replace("?", r"\?")),
        ("1. first", r"1\. first"),
        ("    four spaces would be code", "four spaces would be code"),
    ],
)
def test_literal_escapes_markdown_latex_and_streamlit_directives(text, expected):
    assert literal(text) == expected


@pytest.mark.parametrize("arrow", ["<-", "->", "<->", "--", ">=", "<=", "~="])
def test_typographic_replacements_are_broken_by_an_invisible_joiner(arrow):
    markdown = literal(f"a {arrow} b")
    assert JOINER in markdown
    assert shown(markdown) == f"a {arrow} b"


@pytest.mark.parametrize("address", ["https://example.com", "http://x.org/a", "www.example.com", "mail@example.com"])
def test_web_addresses_are_not_turned_into_links(address):
    markdown = literal(f"see {address} now")
    assert JOINER in markdown
    assert shown(markdown) == f"see {address} now"


def test_paragraphs_and_line_breaks_survive():
    assert shown(literal("one\ntwo\n\nthree")) == "one\ntwo\n\nthree"
    assert literal("one\n\n\n\nthree") == "one\n\nthree"


@given(st.text(max_size=200))
def test_any_text_is_shown_exactly_once_unescaped(text):
    expected = "\n".join(line.lstrip(" \t") for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    assert unescaped_punctuation(literal(text)) == []
    assert shown(literal(text)).replace("\n", "") == re.sub(r"\n\s*\n", "\n\n", expected).strip("\n").replace("\n", "")


def test_marked_span_is_highlighted_and_the_rest_escaped():
    quote = "record bilateral trade of $240 billion between China and Russia"
    start = quote.index("$240")
    markdown = literal_marked(quote, [(start, start + len("$240 billion"))])
    assert markdown == r"record bilateral trade of :orange-background[**\$240 billion**] between China and Russia"


def test_marks_merge_overlaps_ignore_empty_spans_and_trim_spaces():
    assert literal_marked("ab cd ef", [(2, 5), (4, 6), (7, 7)]) == "ab :orange-background[**cd**] ef"


def test_a_mark_across_paragraphs_is_closed_and_reopened():
    markdown = literal_marked("aa bb\n\ncc dd", [(3, 10)])
    assert markdown == "aa :orange-background[**bb**]\n\n:orange-background[**cc**] dd"


def test_marked_text_keeps_hostile_content_literal():
    text = "x ] [y](javascript:z) $1 $2"
    markdown = literal_marked(text, [(0, len(text))])
    inner = markdown.removeprefix(":orange-background[**").removesuffix("**]")
    assert unescaped_punctuation(inner) == []


def test_text_holding_the_internal_markers_cannot_forge_a_highlight():
    assert "background" not in literal_marked("a\ue000b\ue001c", [])


def test_unknown_colour_is_refused():
    with pytest.raises(ValueError, match="colour must be one of"):
        literal_marked("x", [], colour="pink")


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("", []),
        ("  \n", []),
        ("a", [0]),
        ("a\n\nb\n\nc", [0, 3, 6]),
        ("\n\na\n \nb\n\n", [2, 6]),
        ("a\r\n\r\nb", [0, 5]),
    ],
)
def test_paragraph_starts(text, starts):
    assert paragraph_starts(text) == starts


@pytest.mark.parametrize(
    "control", ["\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069"]
)
def test_a_bidirectional_control_is_shown_as_a_visible_mark_not_obeyed(control):
    shown = literal(f"Putin {control}nruter lliw{control} Xi")
    assert control not in shown
    assert f"[U+{ord(control):04X}]" in shown.replace("\\", "")


def test_right_to_left_text_itself_shows_as_written():
    assert literal("قمة بوتين وشي") == "قمة بوتين وشي"
    assert literal("פסגה בבייג'ינג") == "פסגה בבייג\\'ינג"
