"""The main window: side navigation to the pages, shortcuts, status bar, remembered geometry and page.

Pages plug in through ``PAGE_SPECS``: each names its module and class, its navigation title and the
permission a role needs to see it. A page is imported and built the first time it is shown (or asked for
with ``page(key)``), so the window opens without building twelve pages it may never show.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QEvent, QLocale, QSettings, QSize, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget,
)

from enrol import i18n
from enrol.db.engine import Database
from enrol.services.context import now
from enrol.ui.errors import run_safely
from enrol.ui.pages.base import Page
from enrol.ui.screen import fit_to_screen
from enrol.ui.session import change_own_password, current_actor
from enrol.ui.translations import LANGUAGE_NAMES, install_translators

if TYPE_CHECKING:
    from enrol.ui.dialogs.print_preview import PrintPreviewDialog


@dataclass(frozen=True)
class PageSpec:
    """One entry of the navigation. ``permission`` (see services/people/permissions.py) decides who sees it."""

    key: str
    module: str
    class_name: str
    title: str  # marked with QT_TRANSLATE_NOOP("Navigation", …); translated when shown
    permission: str | None = None


PAGE_SPECS: tuple[PageSpec, ...] = (  # in the side navigation's order, Now first
    # permission: the role's pages (README's roles table) — a teacher sees Attendance, a specialist Specialists, a
    # registrar the front desk's pages, an administrator everything
    PageSpec("now", "enrol.ui.pages.now_page", "NowPage", QT_TRANSLATE_NOOP("Navigation", "Now"), "occupancy.view"),
    PageSpec("entrance", "enrol.ui.pages.entrance_page", "EntrancePage", QT_TRANSLATE_NOOP("Navigation", "Entrance"),
             "entrance.scan"),
    PageSpec("children", "enrol.ui.pages.children_page", "ChildrenPage", QT_TRANSLATE_NOOP("Navigation", "Children"),
             "children.edit"),
    # Two pages about groups, named by what is done there: the front desk's enrolments and rosters, and the
    # administrator's setting up of clubs, groups and staff.
    PageSpec("groups", "enrol.ui.pages.groups_page", "GroupsPage",
             QT_TRANSLATE_NOOP("Navigation", "Enrolment & rosters"), "enrolment.edit"),
    PageSpec("admin", "enrol.ui.pages.admin_page", "AdminPage",
             QT_TRANSLATE_NOOP("Navigation", "Clubs & staff setup"), "centre.edit"),
    PageSpec("timetable", "enrol.ui.pages.timetable_page", "TimetablePage", QT_TRANSLATE_NOOP("Navigation", "Timetable"),
             "centre.edit"),
    PageSpec("rooms", "enrol.ui.pages.rooms_page", "RoomsPage", QT_TRANSLATE_NOOP("Navigation", "Rooms"), "centre.edit"),
    PageSpec("notifications", "enrol.ui.pages.notifications_page", "NotificationsPage",
             QT_TRANSLATE_NOOP("Navigation", "Notifications"), "notifications.edit"),
    PageSpec("attendance", "enrol.ui.pages.attendance_page", "AttendancePage",
             QT_TRANSLATE_NOOP("Navigation", "Attendance"), "attendance.mark"),
    PageSpec("specialists", "enrol.ui.pages.specialists_page", "SpecialistsPage",
             QT_TRANSLATE_NOOP("Navigation", "Specialists"), "appointments.view"),
    PageSpec("events", "enrol.ui.pages.events_page", "EventsPage", QT_TRANSLATE_NOOP("Navigation", "Events"),
             "events.edit"),
    PageSpec("reports", "enrol.ui.pages.reports_page", "ReportsPage", QT_TRANSLATE_NOOP("Navigation", "Reports"),
             "reports.view"),
    PageSpec("settings", "enrol.ui.pages.settings_page", "SettingsPage", QT_TRANSLATE_NOOP("Navigation", "Settings"),
             "centre.edit"),
    PageSpec("users", "enrol.ui.pages.users_page", "UsersPage", QT_TRANSLATE_NOOP("Navigation", "Users"),
             "users.manage"),
    PageSpec("audit", "enrol.ui.pages.audit_page", "AuditPage", QT_TRANSLATE_NOOP("Navigation", "Audit trail"),
             "audit.view"),
    PageSpec("backups", "enrol.ui.pages.backups_page", "BackupsPage", QT_TRANSLATE_NOOP("Navigation", "Backups"),
             "backups.manage"),
)


def page_title(spec: PageSpec) -> str:
    return QCoreApplication.translate("Navigation", spec.title)


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
        actor = current_actor()
        from enrol.services.people.permissions import allowed

        self.specs = [spec for spec in PAGE_SPECS if spec.permission is None or allowed(actor, spec.permission)]
        self._built: dict[str, Page] = {}
        self._open_notifications: int | None = None  # counted on first showing and after every change
        self._nav = QListWidget(self)
        self._nav.setObjectName("navigation")
        self._nav.setIconSize(QSize(20, 20))
        self._nav.setFixedWidth(230)
        self._nav.setStyleSheet(NAVIGATION_STYLE)
        self._stack = QStackedWidget(self)
        for _spec in self.specs:
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
        self._build_actions()
        self.retranslateUi()
        self._restore_state()

    # --- pages -------------------------------------------------------------------------------------------
    def has_page(self, key: str) -> bool:
        return any(spec.key == key for spec in self.specs)

    def page(self, key: str) -> Page:
        """The page for ``key``, built on first use; a key the signed-in role may not see raises KeyError."""
        built = self._built.get(key)
        if built is not None:
            return built
        spec = next((spec for spec in self.specs if spec.key == key), None)
        if spec is None:
            raise KeyError(key)
        page = self._build(spec)
        run_safely(self, page.refresh)  # a page asked for is a page about to be looked at: load it now
        return page

    def _build(self, spec: PageSpec) -> Page:
        key = spec.key
        page_class = getattr(importlib.import_module(spec.module), spec.class_name)
        page: Page = page_class(self.db, self)
        page.setObjectName(page.objectName() or f"{key}Page")
        self._built[key] = page
        self._stack.addWidget(page)
        page.changed.connect(self._data_changed)
        page.go_to.connect(lambda key: self.show_page(key) if self.has_page(key) else None)
        return page

    def __getattr__(self, name: str) -> Page:
        """``window.children_page`` and the like: the pages by attribute, as tests and callers used them."""
        if name.endswith("_page") and not name.startswith("_"):
            key = name[: -len("_page")]
            if any(spec.key == key for spec in PAGE_SPECS):
                return self.page(key)
        raise AttributeError(name)

    @property
    def pages(self) -> list[Page]:
        """The pages built so far, in navigation order."""
        return [self._built[spec.key] for spec in self.specs if spec.key in self._built]

    def show_page(self, key: str) -> Page:
        """Switch to ``key`` as a click on the navigation does (build, show, refresh)."""
        row = self.row_of(key)
        if self._nav.currentRow() == row:
            self._show_page(row)
        else:
            self._nav.setCurrentRow(row)
        return self.page(key)

    def row_of(self, key: str) -> int:
        return next(row for row, spec in enumerate(self.specs) if spec.key == key)

    def row_of_page(self, page: Page) -> int:
        return self.row_of(next(key for key, built in self._built.items() if built is page))

    def current_key(self) -> str | None:
        row = self._nav.currentRow()
        return self.specs[row].key if 0 <= row < len(self.specs) else None

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
        self.password_action = QAction(self)  # every signed-in user changes their own password
        self.password_action.triggered.connect(lambda: change_own_password(self, self.db))
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.language_actions: dict[str, QAction] = {}
        self._file_menu = self.menuBar().addMenu("")
        front_desk = [(self.new_child_action, "children"), (self.find_action, "children"), (self.enrol_action, "groups")]
        self._file_menu.addActions([action for action, key in front_desk if self.has_page(key)])
        self._file_menu.addAction(self.refresh_action)
        from enrol.services.people.permissions import allowed

        if self.has_page("attendance") and allowed(current_actor(), "print.documents"):  # not a teacher's
            self._file_menu.addSeparator()
            self._file_menu.addAction(self.print_all_action)
        self._file_menu.addSeparator()
        if current_actor().user_id is not None:
            self._file_menu.addAction(self.password_action)
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
        for page in self._built.values():
            page.retranslateUi()

    def _new_child(self) -> None:
        if self.has_page("children"):
            self.show_page("children").new_child()  # type: ignore[attr-defined]

    def _find(self) -> None:
        if self.has_page("children"):
            self.show_page("children").focus_search()  # type: ignore[attr-defined]

    def _enrol(self) -> None:
        """From the children's table the selected child is filled in; elsewhere the dialog asks for one."""
        if self.current_key() == "children" and self.has_page("groups"):
            page = self.show_page("children")
            if page.selected_child_id() is not None:  # type: ignore[attr-defined]
                page.enrol_selected()  # type: ignore[attr-defined]
                return
        if self.has_page("groups"):
            self.show_page("groups").enrol_child()  # type: ignore[attr-defined]

    def print_all_sheets(self) -> PrintPreviewDialog | None:
        """Every group's sheet for a month in one PDF, with progress and cancel (it can take a few seconds)."""
        from enrol.ui.dialogs.month_dialog import MonthDialog  # a menu's dialog: not needed to open the window

        dialog = MonthDialog(self, today=now().date())
        if not dialog.exec():
            return None
        month, blank = dialog.chosen_month(), dialog.blank.isChecked()
        from enrol.services.reporting import printing  # reportlab and Qt PDF load on the first print, not at start-up
        from enrol.ui.dialogs.print_preview import preview_document, progress_for

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
        if 0 <= row < len(self.specs):
            key = self.specs[row].key
            built = self._built.get(key)
            page = run_safely(self, lambda: self.page(key))  # built and loaded on its first showing
            if page is None:
                return
            self._stack.setCurrentWidget(page)
            if built is not None:
                run_safely(self, page.refresh)

    def _data_changed(self) -> None:
        for page in list(self._built.values()):
            run_safely(self, page.refresh)
        self._update_notification_count()

    def _update_notification_count(self) -> None:
        """Count the open notifications again (after data changed) and show the count in the navigation."""
        if not self.has_page("notifications"):
            return
        from enrol.services.enrolment.notifications import open_count

        self._open_notifications = run_safely(self, lambda: open_count(self.db, actor=current_actor())) or 0
        self._show_notification_count()

    def _show_notification_count(self) -> None:
        """The count beside the navigation entry, whether or not the page was built; a change of language
        relabels it without asking the database again."""
        if not self.has_page("notifications"):
            return
        if self._open_notifications is None:  # the first frame shows without it; the count follows at once
            self._open_notifications = 0
            QTimer.singleShot(0, self._update_notification_count)
        row = self.row_of("notifications")
        title = page_title(self.specs[row])
        count = self._open_notifications
        self._nav.item(row).setText(f"{title} ({count})" if count else title)

    def start_backups(self) -> None:
        """The start-up backup (its integrity check is the start-up check) and the daily one while running,
        whichever role is signed in: the scheduler lives on the Backups page, built here if not yet shown."""
        backups_page = self._built.get("backups") or self._build(next(s for s in PAGE_SPECS if s.key == "backups"))
        backups_page.scheduler.start()  # type: ignore[attr-defined]

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # --- texts, state ------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("enrol — the centre's front desk"))
        titles = [page_title(spec) for spec in self.specs]
        for row, title in enumerate(titles):
            self._nav.item(row).setText(title)
        # Kazakh and Russian titles run longer than English: the navigation grows to fit the longest
        font = QFont(self._nav.font())
        font.setPointSize(11)  # as NAVIGATION_STYLE sets it
        widest = max((QFontMetrics(font).horizontalAdvance(title) for title in titles), default=0)
        self._nav.setFixedWidth(max(230, widest + 48))
        self._file_menu.setTitle(self.tr("&Front desk"))
        self._language_menu.setTitle(self.tr("&Language"))
        self.new_child_action.setText(self.tr("&New child…"))
        self.find_action.setText(self.tr("&Find a child"))
        self.enrol_action.setText(self.tr("&Enrol in a group…"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.print_all_action.setText(self.tr("Print every group's &attendance sheet…"))
        self.password_action.setText(self.tr("Change my &password…"))
        self.quit_action.setText(self.tr("&Quit"))
        for code, action in self.language_actions.items():
            action.setChecked(code == i18n.current_language())
        self._database_label.setText(self.tr("Database: %1").replace("%1", self.db.describe()))
        self._show_notification_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        restored = isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)
        # a size saved on a bigger monitor, or the first 1280×800, must not reach past this screen's edge
        if not (restored and self.isMaximized()):
            fit_to_screen(self, self.size() if restored else QSize(1280, 800))
        self._restore_page(settings)

    def _restore_page(self, settings: QSettings) -> None:
        page = settings.value("main_window/page", "now")
        key = page if isinstance(page, str) and self.has_page(page) else self.specs[0].key if self.specs else None
        if key is not None:
            self._nav.setCurrentRow(self.row_of(key))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        key = self.current_key()
        if key is not None:
            settings.setValue("main_window/page", key)
        super().closeEvent(event)


__all__ = ["MainWindow", "PAGE_SPECS", "PageSpec", "page_title"]
