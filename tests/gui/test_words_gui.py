"""Every word of the window in the chosen language: each page of the main window, opened in Kazakh and in
Russian by an administrator, is scanned (labels, buttons, headers, the first rows of every table, date
fields) for runs of Latin letters that are neither a code, a name nor on the short allow-list; and dates
follow the language's one format (kk/ru 14.03.2015, en 2015-03-14), the Now page's weekday included."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QDateTimeEdit, QGroupBox, QLabel, QLineEdit, \
    QWidget

from enrol import i18n
from enrol.domain.audit_words import AUDIT_RECORDS
from enrol.services.centre import groups, rooms
from enrol.ui.main_window import PAGE_SPECS, MainWindow
from enrol.ui.session import set_actor
from tests.gui.conftest import ADMIN

# Words that stay Latin in the window, each for a reason:
ALLOWED = {
    "enrol",                                    # the program's name
    "SQLite", "PostgreSQL", "PDF", "XLSX", "CSV", "JSON",  # product and file-kind names
    "English",                                  # the language menu names each language in itself
    "test", "admin",                            # the test's own login (test:admin): a login is a name
    "aigerim", "cli", "root",                   # the example logins the audit filter's placeholder shows
    "Ctrl", "Shift", "Alt",                     # keys as printed on the keyboard, in shortcut hints
}
CODE = re.compile(r"^[A-Z]+(-\d+)?$")            # group codes (OPEN-1); room codes are digits
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
ROWS = 5


def _texts(widget: QWidget) -> list[str]:
    """What the user sees on a page: widget texts, placeholders, headers and the first rows' cells."""
    found: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget.window()):
            continue
        if isinstance(child, (QLabel, QAbstractButton)):
            found.append(child.text())
        elif isinstance(child, QLineEdit):
            found.append(child.placeholderText())
        elif isinstance(child, QGroupBox):
            found.append(child.title())
        elif isinstance(child, QDateTimeEdit):
            found.append(child.text())
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a Qt-internal model (a calendar's), not the program's data
                continue
            for column in range(columns):
                found.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
                for row in range(min(ROWS, model.rowCount(QModelIndex()))):
                    found.append(str(model.index(row, column).data() or ""))
    return found


def _foreign(texts: list[str], codes: set[str]) -> set[str]:
    words = set()
    for text in texts:
        text = re.sub(r"<[^>]+>", " ", text)  # rich text: scan the words, not the tags
        text = re.sub(r"(?<![\w])/\S+", " ", text)  # a file's path is a name
        for token in LATIN.findall(text):
            if token in ALLOWED or token in codes or CODE.match(token):
                continue
            words.add(token)
    return words


@pytest.fixture
def window(qtbot, centre):  # type: ignore[no-untyped-def]
    set_actor(ADMIN.__class__(login="test:admin", role="administrator"))
    built = MainWindow(centre)
    qtbot.addWidget(built)
    built.show()
    yield built
    built.set_language("en")  # the Qt translators and the default locale are the application's, not the window's


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_page_speaks_only_the_language(window, centre, language: str) -> None:  # type: ignore[no-untyped-def]
    window.set_language(language)
    # group and room codes, and the record kinds typed into the audit trail's filter
    codes = {g.code for g in groups.list_groups(centre)} | {r.code for r in rooms.list_rooms(centre)} | set(AUDIT_RECORDS)
    seen: dict[str, set[str]] = {}
    for spec in PAGE_SPECS:
        page = window.show_page(spec.key)
        words = _foreign(_texts(page), codes)
        if words:
            seen[spec.key] = words
    assert not seen, seen


@pytest.mark.parametrize(("language", "pattern"), [("en", r"^\d{4}-\d\d-\d\d$"), ("kk", r"^\d\d\.\d\d\.\d{4}$"),
                                                   ("ru", r"^\d\d\.\d\d\.\d{4}$")])
def test_dates_in_the_languages_one_format(window, language: str, pattern: str) -> None:  # type: ignore[no-untyped-def]
    window.set_language(language)
    page = window.show_page("children")
    page.refresh()
    births = [page.model.index(row, column).data() for row in range(page.model.rowCount())
              for column in range(page.model.columnCount())
              if re.search(r"\d", str(page.model.index(row, column).data() or "")) and
              re.search(r"[./-]", str(page.model.index(row, column).data() or ""))]
    assert births and all(re.match(pattern, str(b)) for b in births), births


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_now_moment_names_the_weekday_in_the_language(window, language: str) -> None:  # type: ignore[no-untyped-def]
    window.set_language(language)
    page = window.show_page("now")
    shown = page.moment.text()
    moment = page.moment.dateTime()
    weekday = QLocale(language).dayName(moment.date().dayOfWeek(), QLocale.FormatType.ShortFormat)
    assert shown.startswith(weekday), shown
    assert re.search(r"\d\d\.\d\d\.\d{4} \d\d:\d\d$", shown), shown
    assert i18n.current_language() == language


@pytest.mark.parametrize(("language", "expected"), [("en", "1 child"), ("ru", "1 ребёнок"), ("kk", "1 бала")])
def test_counts_take_the_languages_plural_form(window, language: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    window.set_language(language)
    page = window.show_page("children")
    page.refresh()
    assert page.model.rowCount() == 1
    assert page.count_label.text() == expected


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_date_field_of_the_window_writes_the_year_in_full(window, language: str) -> None:  # type: ignore[no-untyped-def]
    """Qt's own short format for Kazakh is 25.08.14; every date field takes the language's one format."""
    window.set_language(language)
    seen = {}
    for spec in PAGE_SPECS:
        page = window.show_page(spec.key)
        for edit in page.findChildren(QDateTimeEdit):
            if "yy" in edit.displayFormat() or "d" in edit.displayFormat():  # a date, not a time of day
                seen[f"{spec.key}.{edit.objectName()}"] = edit.displayFormat()
    assert seen
    wrong = {name: shown for name, shown in seen.items() if "yyyy" not in shown and "MMMM" not in shown}
    assert not wrong, wrong
