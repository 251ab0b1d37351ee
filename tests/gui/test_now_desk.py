"""Now as the front desk leaves it open all day: the chosen room keeps its children across refreshes, the tiles
keep their names at 1366 pixels, notifications say why to call, and an empty database says what to set up."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, Qt

from enrol.services.centre import groups
from enrol.services.enrolment import places as enrolment
from enrol.ui.pages.now_page import NowPage
from enrol.ui.widgets.floor_plan import FloorPlan, PlanRoom
from tests.gui.conftest import ADMIN, FIRST_YEAR, TODAY, register, show_window



def _tuesday() -> dt.date:
    return TODAY + dt.timedelta(days=(2 - TODAY.isoweekday() - 1) % 7 + 1)


def test_the_chosen_room_keeps_its_children_and_adult_after_a_refresh(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    child = register(centre, "Қасымова", "Әлия", dt.date(FIRST_YEAR - 9, 3, 1))
    enrolment.enrol_child(centre, actor=ADMIN, child=child, group="OPEN-1", start_date=TODAY)
    page: NowPage = show_window(qtbot, centre).now_page
    page.set_moment(dt.datetime.combine(_tuesday(), dt.time(15, 30)))
    page.show_room("2.14")
    assert page.room_model.rowCount() == 1
    header = page.room_header.text()
    page.refresh()
    assert page.room_model.rowCount() == 1
    assert page.room_header.text() == header


def test_tiles_keep_their_names_at_1366_pixels(qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = FloorPlan()
    qtbot.addWidget(plan)
    # About what Now gives the plan on a 1366×768 screen: 54-pixel rows of rooms.
    box = QRectF(0, 0, 110, 54)
    assert plan.name_font(box) is not None
    assert plan.name_font(QRectF(0, 0, 110, 20)) is None  # a sliver has no room for it
    rooms = [PlanRoom(code=f"2.{i}", name="Авиамодельдеу шеберханасы", floor=2, kind="workshop", seats=20,
                      expected=3) for i in range(10, 16)]
    plan.set_rooms(rooms, {})
    plan.resize(760, 380)
    plan.show()
    qtbot.waitExposed(plan)
    assert all(plan.name_font(plan.box_of(room.code)) is not None for room in rooms)  # type: ignore[arg-type]


def test_notifications_on_now_say_why_to_call(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    waiting = register(centre, "Нүсіпова", "Әсем", dt.date(FIRST_YEAR - 10, 3, 14), phone="+77075550011")
    enrolment.enrol_child(centre, actor=ADMIN, child=waiting, group="FULL-1")
    with_seat = groups.group_detail(centre, actor=ADMIN, group="FULL-1").roster[0]
    enrolment.withdraw_child(centre, actor=ADMIN, child=with_seat.child_id, group="FULL-1", reason="moved")
    page: NowPage = show_window(qtbot, centre).now_page
    page.refresh()
    texts = [page.notifications_list.item(i).text() for i in range(page.notifications_list.count())]
    assert len(texts) == 1
    assert "Нүсіпова Әсем" in texts[0] and "FULL-1" in texts[0] and "+77075550011" in texts[0]
    assert "offered" in texts[0] and "accept or decline" in texts[0]
    assert page.notifications_list.wordWrap()


def test_an_empty_database_says_what_to_set_up_first_and_links_there(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    window = show_window(qtbot, sqlite_db)
    now = window.now_page
    now.refresh()
    assert now.first_steps.isVisibleTo(now) and "rooms" in now.first_steps.text.text()
    qtbot.mouseClick(now.first_steps.button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "rooms"
    page = window.groups_page
    window.show_page("groups")
    assert page.first_steps.isVisibleTo(page)


def test_a_set_up_centre_shows_no_first_steps(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    window = show_window(qtbot, centre)
    window.now_page.refresh()
    assert not window.now_page.first_steps.isVisibleTo(window.now_page)
