"""Enrol a child in a group: pick the child as you type, the group, the funding and the start date.

Returns the request; the page calls the enrolment service and shows its outcome. The group list is filtered as
you type (club, code, teacher or day) and marks the groups the child's age or school shift stands against,
rather than hiding them: the registrar may still choose one, with the reason the enrolment then asks for.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QVBoxLayout, QWidget,
)

from enrol import i18n
from enrol.domain.vocabulary import ENROLMENT_FUNDING, WEEKDAYS
from enrol.services.enrolment.choices import GroupChoice
from enrol.services.people.children import ChildSummary
from enrol.ui.widgets.child_picker import ChildPicker
from enrol.ui.dates import adopt

CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class EnrolRequest:
    child_id: int
    child_name: str
    group: str
    funding: str | None
    voucher_number: str | None
    start_date: dt.date


class EnrolDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, search: Callable[[str], list[ChildSummary]],
        choices: Callable[[int | None], list[GroupChoice]], group: str | None = None,
        child: ChildSummary | None = None, today: dt.date,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrolDialog")
        self.request: EnrolRequest | None = None
        self._fixed_child = child
        self._choices_of = choices
        self._choices: list[GroupChoice] = []
        self._wanted_group = group
        self.picker = ChildPicker(search, self)
        self.picker.setVisible(child is None)
        self.group_filter = QLineEdit(self)
        self.group_filter.setObjectName("groupFilter")
        self.group_filter.setClearButtonEnabled(True)
        self.groups = QListWidget(self)
        self.groups.setObjectName("groupList")
        self.groups.setAlternatingRowColors(True)
        self.funding = QComboBox(self)
        self.funding.addItem("", None)
        for code in ENROLMENT_FUNDING:
            self.funding.addItem("", code)
        self.voucher = QLineEdit(self)
        self.start = QDateEdit(self)
        self.start.setCalendarPopup(True)
        adopt(self.start)
        self.start.setDate(QDate(today.year, today.month, today.day))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._group_label = QLabel(self)
        self._group_label.setBuddy(self.group_filter)
        self._labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, widget in zip(self._labels, (self.funding, self.voucher, self.start)):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self._child_label = QLabel(self)
        self._child_label.setObjectName("enrolChild")
        layout = QVBoxLayout(self)
        layout.addWidget(self._child_label)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self._group_label)
        layout.addWidget(self.group_filter)
        layout.addWidget(self.groups, 2)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.picker.picked.connect(lambda _id: self._child_changed())
        self.group_filter.textChanged.connect(lambda _text: self._apply_filter())
        self.groups.currentItemChanged.connect(lambda *_: self._update_ok())
        self.groups.itemDoubleClicked.connect(lambda _item: self._accept())
        self.resize(620, 600)
        self.retranslateUi()
        self._child_changed()
        if child is not None:
            self.group_filter.setFocus()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Enrol a child"))
        if self._fixed_child is None:
            self._child_label.setText(self.tr("Child:"))
        else:
            self._child_label.setText(self.tr("Child: <b>%1</b>").replace("%1", _escape(self._fixed_child.full_name)))
        self.picker.set_placeholder(self.tr("Type a surname, name or IIN…"))
        self._group_label.setText(self.tr("&Group"))
        self.group_filter.setPlaceholderText(self.tr("Filter by club, code, teacher or day"))
        for label, text in zip(self._labels, (self.tr("&Funding"), self.tr("&Voucher number"),
                                              self.tr("&Start date"))):
            label.setText(text)
        self.funding.setItemText(0, self.tr("as the group is funded"))
        for row, english in enumerate(ENROLMENT_FUNDING.values(), start=1):
            self.funding.setItemText(row, i18n.translate(english))
        self._fill_groups()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # --- the group list ------------------------------------------------------------------------------------
    def _child_changed(self) -> None:
        """The marks depend on the child: the list is read again for each one picked."""
        self._choices = self._choices_of(self._child())
        self._fill_groups()

    def choice_text(self, choice: GroupChoice) -> str:
        g = choice.group
        locale = QLocale()
        times = ", ".join(f"{locale.dayName(m.weekday, QLocale.FormatType.ShortFormat)} {m.start}–{m.end}"
                          for m in choice.meetings) or self.tr("no meetings yet")
        first = f"{g.code} · {g.club}" + (f" · {g.teacher}" if g.teacher else "")
        second = " · ".join((self.tr("ages %1–%2").replace("%1", str(g.age_min)).replace("%2", str(g.age_max)),
                             times,
                             self.tr("%1 free of %2").replace("%1", str(g.free)).replace("%2", str(g.seats))))
        lines = [first, second]
        for problem in choice.problems:
            lines.append("⚠ " + self.problem_text(problem.params.get("rule")))
        return "\n".join(lines)

    def problem_text(self, rule: object) -> str:
        if rule == "age":
            return self.tr("not for the child's age: enrol only with a reason")
        return self.tr("meets during the child's school shift: enrol only with a reason")

    def _fill_groups(self) -> None:
        current = self.chosen_group() or self._wanted_group
        self.groups.blockSignals(True)
        self.groups.clear()
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        # The groups that fit come first, then the marked ones: both in natural code order.
        for choice in sorted(self._choices, key=lambda c: not c.fits):
            g = choice.group
            item = QListWidgetItem(self.choice_text(choice))
            item.setData(CODE_ROLE, g.code)
            item.setData(SEARCH_ROLE, search_words(choice))
            if not choice.fits:
                item.setForeground(muted)
            self.groups.addItem(item)
        self.groups.blockSignals(False)
        self._apply_filter()
        if current is not None:
            self.select_group(current)
        self._update_ok()

    def _apply_filter(self) -> None:
        words = self.group_filter.text().casefold().split()
        first_visible = None
        for row in range(self.groups.count()):
            item = self.groups.item(row)
            hidden = not matches(item.data(SEARCH_ROLE), words)
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        current = self.groups.currentItem()
        if (current is None or current.isHidden()) and words and first_visible is not None:
            self.groups.setCurrentItem(first_visible)
        elif current is not None and current.isHidden():
            self.groups.setCurrentItem(None)
        self._update_ok()

    def visible_groups(self) -> list[str]:
        return [self.groups.item(row).data(CODE_ROLE) for row in range(self.groups.count())
                if not self.groups.item(row).isHidden()]

    def select_group(self, code: str) -> None:
        for row in range(self.groups.count()):
            item = self.groups.item(row)
            if item.data(CODE_ROLE) == code and not item.isHidden():
                self.groups.setCurrentItem(item)
                return

    def chosen_group(self) -> str | None:
        item = self.groups.currentItem()
        return None if item is None or item.isHidden() else str(item.data(CODE_ROLE))

    # --- the request ---------------------------------------------------------------------------------------
    def _child(self) -> int | None:
        return self._fixed_child.id if self._fixed_child is not None else self.picker.child_id()

    def _child_name(self) -> str:
        return self._fixed_child.full_name if self._fixed_child is not None else (self.picker.child_name() or "")

    def _update_ok(self) -> None:
        ok = self._child() is not None and self.chosen_group() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _accept(self) -> None:
        child, group = self._child(), self.chosen_group()
        if child is None or group is None:
            return
        date = self.start.date()
        self.request = EnrolRequest(
            child_id=child, child_name=self._child_name(), group=group, funding=self.funding.currentData(),
            voucher_number=self.voucher.text().strip() or None,
            start_date=dt.date(date.year(), date.month(), date.day()),
        )
        self.accept()


def search_words(choice: GroupChoice) -> str:
    """What a group is found by as you type: its code, club, teacher and days (in any of our languages)."""
    g = choice.group
    days = " ".join(_day_words(m.weekday) for m in choice.meetings)
    return " ".join((g.code, g.club, g.teacher or "", days)).casefold()


def matches(words_of_item: str, typed: list[str]) -> bool:
    return all(word in words_of_item for word in typed)


def _day_words(weekday: int) -> str:
    """A day as a registrar may type it: the locale's long and short names, ours, and the English one."""
    locale = QLocale()
    return " ".join((locale.dayName(weekday), locale.dayName(weekday, QLocale.FormatType.ShortFormat),
                     i18n.translate(WEEKDAYS[weekday]), WEEKDAYS[weekday]))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
