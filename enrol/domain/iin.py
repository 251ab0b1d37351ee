"""Kazakhstan's individual identification number (IIN, ЖСН, ИИН): `YYMMDD G NNNN C`.

An IIN fills in a child's birth date and sex, so a typo must be caught here rather than stored: the
date must exist, the seventh digit must name a century and a sex, and the last digit must be the check
digit.  Some 11-digit prefixes have no check digit at all (the sum comes out as 10 with both weight
sets); no such IIN is ever issued, so we refuse them too.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from enrol.domain.errors import N_, ValidationError, shown

_DIGITS = frozenset("0123456789")
_WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)

# Seventh digit → (first year of the century, sex).  Odd digits are men, even ones women.
_CENTURY_SEX = {
    "1": (1800, "m"),
    "2": (1800, "f"),
    "3": (1900, "m"),
    "4": (1900, "f"),
    "5": (2000, "m"),
    "6": (2000, "f"),
}
_SEX_CENTURY_DIGIT = {(century, sex): digit for digit, (century, sex) in _CENTURY_SEX.items()}


@dataclass(frozen=True)
class IinInfo:
    """What a valid IIN tells about its holder."""

    iin: str
    birth_date: date
    sex: str  # "f" or "m"


def iin_check_digit(first11: str) -> int | None:
    """Return the check digit for the first 11 digits, or None when no IIN with them can exist."""
    if len(first11) != 11 or not set(first11) <= _DIGITS:
        raise ValueError(f"expected 11 ASCII digits, got {first11!r}")
    digits = [int(c) for c in first11]
    for weights in (_WEIGHTS_1, _WEIGHTS_2):
        check = sum(d * w for d, w in zip(digits, weights)) % 11
        if check != 10:
            return check
    return None


def parse_iin(text: str, *, field: str = "iin") -> IinInfo:
    """Check a typed IIN and return what it says; spaces typed between digit groups are allowed."""
    iin = "".join(text.split())
    value = shown(text.strip())
    if not set(iin) <= _DIGITS:
        raise ValidationError(field, N_("IIN «{value}» may contain only digits"), value=value)
    if len(iin) != 12:
        raise ValidationError(
            field, N_("IIN «{value}» must have 12 digits, but it has {count}"), value=value, count=len(iin)
        )
    if iin[6] not in _CENTURY_SEX:
        raise ValidationError(
            field,
            N_("IIN «{value}» has a wrong century/sex digit: the seventh digit must be 1 to 6"),
            value=value,
        )
    century, sex = _CENTURY_SEX[iin[6]]
    try:
        birth_date = date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        raise ValidationError(
            field, N_("IIN «{value}» has an impossible birth date in its first six digits"), value=value
        ) from None
    check = iin_check_digit(iin[:11])
    if check is None:
        raise ValidationError(
            field, N_("IIN «{value}» cannot exist (its check digit comes out as 10 twice)"), value=value
        )
    if check != int(iin[11]):
        raise ValidationError(
            field, N_("IIN «{value}» has a wrong check digit: one of its digits is mistyped"), value=value
        )
    return IinInfo(iin=iin, birth_date=birth_date, sex=sex)


def make_iin(birth_date: date, sex: str, serial: int) -> str | None:
    """Build a valid IIN (for demo data and tests); None when this serial has no check digit."""
    digit = _SEX_CENTURY_DIGIT.get((birth_date.year // 100 * 100, sex))
    if digit is None:
        raise ValueError(f"no IIN for sex {sex!r} born in {birth_date.year}")
    if not 0 <= serial <= 9999:
        raise ValueError(f"serial must be 0..9999, got {serial}")
    first11 = f"{birth_date.year % 100:02d}{birth_date.month:02d}{birth_date.day:02d}{digit}{serial:04d}"
    check = iin_check_digit(first11)
    return None if check is None else f"{first11}{check}"
