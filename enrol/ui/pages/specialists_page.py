"""Specialists: a psychologist's, defectologist's or speech therapist's week of appointments in their cabinet;
booking one child or a small group, once or weekly (each date checked on its own: the refused ones are listed
with their reasons), cancelling, rescheduling, the specialist's own confidential notes, and the referrals that
club teachers make."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableView, QTabWidget,
    QVBoxLayout, QWidget,
)

from enrol import i18n
from enrol.db.engine import Database
from enrol.domain.vocabulary import SPECIALTIES
from enrol.services.people import children
from enrol.services.bookings import referrals, session_notes, specialists
from enrol.services.centre import groups
from enrol.services.context import now
from enrol.services.people.permissions import allowed
from enrol.services.bookings.referrals import ReferralInfo
from enrol.services.bookings.specialists import AppointmentInfo, BookingOutcome, SpecialistInfo
from enrol.ui.dialogs.appointment_dialog import AppointmentDialog, AppointmentRequest, AppointmentTimeDialog
from enrol.ui.dialogs.appointment_notes_dialog import AppointmentNotesDialog
from enrol.ui.dialogs.appointment_referral_dialog import AppointmentReferralDialog
from enrol.ui.errors import run_safely
from enrol.ui.models.appointment_week_model import AppointmentWeekModel
from enrol.ui.models.rows_model import Column, RowsTableModel
from enrol.ui.pages.base import Page
from enrol.ui.session import current_actor
from enrol.ui.widgets.button_bar import ButtonBar

WEEK = dt.timedelta(days=7)


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.isoweekday() - 1)


class SpecialistsPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("specialistsPage")
        self._specialists: list[SpecialistInfo] = []
        self._monday = _monday(now().date())
        self.specialist = QComboBox(self)
        self.specialist.setObjectName("specialistCombo")
        self.specialist.setMinimumWidth(200)
        self.previous_button, self.this_week_button, self.next_button = QPushButton(self), QPushButton(self), \
            QPushButton(self)
        self.week_label = QLabel(self)
        self.week_model = AppointmentWeekModel(self)
        self.week = QTableView(self)
        self.week.setObjectName("weekTable")
        self.week.setModel(self.week_model)
        self.week.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week.verticalHeader().setDefaultSectionSize(24)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.book_button, self.cancel_button = QPushButton(self), QPushButton(self)
        self.reschedule_button, self.notes_button = QPushButton(self), QPushButton(self)
        self.book_button.setObjectName("bookButton")
        self.referrals_model: RowsTableModel[ReferralInfo] = RowsTableModel([
            Column(lambda: self.tr("Child"), lambda r: r.child),
            Column(lambda: self.tr("To"), lambda r: i18n.translate(SPECIALTIES.get(r.specialty, r.specialty))),
            Column(lambda: self.tr("Group"), lambda r: r.group),
            Column(lambda: self.tr("Referred by"), lambda r: r.referred_by),
            Column(lambda: self.tr("On"),
                   lambda r: i18n.format_date(r.created_at.date())),
            Column(lambda: self.tr("Reason"), lambda r: r.reason, stretch=True),
        ], self)
        self.referrals = QTableView(self)
        self.referrals.setObjectName("referralsTable")
        self.referrals.setModel(self.referrals_model)
        self.referrals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referrals.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.referrals.verticalHeader().setVisible(False)
        self.referrals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.referrals.horizontalHeader().setStretchLastSection(True)
        self.refer_button, self.book_referral_button, self.close_referral_button = \
            QPushButton(self), QPushButton(self), QPushButton(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._week_tab(), "")
        self.tabs.addTab(self._referrals_tab(), "")
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        for widget in (self.specialist, self.previous_button, self.this_week_button, self.next_button,
                       self.week_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.specialist.currentIndexChanged.connect(lambda _i: self._load_week())
        self.previous_button.clicked.connect(lambda: self.show_week(self._monday - WEEK))
        self.next_button.clicked.connect(lambda: self.show_week(self._monday + WEEK))
        self.this_week_button.clicked.connect(lambda: self.show_week(now().date()))
        self.week.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self.week.doubleClicked.connect(self._double_clicked)
        self.book_button.clicked.connect(lambda: self.book_appointment())
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.reschedule_button.clicked.connect(self.reschedule_selected)
        self.notes_button.clicked.connect(self.notes_of_selected)
        self.refer_button.clicked.connect(self.refer_child)
        self.book_referral_button.clicked.connect(self.book_selected_referral)
        self.close_referral_button.clicked.connect(self.close_selected_referral)
        self.referrals.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.refer_button.setVisible(allowed(current_actor(), "referrals.add"))  # teachers and the desk refer
        self.retranslateUi()

    def _week_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.addWidget(ButtonBar((self.book_button, self.reschedule_button, self.cancel_button, self.notes_button),
                                   tab))
        layout.addWidget(self.week, 1)
        layout.addWidget(self.detail)
        return tab

    def _referrals_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.addWidget(ButtonBar((self.refer_button, self.book_referral_button, self.close_referral_button), tab))
        layout.addWidget(self.referrals, 1)
        return tab


    def retranslateUi(self) -> None:
        self.previous_button.setText(self.tr("◀ Previous week"))
        self.this_week_button.setText(self.tr("This week"))
        self.next_button.setText(self.tr("Next week ▶"))
        self.book_button.setText(self.tr("Book…"))
        self.reschedule_button.setText(self.tr("Reschedule…"))
        self.cancel_button.setText(self.tr("Cancel…"))
        self.notes_button.setText(self.tr("My notes…"))
        self.refer_button.setText(self.tr("Refer a child…"))
        self.book_referral_button.setText(self.tr("Book for this referral…"))
        self.close_referral_button.setText(self.tr("Close the referral"))
        self.tabs.setTabText(0, self.tr("Week"))
        self.tabs.setTabText(1, self.tr("Referrals (%1)").replace("%1", str(self.referrals_model.rowCount())))
        self._fill_specialists()
        self.week_model.retranslate()
        self.referrals_model.retranslate()
        self._show_week_label()
        self._show_selected()

    # --- data --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        # a specialist gets only themself: their own week first, and no choice the services would refuse
        self._specialists = run_safely(self, lambda: specialists.manageable_specialists(
            self.db, actor=current_actor())) or []
        self._fill_specialists()
        self.referrals_model.set_rows(run_safely(self, lambda: referrals.list_referrals(
            self.db, actor=current_actor())) or [])
        self.tabs.setTabText(1, self.tr("Referrals (%1)").replace("%1", str(self.referrals_model.rowCount())))
        self._load_week()

    def _fill_specialists(self) -> None:
        current = self.specialist.currentData()
        self.specialist.blockSignals(True)
        self.specialist.clear()
        for info in self._specialists:
            specialty = i18n.translate(SPECIALTIES.get(info.specialty, info.specialty))
            self.specialist.addItem(f"{specialty[:1].upper()}{specialty[1:]} · {info.name} · {info.cabinet or '—'}",
                                    info.id)
        if current is not None:
            self.specialist.setCurrentIndex(max(0, self.specialist.findData(current)))
        self.specialist.setEnabled(self.specialist.count() > 1)
        self.specialist.blockSignals(False)

    def select_specialist(self, specialist_id: int) -> None:
        self.specialist.setCurrentIndex(max(0, self.specialist.findData(specialist_id)))

    def show_week(self, day: dt.date) -> None:
        self._monday = _monday(day)
        self._load_week()

    def _load_week(self) -> None:
        chosen = self.specialist.currentData()
        found = run_safely(self, lambda: specialists.week_calendar(
            self.db, actor=current_actor(), specialist=chosen, week_of=self._monday)) if chosen else None
        self.week_model.set_week(self._monday, found or [])
        self._show_week_label()
        self._show_selected()

    def _show_week_label(self) -> None:
        self.week_label.setText(f"{i18n.format_date(self._monday)} – "
                                f"{i18n.format_date(self._monday + dt.timedelta(days=6))}")

    def selected(self) -> AppointmentInfo | None:
        index = self.week.currentIndex()
        return self.week_model.appointment(index.row(), index.column()) if index.isValid() else None

    def _show_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.detail.setText(self.tr("Double-click a free time to book it; click an appointment to change it."))
        else:
            self.detail.setText(f"{i18n.format_date(chosen.starts_at)}–{chosen.ends_at:%H:%M} · {chosen.room} · "
                                f"{chosen.names}")
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_specialist = self.specialist.currentData() is not None
        chosen = self.selected() is not None
        self.book_button.setEnabled(has_specialist)
        for button in (self.cancel_button, self.reschedule_button, self.notes_button):
            button.setEnabled(chosen)
        referral = self.referrals_model.row(self.referrals.currentIndex().row()) is not None
        self.book_referral_button.setEnabled(referral and bool(self._specialists))
        self.close_referral_button.setEnabled(referral)

    def _done(self, message: str) -> None:
        self.changed.emit()
        self.refresh()
        window = self.window()
        if hasattr(window, "show_message"):
            window.show_message(message)

    # --- appointments ------------------------------------------------------------------------------------
    def _double_clicked(self, index: QModelIndex) -> None:
        if self.week_model.appointment(index.row(), index.column()) is None:
            self.book_appointment(starts_at=self.week_model.moment(index.row(), index.column()))

    def book_appointment(self, *, starts_at: dt.datetime | None = None, child: tuple[int, str] | None = None,
                         referral: ReferralInfo | None = None) -> BookingOutcome | None:
        """Ask who and when, book, and show which dates were booked and which refused (and why)."""
        if not self._specialists:
            self.refresh()
        start = starts_at or (now() + dt.timedelta(hours=1)).replace(minute=0, second=0)
        wanted = self.specialist.currentData()
        if referral is not None:
            wanted = next((s.id for s in self._specialists if s.specialty == referral.specialty), wanted)
        dialog = AppointmentDialog(self, search=lambda text: children.search_children(self.db, text=text, limit=30),
                                   specialists=self._specialists, specialist_id=wanted, starts_at=start, child=child,
                                   referral_id=referral.id if referral else None)
        if not dialog.exec() or dialog.request is None:
            return None
        return self.submit_booking(dialog.request)

    def submit_booking(self, request: AppointmentRequest) -> BookingOutcome | None:
        outcome = run_safely(self, lambda: specialists.book_appointment(
            self.db, actor=current_actor(), specialist=request.specialist_id, children=list(request.children),
            starts_at=request.starts_at, minutes=request.minutes, weeks=request.weeks,
            referral_id=request.referral_id))
        if outcome is None:
            return None
        def when(moment: dt.datetime) -> str:
            return i18n.format_date(moment)

        lines = [self.tr("Booked:")] + [f"  {when(b.starts_at)}" for b in outcome.booked]
        if outcome.refused:
            lines += ["", self.tr("Not booked:")]
            lines += [f"  {when(r.starts_at)} — {i18n.tr(r.reason.message, **r.reason.params)}"
                      for r in outcome.refused]
        box = QMessageBox(QMessageBox.Icon.Warning if outcome.refused else QMessageBox.Icon.Information,
                          self.tr("Appointments"), "\n".join(lines), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("bookingOutcome")
        box.exec()
        self.select_specialist(request.specialist_id)
        self.show_week(outcome.booked[0].starts_at.date())
        self._done(self.tr("Appointments booked: %1.").replace("%1", str(len(outcome.booked))))
        return outcome

    def cancel_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        question = self.tr("Cancel the appointment of %1 at %2?").replace("%1", chosen.names) \
            .replace("%2", i18n.format_date(chosen.starts_at))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel"), question, QMessageBox.StandardButton.NoButton,
                          self)
        box.setObjectName("cancelQuestion")
        one = box.addButton(self.tr("This one"), QMessageBox.ButtonRole.AcceptRole)
        series = box.addButton(self.tr("This and the later ones"), QMessageBox.ButtonRole.AcceptRole) \
            if chosen.series_id else None
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() not in (one, series):
            return
        found = run_safely(self, lambda: specialists.cancel_appointment(
            self.db, actor=current_actor(), appointment_id=chosen.id, whole_series=box.clickedButton() is series))
        if found is not None:
            self._done(self.tr("Appointments cancelled: %1.").replace("%1", str(len(found))))

    def reschedule_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = AppointmentTimeDialog(self, starts_at=chosen.starts_at,
                                       minutes=int((chosen.ends_at - chosen.starts_at).total_seconds() // 60))
        if not dialog.exec():
            return
        starts_at, minutes = dialog.value()
        moved = run_safely(self, lambda: specialists.reschedule_appointment(
            self.db, actor=current_actor(), appointment_id=chosen.id, starts_at=starts_at, minutes=minutes))
        if moved is not None:
            self.show_week(moved.starts_at.date())
            self._done(self.tr("Moved to %1.").replace("%1", i18n.format_date(moved.starts_at)))

    def notes_of_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        actor = current_actor()
        notes = run_safely(self, lambda: session_notes.my_notes(self.db, actor=actor, appointment_id=chosen.id))
        dialog = AppointmentNotesDialog(self, heading=f"{i18n.format_date(chosen.starts_at)} · {chosen.names}",
                                        notes=notes or [])
        if dialog.exec() and dialog.text:
            if run_safely(self, lambda: session_notes.add_note(self.db, actor=actor, appointment_id=chosen.id,
                                                               text=dialog.text or "")) is not None:
                window = self.window()
                if hasattr(window, "show_message"):
                    window.show_message(self.tr("The note is saved; only you can read it."))

    # --- referrals ---------------------------------------------------------------------------------------
    def refer_child(self) -> None:
        codes = [g.code for g in run_safely(self, lambda: groups.list_groups(self.db)) or [] if g.active]
        dialog = AppointmentReferralDialog(self, search=lambda text: children.search_children(self.db, text=text,
                                                                                              limit=30), groups=codes)
        if not dialog.exec() or dialog.request is None:
            return
        request = dialog.request
        if run_safely(self, lambda: referrals.refer_child(self.db, actor=current_actor(), child=request.child_id,
                                                          specialty=request.specialty, reason=request.reason,
                                                          group=request.group)) is not None:
            self._done(self.tr("The referral is recorded."))

    def book_selected_referral(self) -> None:
        referral = self.referrals_model.row(self.referrals.currentIndex().row())
        if referral is not None:
            self.book_appointment(child=(referral.child_id, referral.child), referral=referral)

    def close_selected_referral(self) -> None:
        referral = self.referrals_model.row(self.referrals.currentIndex().row())
        if referral is not None and run_safely(self, lambda: referrals.close_referral(
                self.db, actor=current_actor(), referral_id=referral.id)) is not None:
            self._done(self.tr("The referral is closed."))


__all__ = ["SpecialistsPage"]
