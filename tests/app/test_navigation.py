"""app.py routes through one page list, which opens on the student's quiz page."""

from __future__ import annotations

import subprocess
import sys

from tests.app.student import open_app
from tests.samples import PROJECT


def test_app_py_only_routes():
    code = (PROJECT / "app.py").read_text(encoding="utf-8")
    assert "from quizgen.app.navigation import run" in code
    assert "st." not in code


def test_the_default_page_is_taking_a_quiz(quiz_home):
    at = open_app()
    assert at.title[0].value == ":material/quiz: Take a quiz"


def test_taking_a_quiz_does_not_load_nltk(quiz_home):
    # A fresh interpreter: other tests in this process may have imported NLTK already.
    script = (
        "import sys\n"
        "from streamlit.testing.v1 import AppTest\n"
        f"at = AppTest.from_file({str(PROJECT / 'app.py')!r}, default_timeout=60)\n"
        "at.run()\n"
        "at.button(key='start-button').click().run()\n"
        "assert at.get('progress'), 'the quiz did not start'\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'nltk'))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=PROJECT)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "[]"
