"""Question types, one module each, and the registry that maps a bank's `type:` tag to its kind.

A type's module holds everything particular to it: its pydantic model and validation,
grading, how its answer and a response read, what a citation highlights, its options,
its evaluation checks, its merge key and how the generator's drafts become questions.
Its Streamlit widgets live in `quizgen.app.question_types`, named by the kind's `widgets`.
"""

# The models package builds the bank's question union from this registry, so it must finish
# loading first, whichever of the two packages is imported first.
from .. import models as _models  # noqa: F401  isort: skip
from .base import QuestionBase
from .fill_in_blank import BLANK, FillInBlank, FillInBlankKind
from .kind import NO_ANSWER, Grade, QuestionKind, Renderer, Response, SourceGap
from .matching import Matching, MatchingKind, Pair
from .multiple_choice import MultipleChoice, MultipleChoiceKind
from .numeric import Numeric, NumericKind
from .registry import kind_of, kinds, labels, question_union, register, type_names, unregister, widgets_of
from .true_false import TrueFalse, TrueFalseKind

__all__ = [
    "BLANK",
    "NO_ANSWER",
    "FillInBlank",
    "FillInBlankKind",
    "Grade",
    "Matching",
    "MatchingKind",
    "MultipleChoice",
    "MultipleChoiceKind",
    "Numeric",
    "NumericKind",
    "Pair",
    "QuestionBase",
    "QuestionKind",
    "Renderer",
    "Response",
    "SourceGap",
    "TrueFalse",
    "TrueFalseKind",
    "kind_of",
    "kinds",
    "labels",
    "question_union",
    "register",
    "type_names",
    "unregister",
    "widgets_of",
]
