"""The word lists and patterns in `quizgen/data/lexicon.yaml`, loaded once and typed."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, field_validator

__all__ = ["Lexicon", "lexicon"]

_DATA = Path(__file__).parent / "data" / "lexicon.yaml"


def _compile_all(patterns: list[str]) -> list[re.Pattern[str]]:
    return [re.compile(rf"^(?:{p})\s*$", re.IGNORECASE) for p in patterns]


class Lexicon(BaseModel):
    """Typed view of the lexicon file; patterns are compiled on load."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True, extra="forbid")

    boilerplate_lines: list[re.Pattern[str]]
    credit_lines: list[re.Pattern[str]]
    caption_markers: list[re.Pattern[str]]
    date_lines: list[re.Pattern[str]]
    lead_prefixes: list[re.Pattern[str]]
    outlet_trailer: re.Pattern[str]
    heading_max_words: int
    abbreviations: list[str]
    company_suffixes: frozenset[str]
    organization_cues: dict[str, list[str]]
    place_cues: dict[str, list[str]]
    person_titles: list[str]
    person_nouns: list[str]
    position_nouns: list[str]
    say_verbs: frozenset[str]
    date_words: list[str]
    context_openers: list[str]
    stem_connectives: list[str]
    anaphoric_nouns: list[str]
    garble_capitals: list[str]
    opinion_markers: list[str]
    opinion_phrases: list[str]
    irregular_participles: list[str]
    concepts: dict[str, list[str]]
    topics: dict[str, list[str]]
    place_nouns: list[str]
    organization_nouns: list[str]
    name_aliases: dict[str, tuple[str, str, str]]
    metonyms: dict[str, list[str]]
    not_names: list[str]
    time_nouns: frozenset[str]
    change_words: frozenset[str]
    change_adverbs: frozenset[str]
    period_words: frozenset[str]
    market_verbs: frozenset[str]
    market_phrases: frozenset[str]
    unique_nouns: frozenset[str]
    relative_time: frozenset[str]
    list_places: frozenset[str]
    dependent_words: frozenset[str]
    dependent_phrases: frozenset[str]
    relational_nouns: frozenset[str]
    auxiliaries: frozenset[str]
    referent_kinds: dict[str, str]
    kind_nouns: dict[str, dict[str, str]]
    spellings: tuple[tuple[str, str], ...]
    role_modifiers: frozenset[str]
    role_standing: frozenset[str]
    frame_words: frozenset[str]
    shared_name_words: frozenset[str]
    number_determiners: frozenset[str]
    honorifics: frozenset[str]
    name_joiners: frozenset[str]
    appositive_stops: frozenset[str]
    appointment_auxiliaries: frozenset[str]
    appointment_verbs: frozenset[str]
    time_openers: frozenset[str]
    fame_words: frozenset[str]
    city_heads: frozenset[str]
    country_hints: dict[str, list[str]]
    degree_words: frozenset[str]
    study_subjects: frozenset[str]
    study_words: frozenset[str]

    @field_validator("boilerplate_lines", "credit_lines", "date_lines", mode="before")
    @classmethod
    def _whole_line(cls, value: list[str]) -> list[re.Pattern[str]]:
        return _compile_all(value)

    @field_validator("caption_markers", mode="before")
    @classmethod
    def _search(cls, value: list[str]) -> list[re.Pattern[str]]:
        return [re.compile(p, re.IGNORECASE) for p in value]

    @field_validator("lead_prefixes", mode="before")
    @classmethod
    def _prefix(cls, value: list[str]) -> list[re.Pattern[str]]:
        # Case matters here: a section tag is capitalised, and that is what tells it from text.
        return [re.compile(p) for p in value]

    @field_validator("outlet_trailer", mode="before")
    @classmethod
    def _trailer(cls, value: str) -> re.Pattern[str]:
        return re.compile(rf"^{value}\s*$")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The project's lexicon (read once per process)."""
    with _DATA.open(encoding="utf-8") as handle:
        return Lexicon.model_validate(yaml.safe_load(handle))
