"""Fill in the blank: a prompt with a blank the student types the missing words into."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Literal

from pydantic import ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from ..export import gift, moodle, paper, qti
from ..models.checks import quoted
from ..textnorm import fold
from .base import QuestionBase, Text, no_duplicates
from .evidence import contains, similar_prompts, states_answer
from .kind import Grade, QuestionKind, Response, SourceGap, plain_response_text, text_answered, word_pattern

if TYPE_CHECKING:
    from ..generator.draft import Draft

__all__ = ["BLANK", "FillInBlank", "FillInBlankKind"]

BLANK = "_____"
_BLANK_RE = re.compile(r"_{3,}")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an) ")


class FillInBlank(QuestionBase):
    """A prompt with a blank (`_____`); any of `answer` or `accepted_answers` is right."""

    type: Literal["fill_in_blank"] = "fill_in_blank"
    answer: Text
    accepted_answers: list[Text] = []

    @field_validator("prompt")
    @classmethod
    def _prompt_has_blank(cls, value: str) -> str:
        if not _BLANK_RE.search(value):
            raise PydanticCustomError("quizgen", "has no blank: mark the missing words with {blank}", {"blank": BLANK})
        return value

    @field_validator("accepted_answers")
    @classmethod
    def _answers_distinct(cls, value: list[str], info: ValidationInfo) -> list[str]:
        answer = info.data.get("answer")
        no_duplicates([answer, *value] if answer else value, "answer")
        return value


def _gift(question: FillInBlank) -> gift.Body:
    return gift.Body(question.prompt, gift.exact(_forms(question)))


def _moodle(question: FillInBlank) -> moodle.Body:
    answers = [moodle.answer(100, moodle.short_answer(form), plain=True) for form in _forms(question)]
    return moodle.Body("shortanswer", question.prompt, [moodle.setting("usecase", "0"), *answers])


def _qti(question: FillInBlank) -> qti.Body:
    return qti.Body(question.prompt, qti.exact(_forms(question)))


def _paper(question: FillInBlank) -> paper.Item:
    also = f" (also accepted: {', '.join(question.accepted_answers)})" if question.accepted_answers else ""
    return paper.Item(question.prompt, ["Answer: ______________________________"], f"{question.answer}{also}")


def _card(question: FillInBlank) -> list[str]:
    return []


class FillInBlankKind(QuestionKind):
    """The student types the missing words; case, accents and a leading 'the' or 'a' do not matter."""

    name = "fill_in_blank"
    label = "Fill in the blank"
    model = FillInBlank
    widgets = "quizgen.app.question_types.fill_in_blank"
    exporters = {"gift": _gift, "moodle-xml": _moodle, "card": _card, "qti": _qti, "paper": _paper}
    reported_forms = ()
    corroborated = True

    def is_answered(self, question: FillInBlank, response: Response) -> bool:
        return text_answered(response)

    def grade(self, question: FillInBlank, response: Response) -> Grade:
        if not self.is_answered(question, response):
            return Grade(False, False)
        typed = _without_article(fold(str(response)))
        right = any(typed == _without_article(fold(accepted)) for accepted in _forms(question))
        return Grade(right, True)

    def answer_text(self, question: FillInBlank) -> str:
        return question.answer

    def response_text(self, question: FillInBlank, response: Response) -> str:
        return plain_response_text(response)

    def right_response(self, question: FillInBlank) -> Response:
        return question.answer

    def options(self, question: FillInBlank) -> list[str]:
        return []

    def answer_terms(self, question: FillInBlank) -> list[str]:
        return _forms(question)

    def term_pattern(self, term: str) -> str:
        return word_pattern(term)

    def searchable(self, question: FillInBlank) -> list[str]:
        return _forms(question)

    def answer_key(self, question: FillInBlank) -> str:
        return fold(question.answer)

    def near_duplicate(self, a: FillInBlank, b: FillInBlank) -> bool:
        return similar_prompts(a.prompt, b.prompt)

    def supported(self, question: FillInBlank, quotes: str) -> bool:
        return states_answer(_forms(question), quotes)

    def source_gap(self, question: FillInBlank, quotes: str) -> SourceGap | None:
        if self.supported(question, quotes):
            return None
        return SourceGap("answer", f"{quoted(question.answer)} is not in the cited sentence")

    def prompt_failures(self, question: FillInBlank) -> list[tuple[str, str]]:
        if contains(question.prompt, question.answer):
            return [("answer_not_in_prompt", "the answer is in the prompt")]
        return []

    def asked(self, question: FillInBlank) -> str:
        return question.answer

    def sheet_lines(self, question: FillInBlank) -> list[str]:
        lines = [f"  A: {self.answer_text(question)}"]
        if question.accepted_answers:
            lines.append(f"     also accepted: {', '.join(question.accepted_answers)}")
        return lines

    def id_fields(self, question: FillInBlank) -> dict[str, Any]:
        return {"answer": question.answer, "choices": [], "pairs": []}

    def from_draft(self, draft: Draft, common: dict[str, Any]) -> FillInBlank:
        return FillInBlank(answer=str(draft.answer), accepted_answers=list(draft.accepted), **common)

    def draft_answer_text(self, draft: Draft) -> str:
        return str(draft.answer)

    def draft_level(self, draft: Draft) -> int:
        return 2

    def explained(self, draft: Draft, statement: str) -> str:
        return statement


def _forms(question: FillInBlank) -> list[str]:
    """Every wording that counts as right: the answer, then the accepted ones."""
    return [question.answer, *question.accepted_answers]


def _without_article(text: str) -> str:
    return _LEADING_ARTICLE.sub("", text)
