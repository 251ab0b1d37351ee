"""``enrol gui --smoke --user LOGIN [--screen WxH]``: the check IT runs on a new desk. It signs in as that user
(through the real sign-in), opens every page the role sees and the main dialogs of each, and lists every
problem a person at the desk would meet — an error shown, a page or dialog larger than the screen, a label or
button whose text is cut off. Exit 0 when there is none, 1 with the list."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QDialog, QLabel, QProgressDialog, QPushButton, QRadioButton, QStyle, QTabWidget,
    QWidget,
)

from enrol.db.engine import Database
from enrol.domain.errors import EnrolError
from enrol.i18n import render_error
from enrol.ui.errors import collecting_errors
from enrol.ui.screen import room_for_window


@dataclass(frozen=True)
class DialogSpec:
    """A page's method that opens one of its main dialogs; ``permission``: only for roles holding it."""

    page: str
    method: str
    permission: str | None = None
    arguments: tuple[object, ...] = ()


DIALOGS: tuple[DialogSpec, ...] = (
    DialogSpec("now", "preview_evacuation", "print.documents"),
    DialogSpec("children", "new_child", "children.edit"),
    DialogSpec("groups", "enrol_child", "enrolment.edit"),
    DialogSpec("groups", "preview_roster", "print.documents"),
    DialogSpec("admin", "add_club"),
    DialogSpec("admin", "add_group"),
    DialogSpec("admin", "add_staff"),
    DialogSpec("timetable", "open_dialog", arguments=(None,)),
    DialogSpec("rooms", "add_room"),
    DialogSpec("events", "new_event"),
    DialogSpec("specialists", "book_appointment", "appointments.edit"),
    DialogSpec("specialists", "refer_child", "referrals.add"),
    DialogSpec("users", "add_user"),
)


def _size(size: QSize) -> str:
    return f"{size.width()}×{size.height()}"


def _plain(text: str) -> str:
    """A button's text as drawn: "&Print" shows "Print", "&&" one "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def cut_off_texts(root: QWidget) -> list[tuple[QWidget, str, int, int]]:
    """The visible labels and buttons of ``root``'s window whose text is wider than the room they have:
    ``(widget, text, needed, available)``. Word-wrapped and rich-text labels wrap instead of losing text."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root.window() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if (not text or widget.wordWrap() or widget.textFormat() == Qt.TextFormat.RichText
                    or (widget.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))):
                continue
            if widget.buddy() is not None:  # "&When" shows "When", with a shortcut
                text = _plain(text)
            metrics = widget.fontMetrics()
            needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            available = widget.contentsRect().width() - 2 * widget.margin()
        elif isinstance(widget, QPushButton) and not widget.isFlat():
            text = _plain(widget.text())
            if not text:
                continue
            style = widget.style()
            needed = widget.fontMetrics().horizontalAdvance(text)
            if not widget.icon().isNull():
                needed += widget.iconSize().width() + 4
            if widget.menu() is not None:
                needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, widget)
            available = widget.width() - 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, widget)
        elif isinstance(widget, (QCheckBox, QRadioButton)):
            text = _plain(widget.text())
            needed, available = widget.sizeHint().width(), widget.width()
        else:
            continue
        if text and needed > available:
            found.append((widget, text, needed, available))
    return found


class SmokeCheck(QObject):
    """Opens what a role sees inside ``window`` and collects the problems as lines in the user's language."""

    def __init__(self, window: QWidget, room: QSize) -> None:
        super().__init__(window)
        self.window = window
        self.room = room
        self.problems: list[str] = []
        self.pages = self.dialogs = 0

    def _too_big(self, needed: QSize) -> bool:
        return needed.width() > self.room.width() or needed.height() > self.room.height()

    def check_widget_texts(self, where: str, root: QWidget) -> None:
        for widget, text, needed, available in cut_off_texts(root):
            self.problems.append(self.tr("%1: «%2» is cut off (it needs %3 px, it has %4 px) [%5]")
                                 .replace("%1", where).replace("%2", text).replace("%3", str(needed))
                                 .replace("%4", str(available))
                                 .replace("%5", widget.objectName() or widget.metaObject().className()))

    def check_page(self, where: str, page: QWidget) -> None:
        self.pages += 1
        needed = self.window.minimumSizeHint().expandedTo(self.window.minimumSize())
        if self._too_big(needed):
            self.problems.append(self.tr("%1: the window needs at least %2, the screen gives %3")
                                 .replace("%1", where).replace("%2", _size(needed)).replace("%3", _size(self.room)))
        self.check_widget_texts(where, page)
        for tabs in page.findChildren(QTabWidget):  # every tab: a tab that only refuses is a problem too
            if not tabs.isVisible():
                continue
            first = tabs.currentIndex()
            for index in range(tabs.count()):
                if index != first and tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                    tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                    self.check_widget_texts(f"{where} → {tabs.tabText(index)}", page)
            tabs.setCurrentIndex(first)

    def check_dialog(self, where: str, dialog: QDialog) -> None:
        self.dialogs += 1
        QApplication.processEvents()
        # QWidget's own methods: a dialog may name a field "size" (a group's size spin box)
        title = f"{where} → {QWidget.windowTitle(dialog) or QWidget.objectName(dialog)}"
        needed = QWidget.minimumSizeHint(dialog).expandedTo(QWidget.minimumSize(dialog))
        opened_at = QWidget.size(dialog)
        if self._too_big(needed):
            self.problems.append(self.tr("%1: the dialog needs at least %2, the screen gives %3")
                                 .replace("%1", title).replace("%2", _size(needed)).replace("%3", _size(self.room)))
        elif self._too_big(opened_at):
            self.problems.append(self.tr("%1: the dialog opens at %2, larger than the screen's %3")
                                 .replace("%1", title).replace("%2", _size(opened_at))
                                 .replace("%3", _size(self.room)))
        self.check_widget_texts(title, dialog)

    def open_dialog(self, where: str, opener: Callable[[], object]) -> None:
        """Call ``opener`` (a page's action); check and close each dialog it opens, modal or not."""
        seen: list[QDialog] = []

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if not isinstance(widget, QDialog) or not widget.isVisible() or isinstance(widget, QProgressDialog):
                return  # a progress bar closes itself
            try:
                if widget not in seen:
                    seen.append(widget)
                    self.check_dialog(where, widget)
            finally:
                widget.reject()  # again if it asks first (a question about unsaved changes)

        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(poll)
        timer.start()
        try:
            opened = opener()
        finally:
            timer.stop()
        if isinstance(opened, QDialog) and opened not in seen:  # a preview opens without blocking
            self.check_dialog(where, opened)
            opened.reject()


@contextmanager
def catching_bugs(problems: list[str]) -> Iterator[None]:
    """An exception escaping a slot is a problem on the list, not a dialog waiting for a click."""
    previous = sys.excepthook

    def hook(kind, value, trace) -> None:  # type: ignore[no-untyped-def]
        text = render_error(value) if isinstance(value, EnrolError) else f"{kind.__name__}: {value}"
        problems.append(QCoreApplication.translate("SmokeCheck", "An unexpected error: %1").replace("%1", text))

    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous


def run_check(db: Database, *, language: str, screen: QSize | None) -> int:
    """Everything after the sign-in: the window at the screen's size, each page, each main dialog."""
    from enrol.services.people.permissions import allowed
    from enrol.ui.main_window import MainWindow, page_title
    from enrol.ui.session import current_actor

    actor = current_actor()
    problems: list[str] = []
    with collecting_errors() as errors, catching_bugs(problems):
        window = MainWindow(db)
        window.set_language(language)
        room = room_for_window(window)
        if screen is not None:
            window.resize(room)  # as large as the screen allows: what the desk's user sees maximised
        window.show()
        QApplication.processEvents()
        check = SmokeCheck(window, room)
        for spec in window.specs:
            where = page_title(spec)
            page = window.show_page(spec.key)
            QApplication.processEvents()
            check.check_page(where, page)
            problems += [f"{where}: {text}" for text in errors]
            errors.clear()
            for dialog in DIALOGS:
                if dialog.page != spec.key or (dialog.permission and not allowed(actor, dialog.permission)):
                    continue
                check.open_dialog(where, lambda page=page, dialog=dialog: getattr(page, dialog.method)(
                    *dialog.arguments))
                problems += [f"{where}: {text}" for text in errors]
                errors.clear()
        if window.has_page("attendance") and allowed(actor, "print.documents"):
            check.open_dialog(window.print_all_action.text().replace("&", ""), window.print_all_sheets)
        window.hide()  # not closed: the desk's remembered size and page stay the user's own
        problems += [text for text in errors]
    problems += check.problems
    for line in problems:
        sys.stdout.write(line + "\n")
    summary = QCoreApplication.translate("SmokeCheck", "%1 problem(s); %2 page(s) and %3 dialog(s) checked at %4.")
    sys.stdout.write(summary.replace("%1", str(len(problems))).replace("%2", str(check.pages))
                     .replace("%3", str(check.dialogs)).replace("%4", _size(room)) + "\n")
    sys.stdout.flush()
    window.deleteLater()
    return 1 if problems else 0


__all__ = ["DIALOGS", "DialogSpec", "SmokeCheck", "cut_off_texts", "run_check"]
