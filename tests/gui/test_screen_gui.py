"""The window on a 1366×768 laptop (about 696 px of height inside a window, below a taskbar and a title bar):
no page pushes the window past the screen's edge in Kazakh or Russian, the window and the print preview open
within the screen, button rows move what does not fit into a "⋯" menu, and the Russian one-tap attendance
columns are as wide as their headers."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QPushButton, QWidget

from enrol.services.reporting import printing
from enrol.ui.dialogs.print_preview import PrintPreviewDialog
from enrol.ui.models.attendance_session_model import AttendanceSessionModel
from enrol.ui.screen import room_for_window, set_screen_size
from enrol.ui.session import set_actor
from enrol.ui.widgets.button_bar import ButtonBar
from tests.gui.conftest import ADMIN, open_window

LAPTOP = QSize(1366, 768)


@pytest.fixture(autouse=True)
def laptop() -> Iterator[QSize]:
    set_actor(None)
    set_screen_size(LAPTOP)
    yield room_for_window()
    set_screen_size(None)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_no_page_pushes_the_window_past_a_1366_screen(qtbot, centre, laptop, language) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, centre, language)
    window.show_page("groups").tree.setCurrentIndex(window.groups_page.catalogue.index(0, 0))
    for spec in window.specs:  # once a page was opened, its minimum stays the window's
        window.show_page(spec.key)
        needed = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert needed.width() <= laptop.width() and needed.height() <= laptop.height(), spec.key
    assert window.width() <= laptop.width() and window.height() <= laptop.height()


def test_the_window_opens_within_the_screen_even_after_a_bigger_monitor(qtbot, sqlite_db, laptop) -> None:  # type: ignore[no-untyped-def]
    first = open_window(qtbot, sqlite_db)
    assert first.width() <= laptop.width() and first.height() <= laptop.height()  # not 1280×800
    first.resize(1900, 1050)  # as it was left on the office's 1920×1080 monitor
    first.close()
    assert QSettings().value("main_window/geometry") is not None
    again = open_window(qtbot, sqlite_db)
    assert again.width() <= laptop.width() and again.height() <= laptop.height()


def test_the_print_preview_fits_the_screen(qtbot, centre, laptop) -> None:  # type: ignore[no-untyped-def]
    pdf = printing.print_roster(centre, actor=ADMIN, group="FULL-1")
    dialog = PrintPreviewDialog(None, title="FULL-1", pdf=pdf, file_name="roster.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= laptop.height() and dialog.width() <= laptop.width()  # was 900×1000
    for button in (dialog.print_button, dialog.save_button, dialog.close_button):
        assert dialog.rect().contains(button.geometry())


def test_a_button_row_moves_what_does_not_fit_into_its_menu(qtbot) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    buttons = [QPushButton(f"Ұсынылған орыннан бас тарту {n}…", holder) for n in range(5)]
    hidden_by_role = buttons[3]
    hidden_by_role.setVisible(False)  # as a page hides a button the role may not use
    clicked: list[int] = []
    for number, button in enumerate(buttons):
        button.clicked.connect(lambda _c=False, number=number: clicked.append(number))
    bar = ButtonBar(buttons, holder)
    holder.show()
    bar.resize(bar.sizeHint())
    assert bar.overflowed() == [] and not bar.more.isVisible()
    assert bar.minimumSizeHint().width() < buttons[0].sizeHint().width()  # the row never sets a window's width
    bar.resize(buttons[0].sizeHint().width() * 2, bar.height())
    assert bar.more.isVisible() and buttons[0].isVisible()
    overflowed = bar.overflowed()
    assert overflowed and hidden_by_role not in overflowed and buttons[-1] in overflowed
    bar.more.menu().aboutToShow.emit()
    actions = bar.more.menu().actions()
    assert [a.text() for a in actions] == [b.text() for b in overflowed]
    actions[-1].trigger()
    assert clicked == [4]
    bar.resize(bar.sizeHint())
    assert bar.overflowed() == [] and not hidden_by_role.isVisible()


def test_the_russian_mark_columns_are_as_wide_as_their_headers(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    page = open_window(qtbot, sqlite_db, "ru").show_page("attendance")
    metrics = page.register.horizontalHeader().fontMetrics()
    headers = page.register_model.headers()
    for column in AttendanceSessionModel.MARK_COLUMNS:
        assert page.register.columnWidth(column) >= metrics.horizontalAdvance(headers[column]) + 12
