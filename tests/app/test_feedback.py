"""Feedback and citation cards: several sources, disagreement, the article in context, hostile text."""

from __future__ import annotations

from quizgen.attempt import new_attempt
from quizgen.markdown_text import literal
from quizgen.models import Citation
from quizgen.quiz import QuizItem
from quizgen.storage import save_bank
from tests.app.student import STARTER, app_link, button, open_app_with, page_text, shown_markdown
from tests.samples import HOSTILE_STRINGS, SECRET, add_private_files

MC = STARTER.questions[0]
NEW_MODEL = STARTER.source("new-model-of-ties")


def quiz_of(home, questions, *, bank=STARTER, answers=(), mode="practice"):
    """Save a bank with these questions into the project and open the app on an attempt at them."""
    save_bank(bank.model_copy(update={"questions": questions}), home / "question_banks" / "starter.yaml")
    attempt = new_attempt([QuizItem("starter.yaml", q) for q in questions], seed=9, mode=mode, started=0)
    for index, response in enumerate(answers):
        attempt = attempt.answer(index, response)
    return open_app_with(app_link(attempt.finish(30) if mode == "test" else attempt))


def second_citation(home) -> Citation:
    text = (home / NEW_MODEL.path).read_text(encoding="utf-8")
    quote = "Mr. Xi welcomed Mr. Putin at the Great Hall of the People"
    start = text.index(quote)
    return Citation(source=NEW_MODEL.id, quote=quote, start=start, end=start + len(quote))


def test_feedback_names_outlet_title_date_and_quote_with_the_answer_marked(quiz_home):
    at = quiz_of(quiz_home, [MC], answers=["$240 billion"])
    button(at, "Check my answer").click().run()
    page = shown_markdown(at)
    assert "**Right!**" in page
    assert "The New York Times · 17 May 2024" in page
    assert literal(STARTER.source("harbin-trade-military-harmony").title) in page
    assert r":orange-background[**\$240 billion**]" in page
    assert "**The right answer:** \\$240 billion" in page


def test_wrong_answer_shows_what_was_given_and_what_was_right(quiz_home):
    at = quiz_of(quiz_home, [MC], answers=["$190 billion"])
    button(at, "Check my answer").click().run()
    text = page_text(at)
    assert "Not quite." in text and "Your answer: $190 billion" in text and "The right answer: $240 billion" in text
    assert "Why: Chinese customs data" in text


def test_after_check_the_locked_choices_mark_the_right_option_and_the_student_s_own_in_place(quiz_home):
    at = quiz_of(quiz_home, [MC], answers=["$190 billion"])
    before = at.radio[0]
    assert not before.disabled and not any("answer)" in label for label in before.options)  # nothing marked yet
    button(at, "Check my answer").click().run()
    radio = at.radio[0]
    assert radio.disabled and radio.value == "$190 billion"
    labels = radio.options
    assert ":green[:material/check_circle: **\\$240 billion**] (right answer)" in labels
    assert ":red[:material/cancel: \\$190 billion] (your answer)" in labels
    assert sum("answer)" in label for label in labels) == 2
    at = quiz_of(quiz_home, [MC], answers=["$240 billion"])
    button(at, "Check my answer").click().run()
    assert ":green[:material/check_circle: **\\$240 billion**] (right answer, your answer)" in at.radio[0].options


def test_after_check_a_true_or_false_question_marks_the_right_one_and_the_student_s_own_in_place(quiz_home):
    statement = STARTER.questions[1]
    at = quiz_of(quiz_home, [statement], answers=[not statement.answer])
    assert not any("answer)" in label for label in at.radio[0].options)  # nothing marked before the check
    button(at, "Check my answer").click().run()
    radio = at.radio[0]
    assert radio.disabled and radio.value is (not statement.answer)
    right, wrong = ("True", "False") if statement.answer else ("False", "True")
    assert set(radio.options) == {
        f":green[:material/check_circle: **{right}**] (right answer)",
        f":red[:material/cancel: {wrong}] (your answer)",
    }
    at = quiz_of(quiz_home, [statement], answers=[statement.answer])
    button(at, "Check my answer").click().run()
    assert f":green[:material/check_circle: **{right}**] (right answer, your answer)" in at.radio[0].options
    assert wrong in at.radio[0].options  # the option not chosen is left plain


def test_read_the_article_shows_it_with_the_sentence_marked(quiz_home):
    at = quiz_of(quiz_home, [MC], answers=["$240 billion"])
    button(at, "Check my answer").click().run()
    at.toggle[0].set_value(True).run()
    quote = MC.citations[0].quote
    assert f":orange-background[**{literal(quote)}**]" in shown_markdown(at)
    assert "The quoted sentence is highlighted, in paragraph" in shown_markdown(at)


def test_an_article_gone_since_the_bank_was_opened_is_explained_politely(quiz_home):
    at = quiz_of(quiz_home, [MC], answers=["$240 billion"])
    (quiz_home / STARTER.source("harbin-trade-military-harmony").path).unlink()
    button(at, "Check my answer").click().run()
    at.toggle[0].set_value(True).run()
    assert not at.exception
    assert "Sorry, the article's text is not available here" in shown_markdown(at)


def test_several_citations_are_each_shown_and_disagreement_is_said(quiz_home):
    question = MC.model_copy(
        update={
            "citations": [*MC.citations, second_citation(quiz_home)],
            "disagreement": "One copy says $240 billion; another says $190 billion.",
            "flags": ["sources_disagree"],
        }
    )
    at = quiz_of(quiz_home, [question], answers=["$240 billion"])
    button(at, "Check my answer").click().run()
    page = shown_markdown(at)
    assert "**Corroborated by 2 sources:**" in page
    assert f"**The sources disagree.** {literal(question.disagreement)}" in page
    assert page.count(":material/newspaper:") == 2
    assert "The New York Times · 16 May 2024" in page and "The New York Times · 17 May 2024" in page
    assert len(at.toggle) == 2


def test_hostile_text_from_a_teacher_is_shown_literally_everywhere(quiz_home):
    hostile = [s for s in HOSTILE_STRINGS if s.strip() and len(s) < 200]
    question = MC.model_copy(
        update={
            "prompt": " / ".join(hostile[:4]),
            "choices": [hostile[2], hostile[3], hostile[4], "$240 billion"],
            "answer": "$240 billion",
            "explanation": hostile[1],
            "disagreement": hostile[3],
        }
    )
    at = quiz_of(quiz_home, [question], answers=[hostile[2]])
    assert literal(hostile[2]) in at.radio[0].options
    button(at, "Check my answer").click().run()
    page = shown_markdown(at)
    for text in (question.prompt, hostile[1], hostile[2], hostile[3]):
        assert literal(text) in page
    assert "<script>" not in page and "**bold**" not in page and "$240" not in page.replace("\\$240", "")


def test_test_mode_results_review_every_question_with_its_source(quiz_home):
    questions = list(STARTER.questions)
    at = quiz_of(quiz_home, questions, answers=["$240 billion", True], mode="test")
    assert at.metric[0].value == "2 / 5"
    assert len(at.expander) == 5
    assert shown_markdown(at).count(":material/newspaper:") == 5


def test_read_the_article_never_shows_a_file_outside_seeds_even_when_flagged_as_changed(quiz_home):
    add_private_files(quiz_home)
    sources = [STARTER.sources[0].model_copy(update={"path": ".streamlit/secrets.toml"}), *STARTER.sources[1:]]
    leaky = STARTER.model_copy(update={"sources": sources})
    at = quiz_of(quiz_home, [MC.model_copy(update={"flags": ["source_changed"]})], bank=leaky, answers=["$240 billion"])
    # Whatever the page still offers the student: check the answer, open every article.
    for check in [b for b in at.button if b.label == "Check my answer"]:
        check.click().run()
    for toggle in at.toggle:
        toggle.set_value(True).run()
    assert not at.exception
    assert SECRET not in page_text(at) and "password_hash" not in page_text(at)
