"""The registry: every type implements every capability, and the bank accepts exactly the registered types."""

from __future__ import annotations

import typing
from collections.abc import Mapping

import pytest

from quizgen.app.question_types.widgets import TypeWidgets
from quizgen.errors import YamlInvalid
from quizgen.question_types import MultipleChoiceKind, QuestionKind, kind_of, kinds, register, type_names, widgets_of
from quizgen.question_types.kind import ATTRIBUTES
from quizgen.quiz import QUESTION_TYPE_NAMES
from quizgen.storage import parse_bank
from tests.question_types.ordering import OrderingKind
from tests.samples import MINIMAL_BANK

BUILT_IN = ("multiple_choice", "true_false", "fill_in_blank", "numeric", "matching")
KIND_METHODS = sorted(QuestionKind.__abstractmethods__)
WIDGET_METHODS = sorted(TypeWidgets.__abstractmethods__)


def test_the_built_in_types_are_registered_in_the_order_people_are_offered_them():
    assert type_names()[: len(BUILT_IN)] == BUILT_IN


@pytest.mark.parametrize("name", BUILT_IN)
def test_every_built_in_type_implements_every_capability(name):
    kind = kind_of(name)
    for method in KIND_METHODS:
        assert getattr(type(kind), method) is not getattr(QuestionKind, method), f"{name} lacks {method}"
    for attribute in ATTRIBUTES:
        assert hasattr(kind, attribute), f"{name} lacks {attribute}"
    assert kind.name == name and kind.label.strip()
    assert typing.get_args(kind.model.model_fields["type"].annotation) == (name,)
    assert isinstance(kind.exporters, Mapping) and isinstance(kind.reported_forms, tuple)
    widgets = widgets_of(name)
    assert isinstance(widgets, TypeWidgets)
    for method in WIDGET_METHODS:
        assert getattr(type(widgets), method) is not getattr(TypeWidgets, method), f"{name}'s widgets lack {method}"


def test_a_type_missing_a_capability_cannot_be_made():
    methods = {k: v for k, v in vars(OrderingKind).items() if k != "supported"}
    incomplete = type("NoSupportCheck", (QuestionKind,), methods)
    with pytest.raises(TypeError, match="supported"):
        incomplete()


def test_a_type_missing_a_slot_is_refused():
    methods = {k: v for k, v in vars(OrderingKind).items() if k != "exporters"}
    with pytest.raises(TypeError, match="exporters"):
        register(type("NoExporters", (QuestionKind,), methods)())
    assert "ordering" not in type_names()


def test_a_taken_name_or_a_model_tagged_otherwise_is_refused():
    with pytest.raises(ValueError, match="already a question type"):
        register(MultipleChoiceKind())
    mislabelled = type("Sorting", (OrderingKind,), {"name": "sorting"})
    with pytest.raises(TypeError, match="Literal"):
        register(mislabelled())
    assert type_names() == BUILT_IN


def test_an_unknown_type_is_refused_with_the_registered_ones_listed():
    with pytest.raises(YamlInvalid) as refused:
        parse_bank(MINIMAL_BANK.replace("type: multiple_choice", "type: ordering"), "bank.yaml")
    assert "'ordering' is not a question type; use one of " + ", ".join(BUILT_IN) in str(refused.value)
    with pytest.raises(KeyError, match="not a question type"):
        kind_of("ordering")


def test_registering_adds_the_type_everywhere_and_the_fixture_takes_it_away(ordering_type):
    assert kind_of("ordering") is ordering_type and ordering_type in kinds()
    assert QUESTION_TYPE_NAMES["ordering"] == "Put in order" and list(QUESTION_TYPE_NAMES)[-1] == "ordering"
    with pytest.raises(YamlInvalid) as refused:
        parse_bank(MINIMAL_BANK.replace("type: multiple_choice", "type: essay"), "bank.yaml")
    assert "use one of " + ", ".join((*BUILT_IN, "ordering")) in str(refused.value)
