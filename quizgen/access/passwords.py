"""Teacher passwords, stored only as a salted scrypt hash: `scrypt$<n>$<r>$<p>$<salt>$<hash>`.

Salt and hash are URL-safe base64 without padding, so the line holds no character that
needs escaping in TOML or (inside single quotes) in a shell. The cost parameters travel
with the hash, so raising them in `quizgen.config.ACCESS` leaves existing hashes working.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

from zxcvbn import zxcvbn

from ..config import ACCESS
from ..errors import PasswordHashInvalid

__all__ = ["PasswordHash", "hash_password", "new_password_problem", "parse_password_hash", "verify_password"]

SCHEME = "scrypt"
_HINT = "make one with `python -m quizgen hash-password`"
_ZXCVBN_MAX = 72


@dataclass(frozen=True)
class PasswordHash:
    """A parsed password hash: scrypt cost parameters, salt and derived key."""

    n: int
    r: int
    p: int
    salt: bytes = field(repr=False)
    digest: bytes = field(repr=False)

    def encode(self) -> str:
        """The one-line form kept in secrets.toml."""
        return "$".join((SCHEME, str(self.n), str(self.r), str(self.p), _b64(self.salt), _b64(self.digest)))


def hash_password(
    password: str, *, n: int = ACCESS.scrypt_n, r: int = ACCESS.scrypt_r, p: int = ACCESS.scrypt_p
) -> str:
    """Hash `password` with a fresh random salt; returns the `scrypt$n$r$p$salt$hash` line."""
    salt = secrets.token_bytes(ACCESS.salt_bytes)
    return PasswordHash(n, r, p, salt, _derive(password, salt, n, r, p)).encode()


def verify_password(password: str, stored: PasswordHash) -> bool:
    """Whether `password` is the one `stored` was made from, compared in constant time."""
    given = _derive(password, stored.salt, stored.n, stored.r, stored.p, length=len(stored.digest))
    return hmac.compare_digest(given, stored.digest)


def parse_password_hash(encoded: str, *, origin: str = "the teacher password hash") -> PasswordHash:
    """Read a stored hash line, or raise PasswordHashInvalid naming `origin` and what is wrong."""

    def invalid(what: str) -> PasswordHashInvalid:
        return PasswordHashInvalid(f"{origin} {what}; {_HINT}")

    if not isinstance(encoded, str):
        raise invalid("must be text in quotes")
    parts = encoded.strip().split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        raise invalid(f"is not a password hash (it should look like {SCHEME}$16384$8$1$<salt>$<hash>)")
    try:
        n, r, p = (int(part) for part in parts[1:4])
    except ValueError:
        raise invalid("has cost parameters that are not whole numbers") from None
    if not _sound(n, r, p):
        raise invalid(f"has cost parameters n={n}, r={r}, p={p} outside what quizgen accepts")
    if n < ACCESS.scrypt_min_n or r < ACCESS.scrypt_min_r:
        raise invalid(
            f"has cost parameters n={n}, r={r} too low to slow down guessing "
            f"(at least n={ACCESS.scrypt_min_n}, r={ACCESS.scrypt_min_r})"
        )
    try:
        salt, digest = _unb64(parts[4]), _unb64(parts[5])
    except (binascii.Error, ValueError):
        raise invalid("has a salt or hash that is not base64") from None
    if len(salt) < 8 or not 16 <= len(digest) <= 128:
        raise invalid("has a salt or hash that is too short")
    return PasswordHash(n, r, p, salt, digest)


def new_password_problem(password: str) -> str | None:
    """Why `password` should not become the teacher password, or None if it will do."""
    if not password.strip():
        return "the password is empty"
    if len(password) < ACCESS.password_min_length:
        return f"the password is {len(password)} characters; use at least {ACCESS.password_min_length}"
    weakness = _guessable(password)
    if weakness is not None:
        return f"the password is too easy to guess ({weakness}); a few unrelated words make a strong one"
    return None


def _guessable(password: str) -> str | None:
    """Why zxcvbn (common passwords, names, words, keyboard patterns, dates) rates `password` easy to guess."""
    # zxcvbn rates at most 72 characters (slow beyond): a longer password is rated by its start.
    rating = zxcvbn(password[:_ZXCVBN_MAX], user_inputs=list(ACCESS.password_site_words), max_length=_ZXCVBN_MAX)
    if rating["score"] >= ACCESS.password_min_strength:
        return None
    feedback = rating["feedback"]
    warning = str(feedback.get("warning") or "").rstrip(".")
    return (warning[:1].lower() + warning[1:]) if warning else "it is made of common words or patterns"


def _derive(password: str, salt: bytes, n: int, r: int, p: int, *, length: int = 32) -> bytes:
    secret = password.encode("utf-8", errors="surrogatepass")
    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=_memory(n, r, p) + 1024 * 1024, dklen=length)


def _sound(n: int, r: int, p: int) -> bool:
    """Parameters scrypt accepts (n a power of 2 below 2**(16r)) within quizgen's memory bound."""
    power_of_two = n >= 2 and not n & (n - 1)
    in_range = 1 <= r <= 64 and 1 <= p <= 16 and n < 2 ** (16 * r)
    return power_of_two and in_range and _memory(n, r, p) <= ACCESS.scrypt_max_memory


def _memory(n: int, r: int, p: int) -> int:
    """Bytes scrypt needs for these parameters (OpenSSL's own estimate, rounded up)."""
    return 128 * r * (n + p + 2)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    if not text or not all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in text):
        raise ValueError(text)
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
