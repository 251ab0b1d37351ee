"""Orders people read without thinking: group codes with their numbers compared as numbers."""
from __future__ import annotations

import re

_PARTS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key putting AVIA-2 before AVIA-10, as a registrar expects, where plain text order would not.

    Digits compare as numbers, the rest without case; each part is tagged so that a number and a word at
    the same place compare without a TypeError."""
    return tuple((0, int(part)) if part.isdigit() else (1, part.casefold())
                 for part in _PARTS.split(text) if part)


__all__ = ["natural_key"]
