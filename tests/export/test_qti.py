"""Canvas QTI packages as text2qti built them: the package's assessment read back for its questions, their
types, texts and keys."""

from __future__ import annotations

import html
import io
import re
import zipfile
from xml.etree import ElementTree as ET

from quizgen.export.run import export_bank

from .conftest import HOSTILE

NS = {"q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"}


def _shown(mattext: str) -> str:
    """What a student reads of a QTI text (HTML in a paragraph)."""
    inner = re.sub(r"^<p>|</p>$", "", mattext.strip())
    return html.unescape(inner.replace("<br />", "\n").replace("<br>", "\n"))


def read_qti(data: bytes) -> tuple[str, list[dict]]:
    package = zipfile.ZipFile(io.BytesIO(data))
    assert "imsmanifest.xml" in package.namelist()
    (name,) = [
        n for n in package.namelist() if n.endswith(".xml") and "/" in n and not n.endswith("assessment_meta.xml")
    ]
    assessment = ET.fromstring(package.read(name)).find("q:assessment", NS)
    items = []
    for item in assessment.iterfind(".//q:item", NS):
        fields = {
            f.findtext("q:fieldlabel", namespaces=NS): f.findtext("q:fieldentry", namespaces=NS)
            for f in item.iterfind(".//q:qtimetadatafield", NS)
        }
        labels = {
            label.get("ident"): _shown(label.findtext(".//q:mattext", namespaces=NS))
            for label in item.iterfind(".//q:response_label", NS)
            if label.find(".//q:mattext", NS) is not None  # a typed answer's label has no text
        }
        right = [
            equal.text
            for condition in item.iterfind(".//q:respcondition", NS)
            if condition.findtext("q:setvar", namespaces=NS) == "100"
            for equal in condition.iterfind(".//q:varequal", NS)
        ]
        items.append(
            {
                "id": item.get("title"),
                "type": fields["question_type"],
                "stem": _shown(item.find("q:presentation/q:material/q:mattext", NS).text),
                "choices": list(labels.values()),
                "right": [labels.get(r, r) for r in right],
                "feedback": _shown(item.findtext(".//q:itemfeedback//q:mattext", default="", namespaces=NS)),
            }
        )
    return assessment.get("title"), items


def test_the_package_holds_every_type_text2qti_knows_with_its_key_and_source(mixed_bank):
    done = export_bank(mixed_bank, "qti")
    title, items = read_qti(done.data)
    assert title == "Summit: Putin & Xi / 2024"
    by_id = {item["id"]: item for item in items}
    assert list(by_id) == ["q-mc", "q-tf", "q-tf-false", "q-fill", "q-num"]
    assert [by_id[i]["type"] for i in by_id] == [
        "multiple_choice_question",
        "true_false_question",
        "true_false_question",
        "short_answer_question",
        "numerical_question",
    ]
    mc = by_id["q-mc"]
    assert mc["stem"] == f"Who met Putin? {HOSTILE.replace(chr(9), ' ')}"
    assert mc["choices"] == ["Xi Jinping 习近平", "Li Qiang {=~}", "Kim Jong-un: #1"]
    assert mc["right"] == ["Xi Jinping 习近平"]
    assert by_id["q-tf"]["right"] == ["True"] and by_id["q-tf-false"]["right"] == ["False"]
    assert by_id["q-fill"]["right"] == ["Beijing", "Peking", "Beijing, China"]
    assert by_id["q-num"]["stem"].endswith("(Answer in billion US dollars.)")
    assert by_id["q-num"]["right"] == ["240.0000"]  # or anything from 237.5 to 242.5
    assert "Source: Reuters, “Putin and Xi <meet> in Beijing”, 16 May 2024" in mc["feedback"]
    assert [s.question_id for s in done.skipped] == ["q-match", "q-match-two"]
    assert done.skipped[0].reason == (
        "Canvas QTI takes only multiple choice, true or false, fill in the blank and numbers questions"
    )


def test_the_shipped_bank_packs_every_question_but_matching(shipped_bank):
    everything = ["draft", "approved", "rejected"]
    done = export_bank(shipped_bank, "qti", statuses=everything)
    _, items = read_qti(done.data)
    expected = [q for q in shipped_bank.questions if q.type != "matching"]
    assert [item["id"] for item in items] == [q.id for q in expected]
    for item, question in zip(items, expected, strict=True):
        assert item["stem"].startswith(question.prompt)
        assert all(citation.quote in item["feedback"] for citation in question.citations)
