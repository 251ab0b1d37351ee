"""Now: who is expected in the building at this moment (or any chosen one) against its capacity — per floor,
on a floor plan, room by room — that day's sessions, the registrar's notifications, the evacuation list, and
the week's heat map with its peak and any moments over capacity."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QHBoxLayout, QLabel, QListWidget, QProgressBar, QPushButton, QSlider, QSplitter,
    QTabWidget, QVBoxLayout, QWidget,
)

from enrol import i18n
from enrol.db.engine import Database
from enrol.domain.vocabulary import WEEKDAYS
from enrol.services.enrolment import notifications, occupancy
from enrol.services.centre import rooms, setup, timetable
from enrol.services.context import now
from enrol.services.entrance.inside import InsideByRoom, inside_by_room
from enrol.services.enrolment.occupancy import Occupancy, WeekProfile
from enrol.services.centre.timetable import SlotInfo
from enrol.ui.errors import run_safely
from enrol.ui.models.rows_model import Column, RowsTableModel, number_column
from enrol.ui.pages.base import Page
from enrol.ui.pages.notifications_page import call_reason
from enrol.ui.widgets.button_bar import ButtonBar
from enrol.ui.widgets.tables import table  # noqa: F401 - the other pages take it from here too
from enrol.ui.session import current_actor
from enrol.ui.widgets.first_steps import FirstSteps
from enrol.ui.widgets.floor_plan import FloorPlan, PlanRoom
from enrol.ui.widgets.heat_map import HeatMap
from enrol.ui.dates import adopt

if TYPE_CHECKING:  # reportlab and Qt PDF load on the first print, not when the window opens
    from enrol.reports.evacuation import Evacuee, EvacuationList
    from enrol.ui.dialogs.print_preview import PrintPreviewDialog

DAY_START, DAY_END, STEP = 7 * 60, 21 * 60, 15  # the slider's range and step, in minutes


def weekday_names() -> list[str]:
    return [i18n.translate(WEEKDAYS[day]) for day in range(1, 8)]


class NowPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("nowPage")
        self.occupancy: Occupancy | None = None
        self._inside: InsideByRoom | None = None  # the entrance's facts, read with the moment's load
        self.profile: WeekProfile | None = None
        self._evacuation: EvacuationList | None = None
        self._room: str | None = None
        self._names: dict[str, tuple[str, str]] = {}
        self.moment_label = QLabel(self)
        self.moment = QDateTimeEdit(self)
        self.moment.setObjectName("moment")
        self.moment.setCalendarPopup(True)
        adopt(self.moment, time=True, weekday=True)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("timeSlider")
        self.slider.setRange(DAY_START // STEP, DAY_END // STEP)
        self.slider.setPageStep(4)
        self.now_button = QPushButton(self)
        self.evacuation_button = QPushButton(self)
        self.evacuation_button.setObjectName("evacuationButton")
        top = QHBoxLayout()
        top.addWidget(self.moment_label)
        top.addWidget(self.moment)
        top.addWidget(self.now_button)
        top.addWidget(self.slider, 1)
        # the entrance desk's facts beside the timetable's expectation
        self.inside_label = QLabel(self)
        self.inside_label.setObjectName("insideLabel")
        self.inside_evacuation_button = QPushButton(self)
        self.inside_evacuation_button.setObjectName("insideEvacuationButton")
        # on a narrow screen a button that does not fit goes into the "⋯" menu instead of widening the window
        top.addWidget(ButtonBar((self.evacuation_button, self.inside_evacuation_button), self))
        self.total_label = QLabel(self)
        self.total_label.setObjectName("totalLabel")
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.total_label.setFont(font)
        self.total_bar = QProgressBar(self)
        self.total_bar.setTextVisible(False)
        self.total_bar.setMaximumHeight(14)
        self.floors_label = QLabel(self)
        self.floors_label.setObjectName("floorsLabel")
        totals = QHBoxLayout()
        totals.addWidget(self.total_label)
        totals.addWidget(self.total_bar, 1)
        totals.addWidget(self.floors_label)
        totals.addWidget(self.inside_label)
        self.inside_label.setWordWrap(True)  # the fact beside the expectation wraps rather than widen the window

        self.plan = FloorPlan(self)
        self.room_header = QLabel(self)
        self.room_header.setObjectName("roomHeader")
        self.room_header.setWordWrap(True)
        self.room_header.setTextFormat(Qt.TextFormat.RichText)
        self.room_model: RowsTableModel[Evacuee] = RowsTableModel([
            number_column(),
            Column(lambda: self.tr("Child"), lambda e: e.child + (" " + self.tr("(offered)") if e.offered else ""),
                   stretch=True),
            Column(lambda: self.tr("Group"), lambda e: e.group or self.tr("appointment")),
        ], self)
        self.room_table = table(self, self.room_model, "roomChildren")
        room_panel = QWidget(self)
        room_layout = QVBoxLayout(room_panel)
        room_layout.setContentsMargins(0, 0, 0, 0)
        room_layout.addWidget(self.room_header)
        room_layout.addWidget(self.room_table, 1)
        plan_split = QSplitter(Qt.Orientation.Horizontal, self)
        plan_split.addWidget(self.plan)
        plan_split.addWidget(room_panel)
        plan_split.setStretchFactor(0, 3)
        plan_split.setStretchFactor(1, 1)
        plan_split.setSizes([900, 320])

        self.scope = QComboBox(self)
        self.scope.setObjectName("heatScope")
        self.peak_label = QLabel(self)
        self.peak_label.setObjectName("peakLabel")
        self.peak_label.setWordWrap(True)
        self.heat = HeatMap(self)
        self.over_label = QLabel(self)
        self.over_label.setObjectName("overLabel")
        self.over_label.setWordWrap(True)
        self.over_label.setStyleSheet("color: #a61b1b;")
        heat_panel = QWidget(self)
        heat_layout = QVBoxLayout(heat_panel)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope)
        scope_row.addWidget(self.peak_label, 1)
        heat_layout.addLayout(scope_row)
        heat_layout.addWidget(self.heat, 1)
        heat_layout.addWidget(self.over_label)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(plan_split, "")
        self.tabs.addTab(heat_panel, "")

        self.sessions_model: RowsTableModel[SlotInfo] = RowsTableModel([
            Column(lambda: self.tr("Time"), lambda s: f"{s.start}–{s.end}"),
            Column(lambda: self.tr("Group"), lambda s: s.group),
            Column(lambda: self.tr("Club"), lambda s: s.club, stretch=True),
            Column(lambda: self.tr("Room"), lambda s: s.room),
            Column(lambda: self.tr("Teacher"), lambda s: s.teacher or "—"),
            Column(lambda: self.tr("Children"), lambda s: s.children, align_right=True),
        ], self)
        self.sessions_table = table(self, self.sessions_model, "sessionsTable")
        self.sessions_label = QLabel(self)
        self.notifications_label = QLabel(self)
        self.notifications_list = QListWidget(self)
        self.notifications_list.setObjectName("nowNotifications")
        self.notifications_list.setWordWrap(True)  # each line says whom to call and why: long, never cut off
        self.first_steps = FirstSteps(self)
        self.first_steps.go_to.connect(self.go_to)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        for label, widget in ((self.sessions_label, self.sessions_table),
                              (self.notifications_label, self.notifications_list)):
            box = QWidget(self)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(label)
            box_layout.addWidget(widget, 1)
            bottom.addWidget(box)
        bottom.setSizes([800, 420])
        main = QSplitter(Qt.Orientation.Vertical, self)
        main.addWidget(self.tabs)
        main.addWidget(bottom)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 1)
        main.setSizes([560, 220])
        layout = QVBoxLayout(self)
        layout.addWidget(self.first_steps)
        layout.addLayout(top)
        layout.addLayout(totals)
        layout.addWidget(main, 1)

        self.set_moment(now())
        self.moment.dateTimeChanged.connect(self._moment_changed)
        self.slider.valueChanged.connect(self._slider_moved)
        self.now_button.clicked.connect(lambda: self.set_moment(now()))
        self.evacuation_button.clicked.connect(self.preview_evacuation)
        self.inside_evacuation_button.clicked.connect(self.preview_inside_evacuation)
        self.plan.room_clicked.connect(self.show_room)
        self.scope.currentIndexChanged.connect(lambda _i: self._show_heat())
        self.retranslateUi()


    def retranslateUi(self) -> None:
        adopt(self.moment, time=True, weekday=True)  # weekday names and the date format of the language
        self.moment_label.setText(self.tr("Moment:"))
        self.now_button.setText(self.tr("Now"))
        self.evacuation_button.setText(self.tr("Evacuation list…"))
        self.inside_evacuation_button.setText(self.tr("Evacuation list of who is inside…"))
        self.tabs.setTabText(0, self.tr("Floor plan"))
        self.tabs.setTabText(1, self.tr("Week heat map"))
        self.sessions_label.setText(self.tr("<b>Sessions that day</b>"))
        self.notifications_label.setText(self.tr("<b>Notifications</b>"))
        self.slider.setToolTip(self.tr("Time of day"))
        for model in (self.room_model, self.sessions_model):
            model.retranslate()
        self._fill_scopes()
        self._show_totals()
        self._show_room_detail()
        self._render_heat()

    # --- the moment --------------------------------------------------------------------------------------
    def chosen_moment(self) -> dt.datetime:
        return self.moment.dateTime().toPython().replace(second=0, microsecond=0)  # type: ignore[no-any-return]

    def set_moment(self, at: dt.datetime) -> None:
        self.moment.setDateTime(QDateTime(at.replace(second=0, microsecond=0)))

    def _moment_changed(self, _value: QDateTime) -> None:
        at = self.chosen_moment()
        self.slider.blockSignals(True)
        self.slider.setValue((at.hour * 60 + at.minute) // STEP)
        self.slider.blockSignals(False)
        self.refresh_moment()

    def _slider_moved(self, value: int) -> None:
        at = self.chosen_moment()
        minutes = value * STEP
        self.set_moment(dt.datetime.combine(at.date(), dt.time(minutes // 60, minutes % 60)))

    # --- data --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.first_steps.show_state(run_safely(self, lambda: setup.setup_state(self.db)))
        self._names = {r.code: (r.name, r.kind) for r in run_safely(self, lambda: rooms.list_rooms(self.db)) or []}
        self._fill_scopes()
        self.refresh_moment()
        self._show_heat()
        found = run_safely(self, lambda: notifications.list_notifications(self.db, actor=current_actor())) or []
        self.notifications_list.clear()
        for note in found:
            self.notifications_list.addItem(call_reason(note))
        if not found:
            self.notifications_list.addItem(self.tr("Nothing to call about."))

    def refresh_moment(self) -> None:
        at = self.chosen_moment()
        self.occupancy = run_safely(self, lambda: occupancy.occupancy_at(self.db, actor=current_actor(), at=at))
        self._inside = (run_safely(self, lambda: inside_by_room(self.db, actor=current_actor()))
                        if self.occupancy is not None else None)  # one storage problem, one message
        self._evacuation = None
        if self._room is not None:  # the open room's children and adult are read again for the new moment
            self._load_evacuation()
        plan = [PlanRoom(code=r.code, name=self._names.get(r.code, ("", ""))[0], floor=r.floor,
                         kind=self._names.get(r.code, ("", "club_room"))[1], seats=r.seats, expected=r.expected)
                for r in (self.occupancy.rooms if self.occupancy else [])]
        self.plan.set_rooms(plan, self._floor_labels())
        slots = run_safely(self, lambda: timetable.week_slots(self.db, on=at.date())) or []
        self.sessions_model.set_rows([s for s in slots if s.weekday == at.isoweekday()])
        self._show_totals()
        self._show_room_detail()

    def _floor_labels(self) -> dict[int, str]:
        floors = self.occupancy.floors if self.occupancy else {}
        return {floor: self.tr("Floor %1 — %2 children").replace("%1", str(floor)).replace("%2", str(count))
                for floor, count in floors.items()}

    def _show_totals(self) -> None:
        found = self.occupancy
        if found is None:
            self.total_label.setText("")
            self.floors_label.setText("")
            return
        self.total_label.setText(self.tr("%1 of %2 children in the building").replace("%1", str(found.total))
                                 .replace("%2", str(found.capacity)))
        self.total_bar.setMaximum(max(found.capacity, found.total, 1))
        self.total_bar.setValue(found.total)
        self.floors_label.setText("   ".join(self.tr("Floor %1: %2").replace("%1", str(floor)).replace("%2", str(n))
                                             for floor, n in sorted(found.floors.items())))
        self.plan.set_rooms(self.plan.rooms(), self._floor_labels())
        self._show_inside()

    def _show_inside(self) -> None:
        """Inside by the entrance scans, beside the timetable's expected total, and by room on the plan."""
        found = self._inside
        if found is None:
            self.inside_label.setText("")
            return
        self.inside_label.setText(self.tr("Inside now (entrance scans): %1; not in a class: %2")
                                  .replace("%1", str(found.total)).replace("%2", str(found.not_in_a_class)))
        if self.chosen_moment().date() == now().date():  # the plan's rooms get today's facts beside the timetable
            self.plan.set_rooms([dataclasses.replace(room, inside=found.rooms.get(room.code, 0))
                                 for room in self.plan.rooms()], self._floor_labels())

    # --- a room ------------------------------------------------------------------------------------------
    def show_room(self, code: str) -> None:
        """Who is expected in the room and the adult in charge: the evacuation list's own lines for it."""
        self._room = code
        self.plan.select(code)
        if self._evacuation is None:
            self._load_evacuation()
        self._show_room_detail()

    def _load_evacuation(self) -> None:
        at = self.chosen_moment()
        from enrol.services.reporting import printing  # its module loads reportlab: only when a room is opened

        self._evacuation = run_safely(self, lambda: printing.evacuation_document(self.db, actor=current_actor(), at=at))

    def _show_room_detail(self) -> None:
        code = self._room
        listed = None
        if code and self._evacuation is not None:
            listed = next((r for r in self._evacuation.rooms if r.code == code), None)
        if code is None:
            self.room_header.setText(self.tr("<p>Click a room on the plan to see who is expected there.</p>"))
            self.room_model.set_rows([])
            return
        load = next((r for r in (self.occupancy.rooms if self.occupancy else []) if r.code == code), None)
        name = self._names.get(code, ("", ""))[0]
        lines = [f"<h3>{code} · {name}</h3>"]
        if load is not None:
            lines.append(self.tr("%1 expected of %2 seats").replace("%1", str(load.expected))
                         .replace("%2", str(load.seats)))
        adults = ", ".join(listed.adults) if listed and listed.adults else "—"
        lines.append("<br>" + self.tr("Adult in charge: %1").replace("%1", adults))
        for event in listed.events if listed else []:
            lines.append("<br>" + self.tr("Event: %1 (%2 people)").replace("%1", event.title)
                         .replace("%2", str(event.headcount)))
        self.room_header.setText("".join(lines))
        self.room_model.set_rows(listed.children if listed else [])

    # --- the week ----------------------------------------------------------------------------------------
    def _fill_scopes(self) -> None:
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("The building"), "building")
        for floor in (1, 2, 3):
            self.scope.addItem(self.tr("Floor %1").replace("%1", str(floor)), f"floor:{floor}")
        for code, (name, _kind) in self._names.items():
            self.scope.addItem(self.tr("Room %1 · %2").replace("%1", code).replace("%2", name), f"room:{code}")
        index = self.scope.findData(current) if current else 0
        self.scope.setCurrentIndex(max(index, 0))
        self.scope.blockSignals(False)

    def _show_heat(self) -> None:
        kind, _, key = str(self.scope.currentData() or "building").partition(":")
        day = self.chosen_moment().date()
        if kind == "floor":
            self.profile = run_safely(self, lambda: rooms.room_week(self.db, floor=int(key), on=day))
        elif kind == "room":
            self.profile = run_safely(self, lambda: rooms.room_week(self.db, room=key, on=day))
        else:
            self.profile = run_safely(self, lambda: occupancy.week_profile(self.db, actor=current_actor(), on=day))
        self._render_heat()

    def _render_heat(self) -> None:
        names = weekday_names()
        self.heat.set_profile(self.profile, names)
        profile = self.profile
        if profile is None or not profile.peak or profile.peak_weekday is None or profile.peak_minute is None:
            self.peak_label.setText(self.tr("Nobody is expected in a typical week."))
            self.over_label.setText("")
            return
        self.peak_label.setText(
            self.tr("Peak: %1 children on %2 at %3 (capacity %4)").replace("%1", str(profile.peak))
            .replace("%2", names[profile.peak_weekday - 1])
            .replace("%3", f"{profile.peak_minute // 60}:{profile.peak_minute % 60:02d}")
            .replace("%4", str(profile.capacity)))
        if profile.over:
            moments = "; ".join(f"{names[w - 1]} {s // 60}:{s % 60:02d}–{e // 60}:{e % 60:02d} ({load})"
                                for w, s, e, load in profile.over)
            self.over_label.setText(self.tr("Over capacity: %1").replace("%1", moments))
        else:
            self.over_label.setText("")

    # --- printing ----------------------------------------------------------------------------------------
    def preview_inside_evacuation(self) -> PrintPreviewDialog | None:
        from enrol.services.entrance import facts  # reportlab loads on the first print, not at start-up
        from enrol.ui.dialogs.print_preview import preview_document

        at = now()
        return preview_document(self, title=self.tr("Evacuation list of who is inside %1")
                                .replace("%1", f"{at:%d.%m.%Y %H:%M}"),
                                file_name=f"evacuation-inside-{at:%Y-%m-%d-%H%M}.pdf",
                                make_pdf=lambda: facts.print_inside_evacuation(self.db, actor=current_actor()))

    def preview_evacuation(self) -> PrintPreviewDialog | None:
        at = self.chosen_moment()
        from enrol.services.reporting import printing  # reportlab loads on the first print, not at start-up
        from enrol.ui.dialogs.print_preview import preview_document

        return preview_document(self, title=self.tr("Evacuation list %1").replace("%1", i18n.format_date(at)),
                                file_name=f"evacuation-{at:%Y-%m-%d-%H%M}.pdf",
                                make_pdf=lambda: printing.print_evacuation(self.db, actor=current_actor(), at=at))
