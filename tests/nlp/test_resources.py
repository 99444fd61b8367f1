"""NLTK data: found in one place, and a clear message naming what is missing and the fix."""

import nltk
import pytest

from quizgen.errors import NltkDataMissing
from quizgen.nlp.resources import REQUIRED, ensure_resources, missing_resources


def test_all_required_resources_are_found_here():
    assert missing_resources() == []
    ensure_resources()


def test_missing_data_names_each_resource_and_the_fix(monkeypatch, tmp_path):
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    with pytest.raises(NltkDataMissing) as caught:
        ensure_resources()
    message = str(caught.value)
    for name in REQUIRED:
        assert name in message
    assert "NLTK_DATA" in message and "python -m quizgen setup" in message


def test_a_failed_download_says_so_and_points_to_nltk_data(monkeypatch, tmp_path):
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])

    def offline(*_args, **_kwargs):
        raise ValueError("Error loading wordnet: <urlopen error no network>")

    monkeypatch.setattr(nltk, "download", offline)
    with pytest.raises(NltkDataMissing, match="could not download NLTK data .*no network.*NLTK_DATA"):
        ensure_resources(download=True)
