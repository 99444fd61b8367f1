"""True or false: a statement that is either true or false."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Literal

from pydantic import StrictBool

from ..export import gift, kahoot, moodle, paper, qti
from ..textnorm import fold
from .base import QuestionBase
from .evidence import names_in, similar_prompts, words
from .kind import Grade, QuestionKind, Response, SourceGap, plain_response_text, text_answered, word_pattern

if TYPE_CHECKING:
    from ..generator.draft import Draft

__all__ = ["TrueFalse", "TrueFalseKind"]

_ATTRIBUTION = re.compile(r"(.+?) said: “(.+)”")
# Words every statement uses to attach a claim; they say nothing about whether the quotes support it.
_LINKING = frozenset({"said", "described", "called", "is"})


class TrueFalse(QuestionBase):
    """A statement that is either true or false; `answer` is `true` or `false`."""

    type: Literal["true_false"] = "true_false"
    answer: StrictBool


def _gift(question: TrueFalse) -> gift.Body:
    return gift.Body(question.prompt, "TRUE" if question.answer else "FALSE")


def _moodle(question: TrueFalse) -> moodle.Body:
    answers = [
        moodle.answer(100 if question.answer else 0, "true", plain=True),
        moodle.answer(0 if question.answer else 100, "false", plain=True),
    ]
    return moodle.Body("truefalse", question.prompt, answers)


def _kahoot(question: TrueFalse) -> kahoot.Row:
    return kahoot.row(question.prompt, ["True", "False"], [1 if question.answer else 2])


def _qti(question: TrueFalse) -> qti.Body:
    return qti.Body(question.prompt, qti.choices(["True", "False"], "True" if question.answer else "False"))


def _paper(question: TrueFalse) -> paper.Item:
    return paper.Item(question.prompt, ["True        False        (circle one)"])


def _card(question: TrueFalse) -> list[str]:
    return ["True or false?"]


class TrueFalseKind(QuestionKind):
    """The student says whether the statement is true; the explanation carries the true statement."""

    name = "true_false"
    label = "True or false"
    model = TrueFalse
    widgets = "quizgen.app.question_types.true_false"
    exporters = {"gift": _gift, "moodle-xml": _moodle, "card": _card, "kahoot": _kahoot, "qti": _qti, "paper": _paper}
    reported_forms = ()
    corroborated = True

    def is_answered(self, question: TrueFalse, response: Response) -> bool:
        return text_answered(response)

    def grade(self, question: TrueFalse, response: Response) -> Grade:
        if not self.is_answered(question, response):
            return Grade(False, False)
        return Grade(response is question.answer, True)

    def answer_text(self, question: TrueFalse) -> str:
        return "True" if question.answer else "False"

    def response_text(self, question: TrueFalse, response: Response) -> str:
        return plain_response_text(response)

    def right_response(self, question: TrueFalse) -> Response:
        return question.answer

    def options(self, question: TrueFalse) -> list[str]:
        return []

    def answer_terms(self, question: TrueFalse) -> list[str]:
        return []  # the whole sentence is the evidence; no one word is the answer

    def term_pattern(self, term: str) -> str:
        return word_pattern(term)

    def searchable(self, question: TrueFalse) -> list[str]:
        return [str(question.answer)]

    def answer_key(self, question: TrueFalse) -> str:
        return fold(str(question.answer))

    def near_duplicate(self, a: TrueFalse, b: TrueFalse) -> bool:
        return similar_prompts(a.prompt, b.prompt)

    def supported(self, question: TrueFalse, quotes: str) -> bool:
        statement = question.explanation.split(" (")[0].removeprefix("True. ").removeprefix("False. ")
        attributed = _ATTRIBUTION.fullmatch(statement)
        if attributed:  # 'Paul Neville said: “…”' where the quotes name him 'Mr Neville'
            speaker, statement = attributed.groups()
            if not names_in(speaker, quotes):
                return False
        said = words(statement) - _LINKING
        return bool(said) and len(said & words(quotes)) >= 0.8 * len(said)

    def source_gap(self, question: TrueFalse, quotes: str) -> SourceGap | None:
        return None  # a false statement is meant to differ from its sentence, and a teacher's explanation is free

    def prompt_failures(self, question: TrueFalse) -> list[tuple[str, str]]:
        return []  # a statement is its own answer's wording, so it cannot leak it

    def asked(self, question: TrueFalse) -> str:
        return question.explanation

    def sheet_lines(self, question: TrueFalse) -> list[str]:
        return [f"  A: {self.answer_text(question)}"]

    def id_fields(self, question: TrueFalse) -> dict[str, Any]:
        return {"answer": question.answer, "choices": [], "pairs": []}

    def from_draft(self, draft: Draft, common: dict[str, Any]) -> TrueFalse:
        return TrueFalse(answer=bool(draft.answer), **common)

    def draft_answer_text(self, draft: Draft) -> str:
        return ""

    def draft_level(self, draft: Draft) -> int:
        return 0

    def explained(self, draft: Draft, statement: str) -> str:
        return f"{'False' if draft.answer is False else 'True'}. {statement}"
