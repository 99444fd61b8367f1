"""The bank's YAML, to repair a bank broken by a hand edit (or to edit it as text); invalid text is never saved."""

import streamlit as st

from quizgen.app.shelf import project_root
from quizgen.app.teacher.access import require_teacher
from quizgen.app.teacher.bank_problems import bank_problems
from quizgen.app.teacher.workspace import choose_bank, save_with
from quizgen.storage import save_text

require_teacher()
st.title(":material/code: Edit the YAML", anchor=False)
root = project_root()
opened = choose_bank(root, key="yaml-bank")
if opened.bank is None:
    bank_problems(opened, link=False)
else:
    st.caption(
        "This bank is valid. A save is checked like `python -m quizgen validate`: text that is not a valid bank is not saved."
    )

key = f"yaml-text-{opened.path.name}"
base = f"{key}-base"
# Keep what the teacher typed; take the file's text when there is nothing typed (or the bank was reloaded untouched).
if key not in st.session_state or st.session_state[key] == st.session_state.get(base) != opened.text:
    st.session_state[key] = opened.text
st.session_state[base] = opened.text
st.text_area("The bank's YAML", key=key, height=520)


def save(text_key: str) -> None:
    text = st.session_state[text_key]
    save_with(
        opened,
        lambda expected: save_text(opened.path, text, expected, root=root),
        "Saved. The bank is valid and students see it.",
    )


buttons = st.container(horizontal=True)
buttons.button("Save the YAML", type="primary", key="yaml-save", icon=":material/save:", on_click=save, args=(key,))
buttons.button(
    "Discard my changes", key="yaml-discard", icon=":material/undo:", on_click=lambda: st.session_state.pop(key, None)
)
