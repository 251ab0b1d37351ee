"""A teacher's register driven through the real window: choose the teacher, today's session, one tap per child,
"everyone present" in one action, a correction — then the database is checked, history and all."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QTableView, QWidget
from sqlalchemy import select

from enrol.db.models import Attendance, AttendanceChange, Enrolment
from enrol.services.enrolment import places as enrolment
from enrol.services.attendance import marks as attendance, month as attendance_reports
from enrol.services.centre import groups, settings, staff, timetable
from enrol.ui.main_window import MainWindow
from enrol.ui.models.attendance_month_model import AttendanceMonthModel
from enrol.ui.models.attendance_session_model import AttendanceSessionModel
from enrol.ui.session import current_actor
from tests.gui.conftest import ADMIN, FIRST_YEAR, TODAY, answer_next_modal, register


def _today_group(db) -> tuple[int, list[int]]:  # type: ignore[no-untyped-def]
    """TODAY-1 meets on today's weekday, taught by Байжанова; three children enrolled from today."""
    teacher = staff.add_staff(db, actor=ADMIN, surname="Байжанова", name="Гүлнар", position="teacher").id
    groups.add_group(db, actor=ADMIN, code="TODAY-1", club="Авиамодельдеу", seats=10, teacher_id=teacher)
    timetable.add_meeting(db, actor=ADMIN, group="TODAY-1", weekday=TODAY.isoweekday(), start="15:00", end="16:30",
                          room="2.14")
    kids = [register(db, surname, name, dt.date(FIRST_YEAR - 10, 3, n + 1), phone=f"+7702000000{n}")
            for n, (surname, name) in enumerate((("Әлиева", "Аружан"), ("Нұрланов", "Ерлан"), ("Қасымова", "Дана")))]
    for kid in kids:
        enrolment.enrol_child(db, actor=ADMIN, child=kid, group="TODAY-1")
    return teacher, kids


def _marks(db) -> dict[int, str]:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return dict(session.execute(
            select(Enrolment.child_id, Attendance.mark).join(Enrolment, Enrolment.id == Attendance.enrolment_id)
            .where(Attendance.date == TODAY)).tuples().all())


def _tap(qtbot, table: QTableView, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def test_a_teacher_marks_todays_session_and_corrects_a_mark(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    teacher, (aruzhan, erlan, dana) = _today_group(centre)
    window = MainWindow(centre)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.attendance_page
    window._nav.setCurrentRow(window.row_of_page(page))  # noqa: SLF001 - the user's click on the navigation
    page.teacher.setCurrentIndex(page.teacher.findData(teacher))
    assert [s.group for s in page.sessions_model.rows()] == ["TODAY-1"]
    assert page.current_group() == "TODAY-1" and page.register_model.rowCount() == 3
    model, table = page.register_model, page.register
    row_of = {row.child_id: n for n, row in enumerate(model.rows())}

    # one tap: Дана came late
    _tap(qtbot, table, model.index(row_of[dana], AttendanceSessionModel.COL_LATE))
    assert _marks(centre) == {dana: "late"}
    # everyone else present, in one action
    qtbot.mouseClick(page.all_present_button, Qt.MouseButton.LeftButton)
    assert _marks(centre) == {aruzhan: "present", erlan: "present", dana: "late"}
    assert not page.all_present_button.isEnabled()
    assert page.sessions_model.rows()[0].marked == 3
    # the correction: Ерлан was not there after all
    _tap(qtbot, table, model.index(row_of[erlan], AttendanceSessionModel.COL_ABSENT))
    assert _marks(centre) == {aruzhan: "present", erlan: "absent", dana: "late"}
    assert model.data(model.index(row_of[erlan], AttendanceSessionModel.COL_ABSENT)) == "✔"
    assert model.data(model.index(row_of[erlan], AttendanceSessionModel.COL_PRESENT)) == ""
    with centre.read() as session:
        history = session.execute(
            select(AttendanceChange.from_mark, AttendanceChange.to_mark, AttendanceChange.changed_by)
            .join(Enrolment, Enrolment.id == AttendanceChange.enrolment_id)
            .where(Enrolment.child_id == erlan).order_by(AttendanceChange.id)).all()
        marked_by = session.scalar(select(Attendance.marked_by).join(Enrolment, Enrolment.id == Attendance.enrolment_id)
                                   .where(Enrolment.child_id == erlan))
    assert [tuple(h) for h in history] == [(None, "present", current_actor().login),
                                           ("present", "absent", current_actor().login)]
    assert marked_by == current_actor().login

    # the history is shown to the teacher too
    table.setCurrentIndex(model.index(row_of[erlan], AttendanceSessionModel.COL_CHILD))
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    answer_next_modal(read)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    assert seen and "Нұрланов Ерлан" in seen[0] and "present → absent" in seen[0]


def test_no_session_no_register_and_the_future_is_not_offered(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    _today_group(centre)
    window = MainWindow(centre)
    qtbot.addWidget(window)
    page = window.attendance_page
    page.refresh()
    assert page.day.maximumDate().toPython() == TODAY
    page.day.setDate(page.day.date().addDays(-1))  # TODAY-1 does not meet yesterday
    assert "TODAY-1" not in [s.group for s in page.sessions_model.rows()]


def test_the_attendance_models_pass_qtmodeltester(qtmodeltester, centre) -> None:  # type: ignore[no-untyped-def]
    _, kids = _today_group(centre)
    attendance.mark_attendance(centre, actor=ADMIN, group="TODAY-1", day=TODAY, marks={kids[0]: "absent"})
    register_model = AttendanceSessionModel()
    register_model.set_rows(attendance.session_sheet(centre, actor=ADMIN, group="TODAY-1", day=TODAY).rows)
    qtmodeltester.check(register_model, force_py=True)
    month_model = AttendanceMonthModel()
    month_model.set_grid(attendance_reports.month_grid(centre, actor=ADMIN, group="TODAY-1", month=TODAY))
    assert month_model.rowCount() == 3 and month_model.columnCount() >= 4
    qtmodeltester.check(month_model, force_py=True)
    month_model.set_grid(None)
    qtmodeltester.check(month_model, force_py=True)
    window = MainWindow(centre)
    page = window.attendance_page
    page.refresh()
    for model in (page.sessions_model, page.absences_view.model, page.month_view.rates_model,
                  page.child_view.model):
        qtmodeltester.check(model, force_py=True)
    window.close()


def test_every_tab_shows_something_useful(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    _, kids = _today_group(centre)
    attendance.mark_attendance(centre, actor=ADMIN, group="TODAY-1", day=TODAY, marks={kids[1]: "absent"})
    settings.set_setting(centre, actor=ADMIN, key="absence_alert", value="1")
    window = MainWindow(centre)
    qtbot.addWidget(window)
    page = window.attendance_page
    page.tabs.setCurrentWidget(page.month_view)
    page.month_view.show_group("TODAY-1")
    grid = page.month_view.grid_model.grid()
    assert grid is not None and TODAY in grid.dates and len(grid.rows) == 3
    page.tabs.setCurrentWidget(page.absences_view)
    assert [a.child_id for a in page.absences_view.model.rows()] == [kids[1]]
    page.tabs.setCurrentWidget(page.child_view)
    page.child_view.picker.line.setText("Нұрланов")
    page.child_view.picker.run_search()
    assert [g.group for g in page.child_view.model.rows()] == ["TODAY-1"]
    assert "Нұрланов Ерлан" in page.child_view.recent.toPlainText()
