"""Who may collect a child, from the child's page: whether the child goes home alone (the guardian's word, or
by age), the guardians and the adults the family authorised, and a new card when the old one is lost.
Every change goes through the services at once (audited); the dialog only shows and asks."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from enrol.db.engine import Database
from enrol.services.entrance import cards, pickup
from enrol.ui.errors import run_safely
from enrol.ui.session import current_actor


class PickupDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, db: Database, child_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("pickupDialog")
        self.db, self.child_id = db, child_id
        self.alone = QComboBox(self)
        self.alone.setObjectName("leaveAlone")
        self.people = QListWidget(self)
        self.people.setObjectName("collectors")
        self.name, self.phone, self.relation = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.name.setObjectName("pickupName")
        self.phone.setObjectName("pickupPhone")
        self.relation.setObjectName("pickupRelation")
        self.add_button, self.remove_button, self.reissue_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.add_button.setObjectName("addPickup")
        self.remove_button.setObjectName("removePickup")
        self.reissue_button.setObjectName("reissueCard")
        self.card_label = QLabel(self)
        self.card_label.setObjectName("cardCode")
        self.card_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.alone_label, self.people_label, self.new_label = QLabel(self), QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Relation"), self.relation)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        card = QHBoxLayout()
        card.addWidget(self.card_label, 1)
        card.addWidget(self.reissue_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.alone_label)
        layout.addWidget(self.alone)
        layout.addWidget(self.people_label)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.new_label)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(card)
        layout.addWidget(close)
        self.setWindowTitle(self.tr("Who may collect the child"))
        self.alone_label.setText(self.tr("Goes home alone"))
        self.people_label.setText(self.tr("May collect the child"))
        self.new_label.setText(self.tr("Authorise another adult"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.reissue_button.setText(self.tr("New card (the old one stops working)…"))
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_person)
        self.reissue_button.clicked.connect(self.reissue)
        self.load()
        self.alone.currentIndexChanged.connect(lambda _index: self.save_alone())

    def load(self) -> None:
        found = run_safely(self, lambda: pickup.who_may_collect(self.db, actor=current_actor(), child=self.child_id))
        if found is None:
            return
        alone, people = found
        self.alone.blockSignals(True)
        self.alone.clear()
        self.alone.addItem(self.tr("By age (now: %1)").replace(
            "%1", self.tr("yes") if alone.may_leave_alone and alone.by_age else
            self.tr("no") if alone.by_age else "—"), None)
        self.alone.addItem(self.tr("Yes, the guardian said so"), True)
        self.alone.addItem(self.tr("No, the guardian said so"), False)
        self.alone.setCurrentIndex(0 if alone.by_age else (1 if alone.may_leave_alone else 2))
        self.alone.blockSignals(False)
        self.people.clear()
        for person in people:
            kind = self.tr("guardian") if person.kind == "guardian" else self.tr("authorised")
            details = ", ".join(x for x in (kind, person.relation or "", person.phone or "") if x)
            item = QListWidgetItem(f"{person.full_name} ({details})")
            item.setData(Qt.ItemDataRole.UserRole, person.pickup_id)
            self.people.addItem(item)
        info = run_safely(self, lambda: cards.child_card(self.db, actor=current_actor(), child=self.child_id))
        self.card_label.setText(self.tr("Card %1").replace("%1", info.code) if info else "")

    def save_alone(self) -> None:
        may = self.alone.currentData()
        run_safely(self, lambda: pickup.set_leave_alone(self.db, actor=current_actor(), child=self.child_id, may=may))
        self.load()

    def add_person(self) -> None:
        added = run_safely(self, lambda: pickup.add_pickup(
            self.db, actor=current_actor(), child=self.child_id, name=self.name.text(),
            phone=self.phone.text() or None, relation=self.relation.text() or None))
        if added is not None:
            for field in (self.name, self.phone, self.relation):
                field.clear()
            self.load()

    def remove_person(self) -> None:
        item = self.people.currentItem()
        pickup_id = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        if pickup_id is not None:
            run_safely(self, lambda: pickup.remove_pickup(self.db, actor=current_actor(), pickup_id=int(pickup_id)))
            self.load()

    def reissue(self, *, confirm: bool = True) -> None:
        if confirm and QMessageBox.question(self, self.tr("New card"), self.tr(
                "The old card will stop working and say it was replaced. Issue a new card?")) \
                != QMessageBox.StandardButton.Yes:
            return
        run_safely(self, lambda: cards.child_card(self.db, actor=current_actor(), child=self.child_id, reissue=True))
        self.load()
