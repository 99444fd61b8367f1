"""Results: the gradebook shows each student's score and answers, the item analysis, and downloads that parse."""

from __future__ import annotations

import csv
import io
import json

import pytest
from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
from streamlit.runtime.media_file_manager import MediaFileManager

from quizgen.markdown_text import literal
from tests.app.classroom import answer_item, assignment, join, open_link
from tests.app.student import STARTER
from tests.app.teacher import said, teacher_app


@pytest.fixture
def downloads(monkeypatch) -> dict[str, bytes]:
    """What the page's download buttons would give, by file name (recorded as the page hands them over)."""
    files: dict[str, bytes] = {}
    add = MediaFileManager.add

    def recording(self, path_or_data, mimetype, coordinates, file_name=None, is_for_static_download=False):
        if file_name is not None:
            files[file_name] = path_or_data if isinstance(path_or_data, bytes) else path_or_data.encode("utf-8")
        return add(self, path_or_data, mimetype, coordinates, file_name, is_for_static_download)

    monkeypatch.setattr(MediaFileManager, "add", recording)
    return files


def class_answers(made) -> None:
    """Two students: Ana gets the first two right and submits; Ben gets the first wrong and leaves it open."""
    ana = join(open_link(join=made.join_code), "Ana")
    answer_item(ana, 0, right=True)
    answer_item(ana, 1, right=True)
    ana.button(key="class-submit").click().run()
    ben = join(open_link(join=made.join_code), "Ben")
    answer_item(ben, 0, right=False)


def test_the_gradebook_shows_each_student_and_the_downloads_parse(quiz_home, downloads):
    made = assignment("Monday quiz")
    class_answers(made)
    at = teacher_app("results")
    students = at.dataframe[0].value
    assert list(students["Name"]) == ["Ana", "Ben"]
    assert list(students["Score"]) == ["2 / 5", "0 / 5"]
    assert list(students["Status"]) == ["submitted", "in progress"]
    rows = list(csv.DictReader(io.StringIO(downloads["monday-quiz-students.csv"].decode("utf-8"))))
    assert [(r["name"], r["right"], r["status"]) for r in rows] == [
        ("Ana", "2", "submitted"),
        ("Ben", "0", "in progress"),
    ]
    answers = list(csv.DictReader(io.StringIO(downloads["monday-quiz-answers.csv"].decode("utf-8"))))
    assert len(answers) == 10 and answers[0]["correct"] == "yes"
    assert downloads["monday-quiz-results.xlsx"].startswith(b"PK")


def test_the_item_analysis_flags_questions_and_quotes_their_sentence(quiz_home):
    made = assignment()
    class_answers(made)
    at = teacher_app("results")
    items = at.dataframe[-1].value
    assert len(items) == 5
    assert f"{STARTER.questions[0].answer}: 1" in items["Chosen"][0]  # how many chose each option
    assert "very hard" in " ".join(items["Flags"])  # nobody who submitted got the last three right
    quote = STARTER.questions[4].citations[0].quote
    assert f"Cited sentence: “{literal(quote)}”" in said(at)


def test_no_student_yet_says_how_to_join(quiz_home):
    made = assignment()
    at = teacher_app("results")
    assert f"join with the code **{made.join_code}**" in said(at)


def test_a_flagged_question_opens_in_the_editor(quiz_home):
    made = assignment()
    class_answers(made)
    at = teacher_app("results")
    flagged = STARTER.questions[4]
    at.button(key=f"gradebook-edit-{flagged.id}").click().run()
    assert not at.exception, at.exception
    assert at.selectbox(key="edit-question").value == flagged.id


def charts(at) -> dict[str, dict]:
    """The page's Altair charts by title, as the specification the browser is sent (with the data Streamlit
    sends beside a one-layer chart's specification put back in it)."""
    found = {}
    for element in at.get("vega_lite_chart"):
        spec = json.loads(element.proto.spec)
        if element.proto.data.data:
            spec["data"] = {"values": convert_arrow_bytes_to_pandas_df(element.proto.data.data).to_dict("records")}
        found[spec["title"] if isinstance(spec["title"], str) else spec["title"]["text"]] = spec
    return found


def test_the_charts_show_each_question_and_each_topic(quiz_home):
    made = assignment()
    class_answers(made)  # Ana, the one who submitted, got the two trade questions right and the rest wrong
    drawn = charts(teacher_app("results"))
    points = drawn["Facility against discrimination (shaded: flagged)"]["layer"][1]
    facility = {point["question"]: point["facility"] for point in points["data"]["values"]}
    assert facility == {q.prompt: (1.0 if "trade" in q.topics else 0.0) for q in STARTER.questions}
    assert points["encoding"]["tooltip"][0]["field"] == "question"
    topics = drawn["Mastery per topic"]["data"]["values"]
    assert {row["topic"]: row["share"] for row in topics} == {"diplomacy": 0.0, "people": 0.0, "trade": 1.0}


def test_no_chart_before_an_attempt_is_finished(quiz_home):
    made = assignment()
    answer_item(join(open_link(join=made.join_code), "Ben"), 0, right=True)
    drawn = charts(teacher_app("results"))
    assert list(drawn) == []
