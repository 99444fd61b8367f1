"""Every threshold and limit quizgen uses, in one typed place.

Word lists (boilerplate lines, abbreviations, cue words) live in
`quizgen/data/lexicon.yaml` and are loaded by `quizgen.lexicon`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["GENERATION", "LIMITS", "Generation", "Limits"]


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

    choices: int = 4
    id_length: int = 12
    # People mentioned this often are the story's protagonists: asking their job is trivia.
    famous_mentions: int = 10
    # Ranking: candidates below this score are dropped; caps keep a bank varied.
    min_score: float = 0.4
    per_fact: int = 3
    per_sentence: int = 3
    per_answer: int = 6


LIMITS = Limits()
GENERATION = Generation()
