"""Clubs, groups and staff administration: three lists with add and edit through dialogs. Group seats change
through ``enrolment.change_group_seats`` (inside ``groups.update_group``): more seats go to the waitlist, and a
group may never have more seats than a room it meets in — the refusal names the room."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget

from enrol import i18n
from enrol.db.engine import Database
from enrol.domain.vocabulary import CLUB_FUNDING, DIRECTIONS, SPECIALTIES, STAFF_POSITIONS, TEACHING_LANGUAGES
from enrol.services.centre import clubs, groups, rooms, staff
from enrol.services.centre.clubs import ClubInfo
from enrol.services.centre.groups import GroupInfo
from enrol.services.centre.staff import StaffInfo
from enrol.ui.dialogs.club_dialog import ClubDialog, ClubValues
from enrol.ui.dialogs.group_dialog import GroupDialog, GroupValues
from enrol.ui.dialogs.staff_dialog import StaffDialog, StaffValues
from enrol.ui.errors import run_safely
from enrol.ui.models.rows_model import Column, RowsTableModel
from enrol.ui.pages.base import Page
from enrol.ui.pages.now_page import table
from enrol.ui.session import current_actor


def label(values: dict[str, str], key: str | None) -> str:
    return i18n.translate(values.get(key, key)) if key else "—"


class AdminPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("adminPage")
        yes_no = lambda flag: self.tr("yes") if flag else self.tr("no")  # noqa: E731
        self.clubs_model: RowsTableModel[ClubInfo] = RowsTableModel([
            Column(lambda: self.tr("Club"), lambda c: c.name, stretch=True),
            Column(lambda: self.tr("Direction"), lambda c: label(DIRECTIONS, c.direction)),
            Column(lambda: self.tr("Ages"), lambda c: f"{c.age_min}–{c.age_max}"),
            Column(lambda: self.tr("Funding"), lambda c: label(CLUB_FUNDING, c.funding)),
            Column(lambda: self.tr("Group size"), lambda c: c.default_group_size, align_right=True),
            Column(lambda: self.tr("Groups"), lambda c: c.groups, align_right=True),
            Column(lambda: self.tr("Open"), lambda c: yes_no(c.active)),
        ], self)
        self.groups_model: RowsTableModel[GroupInfo] = RowsTableModel([
            Column(lambda: self.tr("Group"), lambda g: g.code),
            Column(lambda: self.tr("Club"), lambda g: g.club, stretch=True),
            Column(lambda: self.tr("Teacher"), lambda g: g.teacher or "—"),
            Column(lambda: self.tr("Seats"), lambda g: g.seats, align_right=True),
            Column(lambda: self.tr("Enrolled"), lambda g: g.enrolled, align_right=True),
            Column(lambda: self.tr("Ages"), lambda g: f"{g.age_min}–{g.age_max}"),
            Column(lambda: self.tr("Language"), lambda g: label(TEACHING_LANGUAGES, g.language)),
            Column(lambda: self.tr("Funding"), lambda g: label(CLUB_FUNDING, g.funding)),
            Column(lambda: self.tr("Active"), lambda g: yes_no(g.active)),
        ], self)
        self.staff_model: RowsTableModel[StaffInfo] = RowsTableModel([
            Column(lambda: self.tr("Name"), lambda p: p.full_name, stretch=True),
            Column(lambda: self.tr("Position"), lambda p: label(STAFF_POSITIONS, p.position)),
            Column(lambda: self.tr("Specialty"), lambda p: label(SPECIALTIES, p.specialty)),
            Column(lambda: self.tr("Cabinet"), lambda p: p.cabinet or "—"),
            Column(lambda: self.tr("Phone"), lambda p: p.phone or "—"),
            Column(lambda: self.tr("Works here"), lambda p: yes_no(p.active)),
        ], self)
        self.tabs = QTabWidget(self)
        self.tables: list[QTableView] = []
        self.add_buttons: list[QPushButton] = []
        self.edit_buttons: list[QPushButton] = []
        for model, name, add, edit in ((self.clubs_model, "clubsTable", self.add_club, self.edit_club),
                                       (self.groups_model, "adminGroupsTable", self.add_group, self.edit_group),
                                       (self.staff_model, "staffTable", self.add_staff, self.edit_staff)):
            tab = QWidget(self)
            view = table(tab, model, name)
            add_button, edit_button = QPushButton(tab), QPushButton(tab)
            add_button.clicked.connect(add)
            edit_button.clicked.connect(edit)
            view.doubleClicked.connect(lambda _index, edit=edit: edit())
            buttons = QHBoxLayout()
            buttons.addWidget(add_button)
            buttons.addWidget(edit_button)
            buttons.addStretch(1)
            layout = QVBoxLayout(tab)
            layout.addLayout(buttons)
            layout.addWidget(view, 1)
            self.tabs.addTab(tab, "")
            self.tables.append(view)
            self.add_buttons.append(add_button)
            self.edit_buttons.append(edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslateUi()


    def retranslateUi(self) -> None:
        for index, text in enumerate((self.tr("Clubs"), self.tr("Groups"), self.tr("Staff"))):
            self.tabs.setTabText(index, text)
        for button, text in zip(self.add_buttons, (self.tr("New club…"), self.tr("New group…"),
                                                   self.tr("New staff member…"))):
            button.setText(text)
        for button in self.edit_buttons:
            button.setText(self.tr("Edit…"))
        for model in (self.clubs_model, self.groups_model, self.staff_model):
            model.retranslate()

    def refresh(self) -> None:
        self.clubs_model.set_rows(run_safely(self, lambda: clubs.list_clubs(self.db)) or [])
        self.groups_model.set_rows(run_safely(self, lambda: groups.list_groups(self.db)) or [])
        self.staff_model.set_rows(run_safely(self, lambda: staff.list_staff(self.db)) or [])

    def _selected(self, tab: int) -> Any:
        model = (self.clubs_model, self.groups_model, self.staff_model)[tab]
        return model.row(self.tables[tab].currentIndex().row())

    def select(self, tab: int, match: Callable[[Any], bool]) -> None:
        self.tabs.setCurrentIndex(tab)
        model = (self.clubs_model, self.groups_model, self.staff_model)[tab]
        row = next((i for i, r in enumerate(model.rows()) if match(r)), -1)
        if row >= 0:
            self.tables[tab].selectRow(row)

    def _done(self, result: Any) -> Any:
        if result is not None:
            self.changed.emit()
            self.refresh()
        return result

    # --- clubs -------------------------------------------------------------------------------------------
    def add_club(self) -> ClubInfo | None:
        dialog = ClubDialog(self)
        return self.save_club(None, dialog.values()) if dialog.exec() == QDialog.DialogCode.Accepted else None

    def edit_club(self) -> ClubInfo | None:
        club = self._selected(0)
        if club is None:
            return None
        dialog = ClubDialog(self, club=club)
        return self.save_club(club, dialog.values()) if dialog.exec() == QDialog.DialogCode.Accepted else None

    def save_club(self, club: ClubInfo | None, v: ClubValues) -> ClubInfo | None:
        if club is None:
            action = lambda: clubs.add_club(  # noqa: E731
                self.db, actor=current_actor(), name=v.name, name_ru=v.name_ru or None, direction=v.direction,
                age_min=v.age_min, age_max=v.age_max, funding=v.funding, default_group_size=v.default_group_size)
        else:
            action = lambda: clubs.update_club(  # noqa: E731
                self.db, actor=current_actor(), club=club.id, name=v.name, name_ru=v.name_ru, direction=v.direction,
                age_min=v.age_min, age_max=v.age_max, funding=v.funding, default_group_size=v.default_group_size,
                active=v.active)
        return self._done(run_safely(self, action))

    # --- groups ------------------------------------------------------------------------------------------
    def _group_dialog(self, group: GroupInfo | None) -> GroupDialog:
        teachers = [p for p in run_safely(self, lambda: staff.list_staff(self.db)) or []
                    if p.active and p.position == "teacher"]
        return GroupDialog(self, clubs=run_safely(self, lambda: clubs.list_clubs(self.db)) or [], teachers=teachers,
                           group=group)

    def add_group(self) -> GroupInfo | None:
        dialog = self._group_dialog(None)
        return self.save_group(None, dialog.values()) if dialog.exec() == QDialog.DialogCode.Accepted else None

    def edit_group(self) -> GroupInfo | None:
        group = self._selected(1)
        if group is None:
            return None
        dialog = self._group_dialog(group)
        return self.save_group(group, dialog.values()) if dialog.exec() == QDialog.DialogCode.Accepted else None

    def save_group(self, group: GroupInfo | None, v: GroupValues) -> GroupInfo | None:
        if group is None:
            action = lambda: groups.add_group(  # noqa: E731
                self.db, actor=current_actor(), code=v.code, club=v.club_id, seats=v.seats, teacher_id=v.teacher_id,
                age_min=v.age_min, age_max=v.age_max, language=v.language, funding=v.funding)
        else:
            action = lambda: groups.update_group(  # noqa: E731
                self.db, actor=current_actor(), group=group.code, seats=v.seats, teacher_id=v.teacher_id,
                clear_teacher=v.teacher_id is None, age_min=v.age_min, age_max=v.age_max, language=v.language,
                funding=v.funding, active=v.active)
        return self._done(run_safely(self, action))

    # --- staff -------------------------------------------------------------------------------------------
    def _staff_dialog(self, person: StaffInfo | None) -> StaffDialog:
        cabinets = [r.code for r in run_safely(self, lambda: rooms.list_rooms(self.db)) or [] if r.kind == "cabinet"]
        return StaffDialog(self, cabinets=cabinets, person=person)

    def add_staff(self) -> StaffInfo | None:
        dialog = self._staff_dialog(None)
        return self.save_staff(None, dialog.values()) if dialog.exec() == QDialog.DialogCode.Accepted else None

    def edit_staff(self) -> StaffInfo | None:
        person = self._selected(2)
        if person is None:
            return None
        dialog = self._staff_dialog(person)
        return self.save_staff(person, dialog.values()) if dialog.exec() == QDialog.DialogCode.Accepted else None

    def save_staff(self, person: StaffInfo | None, v: StaffValues) -> StaffInfo | None:
        if person is None:
            action = lambda: staff.add_staff(  # noqa: E731
                self.db, actor=current_actor(), surname=v.surname, name=v.name, patronymic=v.patronymic or None,
                position=v.position, phone=v.phone or None, specialty=v.specialty, cabinet=v.cabinet)
        else:
            action = lambda: staff.update_staff(  # noqa: E731
                self.db, actor=current_actor(), staff_id=person.id, surname=v.surname, name=v.name,
                patronymic=v.patronymic, position=v.position, phone=v.phone, active=v.active)
        return self._done(run_safely(self, action))
