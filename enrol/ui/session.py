"""Who is using the window. Until sign-in exists (the people issue) the GUI acts as the desktop's user."""
from __future__ import annotations

import getpass

from enrol.services.context import Actor

_actor: Actor | None = None


def current_actor() -> Actor:
    global _actor
    if _actor is None:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = "unknown"
        _actor = Actor(login=f"gui:{user}", role="administrator")
    return _actor


def set_actor(actor: Actor) -> None:
    global _actor
    _actor = actor
