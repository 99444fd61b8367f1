"""Every knob in the config is one the code reads."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from quizgen import config

SOURCE = "\n".join(
    path.read_text(encoding="utf-8") for path in Path(config.__file__).parent.rglob("*.py") if path.name != "config.py"
)
FIELDS = [
    (kind.__name__, field.name)
    for kind in (
        config.Limits,
        config.Generation,
        config.Scores,
        config.Corroboration,
        config.Access,
        config.Quiz,
        config.Recognition,
        config.Phrases,
        config.Articles,
        config.Exports,
        config.Classes,
    )
    for field in dataclasses.fields(kind)
]


def test_every_config_table_is_listed():
    tables = {name for name in config.__all__ if isinstance(getattr(config, name), type)}
    assert tables == {kind for kind, _ in FIELDS}


@pytest.mark.parametrize(("table", "name"), FIELDS)
def test_every_config_field_is_read_somewhere(table, name):
    assert re.search(rf"\.{name}\b", SOURCE), f"{table}.{name} is never read in quizgen/"
