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
def catalogue(language: str) -> dict[str, str]:
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
    return catalogue(language or _language).get(message, message)


def tr(message: str, /, **params: Any) -> str:
    """Translate ``message`` into the current language and fill its ``{placeholders}``."""
    text = translate(message)
    if not params:
        return text
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
