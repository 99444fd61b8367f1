"""A source card names where its article came from: the outlet, or what the catalog says the copy is."""

from __future__ import annotations

from quizgen.app.views.citation_card import _masthead, _notes
from quizgen.markdown_text import literal
from quizgen.storage import load_bank
from tests.samples import PROJECT


def test_no_card_says_unknown_outlet_and_a_copy_without_one_says_what_it_is():
    bank = load_bank(PROJECT / "question_banks" / "generated.yaml")
    mastheads = {s.id: _masthead(s) for s in bank.sources}
    assert not any("Unknown" in m for m in mastheads.values())
    assert mastheads["new-model-of-ties"] == "The New York Times · 16 May 2024"
    summary = next(s for s in bank.sources if s.id == "harbin-visit-summary")
    assert mastheads[summary.id] == literal("A short summary of the same reporting") + " · date not given"
    assert _notes(summary)[1] == "The copy gives no headline, outlet or date; the title describes it."
    translated = next(s for s in bank.sources if s.id == "beijing-joint-statement")
    assert (
        mastheads[translated.id] == literal('Machine-translated from Italian (a "Finance" section)') + " · 17 May 2024"
    )
    assert not _notes(translated)[1].startswith("Machine-translated")


def test_a_source_with_neither_outlet_nor_notes_says_so_plainly():
    bank = load_bank(PROJECT / "question_banks" / "generated.yaml")
    bare = next(s for s in bank.sources if not s.outlet).model_copy(update={"notes": ""})
    assert _masthead(bare).startswith("A copy that does not name its outlet · ")
