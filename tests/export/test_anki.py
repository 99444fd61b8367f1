"""Anki decks as Anki itself imports them (the official `anki` package, into a fresh collection)."""

from __future__ import annotations

from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from quizgen.export.cards import note_guid
from quizgen.export.run import export_bank
from quizgen.review.edits import replace_question


def _import(collection: Collection, data: bytes, path: Path):
    path.write_bytes(data)
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return collection.import_anki_package(request)


def _question(bank, question_id):
    return next(q for q in bank.questions if q.id == question_id)


def _notes(collection: Collection) -> dict[str, object]:
    return {note.guid: note for note in (collection.get_note(i) for i in collection.find_notes(""))}


def test_each_question_is_one_note_with_its_guid_tags_and_source(mixed_bank, tmp_path):
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        _import(collection, export_bank(mixed_bank, "anki", timestamp=1_700_000_000).data, tmp_path / "a.apkg")
        notes = _notes(collection)
        exported = [q for q in mixed_bank.questions if q.status != "rejected"]
        assert set(notes) == {note_guid(mixed_bank, q) for q in exported}
        mc = notes[note_guid(mixed_bank, _question(mixed_bank, "q-mc"))]
        assert mc["Question"].startswith("Who met Putin? Is 3 &lt; 4 &amp;&amp; ")
        assert "<br>A. Xi Jinping 习近平<br>B. Li Qiang {=~}<br>C. Kim Jong-un: #1" in mc["Question"]
        assert mc["Answer"] == "Xi Jinping 习近平"
        assert "Reuters, “Putin and Xi &lt;meet&gt; in Beijing”, 16 May 2024" in mc["Source"]
        assert sorted(mc.tags) == ["diplomacy", "energy_trade"]
        assert (
            notes[note_guid(mixed_bank, _question(mixed_bank, "q-num"))]["Answer"] == "240 (± 2.5) billion US dollars"
        )
        assert "Harbin" not in " ".join(note["Answer"] for note in notes.values())  # the rejected question
        assert [name for name in collection.decks.all_names_and_ids()][-1].name == mixed_bank.title
    finally:
        collection.close()


def test_a_later_export_after_an_edit_updates_the_card_instead_of_adding_one(mixed_bank, tmp_path):
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        _import(collection, export_bank(mixed_bank, "anki", timestamp=1_700_000_000).data, tmp_path / "a.apkg")
        before = len(collection.find_notes(""))
        fill = next(q for q in mixed_bank.questions if q.id == "q-fill")
        edited = replace_question(mixed_bank, "q-fill", fill.model_copy(update={"prompt": "Putin was met in _____."}))
        result = _import(collection, export_bank(edited, "anki", timestamp=1_700_086_400).data, tmp_path / "b.apkg")
        assert len(collection.find_notes("")) == before
        assert len(result.log.new) == 0 and len(result.log.updated) == before
        assert _notes(collection)[note_guid(mixed_bank, fill)]["Question"] == "Putin was met in _____."
    finally:
        collection.close()
