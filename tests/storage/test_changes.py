"""What a save changed, in a teacher's words, on the shipped starter bank and edits of it."""

from __future__ import annotations

from pathlib import Path

from quizgen.models import Bank
from quizgen.storage import describe_change, dump_bank, load_bank

STARTER = Path(__file__).resolve().parents[2] / "question_banks" / "starter.yaml"


def _edited(bank: Bank) -> Bank:
    first, second, *rest = bank.questions
    approved = first.model_copy(update={"status": "approved" if first.status != "approved" else "rejected"})
    reworded = second.model_copy(update={"prompt": second.prompt + " (reworded)"})
    return bank.model_copy(update={"questions": [approved, reworded, *rest[1:]]})


def test_a_save_is_described_by_what_it_did_to_the_questions():
    bank = load_bank(STARTER)
    before, after = dump_bank(bank), dump_bank(_edited(bank))
    status = "approved" if bank.questions[0].status != "approved" else "rejected"
    assert describe_change(before, after) == f"1 removed · 1 {status} · 1 edited"
    back = {"approved": "approved", "rejected": "rejected", "draft": "back to draft"}[bank.questions[0].status]
    assert describe_change(after, before) == f"1 added · 1 {back} · 1 edited"
    assert describe_change(before, before) == "no change"
    retitled = dump_bank(bank.model_copy(update={"title": bank.title + " (class copy)"}))
    assert describe_change(before, retitled) == "title or sources edited"


def test_a_broken_version_is_said_to_be_one():
    before = dump_bank(load_bank(STARTER))
    assert describe_change(before, "questions: [unclosed") == "not a valid bank"
    assert describe_change("title: x\n", before) == "repaired (the earlier file was not a valid bank)"
