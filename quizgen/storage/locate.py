"""Finding the line of a field in a YAML file, for error messages."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

import yaml

from .safe_yaml import event_stream, line_of

__all__ = ["Locator", "field_path"]

Loc = tuple[str | int, ...]


def field_path(loc: Sequence[str | int], skip: Collection[str] = ()) -> str:
    """('questions', 14, 'multiple_choice', 'answer') -> 'questions[14].answer' (union tags skipped)."""
    out = ""
    for part in _without(loc, skip):
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _without(loc: Sequence[str | int], skip: Collection[str]) -> Loc:
    return tuple(part for part in loc if not (isinstance(part, str) and part in skip))


class Locator:
    """Answers 'which line holds this field?' for many fields with one pass over the file.

    A mapping entry is located at its key; a list item at its first line; a
    missing field at the nearest enclosing entry that exists.
    """

    def __init__(self, text: str, locs: Iterable[Sequence[str | int]], skip: Collection[str] = ()):
        self._skip = skip
        wanted = {_without(loc, skip) for loc in locs}
        prefixes = {loc[:n] for loc in wanted for n in range(len(loc) + 1)}
        self._lines = _scan(text, prefixes)

    def line(self, loc: Sequence[str | int]) -> int | None:
        """1-based line of `loc`, or of its deepest located ancestor."""
        path = _without(loc, self._skip)
        for size in range(len(path), -1, -1):
            if path[:size] in self._lines:
                return self._lines[path[:size]]
        return None


def _scan(text: str, wanted: set[Loc]) -> dict[Loc, int]:
    """Line of each wanted path, walking the event stream with an explicit stack."""
    found: dict[Loc, int] = {}
    # Each frame: [path, is_mapping, next_index_or_key, expecting_key]
    stack: list[list] = []

    def enter(event: yaml.Event) -> Loc | None:
        """The path of the node this event starts, recording the line if wanted."""
        if not stack:
            path: Loc = ()
            line = line_of(event)
        else:
            frame = stack[-1]
            if frame[1]:
                if frame[3]:
                    return None  # a key; its value's path is recorded by the key
                path, line = frame[0] + (frame[2],), frame[4]
            else:
                path, line = frame[0] + (frame[2],), line_of(event)
        if path in wanted and path not in found:
            found[path] = line
        return path

    def advance(value: object = None, line: int = 0) -> None:
        if not stack:
            return
        frame = stack[-1]
        if frame[1]:
            if frame[3]:
                frame[2], frame[4] = value, line
            frame[3] = not frame[3]
        else:
            frame[2] += 1

    try:
        for event in event_stream(text):
            kind = type(event)
            if kind is yaml.ScalarEvent or kind is yaml.AliasEvent:
                enter(event)
                advance(getattr(event, "value", None), line_of(event))
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                path = enter(event)
                stack.append([path or (), kind is yaml.MappingStartEvent, 0, True, 0])
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                stack.pop()
                advance()
    except yaml.YAMLError:
        pass
    return found
