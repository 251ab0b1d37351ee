"""The project's one translation helper outside the GUI (the GUI uses Qt's ``tr()``).

Catalogues are JSON files ``resources/translations/messages.<lang>.json`` mapping the English text to the
translation; a test checks that every ``tr("…")`` and ``N_("…")`` literal of the package has a Kazakh and a
Russian entry. English is the source language and needs no catalogue.
"""
from __future__ import annotations

import datetime as dt
import json
import locale
import os
from collections.abc import Mapping
from functools import cache
from typing import Any

from enrol.domain import vocabulary
from enrol.domain.errors import N_, EnrolError, Notice, ValidationError
from enrol.resources import resource_path

LANGUAGES = ("kk", "ru", "en")
_language = "en"

# Field names as the user knows them; ValidationError.field is the key.
FIELD_LABELS: dict[str, str] = {
    "iin": N_("IIN"),
    "surname": N_("surname"),
    "name": N_("given name"),
    "patronymic": N_("patronymic"),
    "birth_date": N_("birth date"),
    "sex": N_("sex"),
    "school": N_("school"),
    "grade": N_("grade"),
    "shift": N_("school shift"),
    "district": N_("district"),
    "priority": N_("priority category"),
    "notes": N_("notes"),
    "guardian": N_("guardian"),
    "guardian_relation": N_("guardian's relation"),
    "phone": N_("phone"),
    "email": N_("e-mail"),
    "code": N_("code"),
    "floor": N_("floor"),
    "kind": N_("kind"),
    "seats": N_("seats"),
    "direction": N_("direction"),
    "age_min": N_("youngest age"),
    "age_max": N_("oldest age"),
    "funding": N_("funding"),
    "language": N_("language"),
    "weekday": N_("weekday"),
    "start": N_("start time"),
    "end": N_("end time"),
    "room": N_("room"),
    "teacher": N_("teacher"),
    "club": N_("club"),
    "group": N_("group"),
    "child": N_("child"),
    "value": N_("value"),
    "key": N_("setting"),
    "children": N_("number of children"),
    "seed": N_("seed"),
    "limit": N_("limit"),
    "search": N_("search text"),
    "file": N_("file"),
    "date": N_("date"),
    "at": N_("moment"),
    "reason": N_("reason"),
    "academic_year": N_("academic year"),
    "valid_from": N_("valid from"),
    "valid_to": N_("valid to"),
    "position": N_("position"),
    "relation": N_("relation"),
    "month": N_("month"),
    "specialist": N_("specialist"),
    "applied_at": N_("application time"),
    "voucher_number": N_("voucher number"),
    "start_date": N_("start date"),
    "order_by": N_("sort order"),
    "description": N_("description"),
    "specialty": N_("specialty"),
    "title": N_("title"),
    "headcount": N_("headcount"),
    "minutes": N_("minutes"),
    "weeks": N_("weeks"),
    "mark": N_("mark"),
    "login": N_("login"),
    "password": N_("password"),
    "role": N_("role"),
    "full_name": N_("full name"),
    "scope": N_("what data"),
    "valid_until": N_("valid until"),
    "signed_on": N_("signed on"),
    "since": N_("since"),
    "status": N_("status"),
    "id": N_("number"),
    "number": N_("number"),
    "period": N_("period"),
    "override_reason": N_("reason for the exception"),
}

# Stored values that are codes of a fixed list, by the field that holds them (the audit trail's before/after).
_VALUE_WORDS: dict[str, tuple[dict[str, str], ...]] = {
    "status": (vocabulary.ENROLMENT_STATUSES, vocabulary.CONSENT_STATUSES),
    "funding": (vocabulary.ENROLMENT_FUNDING, vocabulary.CLUB_FUNDING),
    "kind": (vocabulary.ROOM_KINDS,), "direction": (vocabulary.DIRECTIONS,), "role": (vocabulary.ROLE_NAMES,),
    "sex": (vocabulary.SEXES,), "relation": (vocabulary.GUARDIAN_RELATIONS,),
    "language": (vocabulary.TEACHING_LANGUAGES,), "specialty": (vocabulary.SPECIALTIES,),
}


def _system_language() -> str:
    for variable in ("ENROL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value[:2] in LANGUAGES:
            return value[:2]
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return code[:2] if code[:2] in LANGUAGES else "en"


def set_language(language: str | None) -> str:
    """Choose the language of messages; None means the user's environment (ENROL_LANG, then the locale)."""
    global _language
    chosen = language or _system_language()
    if chosen not in LANGUAGES:
        raise ValueError(f"unknown language {chosen!r}; use one of {', '.join(LANGUAGES)}")
    _language = chosen
    return chosen


def current_language() -> str:
    return _language


@cache
def catalogue(language: str) -> dict[str, str | list[str]]:
    if language == "en":
        return {}
    path = resource_path("translations", f"messages.{language}.json")
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        return {}
    return {key: value for key, value in data.items() if value}


def translate(message: str, *, language: str | None = None) -> str:
    found = catalogue(language or _language).get(message, message)
    if isinstance(found, list):  # a counting message asked for without its count: the first form
        return found[0]
    return found


def plural_index(language: str, count: int) -> int:
    """Which plural form a count takes: Russian one/few/many (1, 2–4, 5–20 …); Kazakh and English say the
    noun after a number in one form and two forms respectively."""
    if language == "ru":
        if count % 10 == 1 and count % 100 != 11:
            return 0
        return 1 if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14 else 2
    if language == "kk":
        return 0
    return 0 if count == 1 else 1


def ntr(singular: str, plural: str, count: int, /, **params: Any) -> str:
    """A message that counts something, in the right plural form. English gives both forms in the code; a
    catalogue entry (keyed by the singular) is either one text that reads well for any count or a list of
    the language's forms (``plural_index``)."""
    found = catalogue(_language).get(singular)
    if isinstance(found, list) and found:
        text = found[min(plural_index(_language, count), len(found) - 1)]
    elif isinstance(found, str):
        text = found
    else:
        text = singular if count == 1 else plural
    return _fill(text, singular, count=count, **params)


def tr(message: str, /, **params: Any) -> str:
    """Translate ``message`` into the current language and fill its ``{placeholders}``."""
    text = translate(message)
    if not params:
        return text
    return _fill(text, message, **params)


def _fill(text: str, message: str, **params: Any) -> str:
    params = {key: _shown(value, translated=False) for key, value in params.items()}
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return message.format(**params)


def word(vocabulary: Mapping[str, str], code: str | None) -> str:
    """A code (room kind ``hall``, funding ``free``, role, sex …) as the word users read, in the current
    language; an unknown code is shown as it is. Output meant for scripts (``--json``) keeps the codes."""
    if code is None:
        return ""
    label = vocabulary.get(code)
    return translate(label) if label else code


# One date format per language: kk and ru write 14.03.2015 as their users do; English takes ISO 2015-03-14
# so that nobody has to guess whether 03/04 is March or April.
DATE_FORMATS: dict[str, str] = {"kk": "%d.%m.%Y", "ru": "%d.%m.%Y", "en": "%Y-%m-%d"}


def format_date(value: dt.date | None, *, language: str | None = None) -> str:
    """A date in the one format of the language (``DATE_FORMATS``); a date-time also gets ``HH:MM``."""
    if value is None:
        return ""
    pattern = DATE_FORMATS[language or _language]
    if isinstance(value, dt.datetime):
        pattern += " %H:%M"
    return value.strftime(pattern)


def render(notice: Notice) -> str:
    """A phrase or sentence made of a message and its parameters (``Notice``), in the current language."""
    return tr(notice.message, **notice.params)


def record_text(stored: str | None) -> str:
    """An audit event's stored before/after (a JSON object) as "label: value" pairs in the current language:
    field names as users know them, dates in the language's format; anything else is shown as it is."""
    if not stored:
        return ""
    try:
        value = json.loads(stored)
    except ValueError:
        return stored
    if not isinstance(value, dict):
        return stored
    return _pairs(value, "; ")


def _pairs(value: dict[str, Any], separator: str) -> str:
    return separator.join(f"{field_label(key.removesuffix('_id').removesuffix('_code'))}: {_stored_value(item, key)}"
                          for key, item in value.items())


def _stored_value(item: Any, key: str = "") -> str:
    if isinstance(item, str):
        for table in _VALUE_WORDS.get(key, ()):
            if item in table:
                return translate(table[item])
        if key == "reason":  # a reason the program wrote itself (marked N_) reads in the language
            return translate(item)
        for parse in (dt.datetime.fromisoformat, dt.date.fromisoformat):
            try:
                moment = parse(item)
            except ValueError:
                continue
            if isinstance(moment, dt.datetime) and moment.time() == dt.time() and len(item) == 10:
                moment = moment.date()
            return format_date(moment)
        return item
    if item is None:
        return "—"
    if isinstance(item, dict):
        return f"({_pairs(item, ', ')})"
    if isinstance(item, list):
        return ", ".join(_stored_value(part) for part in item)
    return str(item)


def field_label(field: str) -> str:
    base = field.split(".")[-1].split("[")[0]
    label = FIELD_LABELS.get(base)
    return translate(label) if label else field


def _shown(value: Any, *, translated: bool) -> Any:
    """A message parameter as the reader sees it: vocabulary words translated, dates in the language's
    format, a weekly time with the weekday in the language (anything with ``localised``)."""
    if translated and isinstance(value, str):
        return translate(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return format_date(value)
    if isinstance(value, Notice):  # a phrase inside a sentence (the audit trail's "who")
        return tr(value.message, **value.params)
    localised = getattr(value, "localised", None)
    return localised(translate) if callable(localised) else value


def render_error(error: EnrolError) -> str:
    """One clear line for the user, in the current language."""
    params = {key: _shown(value, translated=key in error.translated_params) for key, value in error.params.items()}
    text = tr(error.message, **params)
    if isinstance(error, ValidationError):
        return f"{field_label(error.field)}: {text}"
    return text
