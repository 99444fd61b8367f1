"""The question generator: articles in, sourced and verified questions out."""

from .merge import add_questions, is_teachers, merge
from .pipeline import STAGES, Generated, generate
from .workflow import Report, generate_bank, questions_for_source

__all__ = [
    "STAGES",
    "Generated",
    "Report",
    "add_questions",
    "generate",
    "generate_bank",
    "is_teachers",
    "merge",
    "questions_for_source",
]
