"""Who acts, and what time it is: the two things every service call needs besides its arguments."""
from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """The person behind a call, as the audit trail records them (``cli:<os user>`` for the CLI)."""

    login: str
    role: str = "administrator"
    user_id: int | None = None

    @classmethod
    def cli(cls) -> Actor:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = "unknown"
        return cls(login=f"cli:{user}", role="administrator")


SYSTEM = Actor(login="system", role="administrator")


def now() -> dt.datetime:
    """Local wall-clock time, to the second: the centre works in one time zone (Almaty)."""
    return dt.datetime.now().replace(microsecond=0)
