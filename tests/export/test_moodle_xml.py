"""Moodle XML files read as Moodle's documented format describes them, and checked against the GIFT
export of the same questions as gift-pegjs reads it: the same questions, types and keys in both."""

from __future__ import annotations

import html
from typing import Any
from xml.etree import ElementTree as ET

import pytest

from quizgen.export.run import export_bank
from quizgen.models import Bank
from quizgen.storage import parse_model

from .conftest import HOSTILE, mixed_bank_data

# The elements each question type holds in Moodle's XML format (docs.moodle.org/en/Moodle_XML_format),
# besides name, questiontext, generalfeedback, defaultgrade, penalty, hidden, idnumber and tags.
COMMON = {"name", "questiontext", "generalfeedback", "defaultgrade", "penalty", "hidden", "idnumber", "tags"}
OWN = {
    "multichoice": {"single", "shuffleanswers", "answernumbering", "answer"},
    "truefalse": {"answer"},
    "shortanswer": {"usecase", "answer"},
    "numerical": {"answer"},
    "matching": {"shuffleanswers", "subquestion"},
}


def _html_text(element: ET.Element) -> str:
    assert element.get("format") == "html"
    return html.unescape(element.findtext("text", "").replace("<br>", "\n"))


def read_moodle_xml(data: bytes) -> tuple[str, list[dict[str, Any]]]:
    """The category and each question as a teacher would see it in Moodle: type, id, text, key, feedback."""
    quiz = ET.fromstring(data)
    assert quiz.tag == "quiz"
    category, *questions = list(quiz)
    assert category.get("type") == "category"
    read = []
    for question in questions:
        qtype = question.get("type")
        assert qtype in OWN, qtype
        assert {child.tag for child in question} <= COMMON | OWN[qtype]
        assert question.findtext("defaultgrade") == "1" and question.findtext("hidden") == "0"
        item: dict[str, Any] = {
            "type": qtype,
            "id": question.findtext("idnumber"),
            "stem": _html_text(question.find("questiontext")),
            "feedback": _html_text(question.find("generalfeedback")),
            "tags": [tag.findtext("text") for tag in question.iterfind("tags/tag")],
        }
        answers = question.findall("answer")
        if qtype == "matching":
            item["pairs"] = [(_html_text(sub), sub.findtext("answer/text")) for sub in question.findall("subquestion")]
        elif qtype == "numerical":
            (answer,) = answers
            item["key"] = (float(answer.findtext("text")), float(answer.findtext("tolerance")))
        elif qtype == "truefalse":
            right = [a.findtext("text") for a in answers if a.get("fraction") == "100"]
            assert sorted(a.findtext("text") for a in answers) == ["false", "true"]
            item["key"] = right == ["true"]
        elif qtype == "shortanswer":  # compared with what a student types: plain text
            assert all(a.get("format") is None for a in answers)
            item["choices"] = [(a.findtext("text"), a.get("fraction")) for a in answers]
        else:
            item["choices"] = [(_html_text(a), a.get("fraction")) for a in answers]
        read.append(item)
    return category.findtext("category/text"), read


def test_every_type_is_a_documented_moodle_question_with_its_key(mixed_bank):
    category, items = read_moodle_xml(export_bank(mixed_bank, "moodle-xml").data)
    assert category == "$course$/top/Summit: Putin & Xi // 2024"  # a single slash would start a subcategory
    by_id = {item["id"]: item for item in items}
    assert list(by_id) == ["q-mc", "q-tf", "q-tf-false", "q-fill", "q-num", "q-match"]
    assert by_id["q-mc"]["stem"] == f"Who met Putin? {HOSTILE}"
    assert by_id["q-mc"]["choices"] == [("Xi Jinping 习近平", "100"), ("Li Qiang {=~}", "0"), ("Kim Jong-un: #1", "0")]
    assert by_id["q-mc"]["tags"] == ["diplomacy", "energy trade"]
    assert by_id["q-tf"]["key"] is True and by_id["q-tf-false"]["key"] is False
    assert by_id["q-fill"]["choices"] == [("Beijing", "100"), ("Peking", "100"), ("Beijing, China", "100")]
    assert by_id["q-num"]["key"] == (240.0, 2.5)
    assert by_id["q-match"]["pairs"] == [
        ("Xi Jinping", "China"),
        ("Vladimir Putin", "Russia -> #1"),
        ("Kim <Jong-un>", "North Korea & co"),
    ]
    for item in items:
        assert "Source: Reuters, “Putin and Xi <meet> in Beijing”, 16 May 2024: “Xi Jinping met" in item["feedback"]


def test_moodle_xml_and_gift_hold_the_same_questions_and_keys(shipped_bank, tmp_path, parse_gift):
    everything = {"statuses": ["draft", "approved", "rejected"]}
    _, from_xml = read_moodle_xml(export_bank(shipped_bank, "moodle-xml", **everything).data)
    gift_path = tmp_path / "bank.gift.txt"
    gift_path.write_bytes(export_bank(shipped_bank, "gift", **everything).data)
    from_gift = parse_gift(gift_path)[1:]
    assert [item["id"] for item in from_xml] == [item["id"] for item in from_gift]
    gift_types = {"MC": "multichoice", "TF": "truefalse", "Short": "shortanswer", "Numerical": "numerical"}
    gift_types["Matching"] = "matching"
    for xml_item, gift_item in zip(from_xml, from_gift, strict=True):
        assert xml_item["type"] == gift_types[gift_item["type"]]
        assert xml_item["stem"] == html.unescape(gift_item["stem"]["text"].replace("<br>", "\n"))
        if "choices" in xml_item:
            keyed = [text for text, fraction in xml_item["choices"] if fraction == "100"]
            gift_keyed = [html.unescape(c["text"]["text"]) for c in gift_item["choices"] if c["isCorrect"]]
            assert keyed == gift_keyed
        if xml_item["type"] == "truefalse":
            assert xml_item["key"] is gift_item["isTrue"]


def test_characters_xml_cannot_hold_leave_the_file_well_formed():
    data = mixed_bank_data()
    data["questions"][0]["prompt"] = "Who met Putin?\x00\x07\x1b\ufffe (a bell and an escape)"
    bank = parse_model(Bank, data, "", "bank")
    _, items = read_moodle_xml(export_bank(bank, "moodle-xml").data)
    assert items[0]["stem"] == "Who met Putin?\ufffd (a bell and an escape)"  # controls go; U+FFFE is none


@pytest.mark.parametrize("fmt", ["moodle-xml", "gift"])
def test_two_pair_matching_is_reported_not_sent_to_moodle(mixed_bank, fmt):
    done = export_bank(mixed_bank, fmt)
    assert [s.question_id for s in done.skipped] == ["q-match-two"]
    assert "need at least 3 pairs" in str(done.skipped[0])
    assert b"q-match-two" not in done.data
