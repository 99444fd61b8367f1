"""The Results page's charts as Altair specifications: facility against discrimination with Moodle's flag
zones shaded, and per-topic mastery. Data and encodings are built here so tests can read them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import altair as alt

from ..config import CLASSES
from .analysis import FLAG_TEXT, ItemStats
from .mastery import TopicMastery

__all__ = ["flag_zones", "item_chart", "item_points", "topic_chart"]

_ZONE_COLOUR = "#f59e0b"
_POINT_COLOUR = "#1d4ed8"


def flag_zones() -> list[dict[str, float | str]]:
    """The regions of the chart where a question is flagged: too hard, too easy, and weak discrimination."""
    return [
        {"zone": "very hard", "x": 0.0, "x2": CLASSES.facility_low, "y": -1.0, "y2": 1.0},
        {"zone": "very easy", "x": CLASSES.facility_high, "x2": 1.0, "y": -1.0, "y2": 1.0},
        {"zone": "weak discrimination", "x": 0.0, "x2": 1.0, "y": -1.0, "y2": CLASSES.discrimination_low},
    ]


def item_points(stats: Sequence[ItemStats], prompts: Mapping[str, str]) -> list[dict[str, object]]:
    """One point per question with both statistics known, named by its prompt; `sharing` counts the questions
    at the same place, since the top point there hides the others."""
    known = [s for s in stats if s.facility is not None and s.discrimination is not None]
    places = Counter((s.facility, s.discrimination) for s in known)
    return [
        {
            "question": prompts.get(s.question, s.question),
            "facility": s.facility,
            "discrimination": s.discrimination,
            "students": s.students,
            "flags": "; ".join(FLAG_TEXT[flag] for flag in s.flags) or "none",
            "sharing": places[s.facility, s.discrimination],
        }
        for s in known
    ]


def item_chart(stats: Sequence[ItemStats], prompts: Mapping[str, str]) -> alt.LayerChart:
    """Facility (x) against discrimination (y), a point per question over the shaded flag zones."""
    # Both layers share the axes, so they give them the same scale and titles (Vega-Lite joins differing titles).
    x_scale, y_scale = alt.Scale(domain=[0, 1]), alt.Scale(domain=[-1, 1])
    x_axis, x_title = alt.Axis(format="%"), "Facility (share right)"
    y_title = "Discrimination (upper minus lower 27%)"
    zones = (
        alt.Chart(alt.Data(values=flag_zones()))
        .mark_rect(color=_ZONE_COLOUR, opacity=0.18)
        .encode(
            alt.X("x:Q", scale=x_scale, axis=x_axis, title=x_title),
            alt.X2("x2:Q"),
            alt.Y("y:Q", scale=y_scale, title=y_title),
            alt.Y2("y2:Q"),
            tooltip=[alt.Tooltip("zone:N", title="Flagged")],
        )
    )
    points = (
        alt.Chart(alt.Data(values=item_points(stats, prompts)))
        .mark_circle(size=110, color=_POINT_COLOUR, opacity=0.85)
        .encode(
            alt.X("facility:Q", scale=x_scale, axis=x_axis, title=x_title),
            alt.Y("discrimination:Q", scale=y_scale, title=y_title),
            tooltip=[
                alt.Tooltip("question:N", title="Question"),
                alt.Tooltip("facility:Q", title="Facility", format=".0%"),
                alt.Tooltip("discrimination:Q", title="Discrimination", format=".2f"),
                alt.Tooltip("students:Q", title="Students"),
                alt.Tooltip("flags:N", title="Flags"),
                alt.Tooltip("sharing:Q", title="Questions at this point"),
            ],
        )
    )
    # Room above the title: Streamlit cuts the top of a layered chart's title off without it.
    return alt.LayerChart(
        layer=[zones, points],
        title="Facility against discrimination (shaded: flagged)",
        height=320,
        padding={"top": 12, "left": 5, "right": 5, "bottom": 5},
    )


def topic_chart(mastery: Sequence[TopicMastery]) -> alt.Chart:
    """A bar per topic: the share of the class's answers on it that were right, weakest first."""
    rows = [{"topic": m.topic, "share": m.share, "right": m.right, "given": m.given} for m in mastery]
    return (
        alt.Chart(alt.Data(values=rows))
        .mark_bar(color=_POINT_COLOUR)
        .encode(
            alt.X("share:Q", scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format="%"), title="Share right"),
            alt.Y("topic:N", sort=alt.EncodingSortField(field="share", order="ascending"), title="Topic"),
            tooltip=[
                alt.Tooltip("topic:N", title="Topic"),
                alt.Tooltip("share:Q", title="Share right", format=".0%"),
                alt.Tooltip("right:Q", title="Right"),
                alt.Tooltip("given:Q", title="Answers"),
            ],
        )
        # A height per bar: Streamlit draws a fixed height over a list of topics as a flat line.
        .properties(title="Mastery per topic", height=alt.Step(32))
    )
