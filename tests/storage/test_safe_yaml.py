"""Hostile YAML: every case fails fast with a one-line, located message, or loads."""

from __future__ import annotations

import time

import pytest
import yaml

from quizgen.config import LIMITS
from quizgen.errors import FileRejected
from quizgen.storage import parse_yaml


def billion_laughs() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    previous = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
        previous = name
    return "\n".join(lines) + "\n"


HOSTILE = [
    # (case, text, expected line, words the message must contain)
    (
        "python object tag",
        'a: !!python/object/apply:os.system ["ls"]\n',
        1,
        "!!python/object/apply:os.system is not allowed",
    ),
    ("python name tag", "a: !!python/name:os.system\n", 1, "is not allowed"),
    ("custom tag", "a:\n  b: !custom 3\n", 2, "!custom is not allowed"),
    ("binary tag", "a: !!binary aGVsbG8=\n", 1, "!!binary is not allowed"),
    ("billion laughs", billion_laughs(), 2, "aliases"),
    ("deep flow nesting", "a: " + "[" * 200_000 + "]" * 200_000, 1, "nested more than"),
    (
        "deep block nesting",
        "".join(" " * i + f"k{i}:\n" for i in range(2000)) + " " * 2000 + "v\n",
        41,
        "nested more than",
    ),
    ("compact nesting", "- " * 100_000 + "x\n", 1, "nested more than"),
    ("duplicate key", "title: a\nquestions: []\ntitle: b\n", 3, "appears twice"),
    ("tab indentation", "a:\n\tb: 1\n", 2, "tab"),
    ("two documents", "a: 1\n---\nb: 2\n", 2, "more than one YAML document"),
    ("complex key", "[1, 2]: x\n", 1, "cannot be used as a key"),
    ("unclosed quote", 'title: "abc\n', None, "not valid YAML"),
    ("binary junk", "\x01\x02\x03 ]]][[ : : - ?", None, "not valid YAML"),
]


@pytest.mark.parametrize("case,text,line,words", HOSTILE, ids=[c[0] for c in HOSTILE])
def test_hostile_yaml_is_refused_quickly_with_a_located_message(case, text, line, words):
    started = time.perf_counter()
    with pytest.raises(FileRejected) as caught:
        parse_yaml(text, "bank.yaml")
    assert time.perf_counter() - started < 5
    message = str(caught.value)
    assert "\n" not in message
    assert words in message
    assert message.startswith(f"bank.yaml:{line}:" if line else "bank.yaml:")


UNREADABLE = [
    # (case, the value on line 2, words the message must contain)
    ("impossible day", "2024-02-30", "'2024-02-30' is not a real date"),
    ("month 13", "2024-13-01", "'2024-13-01' is not a real date"),
    ("hour 25", "2024-02-03 25:00:00", "is not a real date"),
    ("minute 61", "2024-05-17 10:61:00", "is not a real date"),
    ("time zone +25", "2024-05-17T10:00:00+25:00", "is not a real date"),
    ("tagged date", "!!timestamp soon", "'soon' is not a real date"),
    ("5,000 digits", "9" * 5000, "characters long; a number may have at most"),
    ("long hex", "0x" + "f" * 4000, "characters long; a number may have at most"),
    ("long binary", "0b" + "1" * 20_000, "characters long; a number may have at most"),
    ("long sexagesimal", ":".join(["59"] * 3000), "characters long; a number may have at most"),
    ("long float", "1" * 500 + ".5", "characters long; a number may have at most"),
    ("tagged int", "!!int twelve", "'twelve' is not a whole number"),
    ("tagged empty int", "!!int", "'' is not a whole number"),
    ("tagged float", "!!float 1:ab", "'1:ab' is not a number"),
    ("tagged bool", "!!bool maybe", "'maybe' is not true or false"),
]


@pytest.mark.parametrize("case,value,words", UNREADABLE, ids=[c[0] for c in UNREADABLE])
def test_a_value_yaml_cannot_build_is_refused_with_its_line(case, value, words):
    with pytest.raises(FileRejected) as caught:
        parse_yaml(f"title: Summit\npublished: {value}\n", "bank.yaml")
    message = str(caught.value)
    assert message.startswith("bank.yaml:2: ") and "\n" not in message and len(message) < 200
    assert words in message


def test_a_number_as_long_as_the_limit_still_loads():
    longest = "9" * LIMITS.yaml_max_number_chars
    assert parse_yaml(f"a: {longest}\nb: 0x1f\nc: 1_000\nd: 190:20:30\n", "x.yaml") == {
        "a": int(longest),
        "b": 31,
        "c": 1000,
        "d": 685230,
    }


def test_a_byte_order_mark_at_the_start_is_ignored():
    assert parse_yaml("\ufefftitle: Summit\n", "x.yaml") == {"title": "Summit"}


PLAIN = """\
a: 1
b: [1, 2.5, true, no, null, ~, "", 2024-05-17, 0x1f, 1e3, .inf, 1_000]
literal: |
  line one
  line two
folded: >
  folded
  text
c: {d: e}
quoted: "no"
single: 'yes'
empty:
explicit: !!str 12
"""


def test_plain_data_loads_exactly_as_pyyaml_safe_load_would():
    assert parse_yaml(PLAIN, "x.yaml") == yaml.safe_load(PLAIN)


@pytest.mark.parametrize("text", ["", "# only a comment\n", "---\n"])
def test_empty_documents_load_as_none(text):
    assert parse_yaml(text, "x.yaml") is None
