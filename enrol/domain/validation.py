"""Checks of typed or imported values that services run before they write anything.

Each check returns the value as it will be stored, or raises ValidationError naming the field, so the
GUI can point at the box to correct and the CLI can say which option was wrong.  Values that reach a
message are shown with invisible characters escaped and cut short, so a message can never be
reordered by a text-direction override or flooded by a huge paste.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime

from enrol.domain.errors import N_, ValidationError, shown

_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_DIGITS = frozenset("0123456789")


def clean_text(
    text: str | None, *, field: str, max_length: int = 200, required: bool = False, multiline: bool = False
) -> str | None:
    """Free text (school, notes, a reason): kept as typed, trimmed, NFC, without hidden characters.

    Text is data, never code: quotes, semicolons and the like are stored verbatim (every query binds its
    parameters).  Control characters are refused (line breaks and tabs only in multi-line text), and so
    are text-direction overrides, which can make a printed list lie about what it says.
    """
    cleaned = unicodedata.normalize("NFC", (text or "").replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not cleaned:
        if required:
            raise ValidationError(field, N_("This field is empty; please fill it in"))
        return None
    value = shown(cleaned)
    allowed = "\n\t" if multiline else ""
    for char in cleaned:
        if char in _BIDI:
            raise ValidationError(
                field, N_("The text «{value}» contains an invisible text-direction mark; please retype it"), value=value
            )
        if unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp") and char not in allowed:
            if char == "\n":
                raise ValidationError(field, N_("The text «{value}» must be on one line"), value=value)
            raise ValidationError(
                field, N_("The text «{value}» contains a control character; please retype it"), value=value
            )
    if len(cleaned) > max_length:
        raise ValidationError(
            field,
            N_("The text «{value}» is too long: {length} characters, at most {maximum} are allowed"),
            value=value,
            length=len(cleaned),
            maximum=max_length,
        )
    return cleaned


_PHONE_PUNCTUATION = re.compile(r"[\s\-().\u00a0\u2010\u2011\u2013]")


def clean_phone(text: str, *, field: str = "phone") -> str:
    """A phone number as +digits, so one number is stored one way and can be dialled from any phone.

    Kazakhstan's numbers: +7 707 123 45 67, 8 707 123 45 67, 8 (707) 123-45-67, 7071234567 and
    77071234567 all become +77071234567.  Other countries' numbers must start with + and have 8 to 15
    digits.
    """
    stripped = (text or "").strip()
    value = shown(stripped)
    if not stripped:
        raise ValidationError(field, N_("The phone number is empty; please type it"))
    compact = _PHONE_PUNCTUATION.sub("", stripped)
    plus = compact.startswith("+")
    digits = compact[1:] if plus else compact
    if not digits or not set(digits) <= _DIGITS:
        raise ValidationError(
            field, N_("The phone number «{value}» may contain only digits, spaces, brackets, hyphens and a leading +"),
            value=value,
        )
    if plus and digits.startswith("7"):
        if len(digits) == 11:
            return "+" + digits
    elif plus:
        if 8 <= len(digits) <= 15 and digits[0] != "0":
            return "+" + digits
    elif len(digits) == 11 and digits[0] in "78":
        return "+7" + digits[1:]
    elif len(digits) == 10 and digits[0] == "7":
        return "+7" + digits
    raise ValidationError(
        field,
        N_("The phone number «{value}» is incomplete or too long: write it as +7 707 123 45 67 or +country code"),
        value=value,
    )


_EMAIL_LOCAL = re.compile(r"[^\s@\"(),:;<>\[\\\]]+")
_EMAIL_LABEL = re.compile(r"(?!-)[^\W_]+(?:-+[^\W_]+)*")


def clean_email(text: str | None, *, field: str = "email") -> str | None:
    """An optional e-mail address: one @, a plausible domain with a dot; the domain is lower-cased.

    Only whether it looks deliverable is checked; whether it exists is known only by writing to it.
    """
    stripped = unicodedata.normalize("NFC", text or "").strip()
    if not stripped:
        return None
    value = shown(stripped)
    local, at, domain = stripped.rpartition("@")
    labels = domain.split(".")
    if (
        not at
        or not stripped.isprintable()  # no controls, no invisible or direction marks
        or len(stripped) > 254
        or len(local) > 64
        or not _EMAIL_LOCAL.fullmatch(local)
        or local.startswith(".")
        or local.endswith(".")
        or ".." in local
        or len(labels) < 2
        or not all(_EMAIL_LABEL.fullmatch(label) and len(label) <= 63 for label in labels)
        or labels[-1].isdigit()
    ):
        raise ValidationError(
            field, N_("«{value}» is not an e-mail address; it should look like name@example.kz"), value=value
        )
    return f"{local}@{domain.lower()}"


def check_date(value: date, *, field: str, earliest: date | None = None, latest: date | None = None) -> date:
    """A date within [earliest, latest], both ends included when given (e.g. no birth date tomorrow)."""
    if not isinstance(value, date):
        raise ValidationError(field, N_("«{value}» is not a date"), value=shown(str(value)))
    day = value.date() if isinstance(value, datetime) else value  # a datetime counts by its day
    if earliest is not None and day < earliest:
        raise ValidationError(
            field, N_("The date {value} is too early: it must be {earliest} or later"), value=day, earliest=earliest
        )
    if latest is not None and day > latest:
        raise ValidationError(
            field, N_("The date {value} is too late: it must be {latest} or earlier"), value=day, latest=latest
        )
    return day


_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_LOCAL_DATE = re.compile(r"([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{2}|[0-9]{4})")


def parse_date(text: str, *, field: str) -> date:
    """A date typed as YYYY-MM-DD or, as staff in Kazakhstan write it, DD.MM.YYYY (also DD/MM/YYYY)."""
    stripped = (text or "").strip()
    value = shown(stripped)
    if not stripped:
        raise ValidationError(field, N_("The date is empty; please type it as DD.MM.YYYY"))
    iso, local = _ISO_DATE.fullmatch(stripped), _LOCAL_DATE.fullmatch(stripped)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif local:
        if len(local.group(3)) == 2:
            raise ValidationError(
                field, N_("The date «{value}» needs a four-digit year, for example 14.03.2015"), value=value
            )
        day, month, year = (int(part) for part in local.groups())
    else:
        raise ValidationError(
            field, N_("«{value}» is not a date: type it as DD.MM.YYYY, for example 14.03.2015"), value=value
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, N_("The date «{value}» does not exist in the calendar"), value=value) from None


_INTEGER = re.compile(r"[+-]?[0-9]+")


def check_int(value: object, *, field: str, minimum: int | None = None, maximum: int | None = None) -> int:
    """A whole number within [minimum, maximum]; also from text ("25") or a whole float (25.0 from XLSX)."""
    number: int | None = None
    if isinstance(value, bool):
        number = None  # True is not a number of seats
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
        if len(value.strip()) > 19:  # also keeps int() below Python's limit on digits
            raise ValidationError(field, N_("The number «{value}» has far too many digits"), value=shown(value))
        number = int(value.strip())
    if number is None:
        raise ValidationError(field, N_("«{value}» is not a whole number"), value=shown(str(value)))
    if minimum is not None and number < minimum:
        raise ValidationError(
            field, N_("The number {value} is too small: it must be at least {minimum}"), value=number, minimum=minimum
        )
    if maximum is not None and number > maximum:
        raise ValidationError(
            field, N_("The number {value} is too large: it must be at most {maximum}"), value=number, maximum=maximum
        )
    return number


def check_choice(value: str, *, field: str, choices: Iterable[str]) -> str:
    """One of the allowed values, returned as the list spells it (a different case is accepted)."""
    options = list(choices)
    typed = (value or "").strip() if isinstance(value, str) else ""
    if typed in options:
        return typed
    folded = [option for option in options if option.casefold() == typed.casefold()]
    if typed and len(folded) == 1:
        return folded[0]
    raise ValidationError(
        field,
        N_("«{value}» is not one of the allowed values: {choices}"),
        value=shown(str(value)),
        choices=", ".join(options),
    )
