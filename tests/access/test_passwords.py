"""Teacher password hashes: salted scrypt lines that verify the right password only; bad lines get one clear error."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.access import PasswordHash, hash_password, new_password_problem, parse_password_hash, verify_password
from quizgen.errors import PasswordHashInvalid
from tests.samples import HOSTILE_STRINGS

CHEAP = {"n": 2**10, "r": 8, "p": 1}  # the same algorithm at a lower cost, for tests that hash many passwords
REAL = hash_password("correct horse battery staple")


def test_a_hash_is_one_scrypt_line_with_the_default_cost():
    assert re.fullmatch(r"scrypt\$16384\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}", REAL)


def test_the_right_password_verifies_and_others_do_not():
    stored = parse_password_hash(REAL)
    assert verify_password("correct horse battery staple", stored)
    for wrong in ("Correct horse battery staple", "correct horse battery staple ", "", "correct horse"):
        assert not verify_password(wrong, stored)


def test_the_same_password_hashes_differently_each_time():
    assert hash_password("same password", **CHEAP) != hash_password("same password", **CHEAP)


@pytest.mark.parametrize("password", HOSTILE_STRINGS, ids=range(len(HOSTILE_STRINGS)))
def test_any_text_can_be_a_password(password):
    stored = parse_password_hash(hash_password(password))
    assert verify_password(password, stored)
    assert not verify_password(password + "x", stored)


@given(
    n=st.sampled_from([2**14, 2**15]),
    r=st.integers(8, 16),
    p=st.integers(1, 4),
    salt=st.binary(min_size=8, max_size=64),
    digest=st.binary(min_size=16, max_size=128),
)
def test_a_hash_line_reads_back_as_itself(n, r, p, salt, digest):
    stored = PasswordHash(n, r, p, salt, digest)
    assert parse_password_hash(stored.encode()) == stored


SALT, DIGEST = REAL.split("$")[4:]
MALFORMED = [
    ("", "is not a password hash"),
    ("hunter2 hunter2", "is not a password hash"),
    (f"scrypt$16384$8$1${SALT}", "is not a password hash"),
    (f"bcrypt$16384$8$1${SALT}${DIGEST}", "is not a password hash"),
    (f"scrypt$lots$8$1${SALT}${DIGEST}", "not whole numbers"),
    (f"scrypt$10000$8$1${SALT}${DIGEST}", "n=10000, r=8, p=1 outside what quizgen accepts"),
    (f"scrypt$1073741824$8$1${SALT}${DIGEST}", "outside what quizgen accepts"),
    (f"scrypt$65536$1$1${SALT}${DIGEST}", "outside what quizgen accepts"),
    (f"scrypt$16384$8$0${SALT}${DIGEST}", "outside what quizgen accepts"),
    (f"scrypt$16384$8$1$not base64!${DIGEST}", "not base64"),
    (f"scrypt$16384$8$1$c2FsdA${DIGEST}", "too short"),
    (f"scrypt$16384$8$1${SALT}$c2hvcnQ", "too short"),
    (12345, "must be text in quotes"),
]


@pytest.mark.parametrize("line,words", MALFORMED, ids=[str(line)[:30] for line, _ in MALFORMED])
def test_a_malformed_hash_is_one_line_saying_where_and_how_to_make_one(line, words):
    with pytest.raises(PasswordHashInvalid) as caught:
        parse_password_hash(line, origin="the environment variable QUIZGEN_TEACHER_PASSWORD_HASH")
    message = str(caught.value)
    assert message.startswith("the environment variable QUIZGEN_TEACHER_PASSWORD_HASH ")
    assert words in message and "python -m quizgen hash-password" in message and "\n" not in message


def test_surrounding_spaces_in_a_configured_line_are_ignored():
    assert parse_password_hash(f"  {REAL}\n") == parse_password_hash(REAL)


def test_a_hash_shows_no_salt_or_key_when_printed():
    assert SALT not in repr(parse_password_hash(REAL)) and DIGEST not in repr(parse_password_hash(REAL))


@pytest.mark.parametrize(
    "password,problem",
    [
        ("", "the password is empty"),
        ("        ", "the password is empty"),
        ("short", "the password is 5 characters; use at least 12"),
        ("eleven char", "the password is 11 characters; use at least 12"),
        ("quiet lantern orbit", None),
        ("Zhōngnánhǎi 🇨🇳 wǔyuè", None),
    ],
)
def test_a_new_password_must_be_long_enough(password, problem):
    assert new_password_problem(password) == problem


@pytest.mark.parametrize(
    "password",
    ["password1234", "qwertyuiop123", "iloveyou2024!", "teacherteacher", "123456789012", "x" * 100, "quizgen12345"],
)
def test_a_common_or_patterned_password_is_refused_in_plain_words(password):
    problem = new_password_problem(password)
    assert problem is not None and problem.startswith("the password is too easy to guess (")
    assert "a few unrelated words make a strong one" in problem


@pytest.mark.parametrize(("n", "r"), [(2**10, 8), (2**13, 8), (2**14, 1), (2, 1)])
def test_a_configured_hash_that_makes_guessing_cheap_is_refused(n, r):
    weak = PasswordHash(n, r, 1, b"s" * 16, b"d" * 32).encode()
    with pytest.raises(PasswordHashInvalid, match=f"n={n}, r={r} too low to slow down guessing"):
        parse_password_hash(weak, origin="QUIZGEN_TEACHER_PASSWORD_HASH")
