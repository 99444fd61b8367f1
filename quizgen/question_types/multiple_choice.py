"""Multiple choice: one keyed answer among 2-10 distinct choices (quote attribution is one of its forms)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from ..export import gift, kahoot, moodle, paper, qti
from ..models.checks import Failures, quoted
from ..textnorm import fold
from .base import QuestionBase, Text
from .evidence import contains, similar_prompts, states_answer
from .kind import Grade, QuestionKind, Response, SourceGap, plain_response_text, text_answered, word_pattern

if TYPE_CHECKING:
    from ..generator.draft import Draft

__all__ = ["MultipleChoice", "MultipleChoiceKind"]

# Naming who said a quote, or what a description fits, is recognition, so easier than the usual choice.
_EASIER_FORMS = ("quote_attribution", "description")
# Choices as printed and on flashcards: A, B, C, ...
_LETTERS = "ABCDEFGHIJ"


class MultipleChoice(QuestionBase):
    """One keyed answer among 2-10 distinct choices."""

    type: Literal["multiple_choice"] = "multiple_choice"
    choices: list[Text] = Field(min_length=2, max_length=10)
    answer: Text

    @field_validator("choices")
    @classmethod
    def _choices_distinct(cls, value: list[str]) -> list[str]:
        failures = Failures("MultipleChoice")
        seen: dict[str, int] = {}
        for index, choice in enumerate(value):
            key = fold(choice)
            if key in seen:
                failures.add((index,), f"{quoted(choice)} is the same choice as choices[{seen[key]}]", choice)
            seen.setdefault(key, index)
        failures.raise_if_any()
        return value

    @field_validator("answer")
    @classmethod
    def _answer_is_a_choice(cls, value: str, info: ValidationInfo) -> str:
        choices = info.data.get("choices")
        if choices is not None and value not in choices:
            raise PydanticCustomError("quizgen", "{answer} is not one of the choices", {"answer": quoted(value)})
        return value


def _gift(question: MultipleChoice) -> gift.Body:
    return gift.Body(question.prompt, gift.choices(question.choices, question.answer))


def _moodle(question: MultipleChoice) -> moodle.Body:
    settings = [moodle.setting("single", "true"), moodle.setting("shuffleanswers", "1")]
    settings.append(moodle.setting("answernumbering", "abc"))
    answers = [moodle.answer(100 if choice == question.answer else 0, choice) for choice in question.choices]
    return moodle.Body("multichoice", question.prompt, settings + answers)


def _kahoot(question: MultipleChoice) -> kahoot.Row:
    return kahoot.row(question.prompt, question.choices, [question.choices.index(question.answer) + 1])


def _qti(question: MultipleChoice) -> qti.Body:
    return qti.Body(question.prompt, qti.choices(question.choices, question.answer))


def _paper(question: MultipleChoice) -> paper.Item:
    lettered = [f"{letter}. {choice}" for letter, choice in zip(_LETTERS, question.choices, strict=False)]
    key = lettered[question.choices.index(question.answer)]
    return paper.Item(question.prompt, lettered, key)


def _card(question: MultipleChoice) -> list[str]:
    return [f"{letter}. {choice}" for letter, choice in zip(_LETTERS, question.choices, strict=False)]


class MultipleChoiceKind(QuestionKind):
    """The student picks one of the choices; only the keyed one is right."""

    name = "multiple_choice"
    label = "Multiple choice"
    model = MultipleChoice
    widgets = "quizgen.app.question_types.multiple_choice"
    exporters = {"gift": _gift, "moodle-xml": _moodle, "card": _card, "kahoot": _kahoot, "qti": _qti, "paper": _paper}
    reported_forms = ("quote_attribution",)
    corroborated = True

    def is_answered(self, question: MultipleChoice, response: Response) -> bool:
        return text_answered(response)

    def grade(self, question: MultipleChoice, response: Response) -> Grade:
        if not self.is_answered(question, response):
            return Grade(False, False)
        return Grade(response == question.answer, True)

    def answer_text(self, question: MultipleChoice) -> str:
        return question.answer

    def response_text(self, question: MultipleChoice, response: Response) -> str:
        return plain_response_text(response)

    def right_response(self, question: MultipleChoice) -> Response:
        return question.answer

    def options(self, question: MultipleChoice) -> list[str]:
        return list(question.choices)

    def answer_terms(self, question: MultipleChoice) -> list[str]:
        return [question.answer]

    def term_pattern(self, term: str) -> str:
        return word_pattern(term)

    def searchable(self, question: MultipleChoice) -> list[str]:
        return [question.answer, *question.choices]

    def answer_key(self, question: MultipleChoice) -> str:
        return fold(question.answer)

    def near_duplicate(self, a: MultipleChoice, b: MultipleChoice) -> bool:
        return similar_prompts(a.prompt, b.prompt)

    def supported(self, question: MultipleChoice, quotes: str) -> bool:
        return states_answer([question.answer], quotes)

    def source_gap(self, question: MultipleChoice, quotes: str) -> SourceGap | None:
        if self.supported(question, quotes):
            return None
        return SourceGap(
            "answer",
            f"{quoted(question.answer)} is not in the cited sentence: mark the choice the sentence states, "
            "or cite the sentence that states this one",
            refused=True,
        )

    def prompt_failures(self, question: MultipleChoice) -> list[tuple[str, str]]:
        failures = []
        keyed = [c for c in question.choices if fold(c) == fold(question.answer)]
        if len(keyed) != 1 or len({fold(c) for c in question.choices}) != len(question.choices):
            failures.append(("one_keyed_answer", "choices are not unique with one key"))
        failures += [
            ("answer_not_in_prompt", f"option {choice!r} is in the prompt")
            for choice in question.choices
            if contains(question.prompt, choice)
        ]
        return failures

    def asked(self, question: MultipleChoice) -> str:
        return question.answer

    def sheet_lines(self, question: MultipleChoice) -> list[str]:
        marked = [f"     {'*' if choice == question.answer else '-'} {choice}" for choice in question.choices]
        return [*marked, f"  A: {self.answer_text(question)}"]

    def id_fields(self, question: MultipleChoice) -> dict[str, Any]:
        return {"answer": question.answer, "choices": sorted(question.choices), "pairs": []}

    def from_draft(self, draft: Draft, common: dict[str, Any]) -> MultipleChoice:
        return MultipleChoice(choices=list(draft.choices), answer=str(draft.answer), **common)

    def draft_answer_text(self, draft: Draft) -> str:
        return str(draft.answer)

    def draft_level(self, draft: Draft) -> int:
        return 0 if draft.form in _EASIER_FORMS else 1

    def explained(self, draft: Draft, statement: str) -> str:
        return statement
