"""Clubs & groups: the catalogue by direction → club → group, and a group's roster, offers and waitlist
with the front-desk actions: enrol, withdraw, move, accept or decline an offer, change the seats."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QInputDialog, QLabel, QMessageBox, QPushButton, QSplitter,
    QTableView, QTabWidget, QTreeView, QVBoxLayout, QWidget,
)

from enrol import i18n
from enrol.db.engine import Database
from enrol.domain.errors import EnrolError, RefusedError
from enrol.domain.vocabulary import DIRECTIONS, WEEKDAYS
from enrol.services.enrolment import offers, places as enrolment
from enrol.services.people import children
from enrol.services.centre import groups
from enrol.services.context import now
from enrol.services.centre.groups import GroupDetail, GroupInfo, RosterEntry
from enrol.ui.dialogs.enrol_dialog import EnrolDialog, EnrolRequest
from enrol.ui.dialogs.month_dialog import MonthDialog
from enrol.ui.dialogs.print_preview import PrintPreviewDialog, preview_document
from enrol.ui.errors import run_safely, show_error
from enrol.ui.models.rows_model import Column, RowsTableModel, number_column
from enrol.ui.pages.base import Page
from enrol.ui.session import current_actor
from enrol.ui.texts import status_text
from enrol.ui.widgets.button_bar import ButtonBar

OVERRIDABLE_RULES = ("age", "shift")
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


class GroupsPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("groupsPage")
        self._groups: list[GroupInfo] = []
        self._detail: GroupDetail | None = None
        self.catalogue = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("catalogue")
        self.tree.setModel(self.catalogue)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.header = QLabel(self)
        self.header.setObjectName("groupHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        def day(value) -> str:  # type: ignore[no-untyped-def]
            return i18n.format_date(value)

        self.roster_model: RowsTableModel[RosterEntry] = RowsTableModel([
            number_column(),
            Column(lambda: self.tr("Child"), lambda e: e.child),
            Column(lambda: self.tr("Birth date"), lambda e: day(e.birth_date)),
            Column(lambda: self.tr("School"), lambda e: " · ".join(str(x) for x in (e.school, e.grade) if x),
                   stretch=True),
            Column(lambda: self.tr("Guardian"), lambda e: e.guardian),
            Column(lambda: self.tr("Phone"), lambda e: e.phone),
        ], self)
        self.offers_model: RowsTableModel[RosterEntry] = RowsTableModel([
            Column(lambda: self.tr("Child"), lambda e: e.child, stretch=True),
            Column(lambda: self.tr("Offer held until"), lambda e: day(e.offer_expires_at)),
            Column(lambda: self.tr("Guardian"), lambda e: e.guardian),
            Column(lambda: self.tr("Phone"), lambda e: e.phone),
        ], self)
        self.waitlist_model: RowsTableModel[RosterEntry] = RowsTableModel([
            Column(lambda: self.tr("Position"), lambda e: e.position, align_right=True),
            Column(lambda: self.tr("Child"), lambda e: e.child, stretch=True),
            Column(lambda: self.tr("Applied"), lambda e: day(e.applied_at)),
            Column(lambda: self.tr("Guardian"), lambda e: e.guardian),
            Column(lambda: self.tr("Phone"), lambda e: e.phone),
        ], self)
        self.roster = self._table(self.roster_model, "rosterTable")
        self.offers_table = self._table(self.offers_model, "offersTable")
        self.waitlist = self._table(self.waitlist_model, "waitlistTable")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.roster, "")
        self.tabs.addTab(self.offers_table, "")
        self.tabs.addTab(self.waitlist, "")
        self.enrol_button = QPushButton(self)
        self.enrol_button.setObjectName("enrolButton")
        self.withdraw_button = QPushButton(self)
        self.move_button = QPushButton(self)
        self.accept_button = QPushButton(self)
        self.decline_button = QPushButton(self)
        self.seats_button = QPushButton(self)
        self.roster_print_button = QPushButton(self)
        self.roster_print_button.setObjectName("printRoster")
        self.sheet_print_button = QPushButton(self)
        # Two rows: Kazakh and Russian labels are long; what a narrow screen cannot show goes into "⋯".
        buttons = QVBoxLayout()
        self.actions_bar = ButtonBar((self.enrol_button, self.withdraw_button, self.move_button,
                                      self.accept_button, self.decline_button), self)
        self.papers_bar = ButtonBar((self.seats_button, self.roster_print_button, self.sheet_print_button), self)
        buttons.addWidget(self.actions_bar)
        buttons.addWidget(self.papers_bar)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.header)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 900])
        splitter.setCollapsible(0, False)
        self.tree.setMinimumWidth(200)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.tree.selectionModel().currentChanged.connect(self._tree_changed)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        self.enrol_button.clicked.connect(lambda: self.enrol_child())
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.move_button.clicked.connect(self.move_selected)
        self.accept_button.clicked.connect(self.accept_selected_offer)
        self.decline_button.clicked.connect(self.decline_selected_offer)
        self.seats_button.clicked.connect(self.change_seats)
        self.roster_print_button.clicked.connect(self.preview_roster)
        self.sheet_print_button.clicked.connect(self.preview_attendance_sheet)
        for table in (self.roster, self.offers_table, self.waitlist):
            table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.retranslateUi()

    def _table(self, model: RowsTableModel, name: str) -> QTableView:  # type: ignore[type-arg]
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        # every column as wide as its text, the last one filling the rest: on a narrow screen the table scrolls
        # sideways instead of squeezing the School column down to "…"
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table


    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("Roster"))
        self.tabs.setTabText(1, self.tr("Offers"))
        self.tabs.setTabText(2, self.tr("Waitlist"))
        self.enrol_button.setText(self.tr("Enrol a child…"))
        self.withdraw_button.setText(self.tr("Withdraw…"))
        self.move_button.setText(self.tr("Move to another group…"))
        self.accept_button.setText(self.tr("Accept offer"))
        self.decline_button.setText(self.tr("Decline offer…"))
        self.seats_button.setText(self.tr("Seats…"))
        self.roster_print_button.setText(self.tr("Print roster…"))
        self.sheet_print_button.setText(self.tr("Attendance sheet…"))
        for model in (self.roster_model, self.offers_model, self.waitlist_model):
            model.retranslate()
        self._fill_catalogue()
        self._show_detail()

    # --- data --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        code = self.current_group()
        found = run_safely(self, lambda: groups.list_groups(self.db))
        self._groups = found or []
        self._fill_catalogue()
        if code:
            self.select_group(code)
        else:
            self._show_detail()

    def _fill_catalogue(self) -> None:
        current = self.current_group()
        self.catalogue.clear()
        directions: dict[str, QStandardItem] = {}
        clubs: dict[int, QStandardItem] = {}
        for info in self._groups:
            direction = directions.get(info.direction)
            if direction is None:
                label = i18n.translate(DIRECTIONS.get(info.direction, info.direction))
                direction = QStandardItem(label[:1].upper() + label[1:])
                font = direction.font()
                font.setBold(True)
                direction.setFont(font)
                direction.setSelectable(False)
                directions[info.direction] = direction
                self.catalogue.appendRow(direction)
            club = clubs.get(info.club_id)
            if club is None:
                club = QStandardItem(info.club)
                club.setSelectable(False)
                clubs[info.club_id] = club
                direction.appendRow(club)
            item = QStandardItem(self.tr("%1 — %2 free of %3").replace("%1", info.code)
                                 .replace("%2", str(info.free)).replace("%3", str(info.seats)))
            item.setData(info.code, GROUP_ROLE)
            if info.waitlisted:
                item.setToolTip(self.tr("%n on the waitlist", "", info.waitlisted))
            club.appendRow(item)
        self.tree.expandAll()
        if current:
            self.select_group(current)

    def current_group(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(GROUP_ROLE) if index.isValid() else None

    def select_group(self, code: str) -> None:
        matches = self.catalogue.match(self.catalogue.index(0, 0), GROUP_ROLE, code, 1,
                                       Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
        if matches:
            self.tree.setCurrentIndex(matches[0])
        self._show_detail()

    def _tree_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        code = self.current_group()
        self._detail = run_safely(self, lambda: groups.group_detail(self.db, group=code)) if code else None
        detail = self._detail
        if detail is None:
            self.header.setText(self.tr("<p>Choose a group on the left.</p>"))
            for model in (self.roster_model, self.offers_model, self.waitlist_model):
                model.set_rows([])
        else:
            self.header.setText(self._header_html(detail))
            self.roster_model.set_rows(detail.roster)
            self.offers_model.set_rows(detail.offers)
            self.waitlist_model.set_rows(detail.waitlist)
        self.tabs.setTabText(0, self.tr("Roster (%1)").replace("%1", str(len(self.roster_model.rows()))))
        self.tabs.setTabText(1, self.tr("Offers (%1)").replace("%1", str(len(self.offers_model.rows()))))
        self.tabs.setTabText(2, self.tr("Waitlist (%1)").replace("%1", str(len(self.waitlist_model.rows()))))
        self._update_buttons()

    def _header_html(self, detail: GroupDetail) -> str:
        g = detail.group
        times = "<br>".join(f"{i18n.translate(WEEKDAYS[m.weekday])} {m.start}–{m.end}, "
                            + self.tr("room %1").replace("%1", m.room) for m in detail.meetings)
        facts = [
            (self.tr("Teacher"), g.teacher or "—"),
            (self.tr("Seats"), self.tr("%1 enrolled, %2 offered, %3 free of %4").replace("%1", str(g.enrolled))
             .replace("%2", str(g.offered)).replace("%3", str(g.free)).replace("%4", str(g.seats))),
            (self.tr("Ages"), f"{g.age_min}–{g.age_max}"),
            (self.tr("Language"), {"kk": self.tr("Kazakh"), "ru": self.tr("Russian")}.get(g.language, g.language)),
            (self.tr("Meetings"), times or "—"),
        ]
        rows = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in facts)
        return f"<h2>{g.code} · {g.club}</h2><table>{rows}</table>"

    def _selected(self, table: QTableView, model: RowsTableModel[RosterEntry]) -> RosterEntry | None:
        return model.row(table.currentIndex().row())

    def _update_buttons(self) -> None:
        has_group = self._detail is not None
        tab = self.tabs.currentIndex()
        member = self._selected(self.roster, self.roster_model) if tab == 0 else None
        offer = self._selected(self.offers_table, self.offers_model) if tab == 1 else None
        waiting = self._selected(self.waitlist, self.waitlist_model) if tab == 2 else None
        for button in (self.enrol_button, self.seats_button, self.roster_print_button, self.sheet_print_button):
            button.setEnabled(has_group)
        self.withdraw_button.setEnabled(bool(member or offer or waiting))
        self.move_button.setEnabled(member is not None)
        self.accept_button.setEnabled(offer is not None)
        self.decline_button.setEnabled(offer is not None)

    def _selected_entry(self) -> RosterEntry | None:
        tab = self.tabs.currentIndex()
        table, model = ((self.roster, self.roster_model), (self.offers_table, self.offers_model),
                        (self.waitlist, self.waitlist_model))[tab]
        return self._selected(table, model)

    def _done(self, message: str) -> None:
        self.changed.emit()
        self.refresh()
        window = self.window()
        if hasattr(window, "show_message"):
            window.show_message(message)

    # --- actions -----------------------------------------------------------------------------------------
    def enrol_child(self, child_id: int | None = None) -> str | None:
        """Ask for child, group and funding; enrol; show the outcome. Returns the outcome's status."""
        if not self._groups:
            self.refresh()
        dialog = EnrolDialog(self, search=lambda text: children.search_children(self.db, text=text, limit=30),
                             groups=[g for g in self._groups if g.active], group=self.current_group(),
                             child_id=child_id, today=now().date())
        if not dialog.exec() or dialog.request is None:
            return None
        return self.submit_enrolment(dialog.request)

    def submit_enrolment(self, request: EnrolRequest, override_reason: str | None = None) -> str | None:
        try:
            outcome = enrolment.enrol_child(
                self.db, actor=current_actor(), child=request.child_id, group=request.group,
                funding=request.funding, voucher_number=request.voucher_number, start_date=request.start_date,
                override_reason=override_reason)
        except RefusedError as error:
            if error.rule in OVERRIDABLE_RULES and override_reason is None:
                reason, ok = QInputDialog.getText(
                    self, self.tr("Refused"),
                    i18n.render_error(error) + "\n\n" + self.tr("To enrol anyway, give the reason (it is logged):"))
                if ok and reason.strip():
                    return self.submit_enrolment(request, override_reason=reason.strip())
                return None
            show_error(self, error)
            return None
        except EnrolError as error:
            show_error(self, error)
            return None
        if outcome.status == "enrolled":
            text = self.tr("Enrolled in %1.").replace("%1", outcome.group)
        elif outcome.status == "offered":
            text = self.tr("A seat in %1 is offered and held.").replace("%1", outcome.group)
        else:
            text = self.tr("The group %1 is full: waitlisted at position %2.").replace("%1", outcome.group) \
                .replace("%2", str(outcome.position))
        notices = "\n".join(i18n.tr(n.message, **n.params) for n in outcome.notices)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Enrolment"), text + ("\n\n" + notices if notices else ""),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("outcomeBox")
        box.exec()
        self._done(text)
        return outcome.status

    def withdraw_selected(self) -> None:
        entry = self._selected_entry()
        code = self.current_group()
        if entry is None or code is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Withdraw"),
            self.tr("Withdraw %1 from %2? Reason:").replace("%1", entry.child).replace("%2", code))
        if not ok:
            return
        outcome = run_safely(self, lambda: enrolment.withdraw_child(
            self.db, actor=current_actor(), child=entry.child_id, group=code, reason=reason.strip() or None))
        if outcome is not None:
            message = self.tr("%1 withdrawn from %2.").replace("%1", entry.child).replace("%2", code)
            for placement in outcome.placements:
                message += " " + self.tr("The seat went to %1 (%2); call %3.").replace("%1", placement.child) \
                    .replace("%2", status_text(placement.status)).replace("%3", placement.phone or "—")
            self._done(message)

    def move_selected(self) -> None:
        entry = self._selected_entry()
        code = self.current_group()
        if entry is None or code is None:
            return
        targets = [g.code for g in self._groups if g.code != code and g.active]
        target, ok = QInputDialog.getItem(self, self.tr("Move"), self.tr("Move %1 to group:").replace("%1", entry.child),
                                          targets, 0, False)
        if not ok or not target:
            return
        outcome = run_safely(self, lambda: enrolment.move_child(
            self.db, actor=current_actor(), child=entry.child_id, from_group=code, to_group=target))
        if outcome is not None:
            self._done(self.tr("%1 moved to %2.").replace("%1", entry.child).replace("%2", target))

    def accept_selected_offer(self) -> None:
        entry = self._selected(self.offers_table, self.offers_model)
        code = self.current_group()
        if entry is None or code is None:
            return
        if run_safely(self, lambda: offers.accept_offer(self.db, actor=current_actor(), child=entry.child_id,
                                                        group=code)):
            self._done(self.tr("%1 accepted the seat in %2.").replace("%1", entry.child).replace("%2", code))

    def decline_selected_offer(self) -> None:
        entry = self._selected(self.offers_table, self.offers_model)
        code = self.current_group()
        if entry is None or code is None:
            return
        answer = QMessageBox.question(self, self.tr("Decline offer"),
                                      self.tr("Record that %1 declines the seat in %2? The seat goes to the next "
                                              "child on the waitlist.").replace("%1", entry.child).replace("%2", code))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if run_safely(self, lambda: offers.decline_offer(self.db, actor=current_actor(), child=entry.child_id,
                                                         group=code)) is not None:
            self._done(self.tr("%1 declined the seat in %2.").replace("%1", entry.child).replace("%2", code))

    def change_seats(self) -> None:
        if self._detail is None:
            return
        g = self._detail.group
        seats, ok = QInputDialog.getInt(self, self.tr("Seats"), self.tr("Seats in %1:").replace("%1", g.code),
                                        g.seats, 1, 500)
        if ok and seats != g.seats:
            if run_safely(self, lambda: enrolment.change_group_seats(self.db, actor=current_actor(), group=g.code,
                                                                     seats=seats)) is not None:
                self._done(self.tr("%1 now has %2 seats.").replace("%1", g.code).replace("%2", str(seats)))

    # --- printing ----------------------------------------------------------------------------------------
    def preview_roster(self) -> PrintPreviewDialog | None:
        code = self.current_group()
        if code is None:
            return None
        from enrol.services.reporting import printing  # reportlab loads on the first print, not at start-up

        return preview_document(self, title=self.tr("Roster %1").replace("%1", code), file_name=f"roster-{code}.pdf",
                                make_pdf=lambda: printing.print_roster(self.db, actor=current_actor(), group=code))

    def preview_attendance_sheet(self) -> PrintPreviewDialog | None:
        code = self.current_group()
        if code is None:
            return None
        dialog = MonthDialog(self, today=now().date())
        if not dialog.exec():
            return None
        month, blank = dialog.chosen_month(), dialog.blank.isChecked()
        from enrol.services.reporting import printing

        return preview_document(
            self, title=self.tr("Attendance %1 %2").replace("%1", code).replace("%2", f"{month:%m.%Y}"),
            file_name=f"attendance-{code}-{month:%Y-%m}.pdf",
            make_pdf=lambda: printing.print_attendance(self.db, actor=current_actor(), month=month, group=code,
                                                       blank=blank))
