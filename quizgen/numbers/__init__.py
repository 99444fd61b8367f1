"""Numbers in one place: the table of number words, scales, currencies and qualifiers, and everything that reads
or writes a number with it (the quantity finder, wrong options, numeric answers, a student's typed answer)."""

from __future__ import annotations

from .amounts import Amount, parse_amount, unit_scale
from .formatting import article_style_number, exact_number, plain_number
from .patterns import NumberPatterns, number_patterns, scale_word_pattern
from .table import Currency, NumberTable, number_table
from .words import number_words, ordinal_word, spelled

# The name the grading and highlighting code imports: a student's number, shown plainly.
format_number = plain_number

__all__ = [
    "Amount",
    "Currency",
    "NumberPatterns",
    "NumberTable",
    "article_style_number",
    "exact_number",
    "format_number",
    "number_patterns",
    "number_table",
    "number_words",
    "ordinal_word",
    "parse_amount",
    "plain_number",
    "scale_word_pattern",
    "spelled",
    "unit_scale",
]
