"""GIFT files as gift-pegjs, an independent GIFT parser, reads them: every type, its key, its source."""

from __future__ import annotations

import html
from pathlib import Path

from quizgen.export.run import export_bank
from quizgen.models import Bank
from quizgen.question_types import kind_of

from .conftest import HOSTILE

GIFT_TYPES = {
    "multiple_choice": "MC",
    "true_false": "TF",
    "fill_in_blank": "Short",
    "numeric": "Numerical",
    "matching": "Matching",
}


# gift-pegjs leaves Moodle's placeholders for escaped characters in a matching answer; Moodle's own
# importer (qformat_gift::escapedchar_post) turns them back into the characters.
_MOODLE_PLACEHOLDERS = {"&&058;": ":", "&&035;": "#", "&&061;": "=", "&&123;": "{", "&&125;": "}", "&&126;": "~"}


def _plain(text: str) -> str:
    """A matching answer as Moodle stores it (plain text)."""
    for placeholder, character in _MOODLE_PLACEHOLDERS.items():
        text = text.replace(placeholder, character)
    return text


def _read(text: dict) -> str:
    """What a student sees of a GIFT text in [html] format."""
    assert text["format"] == "html"
    return html.unescape(text["text"].replace("<br>", "\n"))


def _parsed(bank: Bank, tmp_path: Path, parse_gift, **choice) -> tuple[list[dict], object]:
    done = export_bank(bank, "gift", **choice)
    path = tmp_path / "bank.gift.txt"
    path.write_bytes(done.data)
    items = parse_gift(path)
    # Moodle reads a doubled slash as a slash within one category's name.
    assert items[0] == {"type": "Category", "title": f"$course$/top/{bank.title.replace('/', '//')}"}
    return items[1:], done


def test_every_type_reads_back_with_its_key_and_hostile_text_intact(mixed_bank, tmp_path, parse_gift):
    items, done = _parsed(mixed_bank, tmp_path, parse_gift)
    by_id = {item["id"]: item for item in items}
    questions = {q.id: q for q in mixed_bank.questions}
    assert set(by_id) == {"q-mc", "q-tf", "q-tf-false", "q-fill", "q-num", "q-match"}
    for question_id, item in by_id.items():
        question = questions[question_id]
        assert item["type"] == GIFT_TYPES[question.type]
        assert item["title"] == question_id
        assert (item["tags"] or []) == question.topics

    mc = by_id["q-mc"]
    assert _read(mc["stem"]) == f"Who met Putin? {HOSTILE}"
    assert [(_read(c["text"]), c["isCorrect"]) for c in mc["choices"]] == [
        ("Xi Jinping 习近平", True),
        ("Li Qiang {=~}", False),
        ("Kim Jong-un: #1", False),
    ]
    assert _read(by_id["q-tf"]["stem"]) == "Putin met Xi in Beijing: true = {yes}?"
    assert by_id["q-tf"]["isTrue"] is True and by_id["q-tf-false"]["isTrue"] is False
    assert [_read(c["text"]) for c in by_id["q-fill"]["choices"]] == ["Beijing", "Peking", "Beijing, China"]
    assert all(c["isCorrect"] for c in by_id["q-fill"]["choices"])
    assert by_id["q-num"]["choices"] == {"type": "range", "number": 240, "range": 2.5}
    assert _read(by_id["q-num"]["stem"]).endswith("(Answer in billion US dollars.)")
    assert [(_read(p["subquestion"]), _plain(p["subanswer"])) for p in by_id["q-match"]["matchPairs"]] == [
        ("Xi Jinping", "China"),
        ("Vladimir Putin", "Russia -> #1"),
        ("Kim <Jong-un>", "North Korea & co"),
    ]


def test_feedback_carries_the_explanation_and_every_cited_sentence_with_its_source(mixed_bank, tmp_path, parse_gift):
    items, _ = _parsed(mixed_bank, tmp_path, parse_gift)
    mc = next(item for item in items if item["id"] == "q-mc")
    feedback = _read(mc["globalFeedback"])
    assert feedback.startswith("Xi met Putin.\nOn 16 May.")
    assert (
        "Source: Reuters, “Putin and Xi <meet> in Beijing”, 16 May 2024: "
        "“Xi Jinping met Vladimir Putin in Beijing on 16 May 2024; “Россия — Китай”.”"
    ) in feedback


def test_what_gift_cannot_hold_is_reported_and_rejected_questions_stay_out(mixed_bank, tmp_path, parse_gift):
    items, done = _parsed(mixed_bank, tmp_path, parse_gift)
    assert "q-rejected" not in {item["id"] for item in items}
    assert [(s.question_id, s.reason) for s in done.skipped] == [
        ("q-match-two", "Moodle's matching questions need at least 3 pairs; this one has 2")
    ]
    assert done.exported == len(items) == 6


def test_status_and_topic_choose_the_questions(mixed_bank, tmp_path, parse_gift):
    items, _ = _parsed(mixed_bank, tmp_path, parse_gift, statuses=["draft"])
    assert [item["id"] for item in items] == ["q-tf-false"]
    items, _ = _parsed(mixed_bank, tmp_path, parse_gift, topics=["Energy Trade"])
    assert [item["id"] for item in items] == ["q-mc"]


def test_the_shipped_bank_reads_back_question_for_question(shipped_bank, tmp_path, parse_gift):
    items, done = _parsed(shipped_bank, tmp_path, parse_gift, statuses=["draft", "approved", "rejected"])
    exported = [q for q in shipped_bank.questions if q.id not in {s.question_id for s in done.skipped}]
    assert [item["id"] for item in items] == [q.id for q in exported]
    assert len(exported) == len(shipped_bank.questions) >= 25
    for item, question in zip(items, exported, strict=True):
        assert item["type"] == GIFT_TYPES[question.type]
        assert _read(item["stem"]).startswith(question.prompt)
        if question.type in ("multiple_choice", "fill_in_blank"):
            keyed = [_read(c["text"]) for c in item["choices"] if c["isCorrect"]]
            assert keyed[0] == kind_of(question).answer_text(question)
        for citation in question.citations:
            assert citation.quote in _read(item["globalFeedback"])
