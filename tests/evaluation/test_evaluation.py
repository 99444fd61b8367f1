"""The evaluation harness catches what it claims to catch, and reports coverage and ratings."""

from __future__ import annotations

from quizgen.evaluation import GoldSet, RatingSet, check_bank, coverage, draw_sample, evaluate, load_gold
from quizgen.models import Bank, Citation, FillInBlank, Matching, MultipleChoice, Numeric, TrueFalse
from tests.samples import PROJECT

TEXT = "Putin visited Harbin on Friday. Trade reached $240 billion in 2023."
TEXTS = {"a": TEXT}


def cite(quote: str) -> list[Citation]:
    start = TEXT.index(quote)
    return [Citation(source="a", quote=quote, start=start, end=start + len(quote))]


def bank(*questions) -> Bank:
    return Bank(title="t", sources=[{"id": "a", "title": "A", "path": "seeds/a.txt"}], questions=list(questions))


GOOD = MultipleChoice(
    id="q1",
    prompt="Which city did Putin visit on Friday?",
    choices=["Harbin", "Wuhan", "Dalian"],
    answer="Harbin",
    citations=cite("Putin visited Harbin on Friday."),
)


def checks(*questions) -> set[str]:
    return {f.check for f in check_bank(bank(*questions), TEXTS)}


def test_a_grounded_question_passes():
    assert checks(GOOD) == set()


def test_an_answer_the_sentence_does_not_state_fails():
    wrong = GOOD.model_copy(update={"answer": "Wuhan"})
    assert "answer_supported" in checks(wrong)


def test_an_answer_in_its_own_prompt_fails():
    leaky = FillInBlank(
        id="q2",
        prompt="Putin visited Harbin, a city; he visited _____ on Friday.",
        answer="Harbin",
        citations=cite("Putin visited Harbin on Friday."),
    )
    assert "answer_not_in_prompt" in checks(leaky)


def test_a_quote_that_is_not_the_source_span_fails():
    moved = GOOD.model_copy(
        update={"citations": [Citation(source="a", quote="Putin visited Harbin on Friday.", start=1, end=32)]}
    )
    assert "quote_is_source_span" in checks(moved)


def test_numbers_and_statements_are_checked_against_the_sentence():
    number = Numeric(
        id="q3",
        prompt="Trade reached $_____ billion in 2023.",
        answer=240,
        citations=cite("Trade reached $240 billion in 2023."),
    )
    wrong_number = number.model_copy(update={"id": "q4", "answer": 190})
    statement = TrueFalse(
        id="q5",
        prompt="Putin visited Wuhan on Friday.",
        answer=False,
        explanation="False. Putin visited Harbin on Friday. (A, 2024)",
        citations=cite("Putin visited Harbin on Friday."),
    )
    assert checks(number, statement) == set()
    assert "answer_supported" in checks(wrong_number)


def test_near_duplicates_are_reported():
    twin = GOOD.model_copy(update={"id": "q9", "prompt": "Which city did Putin visit on Friday ?"})
    assert "near_duplicate" in checks(GOOD, twin)


def test_coverage_counts_a_fact_once_a_question_tests_it():
    gold = GoldSet.model_validate(
        {
            "facts": [
                {
                    "id": "harbin",
                    "fact": "Putin visited Harbin.",
                    "sources": ["a"],
                    "answers": ["Harbin"],
                    "context": ["visit"],
                },
                {
                    "id": "trade",
                    "fact": "Trade was $240 billion.",
                    "sources": ["a"],
                    "answers": ["$240 billion"],
                    "context": ["trade"],
                },
            ]
        }
    )
    result = coverage(bank(GOOD), gold)
    assert result.covered == {"harbin": "q1"} and [f.id for f in result.missing] == ["trade"]
    rejected = GOOD.model_copy(update={"status": "rejected"})
    assert coverage(bank(rejected), gold).covered == {}


def test_the_shipped_gold_set_loads():
    assert len(load_gold(PROJECT / "benchmarks" / "gold_facts.yaml").facts) >= 40


def test_acceptability_is_computed_from_the_ratings_of_the_drawn_sample():
    sample = draw_sample([GOOD], 1, seed=1)
    ratings = RatingSet.model_validate(
        {
            "seed": 1,
            "size": 1,
            "ratings": [
                {
                    "id": sample[0].id,
                    "grammatical": 3,
                    "understandable": 3,
                    "correct": 3,
                    "distractors": 2,
                    "accept": True,
                }
            ],
        }
    )
    result = evaluate(bank(GOOD), TEXTS, ratings=ratings)
    assert result.acceptability.share == 1.0 and result.acceptability.unrated == ()
    assert any(line.startswith("teacher-rated sample: 1/1") for line in result.lines())


def test_a_teachers_review_does_not_change_what_is_measured_about_the_generator():
    trade = Numeric(
        id="q2",
        prompt="Trade reached how many billion dollars in 2023?",
        answer=240,
        unit="billion dollars",
        citations=cite("Trade reached $240 billion in 2023."),
    )
    reviewed = [GOOD.model_copy(update={"status": "rejected"}), trade.model_copy(update={"status": "approved"})]
    gold = GoldSet.model_validate(
        {
            "facts": [
                {
                    "id": "harbin",
                    "fact": "Putin visited Harbin.",
                    "sources": ["a"],
                    "answers": ["Harbin"],
                    "context": ["visit"],
                },
            ]
        }
    )
    before, after = evaluate(bank(GOOD, trade), TEXTS, gold=gold), evaluate(bank(*reviewed), TEXTS, gold=gold)
    assert before.total == after.total == 2
    assert before.coverage.share == after.coverage.share == 1.0
    assert after.reviewed_coverage.share == 0.0
    assert after.statuses == {"rejected": 1, "approved": 1}
    assert [q.id for q in draw_sample(reviewed, 2, seed=3)] == [q.id for q in draw_sample([GOOD, trade], 2, seed=3)]
    assert any("without the rejected questions: 0/1" in line for line in after.lines())


def test_short_names_quoted_speakers_and_hundreds_count_as_stated():
    text = '"It must stay above suspicion," Mr Neville said. The US cut tariffs. One hundred people came.'
    texts = {"a": text}

    def cited(quote):
        start = text.index(quote)
        return [Citation(source="a", quote=quote, start=start, end=start + len(quote))]

    def failed(question):
        return {f.check for f in check_bank(bank(question), texts)}

    country = MultipleChoice(
        id="q1",
        prompt="Which country cut tariffs?",
        choices=["United States", "Japan", "India"],
        answer="United States",
        citations=cited("The US cut tariffs."),
    )
    hundred = Numeric(id="q2", prompt="_____ people came.", answer=100, citations=cited("One hundred people came."))
    speaker = TrueFalse(
        id="q3",
        prompt="Tina Smith said: “It must stay above suspicion”",
        answer=False,
        explanation="False. Paul Neville said: “It must stay above suspicion” (A, 2024)",
        citations=cited('"It must stay above suspicion," Mr Neville said.'),
    )
    assert failed(country) == failed(hundred) == failed(speaker) == set()
    misattributed = speaker.model_copy(
        update={"explanation": "False. Tina Smith said: “It must stay above suspicion” (A)"}
    )
    assert failed(misattributed) == {"answer_supported"}


def test_a_matching_blank_glued_to_its_unit_is_stated():
    text = "The carnival is at Aileron, 130km north of Alice Springs. Trade reached $240 billion in 2023."
    start = text.index("Trade")
    citations = [
        Citation(source="a", quote=text[: start - 1], start=0, end=start - 1),
        Citation(source="a", quote=text[start:], start=start, end=len(text)),
    ]
    pairs = [
        {"left": "The carnival is at Aileron, _____km north of Alice Springs.", "right": "130"},
        {"left": "Trade reached _____ in 2023.", "right": "$240 billion"},
    ]
    matching = Matching(
        id="q1", prompt="Match each number with the sentence it completes.", pairs=pairs, citations=citations
    )
    assert check_bank(bank(matching), {"a": text}) == []
    swapped = [{"left": p["left"], "right": r} for p, r in zip(pairs, ["240", "$130 billion"], strict=True)]
    wrong = Matching(id="q1", prompt=matching.prompt, pairs=swapped, citations=citations)
    assert {f.check for f in check_bank(bank(wrong), {"a": text})} == {"answer_supported"}
