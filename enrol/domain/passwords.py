"""Password hashing and the sign-in lockout rule (README, *People, roles and personal data*).

scrypt from the standard library: memory-hard (``n=2**14, r=8`` needs 16 MiB per guess, which makes GPU
guessing expensive) and needs no new dependency. Each user has a random 16-byte salt; the stored text holds
the parameters, the salt and the hash — never the password — so the parameters can be raised later and old
hashes still verify. Comparison is constant-time.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets

from enrol.domain.errors import N_, ValidationError

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
MIN_LENGTH = 8
MAX_LENGTH = 200
# Lockout: this many wrong passwords in a row lock the account for LOCK_MINUTES (a guess every few minutes
# is no attack; a script trying a dictionary is stopped).
MAX_FAILURES = 5
LOCK_MINUTES = 15


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def check_password_rules(password: str) -> str:
    """A password the centre accepts: 8–200 characters, not only spaces, no control characters."""
    if not isinstance(password, str) or len(password) < MIN_LENGTH:
        raise ValidationError("password", N_("the password must have at least {count} characters"),
                              count=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise ValidationError("password", N_("the password must have at most {count} characters"),
                              count=MAX_LENGTH)
    if not password.strip() or any(not c.isprintable() for c in password):
        raise ValidationError("password", N_("the password may not contain control characters or only spaces"))
    return password


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024,
                          dklen=HASH_BYTES)


def hash_password(password: str) -> str:
    """``scrypt$n$r$p$salt$hash`` (base64); a new random salt every time."""
    salt = secrets.token_bytes(SALT_BYTES)
    return f"{SCHEME}${N}${R}${P}${_b64(salt)}${_b64(_derive(password, salt, N, R, P))}"


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` matches; a malformed stored text never matches (and never raises)."""
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != SCHEME:
            return False
        derived = _derive(password, base64.b64decode(salt), int(n), int(r), int(p))
        return hmac.compare_digest(derived, base64.b64decode(expected))
    except (ValueError, TypeError):
        return False


def is_locked(locked_until: dt.datetime | None, at: dt.datetime) -> bool:
    return locked_until is not None and at < locked_until


def after_failure(failed_attempts: int, at: dt.datetime) -> tuple[int, dt.datetime | None]:
    """The failure count and lock time after one more wrong password."""
    failures = failed_attempts + 1
    if failures >= MAX_FAILURES:
        return 0, at + dt.timedelta(minutes=LOCK_MINUTES)
    return failures, None
