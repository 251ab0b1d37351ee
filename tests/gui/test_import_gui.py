"""Importing children in the window: the Children page's Import button opens the dialog; choosing a
file previews what will be added and updated and lists what is wrong (row, column, problem) with Import
disabled; importing stores every row in one go, with progress; Cancel stores nothing."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from sqlalchemy import func, select

from enrol.db.engine import Database
from enrol.db.models import Child
from enrol.domain.iin import make_iin
from enrol.services.people import children
from enrol.ui.dialogs.import_dialog import ImportDialog
from enrol.ui.main_window import MainWindow
from tests.gui.conftest import register

HEADER = "id;iin;surname;name;birth_date;sex;school;guardian;phone"


def count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Child)) or 0)


def iins(number: int) -> list[str]:
    found: list[str] = []
    serial = 0
    while len(found) < number:
        value = make_iin(dt.date(2014, 1 + serial % 12, 1 + serial % 28), "f", serial)
        serial += 1
        if value:
            found.append(value)
    return found


@pytest.fixture
def window(qtbot, sqlite_db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _open(qtbot, window: MainWindow) -> ImportDialog:  # type: ignore[no-untyped-def]
    window.find_action.trigger()  # Ctrl+F: the Children page
    page = window.children_page
    button = page.import_button
    assert button.isVisible() and button.text() == "Import…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_preview_lists_every_problem_and_imports_nothing(qtbot, qtmodeltester, window: MainWindow,
                                                         tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = window.children_page.db
    asem = register(db, "Нүсіпова", "Әсем", dt.date(2015, 3, 14))
    path = tmp_path / "bad.csv"
    path.write_text("\n".join([
        HEADER,
        f";{iins(1)[0]};Қасымова;Дана;;;№ 175;Қасымова Гүл;+77010000001",      # row 2: fine
        ";150314601231;Омаров;Тимур;;;;Омарова Айгүл;+77010000002",           # row 3: bad check digit
        ";;Иванов2;Иван;31.02.2015;m;;Иванова Мария;12345",                   # row 4: three bad cells
        ";;NUSIPOVA;Asem;14.03.2015;f;;Нүсіпова Гүлнар;+77071234567",          # row 5: registered already
        f"{asem};;;;;;№ 12;;",                                                 # row 6: an update, fine
    ]) + "\n", encoding="utf-8")
    dialog = _open(qtbot, window)
    dialog.set_file(path)
    problems = [(dialog.problems_model.row(n).row, dialog.problems_model.row(n).column)
                for n in range(dialog.problems_model.rowCount())]
    assert problems == [(3, "iin"), (4, "surname"), (4, "birth_date"), (4, "phone"), (5, "surname")]
    assert dialog.tabs.currentWidget() is dialog.problems_view
    assert not dialog.import_button.isEnabled()
    assert "5 problem" in dialog.summary_label.text()
    text = dialog.problems_model.data(dialog.problems_model.index(4, 2))
    assert f"#{asem}" in text and "id column" in text
    assert dialog.rows_model.rowCount() == 2  # what would be added and updated is shown too
    for model in (dialog.rows_model, dialog.problems_model, dialog.warnings_model):
        qtmodeltester.check(model)
    assert count(db) == 1
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_import_through_the_dialog(qtbot, qtmodeltester, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = window.children_page.db
    asem = register(db, "Нүсіпова", "Әсем", dt.date(2015, 3, 14))
    numbers = iins(30)
    lines = [HEADER] + [f";{iin};Қасымова;Дана{'' if n == 0 else ''};;;№ 175;Қасымова Гүл;+7701{n:07d}"
                        for n, iin in enumerate(numbers)]
    lines.append(f"{asem};;;;;;№ 12;;")
    path = tmp_path / "good.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = _open(qtbot, window)
    dialog.set_file(path)
    assert dialog.problems_model.rowCount() == 0, dialog.problems_model.rows()
    assert dialog.rows_model.rowCount() == 31
    qtmodeltester.check(dialog.rows_model)
    assert dialog.summary_label.text() == "Ready: 30 to add, 1 to update, 0 already up to date."
    assert "update #" in dialog.rows_model.data(dialog.rows_model.index(30, 4))
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary is not None and (dialog.summary.added, dialog.summary.updated) == (30, 1)
    assert dialog.summary_label.text() == "Imported: 30 added, 1 updated."
    assert not dialog.import_button.isEnabled()  # not twice
    assert count(db) == 31
    assert children.child_detail(db, child=asem).child.school == "№ 12"
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.children_page.model.rowCount() == 31)


def test_cancel_stores_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = window.children_page.db
    lines = [HEADER] + [f";{iin};Қасымова;Дана;;;;Қасымова Гүл;+7701{n:07d}" for n, iin in enumerate(iins(4000))]
    path = tmp_path / "many.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = _open(qtbot, window)
    dialog.set_file(path)
    assert dialog.import_button.isEnabled()
    pressed: list[str] = []

    def press_cancel() -> None:
        progress = dialog.progress  # the one of this run (the preview's may not be deleted yet)
        if progress is None or not isinstance(progress, QProgressDialog):
            QTimer.singleShot(1, press_cancel)
            return
        pressed.append(progress.labelText())
        progress.cancel()

    QTimer.singleShot(0, press_cancel)
    assert dialog.run_import() is None
    assert pressed and "Importing" in pressed[0]
    assert dialog.summary_label.text() == "The import was cancelled; nothing was stored."
    assert count(db) == 0
    assert dialog.import_button.isEnabled()  # it can be tried again
    QApplication.processEvents()


def test_a_file_that_is_not_a_table(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG not a workbook")
    dialog = _open(qtbot, window)
    seen: list[str] = []

    def close(box) -> None:  # type: ignore[no-untyped-def]
        seen.append(box.text())
        box.accept()

    from tests.gui.test_storage_gui import answer_box
    answer_box(close)
    dialog.set_file(path)
    assert seen and "photo.xlsx" in seen[0]
    assert not dialog.import_button.isEnabled()
    assert dialog.summary_label.text() == "Choose a file to see what will be imported."


def test_unknown_columns_are_problems_of_row_1(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "other.csv"
    path.write_text("фамилия;имя\nНүсіпова;Әсем\n", encoding="utf-8")
    dialog = _open(qtbot, window)
    dialog.set_file(path)
    columns = {dialog.problems_model.row(n).column for n in range(dialog.problems_model.rowCount())}
    assert {"фамилия", "имя", "surname", "name"} <= columns
    assert not dialog.import_button.isEnabled()
