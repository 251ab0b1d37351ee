"""A registrar's day driven through the real window: register, find, enrol into a full group, withdraw,
answer the offer. Every test checks the database afterwards."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox, QWidget
from sqlalchemy import func, select

from enrol.services.context import SYSTEM
from enrol.db.models import Child, Consent, Enrolment, Notification
from enrol.services.people import children
from enrol.services.centre import groups
from enrol.ui.dialogs.child_dialog import ChildDialog
from enrol.ui.dialogs.enrol_dialog import EnrolDialog
from enrol.ui.main_window import MainWindow
from tests.gui.conftest import FIRST_YEAR, answer_next_modal, register, type_text


def _window(qtbot, db) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _ok(dialog: QWidget) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _fill_child(qtbot, dialog: ChildDialog, *, iin: str = "150314601232") -> None:  # type: ignore[no-untyped-def]
    type_text(dialog.surname, "Нүсіпова")
    type_text(dialog.name, "Әсем")
    type_text(dialog.iin, iin)
    type_text(dialog.guardian1.name, "Нүсіпова Гүлнар")
    type_text(dialog.guardian1.phone, "+7 707 123 45 67")


def test_iin_fills_birth_date_and_sex_and_a_bad_iin_is_explained(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    dialog = ChildDialog(find_duplicates=lambda fields: [])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    _fill_child(qtbot, dialog)
    assert dialog.birth_date.date().toPython() == dt.date(2015, 3, 14)
    assert dialog.sex.currentData() == "f"
    assert ok.isEnabled()
    dialog.iin.clear()
    type_text(dialog.iin, "150314601231")
    assert not ok.isEnabled()
    assert "IIN" in dialog.problem.text() and "150314601231" in dialog.problem.text()


def test_register_a_child_through_the_dialog(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, centre)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ChildDialog)
        _fill_child(qtbot, dialog)
        dialog.consent.setChecked(True)
        _ok(dialog)

    answer_next_modal(fill)
    child_id = window.children_page.new_child()
    assert child_id is not None
    with centre.read() as session:
        child = session.get(Child, child_id)
        assert (child.surname, child.name, child.birth_date, child.sex, child.iin) == (
            "Нүсіпова", "Әсем", dt.date(2015, 3, 14), "f", "150314601232")
        assert session.scalar(select(func.count()).select_from(Consent).where(Consent.child_id == child_id)) == 1
    assert window.children_page.selected_child_id() == child_id


def test_a_possible_duplicate_is_shown_before_saving(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    register(centre, "Нусипова", "Асем", dt.date(2015, 3, 14))
    window = _window(qtbot, centre)
    seen: list[str] = []

    def refuse(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    def cancel_after_warning(dialog: QWidget) -> None:
        answer_next_modal(lambda dialog_again: dialog_again.reject())
        dialog.reject()

    def fill(dialog: QWidget) -> None:
        _fill_child(qtbot, dialog)  # type: ignore[arg-type]
        answer_next_modal(lambda box: (refuse(box), answer_next_modal(cancel_after_warning)))
        _ok(dialog)

    answer_next_modal(fill)
    assert window.children_page.new_child() is None
    assert seen and "Нусипова Асем" in seen[0]
    with centre.read() as session:
        assert session.scalar(select(func.count()).select_from(Child).where(Child.iin == "150314601232")) == 0


def test_find_a_child_by_latin_and_cyrillic(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    wanted = register(centre, "Нүсіпова", "Әсем", dt.date(2015, 3, 14))
    register(centre, "Қасымов", "Ерлан", dt.date(2014, 2, 2), sex="m")
    page = _window(qtbot, centre).children_page
    for text in ("Nusipova", "НУСИПОВА", "нүсіп", "Әсем"):
        page.search.clear()
        type_text(page.search, text)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.child_id(0) == wanted)
    page.search.clear()
    type_text(page.search, "Qasymov")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.summary(0).surname == "Қасымов")
    assert "Қасымов Ерлан" in page.detail.toPlainText()


def _enrol_through_dialog(qtbot, page, child_text: str, group: str) -> list[str]:  # type: ignore[no-untyped-def]
    outcome: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, EnrolDialog)
        type_text(dialog.picker.line, child_text)
        dialog.picker.run_search()
        dialog.select_group(group)

        def read_outcome(box: QWidget) -> None:
            outcome.append(box.text())  # type: ignore[attr-defined]
            box.accept()  # type: ignore[attr-defined]

        answer_next_modal(read_outcome)
        _ok(dialog)

    answer_next_modal(fill)
    page.enrol_child()
    return outcome


def test_enrol_into_a_full_group_shows_the_waitlist_position(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    child_id = register(centre, "Нүсіпова", "Әсем", dt.date(FIRST_YEAR - 10, 3, 14))
    window = _window(qtbot, centre)
    page = window.groups_page
    page.refresh()
    page.select_group("FULL-1")
    outcome = _enrol_through_dialog(qtbot, page, "Nusipova", "FULL-1")
    assert outcome and "position 1" in outcome[0]
    assert page.waitlist_model.rowCount() == 1 and page.waitlist_model.row(0).child_id == child_id
    with centre.read() as session:
        status = session.scalar(select(Enrolment.status).where(Enrolment.child_id == child_id))
    assert status == "waitlisted"


def test_withdraw_offers_the_seat_and_the_offer_is_accepted(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    waiting = register(centre, "Нүсіпова", "Әсем", dt.date(FIRST_YEAR - 10, 3, 14), phone="+77075550011")
    window = _window(qtbot, centre)
    page = window.groups_page
    page.refresh()
    page.select_group("FULL-1")
    _enrol_through_dialog(qtbot, page, "Нүсіп", "FULL-1")
    page.tabs.setCurrentIndex(0)
    page.roster.selectRow(0)
    assert page.withdraw_button.isEnabled()

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("moved to another city")
        dialog.accept()

    answer_next_modal(give_reason)
    page.withdraw_button.click()
    detail = groups.group_detail(centre, actor=SYSTEM, group="FULL-1")
    assert [e.child_id for e in detail.offers] == [waiting] and detail.roster == []

    notes = window.notifications_page
    window._nav.setCurrentRow(window.row_of_page(notes))
    assert notes.model.rowCount() == 1
    row = notes.model.row(0)
    assert (row.child_id, row.group, row.phone) == (waiting, "FULL-1", "+77075550011")
    nav_text = window._nav.item(window.row_of_page(notes)).text()
    assert "(1)" in nav_text

    window._nav.setCurrentRow(window.row_of_page(page))
    page.select_group("FULL-1")
    page.tabs.setCurrentIndex(1)
    page.offers_table.selectRow(0)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    with centre.read() as session:
        statuses = dict(session.execute(select(Enrolment.child_id, Enrolment.status)
                                        .where(Enrolment.status.in_(("enrolled", "offered")))).all())
        assert session.scalar(select(func.count()).select_from(Notification)) >= 1
    assert statuses == {waiting: "enrolled"}
    assert page.roster_model.rowCount() == 1


def test_table_models_pass_the_model_tester(qtbot, qtmodeltester, centre) -> None:  # type: ignore[no-untyped-def]
    for i in range(5):
        register(centre, "Ахметов", f"Бала{'абвгд'[i]}", dt.date(2014, 1, 1 + i), sex="m")
    window = _window(qtbot, centre)
    qtmodeltester.check(window.children_page.model)
    window.groups_page.refresh()
    window.groups_page.select_group("FULL-1")
    for model in (window.groups_page.roster_model, window.groups_page.offers_model,
                  window.groups_page.waitlist_model, window.notifications_page.model, window.groups_page.catalogue):
        qtmodeltester.check(model)


def test_children_table_sorts_in_sql(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    register(centre, "Әлиев", "Бек", dt.date(2012, 1, 1), sex="m")
    register(centre, "Андреев", "Бек", dt.date(2016, 1, 1), sex="m")
    register(centre, "Бекова", "Ая", dt.date(2014, 1, 1))
    page = _window(qtbot, centre).children_page
    page.refresh()
    names = [page.model.summary(r).surname for r in range(page.model.rowCount())]
    assert names[:3] == ["Андреев", "Әлиев", "Бекова"]  # Kazakh order: А, Ә, Б
    page.table.sortByColumn(page.model.COL_BIRTH, Qt.SortOrder.DescendingOrder)
    births = [page.model.summary(r).birth_date for r in range(page.model.rowCount())]
    assert births == sorted(births, reverse=True)
    assert children.count_children(centre, actor=SYSTEM) == page.model.rowCount()
