"""Who may open the teacher pages: the holder of the configured password, or else of the one-time token.

Where the password's hash comes from, first found wins:

1. the environment variable `QUIZGEN_TEACHER_PASSWORD_HASH`;
2. `.streamlit/secrets.toml`, as `[teacher]` then `password_hash = "scrypt$..."`;
3. neither: teachers log in with this process's one-time access token, printed in the
   server console at start-up. Secure by default: there is no login without a secret.

The app does this once per process (inside `st.cache_resource`):

    access = load_teacher_access()      # or teacher_access(st.secrets, os.environ)
    announce(access)                    # prints the token, or where the password is set

and on its login form:

    try:
        ok = check_login(given, access, client=address)  # False: wrong password or token
    except TooManyAttempts as error:
        st.error(str(error))             # "too many wrong attempts; try again in 2 minutes"

A malformed configured hash raises PasswordHashInvalid (one line naming where it is set),
when the access is loaded, not at the first login.
"""

from __future__ import annotations

import hmac
import os
import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..config import LIMITS
from ..errors import FileRejected, PasswordHashInvalid
from ..storage.text_file import read_text_file
from .passwords import PasswordHash, parse_password_hash, verify_password
from .throttle import LOGIN_THROTTLE, Throttle
from .token import process_token

__all__ = [
    "PASSWORD_ENV",
    "SECRETS_FILE",
    "TeacherAccess",
    "announce",
    "check_login",
    "load_teacher_access",
    "read_secrets",
    "startup_message",
    "teacher_access",
]

PASSWORD_ENV = "QUIZGEN_TEACHER_PASSWORD_HASH"
SECRETS_FILE = Path(".streamlit") / "secrets.toml"
TOKEN_ORIGIN = "one-time access token"
_HOW_TO_SET = "run `python -m quizgen hash-password` and put the lines it prints in .streamlit/secrets.toml"


@dataclass(frozen=True)
class TeacherAccess:
    """How teachers log in: `password` (a configured hash, from `origin`) or else `token`."""

    origin: str
    password: PasswordHash | None = None
    token: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if (self.password is None) == (self.token is None):
            raise ValueError("TeacherAccess needs exactly one of password and token")

    def accepts(self, given: str) -> bool:
        """Whether `given` is the password (or the token), compared in constant time. Not throttled."""
        if self.password is not None:
            return verify_password(given, self.password)
        return hmac.compare_digest(given.encode("utf-8", errors="surrogatepass"), str(self.token).encode("ascii"))


def teacher_access(
    settings: Mapping[str, Any], environ: Mapping[str, str], *, settings_name: str = str(SECRETS_FILE)
) -> TeacherAccess:
    """The teacher access from parsed secrets (`settings`, e.g. `st.secrets`) and the environment."""
    configured = environ.get(PASSWORD_ENV, "").strip()
    if configured:
        origin = f"the environment variable {PASSWORD_ENV}"
        return TeacherAccess(origin, password=parse_password_hash(configured, origin=origin))
    section = settings.get("teacher")
    if section is None:
        return TeacherAccess(TOKEN_ORIGIN, token=process_token())
    if not isinstance(section, Mapping):
        raise PasswordHashInvalid(f"{settings_name}: 'teacher' must be a [teacher] section; {_HOW_TO_SET}")
    if "password_hash" not in section:
        if "password" in section:
            raise PasswordHashInvalid(
                f"{settings_name}: [teacher] holds a plain password; remove it, then {_HOW_TO_SET} (only a hash is kept)"
            )
        return TeacherAccess(TOKEN_ORIGIN, token=process_token())
    origin = f"{settings_name} [teacher] password_hash"
    return TeacherAccess(settings_name, password=parse_password_hash(section["password_hash"], origin=origin))


def read_secrets(path: str | os.PathLike[str] = SECRETS_FILE) -> dict[str, Any]:
    """Parse a secrets.toml file; {} if there is none; FileRejected (with the line) if it is not TOML."""
    if not Path(path).exists():
        return {}
    text = read_text_file(path, max_bytes=LIMITS.secrets_max_bytes)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        line = re.search(r"at line (\d+)", message)
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
        raise FileRejected(str(path), f"is not valid TOML: {reason}", int(line.group(1)) if line else None) from None


def load_teacher_access(
    secrets_path: str | os.PathLike[str] = SECRETS_FILE, environ: Mapping[str, str] | None = None
) -> TeacherAccess:
    """The teacher access from a secrets.toml file (default: the one in the working folder) and os.environ."""
    settings = read_secrets(secrets_path)
    return teacher_access(settings, os.environ if environ is None else environ, settings_name=str(secrets_path))


def check_login(given: str, access: TeacherAccess, throttle: Throttle = LOGIN_THROTTLE, *, client: str = "") -> bool:
    """Whether `given` logs a teacher in; raises TooManyAttempts while wrong attempts from `client` (the
    connection's address) are being refused."""
    throttle.admit(client)
    if access.accepts(given):
        throttle.succeeded(client)
        return True
    return False


def startup_message(access: TeacherAccess) -> str:
    """What the server console says at start-up about logging in to the teacher pages."""
    if access.token is None:
        return f"quizgen: teacher pages need the teacher password (its hash is set in {access.origin})."
    return (
        "quizgen: to open the teacher pages, log in with this one-time access token "
        f"(a new one is made each time the app starts):\n\n    {access.token}\n\n"
        f"To log in with a password instead, {_HOW_TO_SET}."
    )


def announce(access: TeacherAccess, stream: TextIO | None = None) -> None:
    """Print `startup_message` in the server console (standard output unless `stream` is given)."""
    print(startup_message(access), file=stream or sys.stdout, flush=True)
