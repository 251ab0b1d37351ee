"""GUI fixtures: Qt settings in a throw-away folder, a small centre built through the services, and a way
to answer the modal dialogs a real click opens (driving the real dialog, not a patched one)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from enrol import i18n
from enrol.db.engine import Database
from enrol.domain.children import ChildFields
from enrol.services.enrolment import places as enrolment
from enrol.services.people import children
from enrol.services.centre import clubs, groups, rooms, settings, timetable
from enrol.services.context import issue_actor
from enrol.ui.translations import install_translators

ADMIN = issue_actor(login="test:admin")
TODAY = dt.date.today()
FIRST_YEAR = TODAY.year if TODAY.month >= 9 else TODAY.year - 1


@pytest.fixture(autouse=True)
def qt_settings(tmp_path, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    qapp.setOrganizationName("enrol-tests")
    QSettings().setValue("language", "en")
    locale = QLocale()
    yield
    # A window a test left behind would still answer the next test's language change or data, as someone
    # else: every top-level widget goes with the test that made it.
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    i18n.set_language("en")
    install_translators(qapp, "en")  # a test that switched the window to kk or ru leaves English behind
    QLocale.setDefault(locale)


def register(db: Database, surname: str, name: str, birth: dt.date, *, sex: str = "f", shift: int = 1,
             phone: str = "+77011234567") -> int:
    result = children.register_child(
        db, actor=ADMIN, fields=ChildFields(surname=surname, name=name, birth_date=birth, sex=sex, shift=shift),
        guardians=[children.GuardianInput(full_name=f"{surname} Ана", phone=phone)], allow_duplicate=True)
    return result.child.id


@pytest.fixture
def centre(sqlite_db: Database) -> Database:
    """One room, a club, an open group (OPEN-1) and a full one (FULL-1, 1 seat, Асқар enrolled in it);
    both meet in the afternoon, when first-shift children are free."""
    db = sqlite_db
    settings.set_setting(db, actor=ADMIN, key="academic_year", value=f"{FIRST_YEAR}-{FIRST_YEAR + 1}")
    rooms.add_room(db, actor=ADMIN, code="2.14", name="Авиамодельдеу шеберханасы", floor=2, kind="workshop", seats=20)
    rooms.add_room(db, actor=ADMIN, code="2.15", name="Виртуалды зертхана", floor=2, kind="laboratory", seats=20)
    clubs.add_club(db, actor=ADMIN, name="Авиамодельдеу", direction="science", age_min=7, age_max=17,
                   funding="free", default_group_size=10)
    groups.add_group(db, actor=ADMIN, code="OPEN-1", club="Авиамодельдеу", seats=10)
    groups.add_group(db, actor=ADMIN, code="FULL-1", club="Авиамодельдеу", seats=1)
    timetable.add_meeting(db, actor=ADMIN, group="OPEN-1", weekday=2, start="15:00", end="16:30", room="2.14")
    timetable.add_meeting(db, actor=ADMIN, group="FULL-1", weekday=3, start="15:00", end="16:30", room="2.15")
    first = register(db, "Серікбаев", "Асқар", dt.date(FIRST_YEAR - 10, 5, 1), sex="m", phone="+77010000001")
    enrolment.enrol_child(db, actor=ADMIN, child=first, group="FULL-1")
    return db


def show_window(qtbot, db: Database):  # type: ignore[no-untyped-def]
    """The real main window on ``db``, shown as a desk shows it."""
    from enrol.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def answer_next_modal(handler: Callable[[QWidget], None]) -> None:
    """Call ``handler`` with the next modal dialog as soon as Qt shows it (the test's hand on the mouse)."""
    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            QTimer.singleShot(10, poll)
            return
        handler(widget)
    QTimer.singleShot(0, poll)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard in any layout. QTest.keyClicks handles ASCII only (it aborts on Кириллица), so
    other letters arrive as key events carrying their text, as a Kazakh or Russian layout sends them."""
    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def open_window(qtbot, db: Database, language: str | None = None):  # type: ignore[no-untyped-def]
    """The main window as the signed-in user sees it, shown (and in ``language`` when given)."""
    from enrol.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    if language is not None:
        window.set_language(language)
    window.show()
    qtbot.waitExposed(window)
    return window
