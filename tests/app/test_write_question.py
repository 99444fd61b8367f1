"""Writing a question by hand: it cites a sentence picked from the article, exactly, and is the teacher's draft."""

from __future__ import annotations

from quizgen.generator import is_teachers
from quizgen.storage import load_bank
from tests.app.student import STARTER, page_text
from tests.app.teacher import click, said, teacher_app

SCOPE = "write-starter.yaml-true_false"


def test_a_question_written_by_hand_cites_the_chosen_sentence(quiz_home):
    at = teacher_app("write")
    at.selectbox(key="write-type").set_value("true_false").run()
    at.selectbox(key="write-article").set_value(1).run()  # the bank's second article: new-model-of-ties
    sentence_box = at.selectbox(key="write-sentence-new-model-of-ties")
    sentence_box.set_value(4).run()
    at.text_area(key=f"{SCOPE}-prompt").input("Xi Jinping welcomed Vladimir Putin in Beijing.").run()
    at.radio(key=f"{SCOPE}-truth").set_value(True).run()
    at.text_area(key=f"{SCOPE}-explanation").input("The New York Times reports the welcome.").run()
    at.text_input(key=f"{SCOPE}-topics").input("diplomacy").run()
    assert "Xi Jinping welcomed Vladimir Putin in Beijing\\." in [h.value for h in at.subheader]  # live preview
    click(at, f"{SCOPE}-add")
    assert "Added the question as a draft." in said(at)
    bank = load_bank(quiz_home / "question_banks" / "starter.yaml")  # validates every citation against its article
    added = bank.questions[-1]
    assert bank.questions[:-1] == STARTER.questions
    assert (added.status, added.origin, added.type, added.answer) == ("draft", "teacher", "true_false", True)
    assert is_teachers(added) and added.id.startswith("q-")
    article = (quiz_home / "seeds" / "003_d040585a85b3db4b.txt").read_text(encoding="utf-8")
    citation = added.citations[0]
    assert citation.source == "new-model-of-ties" and article[citation.start : citation.end] == citation.quote
    assert at.text_area(key=f"{SCOPE}-prompt").value == ""  # the form is ready for the next one


def test_an_article_the_bank_does_not_cite_yet_is_added_to_its_sources(quiz_home):
    at = teacher_app("write")
    at.selectbox(key="write-article").set_value(2).run()  # the first seed the starter bank does not cite
    pick_sentence(at, "Harbin")
    scope = "write-starter.yaml-multiple_choice"
    at.text_area(key=f"{scope}-prompt").input("Which city did Putin visit after Beijing?").run()
    at.text_area(key=f"{scope}-choices").input("Harbin\nShanghai\nWuhan").run()
    at.text_input(key=f"{scope}-answer").input("Harbin").run()
    click(at, f"{scope}-add")
    bank = load_bank(quiz_home / "question_banks" / "starter.yaml")
    assert len(bank.sources) == len(STARTER.sources) + 1
    assert bank.questions[-1].citations[0].source == bank.sources[-1].id


def test_an_incomplete_question_is_not_added_and_says_why(quiz_home):
    before = (quiz_home / "question_banks" / "starter.yaml").read_bytes()
    at = teacher_app("write")
    at.selectbox(key="write-type").set_value("fill_in_blank").run()
    scope = "write-starter.yaml-fill_in_blank"
    at.text_area(key=f"{scope}-prompt").input("Putin visited Harbin.").run()
    click(at, f"{scope}-add")
    errors = [e.value for e in at.error]
    assert any("has no blank" in e for e in errors) and any("should have at least 1 character" in e for e in errors)
    assert at.text_area(key=f"{scope}-prompt").value == "Putin visited Harbin."
    assert (quiz_home / "question_banks" / "starter.yaml").read_bytes() == before


def pick_sentence(at, word: str) -> None:
    """Choose the first sentence of the chosen article that holds `word`."""
    box = next(b for b in at.selectbox if str(b.key).startswith("write-sentence-"))
    box.set_value(next(i for i, text in enumerate(box.options) if word in text)).run()


def test_a_multiple_choice_key_its_sentence_does_not_state_is_refused(quiz_home):
    at = teacher_app("write")
    at.selectbox(key="write-article").set_value(2).run()
    pick_sentence(at, "Harbin")
    scope = "write-starter.yaml-multiple_choice"
    at.text_area(key=f"{scope}-prompt").input("Which city did Putin visit after Beijing?").run()
    at.text_area(key=f"{scope}-choices").input("Harbin\nShanghai\nWuhan").run()
    at.text_input(key=f"{scope}-answer").input("Shanghai").run()
    assert "Check the answer: 'Shanghai' is not in the cited sentence" in page_text(at)  # in the live preview
    click(at, f"{scope}-add")
    assert "Nothing was saved: fix what is marked beside the fields." in said(at)
    assert load_bank(quiz_home / "question_banks" / "starter.yaml") == STARTER
    assert at.text_input(key=f"{scope}-answer").value == "Shanghai"  # what was typed is kept


def test_a_typed_answer_its_sentence_does_not_state_is_saved_with_a_warning(quiz_home):
    at = teacher_app("write")
    at.selectbox(key="write-type").set_value("fill_in_blank").run()
    at.selectbox(key="write-article").set_value(2).run()
    pick_sentence(at, "Harbin")
    scope = "write-starter.yaml-fill_in_blank"
    at.text_area(key=f"{scope}-prompt").input("After Beijing, Putin travelled to _____.").run()
    at.text_input(key=f"{scope}-answer").input("Shanghai").run()
    click(at, f"{scope}-add")
    assert "Added the question as a draft." in said(at)
    assert "Check the answer: 'Shanghai' is not in the cited sentence, so students would read a source" in page_text(at)
    added = load_bank(quiz_home / "question_banks" / "starter.yaml").questions[-1]
    assert (added.answer, added.status) == ("Shanghai", "draft")


def test_a_refused_add_keeps_every_field_as_typed(quiz_home):
    at = teacher_app("write")
    at.selectbox(key="write-article").set_value(2).run()
    pick_sentence(at, "Harbin")
    sentence = next(b for b in at.selectbox if str(b.key).startswith("write-sentence-")).value
    scope = "write-starter.yaml-multiple_choice"
    typed = {
        "prompt": "Which city did Putin visit after Beijing?",
        "choices": "Harbin\nShanghai\nWuhan",
        "explanation": "The Times reports the visit.",
    }
    for field, text in typed.items():
        at.text_area(key=f"{scope}-{field}").input(text).run()
    at.text_input(key=f"{scope}-answer").input("Moscow").run()
    at.text_input(key=f"{scope}-topics").input("travel, diplomacy").run()
    at.radio(key=f"{scope}-difficulty").set_value("hard").run()
    click(at, f"{scope}-add")
    assert "Nothing was saved: fix what is marked beside the fields." in said(at)
    assert {field: at.text_area(key=f"{scope}-{field}").value for field in typed} == typed
    assert at.text_input(key=f"{scope}-answer").value == "Moscow"
    assert at.text_input(key=f"{scope}-topics").value == "travel, diplomacy"
    assert at.radio(key=f"{scope}-difficulty").value == "hard"
    assert at.selectbox(key="write-article").value == 2
    assert next(b for b in at.selectbox if str(b.key).startswith("write-sentence-")).value == sentence
    assert load_bank(quiz_home / "question_banks" / "starter.yaml") == STARTER
