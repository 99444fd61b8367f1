"""Node.js tools the tests run: each lives in a folder of its own with a package.json and a package-lock.json,
and is installed from npm with `npm ci` on first use."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

__all__ = ["npm_ci", "require_tool"]


def require_tool(tool: str) -> None:
    """Fail in CI, skip elsewhere: a tool a test needs is not installed."""
    if os.environ.get("CI") or os.environ.get("QUIZGEN_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{tool} is required by this test but is not installed")
    pytest.skip(f"{tool} is not installed")


def npm_ci(folder: Path, package: str) -> Path:
    """The folder of `package` in folder/node_modules, installed from the folder's package-lock.json if missing."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        require_tool("Node.js with npm")
    installed = folder / "node_modules" / package
    if not installed.is_dir():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=folder, check=True, capture_output=True)
    return installed
