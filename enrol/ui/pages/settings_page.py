"""Settings: the centre's name, building capacity, school shift hours, age cut-off day, offer days, waitlist
mode, academic year and language — each stored through ``settings.set_setting`` (validated, audited).

Lowering the capacity below the present load is allowed (a floor closed for repairs), with the moments of
the typical week that are now over it named on the page (the building's capacity rule)."""
from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QTimeEdit,
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
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._labels = {key: QLabel(self) for key in ("centre_name", "building_capacity", "shift1_hours",
                                                      "shift2_hours", "age_cutoff", "offer_days", "waitlist_mode",
                                                      "academic_year", "language")}
        for key, widget in zip(self._labels, (self.centre_name, self.capacity, self.shift1, self.shift2, self.cutoff,
                                              self.offer_days, self.waitlist_mode, self.academic_year, self.language)):
            self.form.addRow(self._labels[key], widget)
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
        layout = QHBoxLayout(self)
        layout.addWidget(column, 1, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
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
        }
        for key, label in self._labels.items():
            label.setText(texts[key])
        mode = self.waitlist_mode.currentData()
        self.waitlist_mode.clear()
        self.waitlist_mode.addItem(self.tr("offer it to the head of the waitlist"), "offer")
        self.waitlist_mode.addItem(self.tr("enrol the head of the waitlist at once"), "direct")
        self.waitlist_mode.setCurrentIndex(max(0, self.waitlist_mode.findData(mode or self._stored.get("waitlist_mode"))))
        self.cutoff.setLocale(QLocale())  # month names in the chosen language
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Undo changes"))

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
