"""The app runs where teachers are: nothing a student's page loads imports a POSIX-only module."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from tests.samples import PROJECT

POSIX_ONLY = {"fcntl", "termios", "tty", "pty", "pwd", "grp", "resource", "posix", "syslog", "crypt"}

_LOADED = """
import json, sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file("app.py", default_timeout=60).run()
assert not at.exception, at.exception
print(json.dumps(sorted(m.__file__ for n, m in sys.modules.items() if n.startswith("quizgen") and getattr(m, "__file__", None))))
"""


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def test_the_student_start_page_loads_no_posix_only_module(quiz_home):
    done = subprocess.run(
        [sys.executable, "-c", _LOADED], cwd=PROJECT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    files = [Path(f) for f in json.loads(done.stdout.strip().splitlines()[-1])]
    imports = {f.relative_to(PROJECT).as_posix(): _imports(f) & POSIX_ONLY for f in files}
    assert "quizgen/storage/locking.py" in imports  # the save lock is on the path, so it is checked
    assert {name: sorted(found) for name, found in imports.items() if found} == {}


def test_the_server_takes_no_upload_larger_than_an_article_may_be():
    import tomllib

    from quizgen.config import LIMITS

    settings = tomllib.loads((Path(__file__).parents[2] / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert settings["server"]["maxUploadSize"] * 1024 * 1024 == LIMITS.article_max_bytes  # Streamlit counts MiB
