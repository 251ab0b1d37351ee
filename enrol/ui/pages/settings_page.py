"""Settings: every setting of the centre (name, building capacity, school shift hours, age cut-off day, offer
days, waitlist mode, academic year, language, absences before a call, consent, data retention, backups kept),
each with a sentence on what it does, stored through ``settings.set_setting`` (validated, audited).

Lowering the capacity below the week's peak (a floor closed for repairs) asks first, naming the peak and the
groups that meet above the new limit (the building's capacity rule)."""
from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
    QScrollArea, QSpinBox, QTimeEdit,
    QVBoxLayout, QWidget,
)

from enrol.db.engine import Database
from enrol.services.enrolment import occupancy
from enrol.services.centre import settings
from enrol.services.context import now
from enrol.ui.errors import run_safely
from enrol.ui.pages.base import Page
from enrol.ui.pages.now_page import weekday_names
from enrol.ui.session import current_actor
from enrol.ui.translations import LANGUAGE_NAMES


# Fields as wide as the column; the others keep their own width.
_WIDE = ("centre_name", "academic_year", "consent_required", "waitlist_mode")


class HoursEdit(QWidget):
    """A school shift's hours as two time fields (stored as ``HH:MM-HH:MM``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start, self.end = QTimeEdit(self), QTimeEdit(self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.end)
        layout.addStretch(1)

    def set_text(self, text: str) -> None:
        start, _, end = text.partition("-")
        self.start.setTime(QTime.fromString(start, "HH:mm"))
        self.end.setTime(QTime.fromString(end, "HH:mm"))

    def text(self) -> str:
        return f"{self.start.time().toString('HH:mm')}-{self.end.time().toString('HH:mm')}"


class SettingsPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("settingsPage")
        self._stored: dict[str, str] = {}
        self.centre_name = QLineEdit(self)
        self.capacity = QSpinBox(self)
        self.capacity.setObjectName("capacity")
        self.capacity.setRange(1, 100_000)
        self.shift1, self.shift2 = HoursEdit(self), HoursEdit(self)
        self.cutoff = QDateEdit(self)
        self.cutoff.setDisplayFormat("dd MMMM")
        self.offer_days = QSpinBox(self)
        self.offer_days.setRange(1, 60)
        self.waitlist_mode = QComboBox(self)
        self.academic_year = QLineEdit(self)
        self.academic_year.setInputMask("9999-9999")
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.backup_keep = QSpinBox(self)
        self.backup_keep.setRange(1, 365)
        self.absence_alert = QSpinBox(self)
        self.absence_alert.setObjectName("absenceAlert")
        self.absence_alert.setRange(1, 30)
        self.consent_required = QComboBox(self)
        self.consent_required.setObjectName("consentRequired")
        self.consent_required.addItem("", "no")
        self.consent_required.addItem("", "yes")
        self.retention_years = QSpinBox(self)
        self.retention_years.setRange(1, 75)
        self.entrance_unexpected = QComboBox(self)
        self.entrance_unexpected.setObjectName("entranceUnexpected")
        for code in ("allow", "warn", "refuse"):
            self.entrance_unexpected.addItem("", code)
        self.leave_alone_age = QSpinBox(self)
        self.leave_alone_age.setObjectName("leaveAloneAge")
        self.leave_alone_age.setRange(0, 18)
        # A grid rather than a form: it gives the wrapped sentences the height they need inside the scroll area.
        self.form = QGridLayout()
        self.form.setColumnStretch(1, 1)
        self.form.setVerticalSpacing(2)
        # Every setting the centre has, each with a sentence on what it does (the keys never show).
        self.fields: dict[str, QWidget] = {
            "centre_name": self.centre_name, "building_capacity": self.capacity, "shift1_hours": self.shift1,
            "shift2_hours": self.shift2, "age_cutoff": self.cutoff, "offer_days": self.offer_days,
            "waitlist_mode": self.waitlist_mode, "academic_year": self.academic_year, "language": self.language,
            "absence_alert": self.absence_alert, "consent_required": self.consent_required,
            "retention_years": self.retention_years, "backup_keep": self.backup_keep,
            "entrance_unexpected": self.entrance_unexpected, "leave_alone_age": self.leave_alone_age,
        }
        self._labels = {key: QLabel(self) for key in self.fields}
        self.descriptions = {key: QLabel(self) for key in self.fields}
        for key, widget in self.fields.items():
            self._labels[key].setBuddy(widget)
            description = self.descriptions[key]
            description.setWordWrap(True)
            description.setStyleSheet("color: palette(mid);")
            row = 2 * list(self.fields).index(key)
            self.form.addWidget(self._labels[key], row, 0)
            if key in _WIDE:
                self.form.addWidget(widget, row, 1)
            else:
                self.form.addWidget(widget, row, 1, Qt.AlignmentFlag.AlignLeft)
            self.form.addWidget(description, row + 1, 1)
        self.heading = QLabel(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveSettings")
        self.revert_button = QPushButton(self)
        self.warning = QLabel(self)
        self.warning.setObjectName("capacityWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a61b1b;")
        self.saved = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.saved, 1)
        column = QWidget(self)
        column.setMinimumWidth(720)
        column.setMaximumWidth(860)
        inner = QVBoxLayout(column)
        inner.addWidget(self.heading)
        inner.addLayout(self.form)
        inner.addLayout(buttons)
        inner.addWidget(self.warning)
        inner.addStretch(1)
        # Thirteen settings with a sentence each are taller than a 768-pixel screen: the column scrolls.
        scroll = QScrollArea(self)
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget(scroll)
        holder_layout = QHBoxLayout(holder)
        holder_layout.addWidget(column, 1)
        holder_layout.addStretch(0)
        scroll.setWidget(holder)
        self._scroll, self._holder = scroll, holder
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.refresh)
        self.retranslateUi()


    def retranslateUi(self) -> None:
        self.heading.setText(self.tr("<h2>The centre's settings</h2>"))
        texts = {
            "centre_name": self.tr("Centre's name on documents:"),
            "building_capacity": self.tr("Building capacity (children at once):"),
            "shift1_hours": self.tr("First school shift:"),
            "shift2_hours": self.tr("Second school shift:"),
            "age_cutoff": self.tr("Age counted on:"),
            "offer_days": self.tr("Days a freed seat is held:"),
            "waitlist_mode": self.tr("When a seat frees:"),
            "academic_year": self.tr("Academic year:"),
            "language": self.tr("Language of the program and documents:"),
            "absence_alert": self.tr("Absences before the registrar is told:"),
            "consent_required": self.tr("A child without a signed consent:"),
            "retention_years": self.tr("Keep a child's data for (years):"),
            "backup_keep": self.tr("Automatic backups kept:"),
            "entrance_unexpected": self.tr("A child with nothing on today's timetable at the door:"),
            "leave_alone_age": self.tr("Goes home alone from the age of:"),
        }
        descriptions = {
            "centre_name": self.tr("Printed at the top of rosters, attendance sheets, cards and reports."),
            "building_capacity": self.tr("No enrolment, booking or event may bring more children into the building "
                                         "at once; lowering it below the week's peak asks first and names the "
                                         "groups above the new limit."),
            "shift1_hours": self.tr("A first-shift child is not enrolled, without a reason, in a group meeting on "
                                    "a school day in these hours."),
            "shift2_hours": self.tr("The same for second-shift children."),
            "age_cutoff": self.tr("A child's age for a group's age range is counted on this day of the academic "
                                  "year."),
            "offer_days": self.tr("How long a freed seat is held for the child it is offered to before the next "
                                  "one on the waitlist gets it."),
            "waitlist_mode": self.tr("Whether the guardian is asked first, or the child is enrolled straight away."),
            "academic_year": self.tr("New groups belong to this year; enrolments start within it."),
            "language": self.tr("The language the program opens in and documents are printed in."),
            "absence_alert": self.tr("After this many unexcused absences in a row the child is listed for a call "
                                     "to the guardian."),
            "consent_required": self.tr("While paper consents are being entered a child without one is enrolled "
                                        "and flagged; once they are in, refuse such enrolments."),
            "retention_years": self.tr("Years after a child's last activity before an administrator is asked to "
                                       "anonymise their data."),
            "backup_keep": self.tr("How many of the automatic backups made at start and daily are kept; older "
                                   "ones are deleted."),
            "entrance_unexpected": self.tr("Whether the entrance lets in a child who has no class, appointment or "
                                           "event today, lets them in with a notice, or refuses them."),
            "leave_alone_age": self.tr("A younger child leaves only with a guardian or an authorised adult, unless "
                                       "the guardian said otherwise on the child's page."),
        }
        for key, label in self._labels.items():
            label.setText(texts[key])
            self.descriptions[key].setText(descriptions[key])
        self.consent_required.setItemText(0, self.tr("is enrolled and flagged (while paper consents are entered)"))
        self.consent_required.setItemText(1, self.tr("is not enrolled"))
        for row, text in enumerate((self.tr("is let in"), self.tr("is let in with a notice"), self.tr("is refused"))):
            self.entrance_unexpected.setItemText(row, text)
        mode = self.waitlist_mode.currentData()
        self.waitlist_mode.clear()
        self.waitlist_mode.addItem(self.tr("offer it to the head of the waitlist"), "offer")
        self.waitlist_mode.addItem(self.tr("enrol the head of the waitlist at once"), "direct")
        self.waitlist_mode.setCurrentIndex(max(0, self.waitlist_mode.findData(mode or self._stored.get("waitlist_mode"))))
        self.cutoff.setLocale(QLocale())  # month names in the chosen language
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Undo changes"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A scroll area sizes its widget without asking the wrapped sentences for their height at the
        width they get: ask here, or the two-line sentences are cut in half."""
        super().resizeEvent(event)
        self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        layout = self._holder.layout()
        width = self._scroll.viewport().width()
        if layout is not None and layout.hasHeightForWidth():
            self._holder.setMinimumHeight(layout.totalHeightForWidth(width))

    def refresh(self) -> None:
        found = run_safely(self, lambda: settings.list_settings(self.db)) or []
        self._stored = {info.key: info.value for info in found}
        if not self._stored:
            return
        self.centre_name.setText(self._stored["centre_name"])
        self.capacity.setValue(int(self._stored["building_capacity"]))
        self.shift1.set_text(self._stored["shift1_hours"])
        self.shift2.set_text(self._stored["shift2_hours"])
        month, day = (int(x) for x in self._stored["age_cutoff"].split("-"))
        self.cutoff.setDate(QDate(2000, month, day))
        self.offer_days.setValue(int(self._stored["offer_days"]))
        self.waitlist_mode.setCurrentIndex(max(0, self.waitlist_mode.findData(self._stored["waitlist_mode"])))
        self.academic_year.setText(self._stored["academic_year"])
        self.language.setCurrentIndex(max(0, self.language.findData(self._stored["language"])))
        self.absence_alert.setValue(int(self._stored["absence_alert"]))
        self.consent_required.setCurrentIndex(max(0, self.consent_required.findData(self._stored["consent_required"])))
        self.retention_years.setValue(int(self._stored["retention_years"]))
        self.backup_keep.setValue(int(self._stored["backup_keep"]))
        self.entrance_unexpected.setCurrentIndex(max(0, self.entrance_unexpected.findData(
            self._stored.get("entrance_unexpected", "warn"))))
        self.leave_alone_age.setValue(int(self._stored.get("leave_alone_age", "10")))
        self.saved.setText("")

    def values(self) -> dict[str, str]:
        return {
            "centre_name": self.centre_name.text(),
            "building_capacity": str(self.capacity.value()),
            "shift1_hours": self.shift1.text(),
            "shift2_hours": self.shift2.text(),
            "age_cutoff": self.cutoff.date().toString("MM-dd"),
            "offer_days": str(self.offer_days.value()),
            "waitlist_mode": str(self.waitlist_mode.currentData()),
            "academic_year": self.academic_year.text(),
            "language": str(self.language.currentData()),
            "absence_alert": str(self.absence_alert.value()),
            "consent_required": str(self.consent_required.currentData()),
            "retention_years": str(self.retention_years.value()),
            "backup_keep": str(self.backup_keep.value()),
            "entrance_unexpected": str(self.entrance_unexpected.currentData()),
            "leave_alone_age": str(self.leave_alone_age.value()),
        }

    def save(self) -> bool:
        """Store what changed, one setting at a time; the first refused value stops (and is named)."""
        changed = {key: value for key, value in self.values().items() if value != self._stored.get(key)}
        force = False
        if "building_capacity" in changed:
            if not self.confirm_capacity(int(changed["building_capacity"])):
                return False
            force = True
        for key, value in changed.items():
            if run_safely(self, lambda key=key, value=value: settings.set_setting(
                    self.db, actor=current_actor(), key=key, value=value, force=force)) is None:
                return False
            self._stored[key] = value
        if "building_capacity" in changed:
            self._warn_over_capacity()
        if "language" in changed and hasattr(self.window(), "set_language"):
            self.window().set_language(changed["language"])  # type: ignore[attr-defined]
        self.saved.setText(self.tr("Saved.") if changed else self.tr("Nothing changed."))
        self._fit_height()
        if changed:
            self.changed.emit()
        return True

    def confirm_capacity(self, capacity: int) -> bool:
        """A capacity below the week's peak is stored only after a confirmation naming the peak and the groups
        meeting above it; Cancel is the default button, so Enter does not lower the limit by accident."""
        impact = run_safely(self, lambda: settings.capacity_impact(self.db, capacity=capacity))
        if impact is None:
            return True
        at = ""
        if impact.peak_weekday is not None and impact.peak_minute is not None:
            at = f"{weekday_names()[impact.peak_weekday - 1]} {impact.peak_minute // 60}:{impact.peak_minute % 60:02d}"
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Building capacity"),
                          self.tr("The building expects %1 children at the week's peak (%2), more than %3. Groups "
                                  "meeting above the new limit: %4. Nobody could join them until fewer children "
                                  "come. Set the capacity to %3 all the same?")
                          .replace("%1", str(impact.peak)).replace("%2", at).replace("%3", str(capacity))
                          .replace("%4", ", ".join(impact.groups)),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.capacity_box = box  # for tests
        return box.exec() == QMessageBox.StandardButton.Ok

    def _warn_over_capacity(self) -> None:
        profile = run_safely(self, lambda: occupancy.week_profile(self.db, actor=current_actor(), on=now().date()))
        if profile is None or not profile.over:
            self.warning.setText("")
            return
        names = weekday_names()
        moments = "; ".join(f"{names[w - 1]} {s // 60}:{s % 60:02d}–{e // 60}:{e % 60:02d} ({load})"
                            for w, s, e, load in profile.over)
        self.warning.setText(self.tr("The building is already over the new capacity of %1 at: %2. No enrolment "
                                     "will add children at these moments.").replace("%1", str(profile.capacity))
                             .replace("%2", moments))
