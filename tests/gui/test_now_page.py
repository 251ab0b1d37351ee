"""The Now page driven through the real window: its totals are ``enrol occupancy``'s at the same moment, a
click on a room of the floor plan lists exactly the children expected there, the heat map names the peak,
and lowering the building capacity on the Settings page shows the over-capacity moments in the heat map."""
from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from enrol.cli import main as cli_main
from enrol.services.enrolment import occupancy, places as enrolment
from enrol.services.centre import settings
from enrol.services.reporting.printing import evacuation_document
from enrol.ui.main_window import MainWindow
from enrol.ui.pages.now_page import NowPage
from enrol.services.context import SYSTEM
from tests.gui.conftest import ADMIN, FIRST_YEAR, TODAY, register


def _next(weekday: int) -> dt.date:
    return TODAY + dt.timedelta(days=(weekday - TODAY.isoweekday() - 1) % 7 + 1)


TUESDAY = _next(2)


def _window(qtbot, db):  # type: ignore[no-untyped-def]
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _fill(db) -> list[str]:  # type: ignore[no-untyped-def]
    names = []
    for i, name in enumerate(("Әлия", "Нұрлан", "Дәурен")):
        child = register(db, "Қасымова" if i != 1 else "Қасымов", name, dt.date(FIRST_YEAR - 9, 3, 1 + i),
                         sex="m" if i == 1 else "f", phone=f"+7701000010{i}")
        enrolment.enrol_child(db, actor=ADMIN, child=child, group="OPEN-1", start_date=TODAY)
        names.append(name)
    return names


def test_now_totals_equal_occupancy_and_room_click_lists_the_children(qtbot, centre, capsys) -> None:
    names = _fill(centre)
    window = _window(qtbot, centre)
    page: NowPage = window.now_page
    assert window.pages[0] is page and window._nav.currentRow() == 0  # noqa: SLF001 - Now is first
    at = dt.datetime.combine(TUESDAY, dt.time(15, 30))
    page.set_moment(at)
    expected = occupancy.occupancy_at(centre, actor=SYSTEM, at=at)
    assert page.occupancy is not None
    assert (page.occupancy.total, page.occupancy.floors) == (expected.total, expected.floors) == (3, {1: 0, 2: 3, 3: 0})
    assert page.total_label.text() == f"{expected.total} of {expected.capacity} children in the building"
    # the same figures as the command line at the same moment
    assert cli_main(["--db", str(centre.sqlite_path),
                     "occupancy", "--at", at.strftime("%Y-%m-%dT%H:%M"), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["total"] == page.occupancy.total
    assert {r["code"]: r["expected"] for r in printed["rooms"]} == {r.code: r.expected for r in page.occupancy.rooms}
    # the floor plan shows each room with "expected / seats"
    plan = {room.code: room for room in page.plan.rooms()}
    assert (plan["2.14"].expected, plan["2.14"].seats) == (3, 20)
    # a click on room 2.14 lists exactly the children expected there, and the adult in charge
    box = page.plan.box_of("2.14")
    assert box is not None
    qtbot.mouseClick(page.plan, Qt.MouseButton.LeftButton, pos=box.center().toPoint())
    listed = [page.room_model.data(page.room_model.index(row, 1)) for row in range(page.room_model.rowCount())]
    document = evacuation_document(centre, actor=SYSTEM, at=at)
    in_room = next(r for r in document.rooms if r.code == "2.14")
    assert listed == [e.child for e in in_room.children]
    assert sorted(name.split()[1] for name in listed) == sorted(names)
    assert "2.14" in page.room_header.text()
    # a quiet room lists nobody
    qtbot.mouseClick(page.plan, Qt.MouseButton.LeftButton, pos=page.plan.box_of("2.15").center().toPoint())
    assert page.room_model.rowCount() == 0
    # today's sessions: Tuesday's meeting of OPEN-1
    sessions = [page.sessions_model.row(i) for i in range(page.sessions_model.rowCount())]
    assert [(s.group, s.room, s.children) for s in sessions] == [("OPEN-1", "2.14", 3)]


def test_time_slider_moves_the_moment(qtbot, centre) -> None:
    _fill(centre)
    window = _window(qtbot, centre)
    page = window.now_page
    page.set_moment(dt.datetime.combine(TUESDAY, dt.time(10, 0)))
    assert page.occupancy is not None and page.occupancy.total == 0
    page.slider.setValue((15 * 60 + 45) // 15)
    assert page.chosen_moment() == dt.datetime.combine(TUESDAY, dt.time(15, 45))
    assert page.occupancy.total == 3


def test_heat_map_names_the_peak_and_lowering_capacity_shows_the_moments_over(qtbot, centre) -> None:
    _fill(centre)
    window = _window(qtbot, centre)
    page = window.now_page
    page.refresh()
    page.tabs.setCurrentIndex(1)
    assert page.profile is not None and page.profile.peak == 3
    assert "Peak: 3 children on Tuesday at 15:00" in page.peak_label.text()
    assert page.over_label.text() == "" and page.heat.over_cells() == []
    # the administrator lowers the capacity to 2 on the Settings page (a floor closed for repairs)
    settings_page = window.settings_page
    window._nav.setCurrentRow(window.row_of_page(settings_page))  # noqa: SLF001 - the user's click
    settings_page.capacity.setValue(2)
    questions: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter does not lower it
        questions.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(settings_page.save_button, Qt.MouseButton.LeftButton)
    assert settings.get_setting(centre, key="building_capacity").value != "2"
    assert "3 children" in questions[0] and "OPEN-1" in questions[0] and "Tuesday 15:00" in questions[0]
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Ok))
    qtbot.mouseClick(settings_page.save_button, Qt.MouseButton.LeftButton)
    assert settings.get_setting(centre, key="building_capacity").value == "2"
    assert "Tuesday 15:00–16:30 (3)" in settings_page.warning.text()
    window._nav.setCurrentRow(0)  # noqa: SLF001
    assert "Over capacity: Tuesday 15:00–16:30 (3)" in page.over_label.text()
    assert {(w, m) for w, m, _ in page.heat.over_cells()} == {(2, 15 * 60), (2, 15 * 60 + 30), (2, 16 * 60)}


def test_evacuation_list_prints_from_the_now_page(qtbot, centre) -> None:
    _fill(centre)
    window = _window(qtbot, centre)
    page = window.now_page
    page.set_moment(dt.datetime.combine(TUESDAY, dt.time(15, 30)))
    dialog = page.preview_evacuation()
    assert dialog is not None and dialog.page_count() >= 1
    dialog.close()


def test_now_models_pass_the_model_tester(qtbot, qtmodeltester, centre) -> None:
    _fill(centre)
    page = NowPage(centre)
    qtbot.addWidget(page)
    page.refresh()
    page.set_moment(dt.datetime.combine(TUESDAY, dt.time(15, 30)))
    page.show_room("2.14")
    for model in (page.room_model, page.sessions_model):
        qtmodeltester.check(model)
