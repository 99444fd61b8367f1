"""Times on the teacher pages, in the time zone of the teacher's browser (UTC when it does not say)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

__all__ = ["in_words", "teacher_zone"]


def teacher_zone() -> dt.tzinfo:
    """The browser's time zone, which the teacher reads and types times in."""
    name = st.context.timezone
    if not name:
        return dt.UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def in_words(moment: dt.datetime) -> str:
    """`moment` as the teacher reads it: "Tue 8 Dec 2026, 14:00 UTC" in their own time zone."""
    local = moment.astimezone(teacher_zone())
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M} {local.tzname() or ''}".rstrip()
