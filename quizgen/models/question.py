"""A bank's questions: one discriminated union on `type`, built from the question-type registry.

Each type's model lives in its own module under `quizgen.question_types`; the names are
re-exported here so `from quizgen.models import MultipleChoice` keeps working.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from ..question_types.base import Difficulty, Flag, Form, Origin, QuestionBase, Status
from ..question_types.fill_in_blank import BLANK, FillInBlank
from ..question_types.matching import Matching, Pair
from ..question_types.multiple_choice import MultipleChoice
from ..question_types.numeric import Numeric
from ..question_types.registry import question_union, type_names
from ..question_types.true_false import TrueFalse

__all__ = [
    "BLANK",
    "Difficulty",
    "FillInBlank",
    "Flag",
    "Form",
    "Matching",
    "MultipleChoice",
    "Numeric",
    "Origin",
    "Pair",
    "Question",
    "QuestionBase",
    "QuestionType",
    "Status",
    "TrueFalse",
]

if TYPE_CHECKING:
    # For the type checker, the built-in types; at run time the registry's, which may hold more.
    QuestionType: TypeAlias = Literal["multiple_choice", "true_false", "fill_in_blank", "numeric", "matching"]
    Question: TypeAlias = MultipleChoice | TrueFalse | FillInBlank | Numeric | Matching
else:
    # The built-in tags, for type hints; `question_types.type_names()` also knows types registered later.
    QuestionType = Literal[type_names()]
    # The union as the registry holds it at import; the bank model is rebuilt when a type is registered.
    Question = question_union()
