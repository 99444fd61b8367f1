"""Teacher login: the password or the one-time token printed in the server console; log out."""

import streamlit as st

from quizgen.app.navigation import teacher_page, teacher_page_names
from quizgen.app.teacher.access import is_teacher, log_in_form, log_out

st.title(":material/login: Teacher login", anchor=False)
if not is_teacher():
    st.markdown("Teachers review, edit and add questions here. Students do not need to log in.")
    log_in_form()
    st.stop()

st.success("You are logged in as a teacher.", icon=":material/verified_user:")
for name in teacher_page_names():
    st.page_link(teacher_page(name))
st.button("Log out", key="teacher-log-out-page", icon=":material/logout:", on_click=log_out)
