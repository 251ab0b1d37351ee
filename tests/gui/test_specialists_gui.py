"""Specialist cabinets and hall events driven through the real window: a weekly booking whose clashing date is
refused while the others are booked; private notes; an event of 280 in the 300-seat hall accepted, one of 320
refused, and one that would push the building over its capacity refused with the time named."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from sqlalchemy import func, select

from enrol.db.models import Appointment, Event, SessionNote
from enrol.services.enrolment import places as enrolment
from enrol.services.bookings import events, specialists
from enrol.services.centre import rooms, settings, staff, timetable
from enrol.services.context import Actor, issue_actor
from enrol.ui.dialogs.appointment_dialog import AppointmentDialog
from enrol.ui.dialogs.appointment_notes_dialog import AppointmentNotesDialog
from enrol.ui.dialogs.event_dialog import EventDialog
from enrol.ui.main_window import MainWindow
from enrol.ui.models.appointment_week_model import AppointmentWeekModel
from enrol.ui.session import current_actor, set_actor
from tests.gui.conftest import ADMIN, FIRST_YEAR, TODAY, answer_next_modal, register, type_text


def _next(weekday: int) -> dt.date:
    return TODAY + dt.timedelta(days=(weekday - TODAY.isoweekday() - 1) % 7 + 1)


MONDAY, SATURDAY = _next(1), _next(6)


def _window(qtbot, db):  # type: ignore[no-untyped-def]
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _speech_therapist(db) -> int:  # type: ignore[no-untyped-def]
    rooms.add_room(db, actor=ADMIN, code="1.14", name="Логопед кабинеті", floor=1, kind="cabinet", seats=4)
    staff.add_staff(db, actor=ADMIN, surname="Сейітова", name="Жанар", position="specialist",
                    specialty="speech_therapist", cabinet="1.14")
    return specialists.list_specialists(db)[0].id


class BoxWatcher:
    """Reads (and closes) the next message box, if one comes: a refusal or an outcome after a dialog's OK."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.active = True

    def start(self) -> None:
        def poll() -> None:
            if not self.active:
                return
            widget = QApplication.activeModalWidget()
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.texts.append(widget.text())
                widget.accept()
                return
            QTimer.singleShot(10, poll)
        QTimer.singleShot(0, poll)

    def stop(self) -> list[str]:
        self.active = False
        return self.texts


def test_a_weekly_booking_refuses_the_date_that_clashes_with_the_childs_club(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    specialist = _speech_therapist(centre)
    child = register(centre, "Нүсіпова", "Әсем", dt.date(FIRST_YEAR - 10, 3, 14))
    third = SATURDAY + dt.timedelta(weeks=2)
    timetable.add_meeting(centre, actor=ADMIN, group="OPEN-1", weekday=6, start="11:00", end="12:00", room="2.15",
                          valid_from=third, valid_to=third)  # OPEN-1 meets on that Saturday only, at 11:00
    enrolment.enrol_child(centre, actor=ADMIN, child=child, group="OPEN-1")
    page = _window(qtbot, centre).specialists_page
    page.refresh()
    boxes = BoxWatcher()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AppointmentDialog)
        dialog.specialist.setCurrentIndex(dialog.specialist.findData(specialist))
        type_text(dialog.picker.line, "Нүсіпова")
        dialog.picker.run_search()
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        dialog.when.setDateTime(QDateTime(QDate(SATURDAY.year, SATURDAY.month, SATURDAY.day), QTime(11, 30)))
        dialog.weeks.setValue(4)
        boxes.start()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_modal(fill)
    outcome = page.book_appointment()
    seen = boxes.stop()
    assert outcome is not None
    assert [b.starts_at.date() for b in outcome.booked] == [SATURDAY + dt.timedelta(weeks=n) for n in (0, 1, 3)]
    assert [r.starts_at.date() for r in outcome.refused] == [third]
    assert seen and "Not booked" in seen[0] and "OPEN-1" in seen[0]
    with centre.read() as session:
        assert sorted(session.scalars(select(Appointment.starts_at))) == [
            dt.datetime.combine(SATURDAY + dt.timedelta(weeks=n), dt.time(11, 30)) for n in (0, 1, 3)]
    # the calendar shows the week with the booking
    assert page.week_model.monday() == SATURDAY - dt.timedelta(days=5)
    cell = page.week_model.cell_of(outcome.booked[0].id)
    assert cell is not None and "Нүсіпова" in page.week_model.data(page.week_model.index(*cell))


def test_notes_are_shown_to_their_author_only(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    specialist = _speech_therapist(centre)
    child = register(centre, "Нүсіпова", "Әсем", dt.date(FIRST_YEAR - 10, 3, 14))
    booking = specialists.book_appointment(centre, actor=ADMIN, specialist=specialist, children=[child],
                                           starts_at=dt.datetime.combine(MONDAY, dt.time(10)), minutes=45).booked[0]
    page = _window(qtbot, centre).specialists_page
    page.refresh()
    page.select_specialist(specialist)
    page.show_week(MONDAY)
    page.week.setCurrentIndex(page.week_model.index(*page.week_model.cell_of(booking.id)))
    assert page.selected() is not None and page.notes_button.isEnabled()

    def write(dialog: QWidget) -> None:
        assert isinstance(dialog, AppointmentNotesDialog)
        type_text(dialog.new_note, "Р дыбысы әлі қиын")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    answer_next_modal(write)
    page.notes_of_selected()
    with centre.read() as session:
        assert session.scalar(select(SessionNote.author_login)) == current_actor().login
    author = current_actor()
    shown: list[str] = []

    def look(dialog: QWidget) -> None:
        shown.append(dialog.earlier.toPlainText())  # type: ignore[attr-defined]
        dialog.reject()  # type: ignore[attr-defined]

    try:
        set_actor(issue_actor(login="gui:someone-else", role="administrator"))
        answer_next_modal(look)
        page.notes_of_selected()
    finally:
        set_actor(author)
    answer_next_modal(look)
    page.notes_of_selected()
    assert "Р дыбысы" not in shown[0] and "Р дыбысы әлі қиын" in shown[1]


def _hall(db) -> None:  # type: ignore[no-untyped-def]
    rooms.add_room(db, actor=ADMIN, code="1.01", name="Көрермен залы (300 орын)", floor=1, kind="hall", seats=300)


def _book_event(qtbot, page, *, title: str, room: str, start: str, end: str, headcount: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Fill the real dialog, press OK; returns the texts of any message box that followed (a refusal)."""
    boxes = BoxWatcher()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, EventDialog)
        type_text(dialog.title, title)
        dialog.room.setCurrentIndex(dialog.room.findData(room))
        dialog.day.setDate(QDate(SATURDAY.year, SATURDAY.month, SATURDAY.day))
        dialog.start.setTime(QTime.fromString(start, "HH:mm"))
        dialog.end.setTime(QTime.fromString(end, "HH:mm"))
        dialog.headcount.setValue(headcount)
        boxes.start()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_modal(fill)
    page.new_event(day=SATURDAY)
    return boxes.stop()


def test_an_event_of_280_fits_the_hall_and_one_of_320_does_not(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    _hall(centre)
    page = _window(qtbot, centre).events_page
    assert _book_event(qtbot, page, title="Наурыз концерті", room="1.01", start="15:00", end="17:00",
                       headcount=280) == []
    refused = _book_event(qtbot, page, title="Үлкен концерт", room="1.01", start="18:00", end="19:00", headcount=320)
    assert refused and "300" in refused[0] and "320" in refused[0]
    with centre.read() as session:
        assert [(e.title, e.headcount) for e in session.scalars(select(Event))] == [("Наурыз концерті", 280)]
    assert [e.headcount for e in page.model.rows()] == [280]


def test_an_event_over_the_building_capacity_is_refused_with_the_time(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    _hall(centre)
    settings.set_setting(centre, actor=ADMIN, key="building_capacity", value="290")
    events.add_event(centre, actor=ADMIN, title="Наурыз концерті", room="1.01",
                     starts_at=dt.datetime.combine(SATURDAY, dt.time(15)),
                     ends_at=dt.datetime.combine(SATURDAY, dt.time(17)), headcount=280)
    page = _window(qtbot, centre).events_page
    refused = _book_event(qtbot, page, title="Ата-аналар жиналысы", room="2.14", start="16:00", end="18:00",
                          headcount=20)
    assert refused and f"{SATURDAY.isoformat()} 16:00" in refused[0] and "290" in refused[0]
    with centre.read() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 1


def test_the_week_and_list_models_pass_qtmodeltester(qtmodeltester, qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    specialist = _speech_therapist(centre)
    child = register(centre, "Нүсіпова", "Әсем", dt.date(FIRST_YEAR - 10, 3, 14))
    specialists.book_appointment(centre, actor=ADMIN, specialist=specialist, children=[child],
                                 starts_at=dt.datetime.combine(MONDAY, dt.time(19, 30)), minutes=90, weeks=2)
    model = AppointmentWeekModel()
    model.set_week(MONDAY, specialists.week_calendar(centre, actor=ADMIN, specialist=specialist, week_of=MONDAY))
    assert model.rowCount() == 26 and model.data(model.index(23, 0)).startswith("19:30")  # widened to 21:00
    qtmodeltester.check(model, force_py=True)
    window = _window(qtbot, centre)
    window.specialists_page.refresh()
    window.events_page.refresh()
    qtmodeltester.check(window.specialists_page.week_model, force_py=True)
    qtmodeltester.check(window.specialists_page.referrals_model, force_py=True)
    qtmodeltester.check(window.events_page.model, force_py=True)


def test_a_referral_is_made_and_booked_then_the_appointment_moved_and_cancelled(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    specialist = _speech_therapist(centre)
    child = register(centre, "Нүсіпова", "Әсем", dt.date(FIRST_YEAR - 10, 3, 14))
    page = _window(qtbot, centre).specialists_page
    page.refresh()

    def refer(dialog: QWidget) -> None:
        type_text(dialog.picker.line, "Нүсіпова")  # type: ignore[attr-defined]
        dialog.picker.run_search()  # type: ignore[attr-defined]
        dialog.specialty.setCurrentIndex(dialog.specialty.findData("speech_therapist"))  # type: ignore[attr-defined]
        type_text(dialog.reason, "Дыбыстарды шатастырады")  # type: ignore[attr-defined]
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]

    answer_next_modal(refer)
    page.refer_child()
    assert [(r.child_id, r.specialty) for r in page.referrals_model.rows()] == [(child, "speech_therapist")]
    page.referrals.selectRow(0)
    boxes = BoxWatcher()

    def book(dialog: QWidget) -> None:
        assert isinstance(dialog, AppointmentDialog) and dialog.chosen.count() == 1  # the referred child
        dialog.when.setDateTime(QDateTime(QDate(MONDAY.year, MONDAY.month, MONDAY.day), QTime(10, 0)))
        boxes.start()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_modal(book)
    page.book_selected_referral()
    boxes.stop()
    assert page.referrals_model.rowCount() == 0
    booked = specialists.week_calendar(centre, actor=ADMIN, specialist=specialist, week_of=MONDAY)
    assert [a.starts_at.hour for a in booked] == [10]
    page.week.setCurrentIndex(page.week_model.index(*page.week_model.cell_of(booked[0].id)))

    def move(dialog: QWidget) -> None:
        dialog.when.setDateTime(QDateTime(QDate(MONDAY.year, MONDAY.month, MONDAY.day), QTime(12, 0)))  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    answer_next_modal(move)
    page.reschedule_selected()
    moved = specialists.week_calendar(centre, actor=ADMIN, specialist=specialist, week_of=MONDAY)
    assert [a.starts_at.hour for a in moved] == [12]
    page.week.setCurrentIndex(page.week_model.index(*page.week_model.cell_of(moved[0].id)))

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "This one").click()

    answer_next_modal(cancel)
    page.cancel_selected()
    assert specialists.week_calendar(centre, actor=ADMIN, specialist=specialist, week_of=MONDAY) == []
    with centre.read() as session:
        assert sorted(session.scalars(select(Appointment.status))) == ["cancelled", "rescheduled"]
