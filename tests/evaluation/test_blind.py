"""Blind rating: the sheet shows a rater only what a student sees, the key and the sources; the figures."""

from __future__ import annotations

import math

import pytest

from quizgen.errors import QuizgenError
from quizgen.evaluation.blind import agreement, blind_sheet, figures, parse_ratings_csv


def test_the_sheet_shows_the_key_and_cited_sentences_but_no_ids_or_status(seed_generated):
    from quizgen.models import Bank

    bank = Bank(title="s", sources=list(seed_generated.sources), questions=list(seed_generated.questions))
    sample = list(seed_generated.questions[:12])
    sheet = blind_sheet(sample, bank, seed=1)
    assert sheet.count("## Q") == 12 and sheet.count("**Key:**") == 12
    for question in sample:
        assert question.id not in sheet
        assert question.citations[0].quote in sheet
    assert "draft" not in sheet and "generated" not in sheet.lower()


def test_ratings_are_read_from_a_raters_csv():
    text = "q,grammatical,understandable,correct,distractors,accept,note\n2,3,2,3,,no,\"needs context, 'he'\"\n1,3,3,3,2,yes,\n"
    ratings = parse_ratings_csv(text, "r.csv")
    assert [r.q for r in ratings] == [1, 2]
    assert ratings[0].distractors == 2 and ratings[0].accept
    assert ratings[1].distractors is None and not ratings[1].accept and "he" in ratings[1].note
    assert figures(ratings).share == 0.5


@pytest.mark.parametrize("none", ["", "-", "n/a", "N/A", "na", "NA", " none "])
def test_no_distractor_rating_may_be_written_as_raters_write_it(none):
    text = f"q,grammatical,understandable,correct,distractors,accept,note\n1,3,3,3,{none},yes,\n"
    assert parse_ratings_csv(text, "r.csv")[0].distractors is None


@pytest.mark.parametrize(
    "text,words",
    [
        ("q,grammatical,understandable,correct,distractors,accept,note\n1,4,3,3,,yes,\n", "r.csv:2"),
        ("q,grammatical,understandable,correct,distractors,accept,note\n1,3,3,3,,maybe,\n", "r.csv:2"),
        ("q,grammatical,understandable,correct,distractors,accept,note\n1,3,3,3,,yes,\n1,3,3,3,,no,\n", "twice"),
    ],
)
def test_a_bad_rating_row_is_one_located_error(text, words):
    with pytest.raises(QuizgenError, match=words):
        parse_ratings_csv(text, "r.csv")


def test_agreement_and_kappa_match_a_worked_example():
    # 10 questions: both accept 1-6, both reject 9-10, they differ on 7 and 8.
    first = {q: q <= 7 for q in range(1, 11)}
    second = {q: q <= 6 or q == 8 for q in range(1, 11)}
    result = agreement(first, second)
    assert (result.compared, result.agreed, result.both_accept) == (10, 8, 6)
    # observed 0.8; expected 0.7*0.7 + 0.3*0.3 = 0.58; kappa = 0.22 / 0.42
    assert math.isclose(result.kappa, 0.22 / 0.42)
