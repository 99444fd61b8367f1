"""A teacher's review of a bank: finding questions, editing them, approving them, and new banks from a selection."""

from .edits import (
    checked_question,
    field_name,
    insert_question,
    remove_question,
    replace_question,
    set_approved_only,
    set_status,
)
from .filters import ORDERS, Filter, filter_questions, flag_labels, in_order, status_counts
from .selection import bank_file_name, bank_from_selection
from .sources import article_texts, citable_articles, citation_of, source_gap

__all__ = [
    "ORDERS",
    "Filter",
    "article_texts",
    "bank_file_name",
    "bank_from_selection",
    "checked_question",
    "citable_articles",
    "citation_of",
    "field_name",
    "filter_questions",
    "flag_labels",
    "in_order",
    "insert_question",
    "remove_question",
    "replace_question",
    "set_approved_only",
    "set_status",
    "source_gap",
    "status_counts",
]
