"""Numbers in words, read ('seven hundred and thirty-eight' -> 738) and written (2.5 -> 'two and a half')."""

from __future__ import annotations

import re

from .table import number_table

__all__ = ["number_words", "ordinal_word", "spelled"]


def number_words(text: str) -> tuple[float, str] | None:
    """The number the words at the start of `text` spell, and the rest of the text:
    'twenty-one guns' -> (21, ' guns'), 'two and a half' -> (2.5, ''), 'seven hundred and thirty-eight' -> (738, ''),
    'two dozen' -> (24, ''); None if no number word leads."""
    table = number_table()
    values, multipliers = table.word_values, table.multipliers
    words = re.split(r"[\s-]+", text.casefold().replace("$", " ").strip())
    value = 0.0
    used = 0
    while used < len(words):
        word, following = words[used], words[used + 1] if used + 1 < len(words) else ""
        if word in values:
            value += values[word]
        elif word in multipliers:
            value = (value or 1) * multipliers[word]
        elif word == "a" and not used:
            value = 1
        elif not (word == "and" and used and words[used - 1] == "hundred" and following in values):
            break  # 'and' goes on only in 'seven hundred and thirty-eight'
        used += 1
    rest = words[used:]
    if rest[:3] == ["and", "a", "half"]:
        value, rest = value + 0.5, rest[3:]
    elif rest[:1] == ["half"] and words[used - 1 : used] == ["a"]:
        value, used, rest = 0.5, used + 1, rest[1:]
    if not used or words[:used] == ["a"]:
        return None
    return value, " " + " ".join(rest)


def spelled(value: float) -> str | None:
    """2.5 -> 'two and a half', 43 -> 'forty-three'; None for what is not a whole or half number under 100."""
    table = number_table()
    whole = int(value)
    half = abs(value - whole - 0.5) < 1e-9
    if value != whole and not half or not 0 <= whole < 100:
        return None
    if whole < len(table.units):
        text = table.units[whole]
    else:
        text = table.tens[whole // 10 - 2] + ("-" + table.units[whole % 10] if whole % 10 else "")
    return f"{text} and a half" if half else text


def ordinal_word(value: int) -> str:
    """3 -> 'third'; a rank with no word in the table is written '13th'."""
    words = {rank: word for word, rank in number_table().ordinals.items() if rank <= 12}
    return words.get(value, f"{value}th")
