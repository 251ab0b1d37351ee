"""The Entrance page driven as a USB scanner drives it — fast digits, then Enter — in Kazakh and Russian:
IN then OUT with the child's name large and coloured, a misread red and nothing stored, a child who may not
leave alone held until the desk names who collects them, the forgotten-card search, and undo from the list."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from enrol.services.entrance import cards, scans
from enrol.services.enrolment import places as enrolment
from enrol.services.centre import timetable
from enrol.ui.main_window import MainWindow
from enrol.ui.pages.entrance_page import EntrancePage
from enrol.ui.translations import install_translators
from tests.gui.conftest import ADMIN, FIRST_YEAR, TODAY, register

@pytest.fixture(autouse=True)
def english_afterwards(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The window's language switch installs Qt translators on the application: remove them for the next test."""
    yield
    install_translators(qapp, "en")


WORDS = {"kk": ("КІРДІ", "ШЫҚТЫ", "қате оқылды"), "ru": ("ВХОД", "ВЫХОД", "считан с ошибкой")}


def _window(qtbot, db) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _page(qtbot, db, language: str) -> EntrancePage:  # type: ignore[no-untyped-def]
    window = _window(qtbot, db)
    window.set_language(language)
    page = window.show_page("entrance")
    assert isinstance(page, EntrancePage)
    qtbot.waitUntil(page.scan.hasFocus)  # the page takes the focus for the scanner by itself
    return page


def _scan(qtbot, page: EntrancePage, text: str) -> None:  # type: ignore[no-untyped-def]
    """What a scanner does: the digits typed into the focused widget within milliseconds, then Enter."""
    assert page.scan.hasFocus()
    qtbot.keyClicks(page.scan, text)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_scanner_keystrokes_check_a_child_in_and_out(qtbot, centre, language: str) -> None:  # type: ignore[no-untyped-def]
    child = register(centre, "Жұмабаева", "Аружан", dt.date(FIRST_YEAR - 11, 4, 2), phone="+77010000077")
    timetable.add_meeting(centre, actor=ADMIN, group="OPEN-1", weekday=TODAY.isoweekday(), start="00:00",
                          end="23:59", room="2.15")
    enrolment.enrol_child(centre, actor=ADMIN, child=child, group="OPEN-1", start_date=TODAY,
                          override_reason="test: meets all day")
    code = cards.child_card(centre, actor=ADMIN, child=child).code
    page = _page(qtbot, centre, language)
    came, went, misread = WORDS[language]

    _scan(qtbot, page, code)
    assert page.colour == "green" and page.status_label.text() == came
    assert "Жұмабаева Аружан" in page.name_label.text() and "2.15" in page.details_label.text()
    assert scans.inside_now(centre, actor=ADMIN).count == 1
    assert page.scan.text() == "" and page.scan.hasFocus()
    assert page.recent.rowCount() == 1

    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    _scan(qtbot, page, wrong)
    assert page.colour == "red" and misread in page.name_label.text()
    assert page.recent.rowCount() == 1 and scans.inside_now(centre, actor=ADMIN).count == 1

    _scan(qtbot, page, code)
    assert page.colour == "green" and page.status_label.text() == went
    assert scans.inside_now(centre, actor=ADMIN).count == 0 and page.recent.rowCount() == 2
    assert page.inside_label.text().count("0") >= 1


def test_a_young_child_waits_for_a_named_adult_and_a_wrong_scan_is_undone(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    child = register(centre, "Төлеген", "Нұрай", dt.date(TODAY.year - 7, 2, 3), phone="+77010000078")
    code = cards.child_card(centre, actor=ADMIN, child=child).code
    page = _page(qtbot, centre, "kk")
    _scan(qtbot, page, code)
    assert page.colour == "amber"  # nothing on today's timetable: let in with a notice
    assert page.notices_label.text()
    _scan(qtbot, page, code)
    assert page.colour == "red" and "Төлеген Ана" in page.name_label.text()
    assert [page.collected_by.itemText(i) for i in range(page.collected_by.count())] == ["Төлеген Ана"]
    page.collected_by.setCurrentIndex(0)
    _scan(qtbot, page, code)
    assert page.colour == "green" and "Төлеген Ана" in page.details_label.text()
    assert scans.inside_now(centre, actor=ADMIN).count == 0

    # the forgotten card: type-ahead search, then In
    qtbot.keyClicks(page.search, "Tolegen")
    qtbot.waitUntil(lambda: page.found.count() == 1)
    page.found.setCurrentRow(0)
    qtbot.mouseClick(page.in_button, Qt.MouseButton.LeftButton)
    assert page.colour == "amber" and scans.inside_now(centre, actor=ADMIN).count == 1
    assert page.scan.hasFocus()

    # that was a mistake: undo it from the list
    page.recent_view.selectRow(0)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert scans.inside_now(centre, actor=ADMIN).count == 0
    assert scans.entrance_log(centre, actor=ADMIN)[0].undone

    # the desk clicked into the list, and then a card is scanned: the digits still reach the scan field
    page.recent_view.setFocus()
    qtbot.waitUntil(page.recent_view.hasFocus)
    qtbot.keyClicks(page.recent_view, code)
    assert page.scan.hasFocus() and page.scan.text() == code
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert page.colour == "amber" and scans.inside_now(centre, actor=ADMIN).count == 1


def test_who_may_collect_is_edited_on_the_childs_page(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    from enrol.services.entrance import pickup
    from enrol.ui.dialogs.pickup_dialog import PickupDialog

    child = register(centre, "Омарова", "Дана", dt.date(TODAY.year - 8, 6, 1), phone="+77010000079")
    old = cards.child_card(centre, actor=ADMIN, child=child).code
    dialog = PickupDialog(None, db=centre, child_id=child)
    qtbot.addWidget(dialog)
    assert dialog.people.count() == 1 and old in dialog.card_label.text()
    dialog.name.setText("Омаров Бауыржан")
    dialog.phone.setText("8 707 111 22 33")
    dialog.relation.setText("uncle")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.people.count() == 2 and "+77071112233" in dialog.people.item(1).text()
    dialog.alone.setCurrentIndex(1)  # yes, the guardian said so
    alone, people = pickup.who_may_collect(centre, actor=ADMIN, child=child)
    assert alone.may_leave_alone and not alone.by_age and alone.said_on == TODAY
    dialog.people.setCurrentRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.people.count() == 1
    dialog.reissue(confirm=False)
    new = cards.child_card(centre, actor=ADMIN, child=child).code
    assert new != old and new in dialog.card_label.text()


def test_now_shows_who_is_inside_beside_who_is_expected(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    child = register(centre, "Әлиева", "Сара", dt.date(FIRST_YEAR - 12, 1, 9), phone="+77010000080")
    scans.check_in(centre, actor=ADMIN, child=child)
    page = _window(qtbot, centre).show_page("now")
    page.refresh()
    assert page.inside_label.text().endswith(": 1; not in a class: 1")
    assert page.inside_evacuation_button.isVisible()
    assert sum(room.inside or 0 for room in page.plan.rooms()) == 0  # nobody in a class at this moment


def test_children_still_inside_after_the_last_class_are_listed_and_the_day_closed(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    from enrol.ui.pages.notifications_page import NotificationsPage

    child = register(centre, "Серікова", "Аяна", dt.date(FIRST_YEAR - 12, 2, 9), phone="+77010000081")
    scans.check_in(centre, actor=ADMIN, child=child)
    page = NotificationsPage(centre)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    panel = page.still_inside
    late = dt.datetime.combine(TODAY, dt.time(23, 59))  # after every class of the day
    panel.refresh(at=late)
    assert panel.isVisible() and panel.model.rowCount() == 1
    assert "+77010000081" in panel.model.row(0).phones
    assert panel.close_day(reason="the guardian was called and came") == 1
    assert scans.inside_now(centre, actor=ADMIN).count == 0 and not panel.isVisible()


def test_the_register_offers_present_for_the_children_the_entrance_saw(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    from enrol.db.models import Attendance, Enrolment
    from sqlalchemy import select
    from tests.gui.test_attendance_gui import _today_group

    teacher, (aruzhan, erlan, dana) = _today_group(centre)
    for kid in (aruzhan, dana):
        scans.check_in(centre, actor=ADMIN, child=kid, at=dt.datetime.combine(TODAY, dt.time(14, 50)))
    window = _window(qtbot, centre)
    page = window.attendance_page
    window._nav.setCurrentRow(window.row_of_page(page))  # noqa: SLF001 - the user's click on the navigation
    page.teacher.setCurrentIndex(page.teacher.findData(teacher))
    assert page.current_group() == "TODAY-1"
    from enrol.services.attendance import marks

    marks.mark_attendance(centre, actor=ADMIN, group="TODAY-1", day=TODAY, marks={dana: "late"})
    page.refresh()
    page.teacher.setCurrentIndex(page.teacher.findData(teacher))
    qtbot.mouseClick(page.entrance_button, Qt.MouseButton.LeftButton)
    with centre.read() as session:
        given = dict(session.execute(select(Enrolment.child_id, Attendance.mark)
                                     .join(Enrolment, Enrolment.id == Attendance.enrolment_id)
                                     .where(Attendance.date == TODAY)).tuples().all())
    assert given == {aruzhan: "present", dana: "late"}  # Ерлан was not seen; Дана's mark stays
