"""The one table of question types: a bank's `type:` tag -> the kind that implements it.

Everything that treats types differently asks the registry for the question's kind.
The bank's discriminated union is built from this table, so registering a type (a
test's own, say) rebuilds the bank model to accept it and unregistering undoes that.
"""

from __future__ import annotations

import importlib
import typing
from typing import Annotated, Any, Union

from pydantic import Field

from .fill_in_blank import FillInBlankKind
from .kind import ATTRIBUTES, QuestionKind
from .matching import MatchingKind
from .multiple_choice import MultipleChoiceKind
from .numeric import NumericKind
from .true_false import TrueFalseKind

__all__ = ["kind_of", "kinds", "labels", "question_union", "register", "type_names", "unregister", "widgets_of"]

_KINDS: dict[str, QuestionKind] = {
    kind.name: kind
    for kind in (MultipleChoiceKind(), TrueFalseKind(), FillInBlankKind(), NumericKind(), MatchingKind())
}


def kinds() -> tuple[QuestionKind, ...]:
    """Every registered kind, in the order students and teachers are offered them."""
    return tuple(_KINDS.values())


def type_names() -> tuple[str, ...]:
    """Every registered `type:` tag."""
    return tuple(_KINDS)


def labels() -> dict[str, str]:
    """`type:` tag -> the name people read ("Multiple choice")."""
    return {name: kind.label for name, kind in _KINDS.items()}


def kind_of(question: Any) -> QuestionKind:
    """The kind of a question (or of a `type:` tag); KeyError for a type nobody registered."""
    name = question if isinstance(question, str) else question.type
    try:
        return _KINDS[name]
    except KeyError:
        raise KeyError(f"{name!r} is not a question type; the types are {', '.join(_KINDS)}") from None


def widgets_of(question: Any) -> Any:
    """The app's widgets for a question's kind: the `WIDGETS` of the module its kind names."""
    return importlib.import_module(kind_of(question).widgets).WIDGETS


def question_union() -> Any:
    """The pydantic discriminated union of every registered question model."""
    models = tuple(kind.model for kind in _KINDS.values())
    return Annotated[Union[models], Field(discriminator="type")]  # noqa: UP007 (a runtime tuple of members)


def register(kind: QuestionKind) -> None:
    """Add a question type; banks accept it from then on. Refuses an incomplete kind or a taken name."""
    missing = [name for name in ATTRIBUTES if not hasattr(kind, name)]
    if missing:
        raise TypeError(f"{type(kind).__name__} does not set {', '.join(missing)}")
    if kind.name in _KINDS:
        raise ValueError(f"{kind.name!r} is already a question type")
    tag = kind.model.model_fields.get("type")
    if tag is None or typing.get_args(tag.annotation) != (kind.name,):
        raise TypeError(f"{kind.model.__name__} must have the field type: Literal[{kind.name!r}]")
    _KINDS[kind.name] = kind
    _rebuild_bank()


def unregister(name: str) -> None:
    """Remove a question type added with `register`."""
    del _KINDS[name]
    _rebuild_bank()


def _rebuild_bank() -> None:
    # Imported here: the models package imports this registry to build the bank in the first place.
    from ..models.bank import Bank

    Bank.model_fields["questions"].annotation = list[question_union()]  # type: ignore[misc,assignment]  # built at run time
    Bank.model_rebuild(force=True)
