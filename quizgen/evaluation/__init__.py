"""Measuring a bank: automated checks on every question, gold-fact coverage, a teacher-rated sample."""

from .checks import Failure, check_bank, near_duplicates
from .gold import Coverage, GoldSet, coverage, load_gold
from .ratings import Acceptability, Rating, RatingSet, acceptability, draw_sample, load_ratings
from .report import TARGETS, Evaluation, evaluate
from .sheet import rating_sheet

__all__ = [
    "TARGETS",
    "Acceptability",
    "Coverage",
    "Evaluation",
    "Failure",
    "GoldSet",
    "Rating",
    "RatingSet",
    "acceptability",
    "check_bank",
    "coverage",
    "draw_sample",
    "evaluate",
    "load_gold",
    "load_ratings",
    "near_duplicates",
    "rating_sheet",
]
