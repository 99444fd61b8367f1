"""Reading, validating and writing question bank files."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ..config import ARTICLES, LIMITS
from ..errors import FileRejected, Problem, YamlInvalid
from ..models import ARTICLE_TEXTS, Bank, article_path_problem
from ..question_types import QuestionBase, kind_of, type_names
from .article_file import read_article_file
from .atomic import atomic_write
from .locate import Locator
from .problems import known_keys, problems_from
from .safe_yaml import parse_yaml
from .text_file import read_text_file
from .yaml_dump import to_yaml

__all__ = [
    "bank_to_data",
    "dump_bank",
    "find_banks",
    "load_bank",
    "parse_bank",
    "parse_model",
    "project_root_of",
    "save_bank",
]

Model = TypeVar("Model", bound=BaseModel)
# A question's keys in the order a teacher reads them: these, its type's own fields, then the rest.
_QUESTION_HEAD = ("id", "type", "status", "prompt")
# Every other shared field, in the order the model declares it, so a field added to the model is never dropped.
_QUESTION_TAIL = tuple(key for key in QuestionBase.model_fields if key not in _QUESTION_HEAD)
_OMIT_WHEN_EMPTY = ("form", "disagreement", "flags", "fingerprint", "generator_score")


def project_root_of(bank_path: str | os.PathLike[str]) -> Path:
    """Source paths are relative to the folder that holds the banks' folder (the project root)."""
    return Path(bank_path).resolve().parent.parent


def find_banks(paths: list[str | os.PathLike[str]]) -> list[Path]:
    """Expand folders into the `*.yaml` / `*.yml` files they hold, in a stable order."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()))
        else:
            found.append(path)
    return found


def load_bank(path: str | os.PathLike[str], *, root: str | os.PathLike[str] | None = None) -> Bank:
    """Read and fully validate a bank file, including every citation against its article."""
    text = read_text_file(path, max_bytes=LIMITS.bank_max_bytes, control_ratio=LIMITS.binary_control_ratio)
    return parse_bank(text, str(path), root=Path(root) if root else project_root_of(path))


def parse_bank(text: str, name: str, *, root: Path | None = None) -> Bank:
    """Validate bank YAML text; with `root`, citations are checked against the article files."""
    data = parse_yaml(text, name)
    if not isinstance(data, dict):
        raise FileRejected(name, "is not a question bank: it should start with 'title:' and hold 'questions:'")
    context: dict[str, Any] = {}
    if root is not None:
        texts, problems = _read_articles(data, root, name, text)
        if problems:
            raise YamlInvalid(problems)
        context[ARTICLE_TEXTS] = texts
    return parse_model(Bank, data, text, name, context=context)


def parse_model(model: type[Model], data: Any, text: str, name: str, *, context: dict[str, Any] | None = None) -> Model:
    """Validate parsed YAML against a model, turning errors into located problems."""
    try:
        return model.model_validate(data, context=context)
    except ValidationError as error:
        keys = known_keys(model)
        raise YamlInvalid(problems_from(error, name, text, keys=keys, skip=frozenset(type_names()))) from None


def _read_articles(data: dict[str, Any], root: Path, name: str, text: str) -> tuple[dict[str, str], list[Problem]]:
    sources = data.get("sources")
    texts: dict[str, str] = {}
    failures: list[tuple[int, str]] = []
    if not isinstance(sources, list):
        return texts, []
    for index, source in enumerate(sources):
        if not isinstance(source, dict) or not isinstance(source.get("path"), str):
            continue
        # A path that names no article in seeds/ is never opened; the bank's own check reports it.
        if not isinstance(source.get("id"), str) or article_path_problem(source["path"]):
            continue
        try:
            texts[source["id"]] = read_article_file(root, source["path"])
        except FileRejected as error:
            if not _deleted_and_flagged(root, source, data.get("questions")):
                failures.append((index, f"the article {error.reason}"))
    locator = Locator(text, [("sources", index, "path") for index, _ in failures])
    problems = [
        Problem(name, locator.line(("sources", index, "path")), f"sources[{index}].path", message)
        for index, message in failures
    ]
    return texts, problems


def _deleted_and_flagged(root: Path, source: dict[str, Any], questions: Any) -> bool:
    """Is the source's article deleted, with every question citing it flagged `source_changed`?

    Such a bank stays usable: its questions keep their quotes, and the teacher decides what becomes of them."""
    file = root / ARTICLES.folder / PurePosixPath(source["path"]).name
    if file.exists() or file.is_symlink() or not isinstance(questions, list):
        return False
    return all(
        "source_changed" in (question.get("flags") or [])
        for question in questions
        if isinstance(question, dict)
        and any(isinstance(c, dict) and c.get("source") == source["id"] for c in question.get("citations") or [])
    )


def bank_to_data(bank: Bank) -> dict[str, Any]:
    """The bank as plain data in the order a teacher reads it."""
    data = bank.model_dump(mode="python")
    data["sources"] = [
        {k: v for k, v in source.items() if not (k in ("url", "notes") and not v)} for source in data["sources"]
    ]
    data["questions"] = [_ordered_question(q) for q in data["questions"]]
    return data


def _ordered_question(question: dict[str, Any]) -> dict[str, Any]:
    ordered = {key: question[key] for key in _question_order(question["type"]) if key in question}
    for key in _OMIT_WHEN_EMPTY:
        if not ordered.get(key):
            ordered.pop(key, None)
    return ordered


def _question_order(type_name: str) -> tuple[str, ...]:
    """The key order of one type's questions: its own fields go where they always have, after the prompt."""
    model = kind_of(type_name).model
    own = [key for key in model.model_fields if key not in QuestionBase.model_fields and key != "type"]
    return (*_QUESTION_HEAD, *own, *_QUESTION_TAIL)


def dump_bank(bank: Bank) -> str:
    """The bank as YAML text."""
    return to_yaml(bank_to_data(bank))


def save_bank(bank: Bank, path: str | os.PathLike[str]) -> None:
    """Write the bank atomically: a crash leaves the old file or the new one, never a mix."""
    atomic_write(path, dump_bank(bank))
