"""The saved things: banks, sources, questions and citations (pydantic models)."""

from .bank import ARTICLE_TEXTS, Bank
from .catalog import Catalog, CatalogEntry
from .citation import Citation
from .question import (
    BLANK,
    FillInBlank,
    Matching,
    MultipleChoice,
    Numeric,
    Pair,
    Question,
    QuestionType,
    TrueFalse,
)
from .source import Source, article_name_problem, article_path_problem

__all__ = [
    "ARTICLE_TEXTS",
    "BLANK",
    "Bank",
    "Catalog",
    "CatalogEntry",
    "Citation",
    "FillInBlank",
    "Matching",
    "MultipleChoice",
    "Numeric",
    "Pair",
    "Question",
    "QuestionType",
    "Source",
    "TrueFalse",
    "article_name_problem",
    "article_path_problem",
]
