"""A teacher is told when a question's cited sentence does not state its key; a picked key is refused."""

from __future__ import annotations

from quizgen.review import source_gap
from tests.app.student import STARTER


def by_type(name: str):
    return next(q for q in STARTER.questions if q.type == name)


def test_the_starter_keys_are_stated_by_their_sentences_except_a_paraphrased_pair():
    gaps = {q.type: source_gap(q) for q in STARTER.questions}
    assert [t for t, gap in gaps.items() if gap] == ["matching"]
    assert gaps["matching"].message.startswith(
        "the cited sentences do not pair 'Sergey V. Lavrov' with 'Foreign affairs'"
    )
    assert not gaps["matching"].refused


def test_a_changed_number_is_warned_about_but_allowed():
    numeric = by_type("numeric")
    gap = source_gap(numeric.model_copy(update={"answer": numeric.answer + 7}))
    assert gap is not None and gap.field == "answer" and not gap.refused
    assert "the cited sentence does not give" in gap.message


def test_a_multiple_choice_key_the_sentence_does_not_state_is_refused():
    question = by_type("multiple_choice")  # its sentence gives $240 billion for 2023, up from $190 billion
    gap = source_gap(question.model_copy(update={"answer": "$300 billion"}))
    assert gap is not None and gap.refused and gap.field == "answer"


def test_true_false_is_never_held_to_its_sentence():
    question = by_type("true_false")
    assert source_gap(question.model_copy(update={"answer": not question.answer})) is None
