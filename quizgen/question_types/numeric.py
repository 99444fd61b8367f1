"""Numbers: the student types a number, read in the question's unit, right within a tolerance."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, field_validator

from ..export import gift, moodle, paper, qti
from ..models.checks import quoted
from ..numbers import exact_number, format_number, parse_amount, unit_scale
from ..textnorm import fold
from .base import QuestionBase
from .evidence import contains, number_in, similar_prompts
from .kind import Grade, QuestionKind, Response, SourceGap, plain_response_text, text_answered

if TYPE_CHECKING:
    from ..generator.draft import Draft

__all__ = ["Numeric", "NumericKind"]

_RELATIVE_SLACK = 1e-9
_SCALE_WORD = re.compile(r"\s*(?:billion|million|trillion|thousand|bn|mn)\b", re.IGNORECASE)
_UNREADABLE = "That is not a number this quiz can read; type digits, such as 240."


class Numeric(QuestionBase):
    """A number; answers within `tolerance` of `answer` (in `unit`) are right."""

    type: Literal["numeric"] = "numeric"
    answer: float = Field(allow_inf_nan=False)
    tolerance: float = Field(default=0.0, ge=0, allow_inf_nan=False)
    unit: str = ""

    @field_validator("answer", mode="before")
    @classmethod
    def _answer_is_number(cls, value: object) -> object:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"must be a number such as 240 or 2.5, not {quoted(value)}")
        return value


def _stem(question: Numeric) -> str:
    """The prompt, and the unit an answer is read in when the prompt does not name it."""
    words = _unit_words(question.unit)
    named = words <= _unit_words(question.prompt) if words else question.unit.strip() in question.prompt
    if not question.unit.strip() or named:
        return question.prompt
    return f"{question.prompt} (Answer in {question.unit}.)"


def _unit_words(text: str) -> set[str]:
    return {word.removesuffix("s") for word in re.findall(r"\w+", fold(text))} - {"of", "in"}


def _gift(question: Numeric) -> gift.Body:
    return gift.Body(_stem(question), gift.number(question.answer, question.tolerance))


def _moodle(question: Numeric) -> moodle.Body:
    answer = moodle.answer(100, exact_number(question.answer), tolerance=question.tolerance, plain=True)
    return moodle.Body("numerical", _stem(question), [answer])


def _qti(question: Numeric) -> qti.Body:
    return qti.Body(_stem(question), qti.number(question.answer, question.tolerance))


def _paper(question: Numeric) -> paper.Item:
    line = f"Answer: ______________ {question.unit}".rstrip()
    return paper.Item(_stem(question), [line])


def _card(question: Numeric) -> list[str]:
    stem = _stem(question)
    return [stem.removeprefix(question.prompt).strip()] if stem != question.prompt else []


class NumericKind(QuestionKind):
    """Digits or words both count ('240bn', 'twenty-one'); a bare number is read in the question's unit."""

    name = "numeric"
    label = "Numbers"
    model = Numeric
    widgets = "quizgen.app.question_types.numeric"
    exporters = {"gift": _gift, "moodle-xml": _moodle, "card": _card, "qti": _qti, "paper": _paper}
    reported_forms = ()
    corroborated = True

    def is_answered(self, question: Numeric, response: Response) -> bool:
        return text_answered(response)

    def grade(self, question: Numeric, response: Response) -> Grade:
        if not self.is_answered(question, response):
            return Grade(False, False)
        amount = parse_amount(str(response))
        if amount is None:
            return Grade(False, True, note=_UNREADABLE)
        scale = unit_scale(question.unit)
        # A bare number is read in the question's unit: "240" means 240 billion when the unit is "billion dollars".
        given = amount.absolute if amount.scale else amount.value * scale
        expected = question.answer * scale
        slack = question.tolerance * scale + _RELATIVE_SLACK * max(abs(expected), 1.0)
        return Grade(math.isclose(given, expected) or abs(given - expected) <= slack, True)

    def answer_text(self, question: Numeric) -> str:
        shown = format_number(question.answer)
        if question.tolerance:
            shown += f" (± {format_number(question.tolerance)})"
        unit = question.unit.strip()
        if unit == "%" and not question.tolerance:
            return f"{shown}%"  # '48%', as the article writes it
        return f"{shown} {unit}".strip()

    def response_text(self, question: Numeric, response: Response) -> str:
        return plain_response_text(response)

    def right_response(self, question: Numeric) -> Response:
        return str(question.answer)

    def options(self, question: Numeric) -> list[str]:
        return []

    def answer_terms(self, question: Numeric) -> list[str]:
        shown = format_number(question.answer)
        grouped = f"{question.answer:,.6f}".rstrip("0").rstrip(".")  # '1,200' as well as '1200'
        return list(dict.fromkeys([shown, shown.replace(",", ""), grouped]))

    def term_pattern(self, term: str) -> str:
        # 21 in "21-gun" but not in "2021"; a scale word after the number belongs to it.
        return rf"(?<![\d.,]){re.escape(term)}(?![\d]|[.,]\d)(?:{_SCALE_WORD.pattern})?"

    def searchable(self, question: Numeric) -> list[str]:
        return [str(question.answer)]

    def answer_key(self, question: Numeric) -> str:
        return fold(str(question.answer))

    def near_duplicate(self, a: Numeric, b: Numeric) -> bool:
        return similar_prompts(a.prompt, b.prompt)

    def supported(self, question: Numeric, quotes: str) -> bool:
        return number_in(quotes, question.answer)

    def source_gap(self, question: Numeric, quotes: str) -> SourceGap | None:
        if self.supported(question, quotes):
            return None
        return SourceGap("answer", f"the cited sentence does not give {format_number(question.answer)}")

    def prompt_failures(self, question: Numeric) -> list[tuple[str, str]]:
        if contains(question.prompt, self.asked(question)):
            return [("answer_not_in_prompt", "the answer is in the prompt")]
        return []

    def asked(self, question: Numeric) -> str:
        return f"{question.answer:g}"

    def sheet_lines(self, question: Numeric) -> list[str]:
        return [f"  A: {self.answer_text(question)}"]

    def id_fields(self, question: Numeric) -> dict[str, Any]:
        return {"answer": question.answer, "choices": [], "pairs": []}

    def from_draft(self, draft: Draft, common: dict[str, Any]) -> Numeric:
        return Numeric(answer=float(draft.answer), tolerance=draft.tolerance, unit=draft.unit, **common)

    def draft_answer_text(self, draft: Draft) -> str:
        return draft.facts[0].answer  # the number as the sentence writes it ('$240 billion')

    def draft_level(self, draft: Draft) -> int:
        return 2

    def explained(self, draft: Draft, statement: str) -> str:
        return statement
