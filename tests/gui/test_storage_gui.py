"""Storage problems in the window: at start the storage-problem dialog says what is wrong and what to
do, offers "Restore latest backup" where that helps and only there, and restoring brings the data back; the
start-up backup runs, a damaged database found by it is offered a restore; the Backups page backs up and
restores (after backing up the present state); a full disk during work is a dialog and changes nothing."""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from sqlalchemy import Engine, event

from enrol.db.engine import Database
from enrol.domain.errors import StorageError
from enrol.services.people import children
from enrol.services.storage import backups
from enrol.services.storage.database import init_database
from enrol.ui.app import open_with_recovery
from enrol.ui.dialogs.storage_dialog import StorageProblemDialog
from enrol.ui.main_window import MainWindow
from tests.gui.conftest import answer_next_modal, register


def answer_box(handler: Callable[[QMessageBox], None]) -> None:
    """Like ``answer_next_modal``, for the next message box only (a progress dialog is modal too)."""
    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, QMessageBox) or not widget.isVisible():
            QTimer.singleShot(10, poll)
            return
        handler(widget)
    QTimer.singleShot(0, poll)


def names(db: Database) -> list[str]:
    return [c.full_name for c in children.search_children(db)]


@pytest.fixture
def saved(sqlite_url: str) -> Iterator[Path]:
    """A database with one child and a verified backup of it; the database itself closed."""
    db = init_database(sqlite_url)
    register(db, "Нүсіпова", "Әсем", dt.date(2015, 3, 14))
    backups.automatic_backup(db)
    register(db, "Қасымов", "Ерлан", dt.date(2013, 1, 2), sex="m")  # after the backup: lost by a restore
    db.dispose()
    yield Path(sqlite_url)


def _damage(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xee" * (len(data) - 4096)
    path.write_bytes(bytes(data))


def _button(dialog: QWidget, name: str) -> QPushButton | None:
    return dialog.findChild(QPushButton, name)


def _answer(choice: str, seen: list[StorageProblemDialog]) -> None:
    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, StorageProblemDialog)
        seen.append(dialog)
        button = _button(dialog, choice)
        assert button is not None, f"no {choice} button"
        button.click()
    answer_next_modal(handle)


@pytest.mark.parametrize("problem", ["damaged", "deleted", "garbled"])
def test_start_offers_the_latest_backup_and_restoring_brings_it_back(qtbot, saved: Path, problem: str) -> None:  # type: ignore[no-untyped-def]
    if problem == "damaged":
        _damage(saved)
    elif problem == "deleted":
        saved.unlink()
        Path(f"{saved}-wal").unlink(missing_ok=True)
    else:
        saved.write_bytes(b"this file was overwritten by another program\n" * 50)
    seen: list[StorageProblemDialog] = []
    _answer("restoreLatest", seen)
    db = open_with_recovery(str(saved))
    assert isinstance(db, Database), db
    try:
        assert names(db) == ["Нүсіпова Әсем"]
        assert "backup" in seen[0].informativeText()
        assert seen[0].windowTitle() == "Storage problem"
    finally:
        db.dispose()
    if problem != "deleted":  # what was there is kept beside it, never deleted
        assert list(saved.parent.glob(f"{saved.name}.damaged-*")) or \
            [b for b in backups.list_backups(Database(str(saved))) if b.kind == "before-restore"]


def test_quit_changes_nothing(qtbot, saved: Path) -> None:  # type: ignore[no-untyped-def]
    _damage(saved)
    before = saved.read_bytes()
    seen: list[StorageProblemDialog] = []
    _answer("quit", seen)
    result = open_with_recovery(str(saved))
    assert isinstance(result, StorageError) and result.kind == "corrupt" and result.exit_code == 5
    assert saved.read_bytes() == before
    assert "damaged" in seen[0].text()


def test_no_restore_offered_where_it_would_not_help(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A server that is down: the data is fine; the dialog offers to try again, not to restore."""
    seen: list[StorageProblemDialog] = []
    _answer("retry", seen)
    _answer_later = []

    def then_quit(dialog: QWidget) -> None:
        _answer_later.append(dialog)
        assert _button(dialog, "restoreLatest") is None
        _button(dialog, "quit").click()  # type: ignore[union-attr]

    def first(dialog: QWidget) -> None:
        assert _button(dialog, "restoreLatest") is None
        answer_next_modal(then_quit)
        _button(dialog, "retry").click()  # type: ignore[union-attr]

    answer_next_modal(first)
    result = open_with_recovery("postgresql+psycopg://nobody@127.0.0.1:1/enrol")
    assert isinstance(result, StorageError) and result.kind == "unreachable"
    assert _answer_later  # "Try again" tried again and showed the dialog a second time


def test_no_backup_means_no_restore_button(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list\n", encoding="utf-8")
    seen: list[StorageProblemDialog] = []

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, StorageProblemDialog)
        seen.append(dialog)
        assert _button(dialog, "restoreLatest") is None
        _button(dialog, "quit").click()  # type: ignore[union-attr]

    answer_next_modal(check)
    result = open_with_recovery(str(path))
    assert isinstance(result, StorageError) and result.kind == "not_a_database"
    assert "no backup" in seen[0].informativeText()
    assert path.read_text(encoding="utf-8") == "shopping list\n"


def _window(qtbot, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_start_up_backup_runs_in_the_background(qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    register(sqlite_db, "Нүсіпова", "Әсем", dt.date(2015, 3, 14))
    window = _window(qtbot, sqlite_db)
    page = window.backups_page
    with qtbot.waitSignal(page.scheduler.finished, timeout=20_000):
        window.start_backups()
    assert page.scheduler.timer.isActive()  # and then daily
    [made] = backups.list_backups(sqlite_db)
    assert made.kind == "auto" and backups.verify(made.path) == "ok"
    assert page.model.rowCount() == 1 and "checked" in page.status.text()
    with qtbot.waitSignal(page.scheduler.finished, timeout=20_000) as blocker:
        page.scheduler.run_if_due()  # the newest is fresh: nothing to do
    assert blocker.args == [None]


def test_a_damaged_database_found_by_the_start_up_backup(qtbot, sqlite_url: str) -> None:  # type: ignore[no-untyped-def]
    db = init_database(sqlite_url)
    register(db, "Нүсіпова", "Әсем", dt.date(2015, 3, 14))
    good = backups.automatic_backup(db)
    db.dispose()
    connection = sqlite3.connect(sqlite_url)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'children'").fetchone()[0]
    connection.close()
    data = bytearray(Path(sqlite_url).read_bytes())
    data[(root - 1) * 4096 + 8:(root - 1) * 4096 + 300] = b"\xee" * 292  # the schema still opens
    Path(sqlite_url).write_bytes(bytes(data))
    db = Database(sqlite_url)
    window = _window(qtbot, db)
    seen: list[StorageProblemDialog] = []
    _answer("restoreLatest", seen)
    with qtbot.waitSignal(window.backups_page.scheduler.failed, timeout=20_000):
        window.start_backups()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    qtbot.waitUntil(lambda: "Restored" in window.backups_page.status.text(), timeout=10_000)
    assert names(db) == ["Нүсіпова Әсем"]
    assert good.path.exists()
    db.dispose()


def test_backups_page_backs_up_and_restores(qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    register(sqlite_db, "Нүсіпова", "Әсем", dt.date(2015, 3, 14))
    window = _window(qtbot, sqlite_db)
    page = window.backups_page
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    made = page.selected()
    assert made is not None and made.kind == "manual"
    register(sqlite_db, "Қасымов", "Ерлан", dt.date(2013, 1, 2), sex="m")
    assert len(names(sqlite_db)) == 2

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and "backed up first" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_next_modal(yes)
    page.restore_button.click()
    assert names(sqlite_db) == ["Нүсіпова Әсем"]
    kinds = sorted(b.kind for b in backups.list_backups(sqlite_db))
    assert kinds == ["before-restore", "manual"]
    assert page.model.rowCount() == 2
    assert window.children_page.model.rowCount() == 1  # the other pages were told


def test_backup_keep_setting_from_the_page(qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    from enrol.services.centre import settings

    window = _window(qtbot, sqlite_db)
    page = window.backups_page
    page.refresh()
    assert page.keep.value() == 14
    page.keep.setValue(5)
    page.keep.editingFinished.emit()
    assert settings.get_setting(sqlite_db, key="backup_keep").value == "5"


@contextmanager
def full_disk() -> Iterator[None]:
    """SQLite may not grow the file from here on: a full disk as SQLite sees it (SQLITE_FULL)."""
    def no_room(connection, _record) -> None:  # type: ignore[no-untyped-def]
        if isinstance(connection, sqlite3.Connection):
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count = {max(pages, 1)}")

    event.listen(Engine, "connect", no_room)
    try:
        yield
    finally:
        event.remove(Engine, "connect", no_room)


def test_a_full_disk_during_an_import_is_a_dialog_and_changes_nothing(qtbot, sqlite_url: str,
                                                                      tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from enrol.domain.iin import make_iin

    db = init_database(sqlite_url)
    try:
        rows = ["surname;name;iin;guardian;phone;notes"]
        for n in range(400):
            born = dt.date(2014, 1 + n % 12, 1 + n % 28)
            iin = make_iin(born, "f", n) or make_iin(born, "f", n + 5000)
            rows.append(f"Қасымова;Дана;{iin};Қасымова Гүл;+7701000{n:04d};{'ескерту ' * 40}")
        path = tmp_path / "many.csv"
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        window = _window(qtbot, db)
        dialog = window.children_page.import_children()
        qtbot.addWidget(dialog)
        dialog.set_file(path)
        assert dialog.import_button.isEnabled(), dialog.summary_label.text()
        seen: list[str] = []

        def close(box: QMessageBox) -> None:
            seen.append(box.windowTitle() + " | " + box.text())
            box.accept()

        answer_box(close)
        db.dispose()
        with full_disk():
            assert dialog.run_import() is None
        assert seen and "Storage problem" in seen[0] and "full" in seen[0]
        assert names(db) == []
    finally:
        db.dispose()
