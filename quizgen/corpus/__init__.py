"""Articles: reading files, telling body text from furniture, and their catalog metadata."""

from .articles import ARTICLE_SUFFIXES, Article, article_from_text, read_article
from .catalog import CATALOG_NAME, add_catalog_entry, load_catalog
from .collection import ArticleCollection, load_corpus
from .intake import add_article, delete_article, read_upload, replace_article
from .metadata import Inferred, infer_metadata, parse_date
from .segment import Block, segment

__all__ = [
    "ARTICLE_SUFFIXES",
    "CATALOG_NAME",
    "Article",
    "ArticleCollection",
    "Block",
    "Inferred",
    "add_article",
    "add_catalog_entry",
    "delete_article",
    "article_from_text",
    "infer_metadata",
    "load_catalog",
    "load_corpus",
    "parse_date",
    "read_article",
    "read_upload",
    "replace_article",
    "segment",
]
