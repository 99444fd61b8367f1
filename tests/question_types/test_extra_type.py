"""A type defined outside quizgen (tests/question_types/ordering.py), once registered, works like a built-in one."""

from __future__ import annotations

import pytest

from quizgen.errors import YamlInvalid
from quizgen.evaluation import check_bank, rating_sheet
from quizgen.generator.assemble import question_id
from quizgen.grading import answer_text, grade, is_answered, response_text
from quizgen.highlight import answer_spans
from quizgen.models import Bank
from quizgen.quiz import presented_options
from quizgen.review import Filter, filter_questions
from quizgen.storage import dump_bank, parse_bank
from tests.question_types.ordering import Ordering
from tests.samples import MINIMAL_ARTICLE, MINIMAL_BANK

MC_KEY, ORDERING_KEY = (
    """  type: multiple_choice
  status: draft
  prompt: Which city did Putin visit on Friday?
  choices:
  - Harbin
  - Shanghai
  answer: Harbin
""",
    """  type: ordering
  status: draft
  prompt: Put these in the order the sentence names them.
  items:
  - Putin
  - Harbin
  - Friday
""",
)
ORDERING_BANK = MINIMAL_BANK.replace(MC_KEY, ORDERING_KEY)


def test_the_sample_bank_really_holds_an_ordering_question():
    assert "type: ordering" in ORDERING_BANK and "answer:" not in ORDERING_BANK


def test_a_bank_with_the_type_is_refused_until_it_is_registered():
    with pytest.raises(YamlInvalid, match="'ordering' is not a question type"):
        parse_bank(ORDERING_BANK, "bank.yaml")


def test_it_is_validated_from_yaml_and_written_where_a_key_belongs(ordering_type):
    bank = parse_bank(ORDERING_BANK, "bank.yaml")
    question = bank.questions[0]
    assert isinstance(question, Ordering) and question.items == ["Putin", "Harbin", "Friday"]
    written = dump_bank(parse_bank(MINIMAL_BANK, "bank.yaml"))
    assert MC_KEY in written and dump_bank(bank) == written.replace(MC_KEY, ORDERING_KEY)
    assert Bank.model_validate(bank.model_dump()) == bank


def test_its_own_rules_are_located_like_any_field(ordering_type):
    with pytest.raises(YamlInvalid) as refused:
        parse_bank(ORDERING_BANK.replace("  - Harbin\n  - Friday\n", ""), "bank.yaml")
    (problem,) = refused.value.problems
    assert problem.field == "questions[0].items" and problem.line == 14


def test_it_is_graded_shown_and_highlighted(ordering_type):
    question = parse_bank(ORDERING_BANK, "bank.yaml").questions[0]
    assert grade(question, ["Putin", "Harbin", "Friday"]).correct
    assert not grade(question, ["Harbin", "Putin", "Friday"]).correct
    assert not is_answered(question, ["Putin", None, None]) and not grade(question, None).answered
    assert answer_text(question) == "Putin → Harbin → Friday"
    assert response_text(question, ["Harbin", "Putin", "Friday"]) == "Harbin → Putin → Friday"
    assert response_text(question, None) == "No answer"
    assert sorted(presented_options(question, seed=3)) == ["Friday", "Harbin", "Putin"]
    assert answer_spans(question, "Putin visited Harbin on Friday.") == [(0, 5), (14, 20), (24, 30)]


def test_it_is_checked_searched_rated_and_hashed(ordering_type):
    bank = parse_bank(ORDERING_BANK, "bank.yaml")
    question = bank.questions[0]
    assert check_bank(bank, {"art": MINIMAL_ARTICLE}) == []
    unsupported = question.model_copy(update={"items": ["Putin", "Moscow"]})
    failures = check_bank(bank.model_copy(update={"questions": [unsupported]}), {"art": MINIMAL_ARTICLE})
    assert [f.check for f in failures] == ["answer_supported"]
    assert filter_questions(bank.questions, Filter(words="harbin", types=frozenset({"ordering"}))) == [question]
    assert "  A: Putin → Harbin → Friday" in rating_sheet(question, bank)
    reordered = question.model_copy(update={"items": ["Friday", "Harbin", "Putin"]})
    assert question_id(question) == question_id(question.model_copy()) != question_id(reordered)
