"""Print and preview from the window: the roster of the selected group opens in the preview with the
group's children, the child's card, and every sheet of a month with progress."""
from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from enrol.db.models import AuditEvent
from enrol.ui.dialogs.month_dialog import MonthDialog
from enrol.ui.main_window import MainWindow
from tests.gui.conftest import FIRST_YEAR, answer_next_modal, register


def _text(dialog) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(dialog._pdf)).pages)


def test_roster_preview_shows_the_group(qtbot, centre, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(centre)
    qtbot.addWidget(window)
    page = window.groups_page
    page.refresh()
    page.select_group("FULL-1")
    dialog = page.preview_roster()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page_count() >= 1)
    text = _text(dialog)
    assert "FULL-1" in text and "Серікбаев Асқар" in text
    saved = dialog.save_document(str(tmp_path / "roster.pdf"))
    assert saved and (tmp_path / "roster.pdf").read_bytes().startswith(b"%PDF")
    shown: list[str] = []
    monkeypatch.setattr("enrol.ui.errors.show_error", lambda parent, error: shown.append(str(error.params)))
    if centre.sqlite_path is not None:  # the save dialog's "replace?" never reaches the open database
        assert dialog.save_document(str(centre.sqlite_path)) is None and shown
        assert centre.sqlite_path.read_bytes()[:6] == b"SQLite"
    with centre.read() as session:
        assert session.scalar(select(AuditEvent.action).where(AuditEvent.action == "print.roster")) == "print.roster"
    dialog.close()


def test_child_card_preview(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(centre)
    qtbot.addWidget(window)
    page = window.children_page
    page.refresh()
    page.table.selectRow(0)
    dialog = page.preview_card()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "Серікбаев Асқар" in _text(dialog) and "FULL-1" in _text(dialog)
    dialog.close()


def test_every_sheet_of_a_month_with_progress(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    register(centre, "Нүсіпова", "Әсем", dt.date(FIRST_YEAR - 10, 3, 14))
    window = MainWindow(centre)
    qtbot.addWidget(window)

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, MonthDialog)
        dialog.blank.setChecked(True)
        dialog.accept()

    answer_next_modal(choose)
    preview = window.print_all_sheets()
    assert preview is not None
    qtbot.addWidget(preview)
    text = _text(preview)
    assert "FULL-1" in text and "OPEN-1" in text
    preview.close()
