"""Every threshold and limit quizgen uses, in one typed place.

Word lists (boilerplate lines, abbreviations, cue words) live in
`quizgen/data/lexicon.yaml` and are loaded by `quizgen.lexicon`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["GENERATION", "LIMITS", "QUIZ", "Generation", "Limits", "Quiz"]


@dataclass(frozen=True)
class Limits:
    """Bounds on what quizgen reads, so hostile input fails fast instead of exhausting memory."""

    article_max_bytes: int = 5_000_000
    bank_max_bytes: int = 64_000_000
    catalog_max_bytes: int = 1_000_000
    yaml_max_depth: int = 40
    # Cheap pre-scan bounds: only files that exceed them get the exact (slower) depth check.
    yaml_prescan_brackets: int = 40
    yaml_prescan_indent: int = 160
    binary_control_ratio: float = 0.01
    history_versions: int = 20


@dataclass(frozen=True)
class Generation:
    """Knobs of the question generator."""

    min_sentence_words: int = 8
    max_sentence_words: int = 60
    choices: int = 4
    id_length: int = 12
    topics: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Quiz:
    """How the app serves quizzes to students."""

    default_questions: int = 10
    max_questions: int = 100
    name_max_chars: int = 60
    # A quiz link carries the attempt; these bound what a pasted or tampered link can cost.
    attempt_token_max_chars: int = 40_000
    attempt_max_bytes: int = 400_000


LIMITS = Limits()
GENERATION = Generation()
QUIZ = Quiz()
