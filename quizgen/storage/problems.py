"""Turning pydantic's validation errors into `file:line: field: message` problems."""

from __future__ import annotations

import difflib
import typing
from collections.abc import Collection

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ..errors import Problem
from ..question_types import type_names
from .locate import Locator, field_path

__all__ = ["known_keys", "problems_from"]

_FRIENDLY = {
    "missing": "is missing",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "string_type": "must be text (put it in quotes if it looks like a number or true/false)",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "finite_number": "must be an ordinary number, not .nan or .inf",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "list_type": "must be a list (lines starting with '- ')",
    "dict_type": "must be a block of 'key: value' lines",
    "model_type": "must be a block of 'key: value' lines",
    "model_attributes_type": "must be a block of 'key: value' lines",
    "date_type": "must be a date such as 2024-05-17",
    "date_parsing": "must be a date such as 2024-05-17",
    "date_from_datetime_parsing": "must be a date such as 2024-05-17",
    "date_from_datetime_inexact": "must be a date such as 2024-05-17, without a time",
}


def known_keys(*models: type[BaseModel]) -> set[str]:
    """Every field name of these models and of the models nested in them."""
    keys: set[str] = set()
    pending = list(models)
    seen: set[type] = set()
    while pending:
        model = pending.pop()
        if model in seen:
            continue
        seen.add(model)
        keys.update(model.model_fields)
        for field in model.model_fields.values():
            pending.extend(_nested_models(field.annotation))
    return keys


def _nested_models(annotation: object) -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []
    stack = [annotation]
    while stack:
        item = stack.pop()
        if isinstance(item, type) and issubclass(item, BaseModel):
            found.append(item)
        stack.extend(typing.get_args(item))
    return found


def problems_from(
    error: ValidationError, file: str, text: str, *, keys: Collection[str], skip: Collection[str] = ()
) -> list[Problem]:
    """One Problem per pydantic error, located in the file's text and worded for a person editing YAML."""
    items = error.errors(include_url=False)
    locator = Locator(text, [item["loc"] for item in items], skip)
    return [
        Problem(file, locator.line(item["loc"]), field_path(item["loc"], skip), _message(item, keys)) for item in items
    ]


def _message(item: ErrorDetails, keys: Collection[str]) -> str:
    kind = item["type"]
    if kind == "extra_forbidden":
        key = str(item["loc"][-1])
        close = difflib.get_close_matches(key, sorted(keys), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return f"unknown key {key!r}{hint}"
    if kind == "union_tag_not_found":
        return f"has no 'type:'; add one of {', '.join(type_names())}"
    if kind == "union_tag_invalid":
        tag = item.get("ctx", {}).get("tag", "")
        return f"{tag!r} is not a question type; use one of {', '.join(type_names())}"
    if kind in _FRIENDLY:
        return _FRIENDLY[kind]
    message = item["msg"]
    for prefix, replacement in (("Value error, ", ""), ("Input should be", "must be"), ("String should", "should")):
        if message.startswith(prefix):
            message = replacement + message[len(prefix) :]
    if kind == "string_pattern_mismatch":
        pattern = str(item.get("ctx", {}).get("pattern", ""))
        if pattern.startswith("^https?"):
            return "must be a web address starting with https:// or http://"
        if "A-Z" in pattern:
            return "may hold only letters, digits, '-' and '_', with no spaces"
        return "may hold only lowercase letters, digits and '-', with no spaces"
    return message
