"""The app finds its banks under QUIZGEN_HOME, parses each file once, and leaves broken ones out politely."""

from __future__ import annotations

import shutil

import pytest

from quizgen.app.shelf import article_text, load_shelf, project_root
from quizgen.quiz import Selection, matching_items
from quizgen.storage import find_banks, save_bank
from tests.app.student import STARTER, open_app, page_text, shown_markdown, start_quiz
from tests.samples import BANKS, HOSTILE_SOURCES, PROJECT, SECRET, add_private_files

SHIPPED = find_banks([BANKS])


def test_project_root_comes_from_quizgen_home_or_is_the_current_folder(quiz_home, monkeypatch, tmp_path):
    assert project_root() == quiz_home.resolve()
    monkeypatch.delenv("QUIZGEN_HOME")
    monkeypatch.chdir(tmp_path / "seeds")
    assert project_root() == (tmp_path / "seeds").resolve()


def test_a_bank_is_parsed_once_and_again_only_when_it_changes(quiz_home):
    first = load_shelf(quiz_home).banks["starter.yaml"]
    assert load_shelf(quiz_home).banks["starter.yaml"] is first
    path = quiz_home / "question_banks" / "starter.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("starter quiz", "first quiz"), encoding="utf-8")
    changed = load_shelf(quiz_home).banks["starter.yaml"]
    assert changed is not first and changed.bank.title.endswith("first quiz")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("title: [unclosed", "YAML"),
        ("title: Broken\nquestions:\n- id: q\n  type: essay\n", "is not a question type"),
        ("\x00\x01binary", "binary"),
        ((BANKS / "starter.yaml").read_text(encoding="utf-8").replace("2024-05-16", "2024-02-30"), "not a real date"),
        ("title: Broken\nquestions: " + "7" * 5000 + "\n", "characters long"),
    ],
    ids=["syntax", "invalid", "binary", "impossible date", "5,000 digits"],
)
def test_a_broken_bank_is_left_out_with_a_short_note(quiz_home, content, reason):
    (quiz_home / "question_banks" / "broken.yaml").write_text(content, encoding="utf-8")
    shelf = load_shelf(quiz_home)
    assert list(shelf.banks) == ["starter.yaml"]
    assert len(shelf.notes) == 1 and shelf.notes[0].startswith("broken.yaml is left out")
    assert reason not in shelf.notes[0]  # what is wrong is for the teacher, not the students
    at = open_app()
    assert not at.exception
    assert at.multiselect(key="start-banks").options == ["Putin–Xi summit: starter quiz"]
    assert "broken.yaml is left out" in page_text(at)
    assert "Traceback" not in shown_markdown(at)


def citing(path: str, *, flagged: bool):
    """The starter bank with its first source at `path`, every question flagged when `flagged`."""
    sources = [STARTER.sources[0].model_copy(update={"path": path}), *STARTER.sources[1:]]
    flags = ["source_changed"] if flagged else []
    return STARTER.model_copy(
        update={"sources": sources, "questions": [q.model_copy(update={"flags": flags}) for q in STARTER.questions]}
    )


@pytest.mark.timeout(120)
@pytest.mark.parametrize("flagged", [True, False], ids=["flagged", "not-flagged"])
def test_a_bank_citing_anything_but_an_article_in_seeds_is_unavailable_and_none_of_it_is_shown(quiz_home, flagged):
    add_private_files(quiz_home)
    names = [f"leak-{number}.yaml" for number in range(len(HOSTILE_SOURCES))]
    for name, (path, _) in zip(names, HOSTILE_SOURCES, strict=True):
        save_bank(citing(path, flagged=flagged), quiz_home / "question_banks" / name)
    at = open_app()
    assert at.multiselect(key="start-banks").options == ["Putin–Xi summit: starter quiz"]
    text = page_text(at)
    assert all(f"{name} is left out" in text for name in names)
    assert SECRET not in text and "[teacher" not in text and "root:" not in text


def test_the_note_on_a_broken_bank_quotes_nothing_from_its_articles(quiz_home):
    question = STARTER.questions[0]
    citation = question.citations[0]
    moved = citation.model_copy(update={"start": citation.start + 1, "end": citation.end + 1})
    broken = STARTER.model_copy(update={"questions": [question.model_copy(update={"citations": [moved]})]})
    save_bank(broken, quiz_home / "question_banks" / "moved.yaml")
    article = (quiz_home / STARTER.source(citation.source).path).read_text(encoding="utf-8")
    at = open_app()
    text = page_text(at)
    assert "moved.yaml is left out" in text
    assert article[moved.start : moved.start + 20] not in text and "does not match" not in text


@pytest.mark.timeout(20)
@pytest.mark.parametrize("path", [h[0] for h in HOSTILE_SOURCES])
def test_article_text_is_none_for_anything_but_an_article_in_seeds(quiz_home, path):
    add_private_files(quiz_home)
    assert article_text(quiz_home, path) is None
    assert "Harbin" in article_text(quiz_home, "seeds/000_611a232758d7e49a.txt")


def test_no_banks_at_all_says_so(quiz_home):
    shutil.rmtree(quiz_home / "question_banks")
    at = open_app()
    assert "There are no quizzes to take yet" in shown_markdown(at)
    assert [b.key for b in at.button] == ["FormSubmitter:join-form-Join"]  # a class's code still joins


def test_article_text_is_read_relative_to_the_root_or_none(quiz_home):
    assert "Harbin" in article_text(quiz_home, "seeds/000_611a232758d7e49a.txt")
    assert article_text(quiz_home, "seeds/missing.txt") is None


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_every_shipped_bank_can_be_served(path, monkeypatch):
    monkeypatch.setenv("QUIZGEN_HOME", str(PROJECT))
    shelf = load_shelf(PROJECT)
    assert path.name in shelf.banks and not shelf.notes
    assert matching_items({path.name: shelf.banks[path.name].servable}, Selection((path.name,)))
    at = open_app()
    at.multiselect(key="start-banks").set_value([path.name]).run()
    start_quiz(at, mode="test", count=100)
    assert not at.exception
    assert at.button[-1].label == "Finish and see my results"
    at.button[-1].click().run()
    assert not at.exception and at.metric[0].label == "Score"
