"""A client of the app's own websocket (`/_stcore/stream`) that speaks Streamlit's protocol directly, so a test
can send what no browser would: a widget value the page never offered, a name longer than the box allows, a
press of a button that is not on the page. It reads back what the server drew, as plain text and widget ids."""

from __future__ import annotations

import time
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from google.protobuf.message import Message
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.Element_pb2 import Element
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.sync.client import ClientConnection, connect

# Fields of an element that carry text the page shows.
_TEXT_FIELDS = ("body", "label", "message", "value", "caption", "text")


@dataclass
class Page:
    """What one run of the script drew: each element's text, the widget ids by their keys, any exception."""

    texts: list[str] = field(default_factory=list)
    widgets: dict[str, str] = field(default_factory=dict)
    exceptions: list[str] = field(default_factory=list)
    query_string: str = ""
    raw: bytes = field(default=b"", repr=False)  # every message the server sent for the run, as sent

    @property
    def text(self) -> str:
        """Everything shown, one element a line."""
        return "\n".join(self.texts)

    def widget(self, key: str) -> str:
        """The id of the widget with this user key (Streamlit ends a keyed widget's id with its key)."""
        if key not in self.widgets:
            raise KeyError(f"no widget with key {key!r} on the page: {sorted(self.widgets)}")
        return self.widgets[key]

    def keys(self, prefix: str) -> list[str]:
        """The keys of the widgets on the page that start with `prefix`, in the page's order."""
        return [key for key in self.widgets if key.startswith(prefix)]


class StreamClient:
    """One browser tab, as far as the server can tell: a session on the app's websocket."""

    def __init__(self, app_url: str) -> None:
        parts = urlsplit(app_url)
        self._opened = ExitStack()
        self._connection: ClientConnection = self._opened.enter_context(
            connect(f"ws://{parts.netloc}/_stcore/stream", subprotocols=["streamlit"], max_size=None, open_timeout=20)
        )
        self.query_string = ""
        self.states: dict[str, WidgetState] = {}

    def close(self) -> None:
        """End the session (as closing the tab does)."""
        self._opened.close()

    def __enter__(self) -> StreamClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self, query_string: str = "", page: str = "") -> Page:
        """Load the app at this address (`join=CODE`, `class_attempt=ID`; `page` a url path such as 'results')."""
        self.query_string = query_string
        self.states = {}
        return self.rerun(page=page)

    def rerun(self, *changed: WidgetState, page: str = "") -> Page:
        """Rerun the script with the widgets as this tab holds them plus `changed` (a trigger counts once)."""
        for state in changed:
            self.states[state.id] = state
        message = BackMsg()
        message.rerun_script.query_string = self.query_string
        message.rerun_script.page_name = page
        message.rerun_script.widget_states.widgets.extend(self.states.values())
        message.rerun_script.context_info.timezone = "UTC"
        self._connection.send(message.SerializeToString())
        for state in changed:
            if state.WhichOneof("value") == "trigger_value":
                del self.states[state.id]
        return self._read_run()

    def _read_run(self, seconds: float = 30) -> Page:
        page = Page()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            data = self._connection.recv(timeout=max(0.1, deadline - time.monotonic()))
            assert isinstance(data, bytes), "the server sent a text frame"
            page.raw += data
            message = ForwardMsg()
            message.ParseFromString(data)
            kind = message.WhichOneof("type")
            if kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                _read_element(message.delta.new_element, page)
            elif kind == "page_info_changed":
                self.query_string = message.page_info_changed.query_string
            elif kind == "script_finished" and message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                page.query_string = self.query_string
                return page
        raise TimeoutError("the script did not finish within its time")


def _read_element(element: Element, page: Page) -> None:
    kind = element.WhichOneof("type")
    if kind is None:
        return
    inner = getattr(element, kind)
    if kind == "exception":
        page.exceptions.append(f"{inner.type}: {inner.message}")
    widget_id = getattr(inner, "id", "") if _has(inner, "id") else ""
    for key in _user_keys(widget_id):
        page.widgets[key] = widget_id
    page.texts.extend(str(getattr(inner, name)) for name in _TEXT_FIELDS if _has(inner, name) and getattr(inner, name))


def _has(message: Message, name: str) -> bool:
    return name in message.DESCRIPTOR.fields_by_name


def _user_keys(widget_id: str) -> Iterable[str]:
    """A keyed widget's id is '$$ID-<hash>-<key>' (the key may itself hold dashes)."""
    if widget_id.startswith("$$ID-"):
        parts = widget_id.split("-", 2)
        if len(parts) == 3:
            yield parts[2]


def trigger(widget_id: str) -> WidgetState:
    """A button press."""
    return WidgetState(id=widget_id, trigger_value=True)


def text(widget_id: str, value: str) -> WidgetState:
    """A text box holding `value`."""
    return WidgetState(id=widget_id, string_value=value)


def number(widget_id: str, value: int) -> WidgetState:
    """A whole number, as a widget that takes one (a number box) sends it."""
    return WidgetState(id=widget_id, int_value=value)
