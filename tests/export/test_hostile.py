"""What a careless teacher's hand-written bank does to each export, read back by each format's consumer:
weights and wildcards in answers, keys that must stay exact, control characters pasted from Word or a PDF,
titles that are paths or deck names, and text a spreadsheet or Anki would run."""

from __future__ import annotations

import csv
import io

import genanki
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from openpyxl import load_workbook

from quizgen.export.cards import note_guid
from quizgen.export.run import export_bank
from quizgen.models import Bank
from quizgen.storage import parse_model

from .conftest import mixed_bank_data
from .test_moodle_xml import read_moodle_xml
from .test_paper import pdf_pages  # noqa: F401 (fixture)
from .test_qti import read_qti


def _bank(edit=None, **changes) -> Bank:
    data = mixed_bank_data()
    questions = {q["id"]: q for q in data["questions"]}
    for question_id, fields in changes.items():
        questions[question_id.replace("_", "-")].update(fields)
    if edit:
        edit(data)
    return parse_model(Bank, data, "", "bank")


def _gift(bank, tmp_path, parse_gift):
    path = tmp_path / "bank.gift.txt"
    path.write_bytes(export_bank(bank, "gift").data)
    return {item.get("id"): item for item in parse_gift(path)[1:]}


def test_gift_answers_starting_with_a_percent_sign_are_not_read_as_weights(tmp_path, parse_gift):
    bank = _bank(
        q_mc={"choices": ["%50%half", "%25% of voters", "%3%"], "answer": "%50%half"},
        q_fill={"answer": "%8% a year", "accepted_answers": []},
    )
    items = _gift(bank, tmp_path, parse_gift)
    mc = [(c["text"]["text"], c["isCorrect"], c["weight"]) for c in items["q-mc"]["choices"]]
    assert mc == [("%50%half", True, 100), ("%25% of voters", False, 0), ("%3%", False, 0)]
    assert [(c["text"]["text"], c["weight"]) for c in items["q-fill"]["choices"]] == [("%8% a year", 100)]


def test_typed_answers_go_to_moodle_as_plain_text_with_its_wildcard_escaped(tmp_path, parse_gift):
    bank = _bank(q_fill={"answer": "AT&T*", "accepted_answers": ["A < B"]})
    items = _gift(bank, tmp_path, parse_gift)
    assert [c["text"]["text"] for c in items["q-fill"]["choices"]] == ["AT&T\\*", "A < B"]
    _, read = read_moodle_xml(export_bank(bank, "moodle-xml").data)
    fill = next(item for item in read if item["id"] == "q-fill")
    assert [text for text, _ in fill["choices"]] == ["AT&T\\*", "A < B"]


def test_a_title_on_two_lines_or_with_a_slash_is_one_moodle_category(tmp_path, parse_gift):
    bank = _bank(edit=lambda data: data.update(title="Summit\nquiz / 2024"))
    path = tmp_path / "bank.gift.txt"
    path.write_bytes(export_bank(bank, "gift").data)
    assert parse_gift(path)[0] == {"type": "Category", "title": "$course$/top/Summit quiz // 2024"}
    category, _ = read_moodle_xml(export_bank(bank, "moodle-xml").data)
    assert category == "$course$/top/Summit quiz // 2024"


def test_numbers_keep_every_digit_in_every_format(tmp_path, parse_gift):
    bank = _bank(q_num={"answer": 3.14159265, "tolerance": 0.0000001, "unit": "%"})
    assert _gift(bank, tmp_path, parse_gift)["q-num"]["choices"] == {
        "type": "range",
        "number": 3.14159265,
        "range": 0.0000001,
    }
    _, read = read_moodle_xml(export_bank(bank, "moodle-xml").data)
    num = next(item for item in read if item["id"] == "q-num")
    assert num["key"] == (3.14159265, 0.0000001)
    assert num["stem"].endswith("(Answer in %.)")  # a unit of symbols only is named too
    rows = list(csv.DictReader(io.StringIO(export_bank(bank, "csv").data.decode("utf-8-sig"))))
    assert next(r for r in rows if r["id"] == "q-num")["answer"] == "3.14159265 (± 0.0000001) %"


def test_qti_keys_are_the_answers_as_written_and_what_it_cannot_hold_is_listed():
    def duplicate(data):
        data["questions"].append({**data["questions"][0], "id": "q-again", "choices": ["a", "b"], "answer": "a"})
        data["questions"].append({**data["questions"][4], "id": "q-zero", "answer": 0, "tolerance": 0})
        data["questions"].append({**data["questions"][4], "id": "q-fine", "answer": 0.12345, "tolerance": 0})

    bank = _bank(duplicate, q_fill={"answer": "U.S. & AT&T", "accepted_answers": ["O'Brien $240bn", "Kim Jong-un"]})
    done = export_bank(bank, "qti")
    _, items = read_qti(done.data)
    fill = next(item for item in items if item["id"] == "q-fill")
    assert fill["right"] == ["U.S. & AT&T", "O'Brien $240bn", "Kim Jong-un"]
    reasons = {s.question_id: s.reason for s in done.skipped}
    assert reasons["q-again"] == "Canvas QTI (text2qti) cannot hold two questions with the same text; it has q-mc"
    assert reasons["q-zero"].startswith("Canvas QTI (text2qti) cannot take a numeric answer of zero")
    assert reasons["q-fine"] == "Canvas QTI (text2qti) keeps 4 decimals, so this answer would be rounded"


def test_control_characters_pasted_into_a_bank_export_everywhere_as_line_breaks_or_nothing(tmp_path, parse_gift):
    bank = _bank(
        q_mc={"prompt": "Who met\vPutin?\rPasted\x1f\x01 here", "choices": ["Xi\x01", "Li"], "answer": "Xi\x01"}
    )
    _, read = read_moodle_xml(export_bank(bank, "moodle-xml").data)
    assert read[0]["stem"] == "Who met\nPutin?\nPasted here"
    assert _gift(bank, tmp_path, parse_gift)["q-mc"]["choices"][0]["text"]["text"] == "Xi"
    sheet = load_workbook(io.BytesIO(export_bank(bank, "kahoot").data)).active
    assert sheet["C9"].value == "Xi"
    collection = Collection(str(tmp_path / "c.anki2"))
    try:
        (tmp_path / "a.apkg").write_bytes(export_bank(bank, "anki").data)
        request = ImportAnkiPackageRequest(package_path=str(tmp_path / "a.apkg"), options=ImportAnkiPackageOptions())
        collection.import_anki_package(request)
        note = collection.get_note(collection.find_notes('"deck:Summit: Putin & Xi / 2024"')[0])
        assert len(collection.find_notes("")) == 7
        assert any(
            collection.get_note(n)["Question"].startswith("Who met<br>Putin?<br>Pasted here")
            for n in collection.find_notes("")
        )
        assert note is not None
    finally:
        collection.close()


def test_hand_written_ids_in_two_banks_are_two_sets_of_cards_and_anki_markup_stays_text(tmp_path):
    first = _bank(q_mc={"prompt": "Hear [sound:a.mp3] and [$]x^2[/$]?"})
    second = _bank(edit=lambda data: data.update(title="Biology::Cells quiz"))
    collection = Collection(str(tmp_path / "c.anki2"))
    try:
        for n, bank in enumerate((first, second)):
            (tmp_path / f"{n}.apkg").write_bytes(export_bank(bank, "anki").data)
            path = str(tmp_path / f"{n}.apkg")
            collection.import_anki_package(
                ImportAnkiPackageRequest(package_path=path, options=ImportAnkiPackageOptions())
            )
        assert len(collection.find_notes("")) == 14  # the ids 'q-mc', 'q-tf', … are the same in both banks
        names = [deck.name for deck in collection.decks.all_names_and_ids()]
        assert "Biology:Cells quiz" in names and not any("::" in name for name in names)
        question = next(collection.get_note(n)["Question"] for n in collection.find_notes("Hear"))
        assert question.startswith("Hear &#91;sound:a.mp3] and &#91;$]x^2&#91;/$]?")
    finally:
        collection.close()


def test_a_content_hash_id_is_one_note_in_every_bank_that_holds_it():
    def hashed(data):
        data["questions"][0]["id"] = "q-0123456789ab"

    first = _bank(hashed)
    renamed = _bank(hashed).model_copy(update={"title": "Another class"})
    question = first.questions[0]
    assert note_guid(first, question) == note_guid(renamed, question) == genanki.guid_for("q-0123456789ab")
    assert note_guid(first, first.questions[1]) != note_guid(renamed, renamed.questions[1])  # 'q-tf' is per bank


def test_spreadsheets_show_formulas_as_text_and_a_choice_with_a_bar_stays_one(mixed_bank):
    bank = _bank(
        q_mc={
            "prompt": '=HYPERLINK("http://example.com")',
            "choices": ["Either | or", "-5 degrees"],
            "answer": "-5 degrees",
        }
    )
    rows = list(csv.DictReader(io.StringIO(export_bank(bank, "csv").data.decode("utf-8-sig"))))
    mc = next(r for r in rows if r["id"] == "q-mc")
    assert mc["prompt"] == '\'=HYPERLINK("http://example.com")'
    assert mc["options"].split("\n") == ["Either | or", "-5 degrees"]
    assert mc["answer"] == "'-5 degrees"


def test_paper_drops_what_bold_cannot_print_and_keeps_its_own_page_count(pdf_pages, tmp_path):  # noqa: F811
    bank = _bank(
        edit=lambda data: data.update(title="Summit 🌏 quiz"),
        q_fill={"prompt": "Gaku 𝖦𝖺𝗄𝗎 met Putin in _____."},
        q_tf={"prompt": "Page {nb} of the article says so."},
    )
    done = export_bank(bank, "pdf")
    assert [s.question_id for s in done.skipped] == ["q-fill"]
    (page,) = pdf_pages(done.data, tmp_path)
    assert page.startswith("Summit quiz Name:")
    assert "2. Page {nb} of the article says so." in page
