"""Dates in the GUI: one format per language, the same as the CLI's and the documents' (``i18n.DATE_FORMATS``).

Text is written with ``i18n.format_date``; date editors get the matching Qt display format and the current
language's locale (weekday and month names), re-applied when the language changes because a widget keeps
the locale it was created with."""
from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateTimeEdit

from enrol import i18n

# Qt's spelling of i18n.DATE_FORMATS.
QT_DATE_FORMATS: dict[str, str] = {"kk": "dd.MM.yyyy", "ru": "dd.MM.yyyy", "en": "yyyy-MM-dd"}


def date_format(*, time: bool = False, weekday: bool = False) -> str:
    pattern = QT_DATE_FORMATS[i18n.current_language()]
    if weekday:
        pattern = "ddd " + pattern
    return pattern + " HH:mm" if time else pattern


def adopt(edit: QDateTimeEdit, *, time: bool = False, weekday: bool = False, month: bool = False) -> None:
    """Give a date (or date-time, or month) editor the language's format and its weekday names."""
    edit.setLocale(QLocale())
    edit.setDisplayFormat(month_format() if month else date_format(time=time, weekday=weekday))


def month_format() -> str:
    """A month as the language writes its dates: 03.2026 in kk and ru, 2026-03 in English."""
    return "yyyy-MM" if i18n.current_language() == "en" else "MM.yyyy"
