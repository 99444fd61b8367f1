"""The generator on the five seeds: the targets, every question grounded, the same output every time."""

from __future__ import annotations

from collections import Counter

from quizgen.evaluation import check_bank
from quizgen.generator import STAGES, generate
from quizgen.models import Bank
from quizgen.storage import dump_bank


def as_bank(generated) -> Bank:
    return Bank(title="Seeds", sources=list(generated.sources), questions=list(generated.questions))


def test_every_article_and_every_type_gets_questions(seed_generated):
    """Precision before quantity: the generator refuses what a teacher would refuse (docs/quality.md gives the
    counts against the targets), but every article still gets a question and every type appears."""
    questions = seed_generated.questions
    assert len(questions) >= 25
    kinds = Counter(q.type for q in questions)
    assert min(kinds[k] for k in ("multiple_choice", "true_false", "fill_in_blank", "numeric", "matching")) >= 1
    per_article = Counter(s for q in questions for s in {c.source for c in q.citations})
    assert len(per_article) == 5 and min(per_article.values()) >= 1


def test_every_question_passes_the_automated_checks(seed_generated, seed_articles):
    texts = {a.source.id: a.text for a in seed_articles}
    assert check_bank(as_bank(seed_generated), texts) == []


def test_the_bank_validates_with_every_citation(seed_generated, seed_articles):
    from quizgen.models import ARTICLE_TEXTS

    texts = {a.source.id: a.text for a in seed_articles}
    Bank.model_validate(as_bank(seed_generated).model_dump(), context={ARTICLE_TEXTS: texts})


def test_no_question_comes_from_captions_credits_or_boilerplate(seed_generated, seed_articles):
    body = {a.source.id: [(b.start, b.end) for b in a.body] for a in seed_articles}
    for question in seed_generated.questions:
        for citation in question.citations:
            assert any(a <= citation.start and citation.end <= b for a, b in body[citation.source]), citation.quote


def test_generation_is_deterministic(seed_generated, seed_articles):
    again = generate(seed_articles)
    assert dump_bank(as_bank(again)) == dump_bank(as_bank(seed_generated))


def test_progress_reports_every_article_then_every_stage_in_order_and_changes_nothing(seed_generated, seed_articles):
    heard: list[str] = []
    again = generate(seed_articles, on_article=lambda a: heard.append(a.source.id), on_stage=heard.append)
    ids = [a.source.id for a in seed_articles]
    assert heard == [STAGES[0], *ids, *STAGES[1:]]
    assert dump_bank(as_bank(again)) == dump_bank(as_bank(seed_generated))


def test_the_same_fact_in_two_sources_is_one_question_citing_both(seed_generated):
    trade = [q for q in seed_generated.questions if "bilateral trade between China and Russia in 2023" in q.prompt]
    assert trade
    assert {c.source for c in trade[0].citations} == {"harbin-trade-military-harmony", "beijing-joint-statement"}


def test_sources_that_disagree_are_flagged_for_the_teacher(seed_generated):
    meetings = [q for q in seed_generated.questions if "who have met" in q.prompt and q.type != "matching"]
    assert meetings
    question = meetings[0]
    assert "sources_disagree" in question.flags
    assert "43" in question.disagreement and "over 40" in question.disagreement
    assert {c.source for c in question.citations} == {"new-model-of-ties", "beijing-joint-statement"}


def test_shares_of_different_things_are_not_a_disagreement(seed_generated):
    """'more than 90% of trade transactions' and 'soybean imports ... Brazil (70%)' both name Russia and China,
    but they are not shares of the same thing."""
    for question in seed_generated.questions:
        assert "Brazil" not in (question.disagreement or ""), question.prompt
        if "90%" in question.prompt or "trade transactions" in question.prompt:
            assert not any("soybean" in c.quote for c in question.citations), question.prompt


def test_ids_are_content_hashes_and_new_questions_are_drafts(seed_generated):
    from quizgen.generator.assemble import question_id

    for question in seed_generated.questions:
        assert question.id == question_id(question)
        assert (question.status, question.origin) == ("draft", "generated")
        assert question.explanation and question.topics and question.difficulty


def test_multiple_choice_options_never_include_the_answer_twice_or_a_word_of_the_stem(seed_generated):
    for question in seed_generated.questions:
        if question.type == "multiple_choice":
            assert question.choices.count(question.answer) == 1
            wrong = [c for c in question.choices if c != question.answer]
            assert not any(f" {w.lower()} " in f" {question.prompt.lower()} " for w in wrong), question.prompt


def test_the_story_s_protagonists_are_never_a_guessable_blank(seed_generated):
    """'Putin and _____', 'Mr. _____, China's leader' or 'Russia and _____' answer themselves."""
    people = {"Xi", "Xi Jinping", "Putin", "Vladimir Putin"}
    for question in seed_generated.questions:
        if question.type in ("multiple_choice", "fill_in_blank") and "_____" in question.prompt:
            assert question.answer not in people, question.prompt
            for pair in (
                "Russia and _____",
                "China and _____",
                "_____ and Russia",
                "_____ and China",
                "Moscow and _____",
            ):
                assert pair not in question.prompt, question.prompt


def test_numbers_are_matched_with_whole_sentences_that_say_what_they_count(seed_corpus):
    from quizgen.generator.candidates import candidates

    drafts, _ = candidates(seed_corpus)
    numbers = [d for d in drafts if d.type == "matching" and "number" in d.prompt]
    assert numbers
    for draft in numbers:
        for left, _ in draft.pairs:
            assert left.count("_____") == 1 and left[:1].isupper(), left
            assert left.rstrip().endswith((".", "”", '"')), left


def test_a_capital_standing_for_its_government_accepts_the_country(seed_corpus):
    """'a hint of contempt for _____' (Washington): a student who writes 'United States' is right too."""
    from quizgen.generator.candidates import candidates

    drafts, _ = candidates(seed_corpus)
    washington = [d for d in drafts if d.type == "fill_in_blank" and d.answer == "Washington"]
    assert washington
    assert all("United States" in d.accepted for d in washington)


def test_the_configured_number_of_choices_is_the_number_every_multiple_choice_gets(seed_articles):
    from dataclasses import replace

    from quizgen.config import GENERATION

    generated = generate(seed_articles[:2], config=replace(GENERATION, choices=5))
    choices = Counter(len(q.choices) for q in generated.questions if q.type == "multiple_choice")
    assert choices and set(choices) == {5}


def test_a_wider_same_value_margin_makes_the_two_meeting_counts_agree(seed_articles):
    """43 and 'over 40' differ by 7%: within a 10% margin they are one figure, cited by both sources."""
    from dataclasses import replace

    from quizgen.config import GENERATION

    articles = [a for a in seed_articles if a.source.id in ("new-model-of-ties", "beijing-joint-statement")]
    from quizgen.generator.candidates import candidates
    from quizgen.generator.context import Corpus
    from quizgen.generator.corroborate import corroborate
    from quizgen.nlp.analysis import analyze

    def meeting_drafts(config):
        corpus = Corpus.of(articles, analyze(articles), config)
        drafts, facts = candidates(corpus)
        return [d for d in corroborate(drafts, facts, corpus) if "who have met" in d.prompt and d.type != "matching"]

    assert any(d.disagreement for d in meeting_drafts(GENERATION))
    meetings = meeting_drafts(replace(GENERATION, corroboration=replace(GENERATION.corroboration, same_value=0.1)))
    assert meetings and not any(d.disagreement for d in meetings)
    assert any({i.source_id for i in d.cited} == {"new-model-of-ties", "beijing-joint-statement"} for d in meetings)


def test_no_fact_is_asked_twice_as_a_matching_pair_and_alone(seed_generated):
    """'Match Harbin with "a Chinese city with a Russian past"' and 'Which city is described as "a Chinese city
    with a Russian past"?' in one bank: blind raters refused the second as a duplicate."""
    from quizgen.grading import answer_text

    pairs = [(p.left, p.right.strip('“”"')) for q in seed_generated.questions if q.type == "matching" for p in q.pairs]
    assert pairs
    for question in seed_generated.questions:
        if question.type == "matching":
            continue
        for left, right in pairs:
            assert not (right in question.prompt and left in (answer_text(question) + question.prompt)), question.prompt
