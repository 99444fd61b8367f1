"""A teacher's edits: checked like the bank checks itself, problems named by field, the rest of the bank untouched."""

from __future__ import annotations

import pytest

from quizgen.corpus import load_corpus
from quizgen.errors import YamlInvalid
from quizgen.generator import is_teachers
from quizgen.models import TrueFalse
from quizgen.review import (
    article_texts,
    checked_question,
    citation_of,
    field_name,
    insert_question,
    remove_question,
    replace_question,
    set_approved_only,
    set_status,
)
from quizgen.review.edits import with_content_id
from quizgen.storage import dump_bank, load_bank, parse_bank
from tests.samples import BANKS, HOSTILE_STRINGS, PROJECT, SEEDS

STARTER = load_bank(BANKS / "starter.yaml")
TEXTS = article_texts(STARTER, PROJECT)
CHOICE = next(q for q in STARTER.questions if q.type == "multiple_choice")


def problems(data) -> dict[str, str]:
    with pytest.raises(YamlInvalid) as caught:
        checked_question(STARTER, data, TEXTS)
    return {p.field: p.message for p in caught.value.problems}


def edited(**change):
    return {**CHOICE.model_dump(), **change}


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"answer": "$250 billion"}, "answer", "'$250 billion' is not one of the choices"),
        ({"choices": ["$240 billion", "$240 Billion"]}, "choices[1]", "is the same choice as choices[0]"),
        ({"choices": ["$240 billion"]}, "choices", "at least 2"),
        ({"prompt": "   "}, "prompt", "must not be blank"),
        ({"difficulty": "tricky"}, "difficulty", "'easy', 'medium' or 'hard'"),
        ({"topics": ["trade", "Trade"]}, "topics", "listed twice"),
    ],
)
def test_an_invalid_edit_names_the_field_and_what_is_wrong(change, field, message):
    found = problems(edited(**change))
    assert field in found and message in found[field]
    assert field_name(next(p for p in _problems(edited(**change)) if p.field == field)) == field.split("[")[0]


def _problems(data):
    try:
        checked_question(STARTER, data, TEXTS)
    except YamlInvalid as error:
        return error.problems
    return []


def test_a_citation_that_is_not_the_article_text_is_refused():
    citation = CHOICE.citations[0].model_dump()
    moved = {**citation, "start": citation["start"] + 1, "end": citation["end"] + 1}
    assert "does not match the article text" in problems(edited(citations=[moved]))["citations[0].quote"]


@pytest.mark.parametrize("text", [s for s in HOSTILE_STRINGS if s.strip()])
def test_any_text_a_teacher_types_is_kept_exactly_through_a_save(text):
    question = checked_question(STARTER, edited(prompt=text, explanation=text), TEXTS)
    bank = replace_question(STARTER, CHOICE.id, question)
    again = parse_bank(dump_bank(bank), "bank", root=PROJECT)
    assert again.questions[0].prompt == text and again.questions[0].explanation == text


def test_an_edited_question_becomes_the_teachers_and_nothing_else_changes():
    question = checked_question(STARTER, edited(explanation="Customs data, 2023."), TEXTS)
    bank = replace_question(STARTER, CHOICE.id, question)
    index = [q.id for q in STARTER.questions].index(CHOICE.id)
    assert bank.questions[index].origin == "teacher" and is_teachers(bank.questions[index])
    assert bank.questions[index].id == CHOICE.id
    assert [q for i, q in enumerate(bank.questions) if i != index] == [
        q for i, q in enumerate(STARTER.questions) if i != index
    ]
    assert replace_question(STARTER, CHOICE.id, CHOICE) == STARTER  # saving it unchanged is no edit


def test_status_changes_and_deletion_touch_only_the_named_questions():
    first, second = STARTER.questions[0].id, STARTER.questions[1].id
    bank = set_status(STARTER, [first, second], "draft")
    assert [q.status for q in bank.questions[:3]] == ["draft", "draft", "approved"]
    assert set_status(bank, [first], "rejected").questions[0].status == "rejected"
    smaller = remove_question(STARTER, first)
    assert [q.id for q in smaller.questions] == [q.id for q in STARTER.questions[1:]]
    assert smaller.sources == STARTER.sources
    with pytest.raises(KeyError):
        remove_question(STARTER, "q-not-there")
    assert set_approved_only(STARTER, True).approved_only is True


def test_a_hand_written_question_cites_a_sentence_and_gets_its_content_hash_as_id():
    from quizgen.nlp.sentences import split_sentences

    article = next(a for a in load_corpus(SEEDS).articles if a.source.id == "new-model-of-ties")
    sentence = split_sentences(article)[3]
    base = {
        "id": "q-new",
        "type": "true_false",
        "prompt": "Xi met Putin in Beijing.",
        "answer": True,
        "citations": [citation_of(sentence).model_dump()],
        "origin": "teacher",
    }
    question = with_content_id(checked_question(STARTER, base, TEXTS))
    assert isinstance(question, TrueFalse) and question.id.startswith("q-") and question.id != "q-new"
    bank = insert_question(STARTER, question)
    assert bank.questions[-1] == question
    parse_bank(dump_bank(bank), "bank", root=PROJECT)  # a valid bank, citation checked against the article
    with pytest.raises(YamlInvalid, match="already has this very question"):
        insert_question(bank, question)
