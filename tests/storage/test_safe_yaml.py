"""Hostile YAML: every case fails fast with a one-line, located message, or loads."""

from __future__ import annotations

import time

import pytest
import yaml

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
