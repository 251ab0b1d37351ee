"""Who acts, and what time it is: the two things every service call needs besides its arguments.

An ``Actor`` is made only by ``users.sign_in`` (a user who signed in), ``Actor.cli()`` (the command line,
administrator on the machine that holds the data), ``Actor.desktop()`` (the window before any sign-in:
``gui --smoke``) and ``SYSTEM`` (start-up recovery). Each carries a token — an HMAC of who it is under a key
this process drew at start — and the services refuse an actor without a valid one: ``Actor(login=…,
role="administrator")`` typed by a script, or an actor whose role was edited with ``dataclasses.replace``.
Inside one Python process that is a guard against mistakes and courtesy-only callers, not a wall (code in the
process can call ``Actor.cli()`` too); the walls are the operating-system account on SQLite and the database
user on PostgreSQL (README, "People").
"""
from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

_PROCESS_KEY = secrets.token_bytes(32)  # never stored: an actor is valid only in the process that made it


def _token(login: str, role: str, user_id: int | None) -> str:
    message = f"{user_id}\x1f{login}\x1f{role}".encode()
    return hmac.new(_PROCESS_KEY, message, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Actor:
    """The person behind a call, as the audit trail records them (``cli:<os user>`` for the CLI)."""

    login: str
    role: str = "administrator"
    user_id: int | None = None
    token: str = field(default="", repr=False, compare=False)

    @property
    def genuine(self) -> bool:
        """Made by ``issue_actor`` in this process, and not edited since."""
        return bool(self.token) and hmac.compare_digest(self.token, _token(self.login, self.role, self.user_id))

    @classmethod
    def cli(cls) -> Actor:
        return issue_actor(login=f"cli:{_os_user()}", role="administrator")

    @classmethod
    def desktop(cls) -> Actor:
        """The window before a sign-in (``gui --smoke``): the desktop's user, as the CLI."""
        return issue_actor(login=f"gui:{_os_user()}", role="administrator")


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def issue_actor(*, login: str, role: str = "administrator", user_id: int | None = None) -> Actor:
    """A genuine actor. Called by ``users.sign_in`` (after the password), ``Actor.cli``/``desktop`` and for
    ``SYSTEM`` — and by tests, which stand in for a signed-in user."""
    return Actor(login=login, role=role, user_id=user_id, token=_token(login, role, user_id))


SYSTEM = issue_actor(login="system", role="administrator")


def now() -> dt.datetime:
    """Local wall-clock time, to the second: the centre works in one time zone (Almaty)."""
    return dt.datetime.now().replace(microsecond=0)
