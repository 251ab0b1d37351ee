"""Entrance card codes: what a USB scanner types at the door, and how a misread is told from an unknown card.

A code is 10 digits: nine random ones and a Damm check digit. Digits only, because a scanner types through
the desk's keyboard layout and a Russian or Kazakh layout turns Latin letters into Cyrillic ones; 10 and
never 12, because 12 digits are an IIN's shape. Random, so a lost card tells its finder nothing about the
child. The Damm check digit catches every single wrong digit and every swap of two neighbours — the usual
misreads of a crumpled barcode or a hand-typed code — so those are answered "scan again", not "unknown card".
"""
from __future__ import annotations

import secrets

from enrol.domain.errors import N_, ValidationError

CODE_LENGTH = 10

# The Damm algorithm's quasigroup of order 10 (totally anti-symmetric: adjacent transpositions change the result).
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


def damm_digit(digits: str) -> int:
    """The check digit that makes ``digits`` + it check to 0."""
    interim = 0
    for char in digits:
        interim = _DAMM[interim][int(char)]
    return interim


def is_valid_code(code: str) -> bool:
    return len(code) == CODE_LENGTH and code.isascii() and code.isdigit() and damm_digit(code) == 0


def new_code() -> str:
    """A random code; the first digit is never 0, so a spreadsheet cannot drop it."""
    body = str(secrets.randbelow(9) + 1) + "".join(str(secrets.randbelow(10)) for _ in range(CODE_LENGTH - 2))
    return body + str(damm_digit(body))


def parse_code(text: str) -> str:
    """The code a scanner or a person typed, or ValidationError (CLI exit 3) saying what to do about it.

    Spaces and dashes a person types between groups of digits are dropped; anything else is refused."""
    cleaned = "".join(str(text).split()).replace("-", "")
    if not cleaned:
        raise ValidationError("code", N_("no card code was given"))
    if not (cleaned.isascii() and cleaned.isdigit()):
        raise ValidationError("code", N_("«{value}» is not a card code: a card code has only digits "
                                         "(is the scanner typing through another keyboard layout?)"), value=text)
    if len(cleaned) != CODE_LENGTH:
        raise ValidationError("code", N_("«{value}» is not a card code: a card code has {length} digits, "
                                         "this has {count}; scan again"), value=cleaned, length=CODE_LENGTH,
                              count=len(cleaned))
    if damm_digit(cleaned) != 0:
        raise ValidationError("code", N_("«{value}» was misread (its check digit is wrong); scan again"),
                              value=cleaned)
    return cleaned


def looks_like_code(text: str) -> bool:
    """Whether typed text is meant as a card code (10 digits) rather than a child's id or IIN."""
    cleaned = "".join(str(text).split())
    return cleaned.isdigit() and len(cleaned) == CODE_LENGTH
