"""The front desk's enrolment from any page: the dialog, the refusal that defaults to *Cancel*, and the outcome
naming the child and the group — with, when the group is full, the same club's groups that have a seat now.

Children and Enrolment & rosters both start it, so it lives apart from either page.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QInputDialog, QMessageBox, QWidget

from enrol import i18n
from enrol.db.engine import Database
from enrol.domain.errors import EnrolError, RefusedError
from enrol.services.context import now
from enrol.services.enrolment import choices as group_choices, places
from enrol.services.enrolment.choices import GroupChoice
from enrol.services.people import children
from enrol.ui.dialogs.enrol_dialog import EnrolDialog, EnrolRequest
from enrol.ui.errors import run_safely, show_error
from enrol.ui.session import current_actor

OVERRIDABLE_RULES = ("age", "shift")
# More buttons than this would not fit a message box on a 1366-pixel screen.
MAX_ALTERNATIVES = 3


@dataclass(frozen=True)
class Enrolled:
    status: str
    group: str
    message: str


class Enrolling(QObject):
    def __init__(self, widget: QWidget, db: Database) -> None:
        super().__init__(widget)
        self.widget = widget
        self.db = db

    def choices(self, child: int | None) -> list[GroupChoice]:
        return run_safely(self.widget, lambda: group_choices.group_choices(self.db, child=child)) or []

    def run(self, *, child: int | None = None, group: str | None = None) -> Enrolled | None:
        """Ask for child (unless given), group and funding; enrol; show the outcome."""
        summary = None
        if child is not None:
            found = run_safely(self.widget, lambda: children.summaries(self.db, actor=current_actor(), ids=[child]))
            summary = found[0] if found else None
        dialog = EnrolDialog(self.widget, search=lambda text: children.search_children(
                                 self.db, actor=current_actor(), text=text, limit=30),
                             choices=self.choices, group=group, child=summary, today=now().date())
        if not dialog.exec() or dialog.request is None:
            return None
        return self.submit(dialog.request)

    def submit(self, request: EnrolRequest, override_reason: str | None = None) -> Enrolled | None:
        try:
            outcome = places.enrol_child(
                self.db, actor=current_actor(), child=request.child_id, group=request.group,
                funding=request.funding, voucher_number=request.voucher_number, start_date=request.start_date,
                override_reason=override_reason)
        except RefusedError as error:
            if error.rule in OVERRIDABLE_RULES and override_reason is None:
                reason = self.ask_override(request, error)
                return None if reason is None else self.submit(request, override_reason=reason)
            show_error(self.widget, error)
            return None
        except EnrolError as error:
            show_error(self.widget, error)
            return None
        name, group = request.child_name, outcome.group
        if outcome.status == "enrolled":
            text = self.tr("%1 is enrolled in %2.").replace("%1", name).replace("%2", group)
        elif outcome.status == "offered":
            text = self.tr("A seat in %2 is offered to %1 and held.").replace("%1", name).replace("%2", group)
        else:
            text = self.tr("%1 is on the waitlist of %2 at position %3.").replace("%1", name) \
                .replace("%2", group).replace("%3", str(outcome.position))
        notices = "\n".join(i18n.tr(n.message, **n.params) for n in outcome.notices)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Enrolment"),
                          text + ("\n\n" + notices if notices else ""), QMessageBox.StandardButton.Ok, self.widget)
        box.setObjectName("outcomeBox")
        instead: dict[QAbstractButton, str] = {}
        if outcome.status == "waitlisted":
            others = self.alternatives(child=request.child_id, group=group)
            if others:
                box.setInformativeText(self.tr("These groups of the same club have a free seat and fit the child; "
                                               "a click enrols there instead of waiting:"))
            for choice in others:
                g = choice.group
                # Short, so that three fit side by side in Kazakh and Russian: the sentence above says the rest.
                button = box.addButton(self.tr("%1: %2 free of %3").replace("%1", g.code)
                                       .replace("%2", str(g.free)).replace("%3", str(g.seats)),
                                       QMessageBox.ButtonRole.ActionRole)
                button.setObjectName(f"instead-{g.code}")
                instead[button] = g.code
        box.exec()
        chosen = instead.get(box.clickedButton())
        if chosen is not None:
            return self.enrol_instead(request, full_group=group, other=chosen) or \
                Enrolled(outcome.status, group, text)
        return Enrolled(outcome.status, group, text)

    def alternatives(self, *, child: int, group: str) -> list[GroupChoice]:
        """The same club's other groups with a free seat whose age and shift fit the child."""
        everything = self.choices(child)
        full = next((c for c in everything if c.group.code == group), None)
        if full is None:
            return []
        return [c for c in everything if c.group.club_id == full.group.club_id and c.group.code != group
                and c.fits and c.group.free > 0][:MAX_ALTERNATIVES]

    def enrol_instead(self, request: EnrolRequest, *, full_group: str, other: str) -> Enrolled | None:
        """Enrol in ``other``; only once the child has the seat is the waitlist place given up."""
        done = self.submit(EnrolRequest(child_id=request.child_id, child_name=request.child_name, group=other,
                                        funding=request.funding, voucher_number=request.voucher_number,
                                        start_date=request.start_date))
        if done is not None and done.status == "enrolled":
            run_safely(self.widget, lambda: places.withdraw_child(
                self.db, actor=current_actor(), child=request.child_id, group=full_group,
                reason=self.tr("enrolled in %1 instead").replace("%1", other)))
        return done

    def ask_override(self, request: EnrolRequest, error: RefusedError) -> str | None:
        """A refusal whose default is *Cancel*; overriding is its own button, and then asks for the reason."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Refused"),
                          self.tr("%1 cannot be enrolled in %2:").replace("%1", request.child_name)
                          .replace("%2", request.group) + "\n\n" + i18n.render_error(error), parent=self.widget)
        box.setObjectName("refusalBox")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        override = box.addButton(self.tr("Enrol anyway, with a reason…"), QMessageBox.ButtonRole.ActionRole)
        override.setObjectName("overrideButton")
        override.setAutoDefault(False)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is not override:
            return None
        reason, ok = QInputDialog.getText(
            self.widget, self.tr("Enrol anyway"),
            self.tr("Why is %1 enrolled in %2 all the same? The reason is logged.")
            .replace("%1", request.child_name).replace("%2", request.group))
        return reason.strip() if ok and reason.strip() else None


__all__ = ["Enrolled", "Enrolling"]
