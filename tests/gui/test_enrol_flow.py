"""Find → enrol → print in few steps: the child's card enrols, the group list filters and marks, a full group
offers the club's other groups, and a refusal never defaults to overriding. Each test checks the database."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from enrol.db.models import Enrolment, Group
from enrol.domain.sorting import natural_key
from enrol.services.centre import groups
from enrol.ui.dialogs.enrol_dialog import EnrolDialog
from enrol.ui.main_window import MainWindow
from tests.gui.conftest import ADMIN, FIRST_YEAR, answer_next_modal, register, show_window



def _statuses(db, child_id: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return dict(session.execute(select(Group.code, Enrolment.status).join(Group, Group.id == Enrolment.group_id)
                                    .where(Enrolment.child_id == child_id)).all())


def _on_card(qtbot, window: MainWindow, child_id: int):  # type: ignore[no-untyped-def]
    page = window.children_page
    window._nav.setCurrentRow(window.row_of_page(page))
    page.refresh()
    page.select_child(child_id)
    qtbot.waitUntil(lambda: page.enrol_button.isEnabled())
    return page


def test_natural_order_puts_avia_2_before_avia_10() -> None:
    assert sorted(["AVIA-10", "AVIA-2", "AVIA-1", "ART-3"], key=natural_key) == ["ART-3", "AVIA-1", "AVIA-2",
                                                                                  "AVIA-10"]


def test_enrol_from_the_childs_card_names_the_child(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    child = register(centre, "Нүсіпова", "Әсем", dt.date(FIRST_YEAR - 10, 3, 14))
    page = _on_card(qtbot, show_window(qtbot, centre), child)
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, EnrolDialog)
        seen["picker hidden"] = dialog.picker.isHidden()
        seen["child"] = dialog._child_label.text()
        dialog.group_filter.setText("open")
        seen["visible"] = dialog.visible_groups()

        def outcome(box: QWidget) -> None:
            seen["outcome"] = box.text()  # type: ignore[attr-defined]
            box.accept()  # type: ignore[attr-defined]

        answer_next_modal(outcome)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_modal(fill)
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    assert seen["picker hidden"] and "Нүсіпова Әсем" in str(seen["child"])
    assert seen["visible"] == ["OPEN-1"]
    assert "Нүсіпова Әсем" in str(seen["outcome"]) and "OPEN-1" in str(seen["outcome"])
    assert _statuses(centre, child) == {"OPEN-1": "enrolled"}
    assert "OPEN-1" in page.detail.toPlainText()


def test_ctrl_e_on_the_children_table_fills_in_the_child(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    child = register(centre, "Нүсіпова", "Әсем", dt.date(FIRST_YEAR - 10, 3, 14))
    window = show_window(qtbot, centre)
    page = _on_card(qtbot, window, child)
    seen: list[int | None] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, EnrolDialog)
        seen.append(dialog._child())
        dialog.reject()

    answer_next_modal(look)
    page.table.setFocus()
    # The offscreen platform never activates a window, so Qt's shortcut map would not see the key press:
    # the action bound to Ctrl+E is triggered as the key would.
    assert window.enrol_action.shortcut().toString() == "Ctrl+E"
    window.enrol_action.trigger()
    assert seen == [child]
    assert window.current_key() == "children"


def test_group_list_filters_orders_naturally_and_marks_what_the_age_excludes(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    for code in ("OPEN-10", "OPEN-2"):
        groups.add_group(centre, actor=ADMIN, code=code, club="Авиамодельдеу", seats=5)
    groups.add_group(centre, actor=ADMIN, code="TEEN-1", club="Авиамодельдеу", seats=5, age_min=14, age_max=17)
    child = register(centre, "Нүсіпова", "Әсем", dt.date(FIRST_YEAR - 10, 3, 14))
    page = _on_card(qtbot, show_window(qtbot, centre), child)
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, EnrolDialog)
        seen["order"] = dialog.visible_groups()
        seen["texts"] = {dialog.groups.item(r).data(Qt.ItemDataRole.UserRole): dialog.groups.item(r).text()
                         for r in range(dialog.groups.count())}
        dialog.group_filter.setText("wednesday")  # FULL-1 meets on Wednesday
        seen["wednesday"] = dialog.visible_groups()
        dialog.reject()

    answer_next_modal(look)
    page.enrol_selected()
    assert seen["order"] == ["FULL-1", "OPEN-1", "OPEN-2", "OPEN-10", "TEEN-1"]
    texts: dict[str, str] = seen["texts"]  # type: ignore[assignment]
    assert "⚠" in texts["TEEN-1"] and "age" in texts["TEEN-1"]
    assert "⚠" not in texts["OPEN-1"] and "9 free of 10" not in texts["OPEN-1"] and "10 free of 10" in texts["OPEN-1"]
    assert "0 free of 1" in texts["FULL-1"] and "ages 7–17" in texts["FULL-1"] and "15:00–16:30" in texts["FULL-1"]
    assert seen["wednesday"] == ["FULL-1"]


def test_the_groups_tree_has_the_same_filter(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    page = show_window(qtbot, centre).groups_page
    page.refresh()

    def codes() -> list[str]:
        found = []
        for row in range(page.catalogue.rowCount()):
            direction = page.catalogue.item(row)
            for c in range(direction.rowCount()):
                club = direction.child(c)
                found += [club.child(g).text().split(" ")[0] for g in range(club.rowCount())]
        return found

    assert codes() == ["FULL-1", "OPEN-1"]
    page.filter.setText("tuesday")
    assert codes() == ["OPEN-1"]


def test_a_full_group_offers_the_clubs_free_groups_and_one_click_enrols_there(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    child = register(centre, "Нүсіпова", "Әсем", dt.date(FIRST_YEAR - 10, 3, 14))
    page = _on_card(qtbot, show_window(qtbot, centre), child)
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, EnrolDialog)
        dialog.select_group("FULL-1")

        def outcome(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            seen["text"] = box.text()
            seen["buttons"] = " | ".join(b.objectName() for b in box.buttons())

            def second_outcome(again: QWidget) -> None:
                seen["then"] = again.text()  # type: ignore[attr-defined]
                again.accept()  # type: ignore[attr-defined]

            answer_next_modal(second_outcome)
            box.findChild(QPushButton, "instead-OPEN-1").click()

        answer_next_modal(outcome)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_modal(fill)
    page.enrol_selected()
    assert seen["text"].count("position") == 1 and "position 1" in seen["text"] and "Нүсіпова Әсем" in seen["text"]
    assert "instead-OPEN-1" in seen["buttons"]
    assert "OPEN-1" in seen["then"]
    assert _statuses(centre, child) == {"FULL-1": "withdrawn", "OPEN-1": "enrolled"}


def _refusal(qtbot, centre, answer) -> tuple[dict[str, object], int]:  # type: ignore[no-untyped-def]
    child = register(centre, "Қасымов", "Ерлан", dt.date(FIRST_YEAR - 5, 2, 2), sex="m")  # 5: too young for 7–17
    page = _on_card(qtbot, show_window(qtbot, centre), child)
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, EnrolDialog)
        dialog.select_group("OPEN-1")

        def refused(box: QWidget) -> None:
            assert isinstance(box, QMessageBox) and box.objectName() == "refusalBox"
            seen["text"] = box.text()
            seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
            answer(box)

        answer_next_modal(refused)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_modal(fill)
    page.enrol_selected()
    return seen, child


def test_an_age_refusal_defaults_to_cancel_and_names_the_child(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    seen, child = _refusal(qtbot, centre, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    assert seen["default"] and "Қасымов Ерлан" in str(seen["text"])
    assert _statuses(centre, child) == {}


def test_overriding_a_refusal_is_its_own_button_and_asks_the_reason(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    def override(box: QMessageBox) -> None:
        def reason(dialog: QWidget) -> None:
            assert isinstance(dialog, QInputDialog)
            dialog.setTextValue("the teacher agreed")

            def outcome(done: QWidget) -> None:
                done.accept()  # type: ignore[attr-defined]

            answer_next_modal(outcome)
            dialog.accept()

        answer_next_modal(reason)
        box.findChild(QPushButton, "overrideButton").click()

    seen, child = _refusal(qtbot, centre, override)
    assert _statuses(centre, child) == {"OPEN-1": "enrolled"}
    with centre.read() as session:
        assert session.scalar(select(Enrolment.override_reason).where(Enrolment.child_id == child)) == \
            "the teacher agreed"
    assert QApplication.activeModalWidget() is None
