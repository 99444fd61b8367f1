"""Parsing YAML that a person edited by hand, safely, within bounds, and fast.

Plain data is built straight from libyaml's event stream, with an explicit
stack: no recursion (libyaml's C composer recurses and a deeply nested file
would crash the interpreter), no tags that build objects, no aliases (which
let a few lines expand into gigabytes), no duplicate keys (which silently drop
a value), and no value PyYAML cannot build (a 30 February, a number too long
for Python to read or print). It is also about four times faster than PyYAML's
own constructor, which matters for banks with 100,000 questions.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from ..config import LIMITS
from ..errors import FileRejected
from ..models.checks import quoted

__all__ = ["event_stream", "line_of", "parse_yaml"]

_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_CORE}{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")}
_MAP_TAGS = {None, "!", f"{_CORE}map"}
_SEQ_TAGS = {None, "!", f"{_CORE}seq"}
_RESOLVERS = Resolver.yaml_implicit_resolvers
_CONSTRUCTOR = SafeConstructor()


def line_of(event: yaml.Event) -> int:
    """The 1-based line an event starts on (libyaml always marks its events; 0 if one is not)."""
    mark = event.start_mark
    return mark.line + 1 if mark is not None else 0


def event_stream(text: str):
    """libyaml's events for `text` (the C parser keeps its own stack, so this cannot crash)."""
    return yaml.parse(text, Loader=_Parser)


def parse_yaml(text: str, name: str, *, max_depth: int = LIMITS.yaml_max_depth) -> Any:
    """Parse one YAML document into plain Python data, or raise FileRejected naming the line."""
    try:
        return _build(text, name, max_depth)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        if _NESTING_LIMIT in (error.problem or ""):
            # libyaml's scanner reads ahead of the events, so its own depth limit (far above ours) can fire
            # before `_build` sees the nesting: the file is nested too deep either way.
            raise FileRejected(name, _too_deep(max_depth), line) from None
        raise FileRejected(name, f"is not valid YAML: {_describe(error, text)}", line) from None
    except yaml.YAMLError as error:
        first_line = str(error).splitlines()[0] if str(error) else "unreadable"
        raise FileRejected(name, f"is not valid YAML: {first_line}") from None


class _Frame:
    __slots__ = ("container", "key", "key_line", "lines")

    def __init__(self, container: dict | list):
        self.container = container
        self.key: Any = _NO_KEY
        self.key_line = 0
        self.lines: dict[Any, int] | None = {} if isinstance(container, dict) else None


_NO_KEY = object()


def _build(text: str, name: str, max_depth: int) -> Any:
    stack: list[_Frame] = []
    result: Any = None
    documents = 0

    def reject(reason: str, event: yaml.Event) -> FileRejected:
        return FileRejected(name, reason, line_of(event) or None)

    def place(value: Any, event: yaml.Event) -> None:
        nonlocal result
        if not stack:
            result = value
            return
        frame = stack[-1]
        if isinstance(frame.container, list) or frame.lines is None:
            frame.container.append(value)  # type: ignore[union-attr]  # a list's frame keeps no key lines
        elif frame.key is _NO_KEY:
            if isinstance(value, (dict, list)):
                raise reject("a list or mapping cannot be used as a key", event)
            line = line_of(event)
            if value in frame.lines:
                raise reject(
                    f"the key {value!r} appears twice in the same block (first on line {frame.lines[value]})", event
                )
            frame.lines[value] = line
            frame.key = value
        else:
            frame.container[frame.key] = value
            frame.key = _NO_KEY

    for event in event_stream(text):
        kind = type(event)
        if kind is yaml.ScalarEvent:
            place(_scalar(event, reject), event)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            is_map = kind is yaml.MappingStartEvent
            if event.tag not in (_MAP_TAGS if is_map else _SEQ_TAGS):
                raise reject(_tag_message(event.tag), event)
            if len(stack) >= max_depth:
                raise reject(_too_deep(max_depth), event)
            stack.append(_Frame({} if is_map else []))
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            frame = stack.pop()
            place(frame.container, event)
        elif kind is yaml.AliasEvent:
            raise reject("aliases (*name) are not allowed; write the value out in full", event)
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise reject("holds more than one YAML document (remove the extra '---' line)", event)
    return result


def _scalar(event: yaml.ScalarEvent, reject) -> Any:
    value = event.value
    tag = event.tag
    if tag is None or tag == "!":
        plain, _quoted = event.implicit
        if not plain or event.style:
            return value
        tag = f"{_CORE}str"
        for candidate, pattern in (*_RESOLVERS.get(value[:1], ()), *_RESOLVERS.get(None, ())):
            if pattern.match(value):
                tag = candidate
                break
    if tag not in _SCALAR_TAGS:
        raise reject(_tag_message(tag), event)
    if tag == f"{_CORE}str":
        return value
    if tag in _NUMBER_TAGS and len(value) > LIMITS.yaml_max_number_chars:
        raise reject(_too_long(value), event)
    # libyaml's own Mark type serves wherever PyYAML's does; the stubs know only PyYAML's.
    node = yaml.ScalarNode(tag, value, event.start_mark, event.end_mark)  # type: ignore[arg-type]
    try:
        return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, node)
    except _BUILD_ERRORS:
        raise reject(_unbuildable(tag, value), event) from None


_NESTING_LIMIT = "maximum nesting depth"
_NUMBER_TAGS = {f"{_CORE}int", f"{_CORE}float"}
_EXPECTED = {f"{_CORE}int": "a whole number", f"{_CORE}float": "a number", f"{_CORE}bool": "true or false"}
# What PyYAML's constructors raise for a value they cannot build: a 30 February, '!!int twelve', '!!bool maybe'.
_BUILD_ERRORS = (ValueError, TypeError, LookupError, AttributeError, ArithmeticError)


def _too_long(value: str) -> str:
    limit = LIMITS.yaml_max_number_chars
    return (
        f"{quoted(value, 30)} is a number {len(value):,} characters long; a number may have at most {limit} "
        "(put it in quotes if it is text)"
    )


def _unbuildable(tag: str, value: str) -> str:
    if tag not in _EXPECTED:
        return (
            f"{quoted(value, 40)} is not a real date; check the month and the day (and the time, if there is one), "
            "or put it in quotes if it is text"
        )
    shown = tag.replace(_CORE, "!!")
    return f"{quoted(value, 40)} is not {_EXPECTED[tag]}; correct it, or remove the {shown} tag if it is text"


def _too_deep(max_depth: int) -> str:
    return f"is nested more than {max_depth} levels deep"


def _tag_message(tag: str | None) -> str:
    shown = (tag or "").replace(_CORE, "!!")
    return f"the tag {shown} is not allowed; a bank holds only plain text, numbers, dates, lists and mappings"


def _describe(error: yaml.MarkedYAMLError, text: str) -> str:
    problem = (error.problem or error.context or "syntax error").splitlines()[0]
    mark = error.problem_mark or error.context_mark
    if mark and _line_text(text, mark.line).startswith("\t"):
        return "a tab is used for indentation; indent with spaces"
    return problem


def _line_text(text: str, index: int) -> str:
    start = 0
    for _ in range(index):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]
