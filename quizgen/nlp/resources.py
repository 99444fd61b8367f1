"""The one place that finds (and, on a networked machine, downloads) the NLTK data quizgen needs."""

from __future__ import annotations

import io
from collections.abc import Callable

import nltk

from ..errors import NltkDataMissing

__all__ = ["REQUIRED", "ensure_resources", "load_word_lists", "missing_resources"]

# NLTK download id -> the path `nltk.data.find` looks for.
REQUIRED: dict[str, str] = {
    "averaged_perceptron_tagger_eng": "taggers/averaged_perceptron_tagger_eng/",
    "wordnet": "corpora/wordnet",
    "names": "corpora/names",
    "gazetteers": "corpora/gazetteers",
    "stopwords": "corpora/stopwords",
    "nonbreaking_prefixes": "corpora/nonbreaking_prefixes",
    "conll2000": "corpora/conll2000",
    "words": "corpora/words",
}


def missing_resources() -> list[str]:
    """Download ids of the required resources NLTK cannot find."""
    missing = []
    for download_id, path in REQUIRED.items():
        try:
            nltk.data.find(path)
        except LookupError:
            try:
                nltk.data.find(path.rstrip("/") + ".zip")
            except LookupError:
                missing.append(download_id)
    return missing


def ensure_resources(*, download: bool = False, progress: Callable[[str], None] | None = None) -> None:
    """Raise NltkDataMissing unless every resource is found; with `download`, fetch what is missing first."""
    missing = missing_resources()
    failure = ""
    if missing and download:
        for download_id in missing:
            if progress:
                progress(download_id)
            try:
                nltk.download(download_id, quiet=True, raise_on_error=True, print_error_to=io.StringIO())
            except Exception as error:  # noqa: BLE001 - any failure leaves it missing, reported below
                failure = str(error).splitlines()[0]
                break
        missing = missing_resources()
    if missing:
        raise NltkDataMissing(missing, download_failure=failure)


def load_word_lists() -> None:
    """Read WordNet now rather than at its first use deep inside a stage (NLTK reads it once per process)."""
    from nltk.corpus import wordnet

    wordnet.get_version()
