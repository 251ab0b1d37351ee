"""The main window: side navigation to the pages, shortcuts, status bar, remembered geometry and page.

Pages plug in through ``PAGES`` (later issues add timetable, rooms, attendance … the same way); each is a
``Page`` with ``retranslateUi()`` and ``refresh()``.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QLocale, QSettings, QSize
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget,
)

from enrol import i18n
from enrol.db.engine import Database
from enrol.services.context import now
from enrol.ui.dialogs.month_dialog import MonthDialog
from enrol.ui.dialogs.print_preview import PrintPreviewDialog, preview_document, progress_for
from enrol.ui.errors import run_safely
from enrol.ui.session import current_actor
from enrol.ui.pages.attendance_page import AttendancePage
from enrol.ui.pages.backups_page import BackupsPage
from enrol.ui.pages.base import Page
from enrol.ui.pages.children_page import ChildrenPage
from enrol.ui.pages.events_page import EventsPage
from enrol.ui.pages.groups_page import GroupsPage
from enrol.ui.pages.notifications_page import NotificationsPage
from enrol.ui.pages.now_page import NowPage
from enrol.ui.pages.settings_page import SettingsPage
from enrol.ui.pages.admin_page import AdminPage
from enrol.ui.pages.rooms_page import RoomsPage
from enrol.ui.pages.timetable_page import TimetablePage
from enrol.ui.pages.specialists_page import SpecialistsPage
from enrol.ui.translations import LANGUAGE_NAMES, install_translators

LOCALES = {"kk": QLocale.Language.Kazakh, "ru": QLocale.Language.Russian, "en": QLocale.Language.English}
NAVIGATION_STYLE = """
QListWidget#navigation { background: #1f3a5f; color: #f2f5f9; border: none; font-size: 11pt; padding-top: 8px; }
QListWidget#navigation::item { padding: 10px 14px; }
QListWidget#navigation::item:selected { background: #2f6db5; color: white; }
"""


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.db = db
        self._nav = QListWidget(self)
        self._nav.setObjectName("navigation")
        self._nav.setIconSize(QSize(20, 20))
        self._nav.setFixedWidth(230)
        self._nav.setStyleSheet(NAVIGATION_STYLE)
        self._stack = QStackedWidget(self)
        self.children_page = ChildrenPage(db, self)
        self.groups_page = GroupsPage(db, self)
        self.notifications_page = NotificationsPage(db, self)
        self.pages: list[Page] = [self.children_page, self.groups_page, self.notifications_page]
        self.now_page = NowPage(db, self)  # issue 5: Now first, as DESIGN.md section 5 orders the pages
        self.pages.insert(0, self.now_page)
        self.timetable_page = TimetablePage(db, self)
        self.rooms_page = RoomsPage(db, self)
        self.admin_page = AdminPage(db, self)
        after_groups = self.pages.index(self.groups_page) + 1
        self.pages[after_groups:after_groups] = [self.admin_page, self.timetable_page, self.rooms_page]
        self.attendance_page = AttendancePage(db, self)
        self.specialists_page = SpecialistsPage(db, self)
        self.events_page = EventsPage(db, self)
        self.pages += [self.attendance_page, self.specialists_page, self.events_page]
        self.settings_page = SettingsPage(db, self)  # issue 5
        self.pages.append(self.settings_page)
        self.backups_page = BackupsPage(db, self)  # administrators' pages last
        self.pages.append(self.backups_page)
        for page in self.pages:
            self._stack.addWidget(page)
            self._nav.addItem(QListWidgetItem())
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._nav)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self._database_label = QLabel(self)
        self.statusBar().addPermanentWidget(self._database_label)
        self._nav.currentRowChanged.connect(self._show_page)
        self.groups_page.changed.connect(self._data_changed)
        self.children_page.changed.connect(self._data_changed)
        self.notifications_page.changed.connect(self._data_changed)
        self.backups_page.changed.connect(self._data_changed)
        self.now_page.changed.connect(self._data_changed)
        self.settings_page.changed.connect(self._data_changed)
        self.timetable_page.changed.connect(self._data_changed)
        self.rooms_page.changed.connect(self._data_changed)
        self.admin_page.changed.connect(self._data_changed)
        for page in (self.attendance_page, self.specialists_page, self.events_page):
            page.changed.connect(self._data_changed)
        self._build_actions()
        self.retranslateUi()
        self._restore_state()

    # --- actions -----------------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.new_child_action = QAction(self)
        self.new_child_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_child_action.triggered.connect(self._new_child)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._find)
        self.enrol_action = QAction(self)
        self.enrol_action.setShortcut(QKeySequence("Ctrl+E"))
        self.enrol_action.triggered.connect(self._enrol)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self._data_changed)
        self.print_all_action = QAction(self)
        self.print_all_action.triggered.connect(self.print_all_sheets)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.language_actions: dict[str, QAction] = {}
        self._file_menu = self.menuBar().addMenu("")
        self._file_menu.addActions([self.new_child_action, self.find_action, self.enrol_action, self.refresh_action])
        self._file_menu.addSeparator()
        self._file_menu.addAction(self.print_all_action)
        self._file_menu.addSeparator()
        self._file_menu.addAction(self.quit_action)
        self._language_menu = self.menuBar().addMenu("")
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.triggered.connect(lambda _checked=False, code=code: self.set_language(code))
            self._language_menu.addAction(action)
            self.language_actions[code] = action

    def set_language(self, language: str) -> None:
        """Switch without restart: Qt sends LanguageChange to every widget, which calls retranslateUi()."""
        i18n.set_language(language)
        QLocale.setDefault(QLocale(LOCALES[language]))
        app = QApplication.instance()
        if app is not None:
            install_translators(app, language)
        QSettings().setValue("language", language)
        self.retranslateUi()
        for page in self.pages:
            page.retranslateUi()

    def _new_child(self) -> None:
        self._nav.setCurrentRow(self.pages.index(self.children_page))
        self.children_page.new_child()

    def _find(self) -> None:
        self._nav.setCurrentRow(self.pages.index(self.children_page))
        self.children_page.focus_search()

    def _enrol(self) -> None:
        self._nav.setCurrentRow(self.pages.index(self.groups_page))
        self.groups_page.enrol_child()

    def print_all_sheets(self) -> PrintPreviewDialog | None:
        """Every group's sheet for a month in one PDF, with progress and cancel (it can take a few seconds)."""
        dialog = MonthDialog(self, today=now().date())
        if not dialog.exec():
            return None
        month, blank = dialog.chosen_month(), dialog.blank.isChecked()
        from enrol.services import printing  # reportlab loads on the first print, not at start-up

        progress, report = progress_for(self, self.tr("Preparing every group's attendance sheet…"))
        try:
            return preview_document(
                self, title=self.tr("Attendance %1").replace("%1", f"{month:%m.%Y}"),
                file_name=f"attendance-{month:%Y-%m}.pdf",
                make_pdf=lambda: printing.print_attendance(self.db, actor=current_actor(), month=month, blank=blank,
                                                           progress=report))
        finally:
            progress.close()

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self._stack.setCurrentIndex(row)
            run_safely(self, self.pages[row].refresh)

    def _data_changed(self) -> None:
        for page in self.pages:
            run_safely(self, page.refresh)
        self._update_notification_count()

    def _update_notification_count(self) -> None:
        count = self.notifications_page.open_count()
        item = self._nav.item(self.pages.index(self.notifications_page))
        title = self.notifications_page.title()
        item.setText(f"{title} ({count})" if count else title)

    def start_backups(self) -> None:
        """The start-up backup (its integrity check is the start-up check) and the daily one while running."""
        self.backups_page.scheduler.start()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # --- texts, state ------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("enrol — the centre's front desk"))
        for row, page in enumerate(self.pages):
            self._nav.item(row).setText(page.title())
        # Kazakh and Russian titles run longer than English: the navigation grows to fit the longest
        font = QFont(self._nav.font())
        font.setPointSize(11)  # as NAVIGATION_STYLE sets it
        widest = max(QFontMetrics(font).horizontalAdvance(page.title()) for page in self.pages)
        self._nav.setFixedWidth(max(230, widest + 48))
        self._file_menu.setTitle(self.tr("&Front desk"))
        self._language_menu.setTitle(self.tr("&Language"))
        self.new_child_action.setText(self.tr("&New child…"))
        self.find_action.setText(self.tr("&Find a child"))
        self.enrol_action.setText(self.tr("&Enrol in a group…"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.print_all_action.setText(self.tr("Print every group's &attendance sheet…"))
        self.quit_action.setText(self.tr("&Quit"))
        for code, action in self.language_actions.items():
            action.setChecked(code == i18n.current_language())
        self._database_label.setText(self.tr("Database: %1").replace("%1", self.db.describe()))
        self._update_notification_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        page = settings.value("main_window/page", 0)
        try:
            row = int(page)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            row = 0
        self._nav.setCurrentRow(row if 0 <= row < len(self.pages) else 0)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/page", self._nav.currentRow())
        super().closeEvent(event)


__all__ = ["MainWindow"]
