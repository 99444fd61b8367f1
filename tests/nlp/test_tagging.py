"""Tokens keep exact offsets; curly quotes and apostrophes are tagged like straight ones."""

from quizgen.nlp.tagging import tag_sentences, tag_text


def test_curly_possessive_splits_like_a_straight_one():
    tokens = tag_text("Mr. Putin’s visit to Harbin.")
    assert [(t.text, t.tag) for t in tokens[:3]] == [("Mr.", "NNP"), ("Putin", "NNP"), ("’s", "POS")]


def test_offsets_point_into_the_original_text():
    text = "“The signal is, ‘we are strong together,’” said Nadège Rolland."
    for token in tag_text(text):
        assert text[token.start : token.end] == token.text


def test_opening_and_closing_quotes_are_told_apart():
    tags = [t.tag for t in tag_text("“It is hidden,” he said.") if t.text in "“”"]
    assert tags == ["``", "''"]


def test_empty_input():
    assert tag_sentences([]) == []
    assert tag_text("") == ()
