"""Teacher access: password hashing, the one-time token, login checks and their rate limit."""

from .login import (
    PASSWORD_ENV,
    SECRETS_FILE,
    TeacherAccess,
    announce,
    check_login,
    load_teacher_access,
    read_secrets,
    startup_message,
    teacher_access,
)
from .passwords import PasswordHash, hash_password, new_password_problem, parse_password_hash, verify_password
from .throttle import LOGIN_THROTTLE, Throttle
from .token import process_token

__all__ = [
    "LOGIN_THROTTLE",
    "PASSWORD_ENV",
    "SECRETS_FILE",
    "PasswordHash",
    "TeacherAccess",
    "Throttle",
    "announce",
    "check_login",
    "hash_password",
    "load_teacher_access",
    "new_password_problem",
    "parse_password_hash",
    "process_token",
    "read_secrets",
    "startup_message",
    "teacher_access",
    "verify_password",
]
