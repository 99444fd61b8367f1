"""Articles: reading files, telling body text from furniture, and their catalog metadata."""

from .articles import ARTICLE_SUFFIXES, Article, article_from_text, read_article
from .catalog import CATALOG_NAME, load_catalog
from .collection import Corpus, load_corpus
from .metadata import Inferred, infer_metadata, parse_date
from .segment import Block, segment

__all__ = [
    "ARTICLE_SUFFIXES",
    "CATALOG_NAME",
    "Article",
    "Block",
    "Corpus",
    "Inferred",
    "article_from_text",
    "infer_metadata",
    "load_catalog",
    "load_corpus",
    "parse_date",
    "read_article",
    "segment",
]
