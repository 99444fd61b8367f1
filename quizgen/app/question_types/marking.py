"""A checked question's options, marked in place as Moodle does: the right one, and the student's own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["option_label"]

Option = TypeVar("Option")


def option_label(
    plain: Callable[[Option], str], common: dict[str, Any], *, answer: Option, chosen: object
) -> Callable[[Option], str]:
    """How a radio names its options: `plain` while the student answers; once checked (the widget disabled),
    with the right option and the student's own marked."""
    if not common.get("disabled"):
        return plain
    return lambda option: marked_option(plain(option), right=option == answer, chosen=option == chosen)


def marked_option(shown: str, *, right: bool, chosen: bool) -> str:
    """A tick and 'right answer' on the key, a cross and 'your answer' on a wrong choice (icon and words, never
    colour alone); `shown` is the option as literal Markdown."""
    if right:
        return f":green[:material/check_circle: **{shown}**] (right answer{', your answer' if chosen else ''})"
    return f":red[:material/cancel: {shown}] (your answer)" if chosen else shown
