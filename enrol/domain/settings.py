"""The centre's settings: their keys, defaults and what a valid value is (stored as text)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from enrol.domain.errors import N_, ValidationError


def _int_between(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(str(text).strip())
        except ValueError:
            raise ValidationError("value", N_("«{value}» is not a whole number"), value=text) from None
        if not low <= value <= high:
            raise ValidationError("value", N_("{value} is outside {low}–{high}"), value=value, low=low, high=high)
        return value
    return parse


def _choice(*choices: str) -> Callable[[str], str]:
    def parse(text: str) -> str:
        value = str(text).strip()
        if value not in choices:
            raise ValidationError("value", N_("«{value}» is not one of: {choices}"), value=text,
                                  choices=", ".join(choices))
        return value
    return parse


def _text(text: str) -> str:
    value = " ".join(str(text).split())
    if not value or len(value) > 200:
        raise ValidationError("value", N_("the text must have 1–200 characters"))
    return value


def _month_day(text: str) -> str:
    value = str(text).strip()
    match = re.fullmatch(r"(\d{2})-(\d{2})", value)
    try:
        if not match:
            raise ValueError
        dt.date(2000, int(match[1]), int(match[2]))
    except ValueError:
        raise ValidationError("value", N_("«{value}» is not a day of the year written MM-DD"), value=text) from None
    return value


def _hours(text: str) -> str:
    value = str(text).strip().replace("–", "-")
    match = re.fullmatch(r"(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})", value)
    if not match:
        raise ValidationError("value", N_("«{value}» is not a time range written HH:MM-HH:MM"), value=text)
    start = int(match[1]) * 60 + int(match[2])
    end = int(match[3]) * 60 + int(match[4])
    if int(match[2]) > 59 or int(match[4]) > 59 or not 0 <= start < end <= 24 * 60:
        raise ValidationError("value", N_("«{value}» is not a time range written HH:MM-HH:MM"), value=text)
    return f"{start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"


def _academic_year(text: str) -> str:
    value = str(text).strip()
    match = re.fullmatch(r"(\d{4})-(\d{4})", value)
    if not match or int(match[2]) != int(match[1]) + 1:
        raise ValidationError("value", N_("«{value}» is not an academic year written YYYY-YYYY"), value=text)
    return value


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: str
    parse: Callable[[str], Any]
    description: str


SETTINGS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("centre_name", "Инновациялық шығармашылық орталығы", _text, N_("the centre's name on documents")),
        SettingSpec("building_capacity", "1000", _int_between(1, 100_000),
                    N_("children allowed in the building at once")),
        SettingSpec("offer_days", "3", _int_between(1, 60), N_("days a freed seat is held for the child offered it")),
        SettingSpec("waitlist_mode", "offer", _choice("offer", "direct"),
                    N_("offer: hold a freed seat for the head of the waitlist; direct: enrol them at once")),
        SettingSpec("age_cutoff", "09-01", _month_day, N_("day (MM-DD) on which a child's age is counted")),
        SettingSpec("shift1_hours", "08:00-13:00", _hours, N_("school hours of the first shift")),
        SettingSpec("shift2_hours", "13:00-18:30", _hours, N_("school hours of the second shift")),
        SettingSpec("academic_year", "2026-2027", _academic_year, N_("the current academic year")),
        SettingSpec("language", "kk", _choice("kk", "ru", "en"), N_("language of the program and documents")),
        SettingSpec("backup_keep", "14", _int_between(1, 365), N_("how many automatic backups are kept")),
        SettingSpec("absence_alert", "3", _int_between(1, 30),
                    N_("absences in a row after which the registrar is told")),
        # The consent register: "no" during the transition while paper consents are entered: a child without a valid
        # consent is still enrolled, flagged, and the enrolment's reason is audited; "yes" refuses it.
        SettingSpec("consent_required", "no", _choice("no", "yes"),
                    N_("yes: a child without a valid personal-data consent cannot be enrolled")),
        SettingSpec("retention_years", "5", _int_between(1, 75),
                    N_("years after a child's last activity before their data is anonymised")),
    )
}


def spec_for(key: str) -> SettingSpec:
    spec = SETTINGS.get(key)
    if spec is None:
        raise ValidationError("key", N_("«{value}» is not a setting; known: {known}"), value=key,
                              known=", ".join(SETTINGS))
    return spec


def parse_setting(key: str, value: str) -> Any:
    """The parsed value; a bad one raises ValidationError naming the setting, so the user knows which."""
    spec = spec_for(key)
    try:
        return spec.parse(value)
    except ValidationError as error:
        raise ValidationError(key, error.message, **error.params) from None
