"""Each restricted role signed in through the real sign-in service opens its pages without a single refusal:
a specialist on their own week and booking for themself, a teacher on their own groups with no tab that can
only refuse them; and a new user gets the least-privileged role unless someone chooses more."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget

from enrol.db.engine import Database
from enrol.services.bookings import specialists
from enrol.services.centre import groups, rooms, staff
from enrol.services.people import users
from enrol.ui.dialogs.appointment_dialog import AppointmentDialog
from enrol.ui.dialogs.user_dialog import UserDialog
from enrol.ui.errors import collecting_errors
from enrol.ui.session import set_actor
from tests.gui.conftest import ADMIN, answer_next_modal, open_window

PASSWORD = "Алатау-2026 көктем"


@pytest.fixture(autouse=True)
def signed_out() -> Iterator[None]:
    set_actor(None)
    yield
    set_actor(None)


def _sign_in(db: Database, login: str) -> None:
    set_actor(users.sign_in(db, login=login, password=PASSWORD))


def test_a_specialist_opens_on_their_own_week_and_books_for_themself(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    rooms.add_room(centre, actor=ADMIN, code="1.12", name="Психолог кабинеті", floor=1, kind="cabinet", seats=4)
    rooms.add_room(centre, actor=ADMIN, code="1.14", name="Логопед кабинеті", floor=1, kind="cabinet", seats=4)
    # the other specialist sorts first, so a page that takes the first entry opens on their week
    staff.add_staff(centre, actor=ADMIN, surname="Әлиева", name="Дина", position="specialist",
                    specialty="psychologist", cabinet="1.12")
    me = staff.add_staff(centre, actor=ADMIN, surname="Сейітова", name="Жанар", position="specialist",
                         specialty="speech_therapist", cabinet="1.14")
    users.add_user(centre, actor=ADMIN, login="spec", role="specialist", full_name="Сейітова Жанар",
                   password=PASSWORD, staff_id=me.id)
    own = next(s.id for s in specialists.list_specialists(centre) if s.staff_id == me.id)
    _sign_in(centre, "spec")
    with collecting_errors() as errors:
        window = open_window(qtbot, centre)
        page = window.show_page("specialists")
        assert page.specialist.currentData() == own
        assert page.specialist.count() == 1 and not page.specialist.isEnabled()
        assert not page.refer_button.isVisibleTo(page)  # referring is the teachers' and the desk's
        seen: list[tuple[object, int]] = []

        def look(widget: QWidget) -> None:
            assert isinstance(widget, AppointmentDialog)
            seen.append((widget.specialist.currentData(), widget.specialist.count()))
            widget.reject()
        answer_next_modal(look)
        page.book_appointment()
    assert seen == [(own, 1)]
    assert errors == []


@pytest.fixture
def two_teachers(centre: Database) -> Database:
    mine = staff.add_staff(centre, actor=ADMIN, surname="Байжанова", name="Гүлнар", position="teacher")
    other = staff.add_staff(centre, actor=ADMIN, surname="Ахметов", name="Ерлан", position="teacher")
    groups.add_group(centre, actor=ADMIN, code="MINE-1", club="Авиамодельдеу", seats=10, teacher_id=mine.id)
    groups.add_group(centre, actor=ADMIN, code="OTHER-1", club="Авиамодельдеу", seats=10, teacher_id=other.id)
    users.add_user(centre, actor=ADMIN, login="teach", role="teacher", full_name="Байжанова Гүлнар",
                   password=PASSWORD, staff_id=mine.id)
    return centre


def test_a_teacher_sees_their_own_groups_on_every_tab(qtbot, two_teachers) -> None:  # type: ignore[no-untyped-def]
    _sign_in(two_teachers, "teach")
    with collecting_errors() as errors:
        window = open_window(qtbot, two_teachers)
        page = window.show_page("attendance")
        assert not page.teacher.isVisibleTo(page)  # no "All teachers" to choose
        for tab in range(page.tabs.count()):  # every tab opens, none refuses
            page.tabs.setCurrentIndex(tab)
        month = page.month_view
        assert [month.group.itemData(i) for i in range(month.group.count())] == ["MINE-1"]
        assert month.grid_model.rowCount() == 0 and {r.group for r in month.rates_model.rows()} == {"MINE-1"}
    assert errors == []


def test_the_desk_still_chooses_among_every_teacher_and_group(qtbot, two_teachers) -> None:  # type: ignore[no-untyped-def]
    with collecting_errors() as errors:
        page = open_window(qtbot, two_teachers).show_page("attendance")
        assert page.teacher.isVisibleTo(page) and page.teacher.count() == 3  # "All teachers" and both
        page.tabs.setCurrentIndex(1)
        assert {page.month_view.group.itemData(i) for i in range(page.month_view.group.count())} >= {
            "MINE-1", "OTHER-1"}
    assert errors == []


def test_a_new_user_defaults_to_the_least_privileged_role(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = UserDialog(None, staff=[])
    qtbot.addWidget(dialog)
    # the door's staff hold the fewest permissions (scan cards, see who may collect a child)
    assert dialog.role.currentData() == "entrance"
