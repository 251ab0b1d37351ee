"""Children: type-ahead search in any script, the table of every child, the child's detail, register/edit."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QMenu, QMessageBox,
    QPushButton, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget,
)

from enrol import i18n
from enrol.db.engine import Database
from enrol.domain.audit_words import history_words, person_words
from enrol.services.people import child_data, children, consent, permissions
from enrol.services.people.children import ChildDetail, ConsentInput
from enrol.services.context import now
from enrol.ui.dialogs.child_dialog import ChildDialog
from enrol.ui.dialogs.consent_dialog import ConsentDialog
from enrol.ui.dialogs.print_preview import PrintPreviewDialog, preview_document
from enrol.ui.enrolling import Enrolling
from enrol.ui.errors import run_safely
from enrol.ui.models.children_model import ChildrenTableModel
from enrol.ui.pages.base import Page
from enrol.ui.session import current_actor
from enrol.ui.texts import status_text
from enrol.ui.widgets.button_bar import ButtonBar

if TYPE_CHECKING:
    from enrol.ui.dialogs.import_dialog import ImportDialog


class ChildrenPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("childrenPage")
        self.search = QLineEdit(self)
        self.search.setObjectName("childSearch")
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.import_button = QPushButton(self)  # import children from a spreadsheet
        self.import_button.setObjectName("importChildren")
        self.card_button = QPushButton(self)
        self.card_button.setObjectName("printCard")
        self.count_label = QLabel(self)
        # the consent register and a child's data on request, for the roles that may
        self.consent_button = QPushButton(self)
        self.consent_button.setObjectName("childConsent")
        self.consent_menu = QMenu(self)
        self.consent_button.setMenu(self.consent_menu)
        self.record_consent_action = self.consent_menu.addAction("", self.record_consent)
        self.withdraw_consent_action = self.consent_menu.addAction("", self.withdraw_consent)
        self.consent_menu.addSeparator()
        self.form_kk_action = self.consent_menu.addAction("", lambda: self.preview_consent_form("kk"))
        self.form_ru_action = self.consent_menu.addAction("", lambda: self.preview_consent_form("ru"))
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportChildData")
        self.anonymise_button = QPushButton(self)
        self.anonymise_button.setObjectName("anonymiseChild")
        self.pickup_button = QPushButton(self)  # the entrance desk: who may collect the child, the card
        self.pickup_button.setObjectName("childPickup")
        self.model = ChildrenTableModel(
            fetch_ids=lambda text, order, desc: children.search_ids(db, actor=current_actor(), text=text, order_by=order,
                                                                       descending=desc),
            fetch_rows=lambda ids: children.summaries(db, actor=current_actor(), ids=ids), parent=self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("childrenTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ChildrenTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("childDetail")
        self.detail.setOpenLinks(False)
        # The card's own action: find → enrol without typing the child's name again.
        self.enrol_button = QPushButton(self)
        self.enrol_button.setObjectName("enrolChild")
        self.enrol_button.setEnabled(False)
        self.enrol_button.setVisible(permissions.allowed(current_actor(), "enrolment.edit"))
        # A search that finds no one says so, and offers to register the child with the typed name.
        self.no_match = QLabel(self)
        self.no_match.setObjectName("noMatch")
        self.no_match.setWordWrap(True)
        self.register_typed_button = QPushButton(self)
        self.register_typed_button.setObjectName("registerTyped")
        self.register_typed_button.setVisible(permissions.allowed(current_actor(), "children.edit"))
        self.no_match_box = QWidget(self)
        no_match_layout = QVBoxLayout(self.no_match_box)
        no_match_layout.addWidget(self.no_match)
        no_match_layout.addWidget(self.register_typed_button, 0, Qt.AlignmentFlag.AlignLeft)
        no_match_layout.addStretch(1)
        self.no_match_box.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        actor = current_actor()
        for button, permission in ((self.pickup_button, "pickup.edit"),
                                   (self.consent_button, "consent.edit"), (self.export_button, "children.export"),
                                   (self.anonymise_button, "children.anonymise")):
            button.setVisible(permissions.allowed(actor, permission))
        # on a narrow screen the last buttons go into the "⋯" menu instead of pushing the window wider
        self.actions_bar = ButtonBar((self.new_button, self.edit_button, self.import_button, self.card_button,
                                      self.pickup_button, self.consent_button, self.export_button,
                                      self.anonymise_button), self)
        self.search.setMinimumWidth(240)
        top.addWidget(self.actions_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        card = QWidget(self)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(self.no_match_box)
        card_layout.addWidget(self.detail, 1)
        card_buttons = QHBoxLayout()
        card_buttons.addWidget(self.enrol_button)
        card_buttons.addStretch(1)
        card_layout.addLayout(card_buttons)
        splitter.addWidget(card)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._run_search)
        self.new_button.clicked.connect(self.new_child)
        self.edit_button.clicked.connect(self.edit_child)
        self.import_button.clicked.connect(self.import_children)
        self.card_button.clicked.connect(self.preview_card)
        self.export_button.clicked.connect(self._choose_export_file)
        self.anonymise_button.clicked.connect(self.anonymise_child)
        self.enrol_button.clicked.connect(self.enrol_selected)
        self.register_typed_button.clicked.connect(lambda: self.new_child(typed=self.search.text()))
        self.pickup_button.clicked.connect(self.edit_pickup)
        self.table.doubleClicked.connect(lambda _index: self.edit_child())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_detail(current.row()))
        self.retranslateUi()


    def retranslateUi(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a child: surname, name or IIN, in any script (Ctrl+F)"))
        self.new_button.setText(self.tr("New child…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.import_button.setText(self.tr("Import…"))
        self.card_button.setText(self.tr("Timetable card…"))
        self.consent_button.setText(self.tr("Consent"))
        self.record_consent_action.setText(self.tr("Record a signed consent…"))
        self.withdraw_consent_action.setText(self.tr("Record a withdrawal…"))
        self.form_kk_action.setText(self.tr("Print the consent form in Kazakh…"))
        self.form_ru_action.setText(self.tr("Print the consent form in Russian…"))
        self.export_button.setText(self.tr("Export data…"))
        self.anonymise_button.setText(self.tr("Anonymise…"))
        self.enrol_button.setText(self.tr("Enrol…"))
        self.enrol_button.setToolTip(self.tr("Enrol this child in a group (Ctrl+E)"))
        self.register_typed_button.setText(self.tr("Register a new child"))
        self.pickup_button.setText(self.tr("Who may collect…"))
        self._show_no_match()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        metrics = self.table.horizontalHeader().fontMetrics()
        for column, (text, width) in enumerate(zip(self.model.headers(), (300, 120, 100, 220, 60, 60))):
            self.table.setColumnWidth(column, max(width, metrics.horizontalAdvance(text) + 32))
        self._update_count()
        self._show_detail(self.table.currentIndex().row())

    # --- data --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_child_id()
        self.model.reload()
        self._update_count()
        if selected is not None:
            self.select_child(selected)

    def _run_search(self) -> None:
        self._debounce.stop()
        run_safely(self, lambda: self.model.search(self.search.text()))
        self._update_count()
        if self.model.rowCount() > 0:
            self.table.selectRow(0)
        else:
            self.detail.clear()
            self.enrol_button.setEnabled(False)
        self._show_no_match()

    def _show_no_match(self) -> None:
        typed = self.search.text().strip()
        empty = bool(typed) and self.model.rowCount() == 0
        self.no_match_box.setVisible(empty)
        self.detail.setVisible(not empty)
        if empty:
            self.no_match.setText(self.tr("No child matches «%1».").replace("%1", typed))

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n child(ren)", "", self.model.rowCount()))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def edit_pickup(self) -> None:
        from enrol.ui.dialogs.pickup_dialog import PickupDialog

        child_id = self.selected_child_id()
        if child_id is not None:
            PickupDialog(self, db=self.db, child_id=child_id).exec()

    def selected_child_id(self) -> int | None:
        return self.model.child_id(self.table.currentIndex().row())

    def select_child(self, child_id: int) -> None:
        row = self.model.row_of(child_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _show_detail(self, row: int) -> None:
        child_id = self.model.child_id(row)
        self.enrol_button.setEnabled(child_id is not None)
        if child_id is None:
            self.detail.clear()
            return
        detail = run_safely(self, lambda: children.child_detail(self.db, actor=current_actor(), child=child_id))
        if detail is not None:
            self.detail.setHtml(self.detail_html(detail))

    def detail_html(self, detail: ChildDetail) -> str:
        c = detail.child
        esc = _escape
        sex = self.tr("girl") if c.sex == "f" else self.tr("boy")
        rows = [
            (self.tr("IIN"), c.iin or "—"),
            (self.tr("Birth date"), f"{i18n.format_date(c.birth_date)} · {sex}"),
            (self.tr("School"), " · ".join(x for x in (c.school or "", self.tr("grade %1").replace("%1", str(c.grade))
                                                         if c.grade is not None else "") if x) or "—"),
            (self.tr("Shift"), str(c.shift) if c.shift else "—"),
            (self.tr("Consent"), self.tr("signed") if detail.has_consent else self.tr("missing")),
        ]
        html = [f"<h2>{esc(c.full_name)}</h2><table cellspacing='4'>"]
        html += [f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in rows]
        html.append("</table>")
        guardians_title, groups_title = self.tr("Guardians"), self.tr("Groups")
        history_title, no_groups = self.tr("History"), self.tr("Not in any group yet.")
        html.append(f"<h3>{esc(guardians_title)}</h3><ul>")
        html += [f"<li>{esc(g.full_name)} — {esc(g.phone)}</li>" for g in detail.guardians]
        html.append("</ul>")
        html.append(f"<h3>{esc(groups_title)}</h3>")
        if detail.enrolments:
            html.append("<table cellspacing='4'>")
            for e in detail.enrolments:
                state = status_text(e.status, position=e.position, until=e.offer_expires_at)
                html.append(f"<tr><td><b>{esc(e.group)}</b></td><td>{esc(e.club)}</td><td>{esc(state)}</td></tr>")
            html.append("</table>")
        else:
            html.append(f"<p>{esc(no_groups)}</p>")
        if detail.history:
            html.append(f"<h3>{esc(history_title)}</h3><ul>")
            for h in detail.history[:30]:
                sentence = i18n.render(history_words(
                    group=h.group, before=h.from_status, after=h.to_status, reason=h.reason,
                    who=person_words(h.actor, {h.actor: h.actor_name} if h.actor_name else {})))
                html.append(f"<li>{esc(i18n.format_date(h.at))} — {esc(sentence)}</li>")
            html.append("</ul>")
        return "".join(html)

    # --- actions -----------------------------------------------------------------------------------------
    def _dialog(self, *, child_id: int | None = None, **kwargs) -> ChildDialog:  # type: ignore[no-untyped-def]
        return ChildDialog(self, find_duplicates=lambda fields: run_safely(
            self, lambda: children.find_duplicates(self.db, actor=current_actor(), fields=fields)) or [],
            find_iin=lambda iin: run_safely(self, lambda: children.child_with_iin(self.db, iin=iin,
                                                                                  exclude_id=child_id)),
            **kwargs)

    def show_child(self, child_id: int) -> None:
        """The card of a child named elsewhere (the IIN a registrar typed is theirs): the search is cleared."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._debounce.stop()
        self.refresh()
        self._show_no_match()
        self.select_child(child_id)

    def new_child(self, typed: str | None = None) -> int | None:
        """Register a child; ``typed`` (a name or IIN searched for in vain) fills the form's first fields."""
        dialog = self._dialog(typed=typed)
        accepted = dialog.exec()
        if dialog.open_child_id is not None:
            self.show_child(dialog.open_child_id)
            return None
        if not accepted or dialog.result_form is None:
            return None
        form = dialog.result_form
        consent = None
        if form.consent and form.guardians:
            first = form.guardians[0]
            consent = ConsentInput(signed_by=first.full_name, relation=first.relation, signed_on=now().date(),
                                   photo_consent=form.photo_consent)
        result = run_safely(self, lambda: children.register_child(
            self.db, actor=current_actor(), fields=form.fields, guardians=form.guardians, consent=consent,
            allow_duplicate=form.allow_duplicate))
        if result is None:
            return None
        self.changed.emit()
        self.show_child(result.child.id)
        self.window().statusBar().showMessage(
            self.tr("Registered %1").replace("%1", result.child.full_name), 8000)  # type: ignore[attr-defined]
        return result.child.id

    def enrol_selected(self) -> str | None:
        """The enrol dialog with the selected child filled in; the card then shows the new group."""
        child_id = self.selected_child_id()
        if child_id is None:
            return None
        flow = Enrolling(self, self.db)
        try:
            done = flow.run(child=child_id)
        finally:
            flow.deleteLater()  # one per enrolment: not kept as a child of the page for the whole day
        if done is None:
            return None
        self.changed.emit()
        self._show_detail(self.table.currentIndex().row())
        window = self.window()
        if hasattr(window, "show_message"):
            window.show_message(done.message)
        return done.status

    def preview_card(self) -> PrintPreviewDialog | None:
        """The child's timetable card for the guardian, previewed before printing."""
        child_id = self.selected_child_id()
        if child_id is None:
            return None
        from enrol.services.reporting import printing  # reportlab loads on the first print, not at start-up

        return preview_document(self, title=self.tr("Timetable card"), file_name=f"card-{child_id}.pdf",
                                make_pdf=lambda: printing.print_card(self.db, actor=current_actor(), child=child_id))

    def edit_child(self) -> None:
        child_id = self.selected_child_id()
        if child_id is None:
            return
        loaded = run_safely(self, lambda: (children.child_fields(self.db, actor=current_actor(), child=child_id),
                                           children.child_guardians(self.db, actor=current_actor(), child=child_id)))
        if loaded is None:
            return
        dialog = self._dialog(child_id=child_id, initial=loaded[0], guardians=loaded[1])
        accepted = dialog.exec()
        if dialog.open_child_id is not None:
            self.show_child(dialog.open_child_id)
            return
        if not accepted or dialog.result_form is None:
            return
        form = dialog.result_form
        if run_safely(self, lambda: children.update_child(self.db, actor=current_actor(), child=child_id,
                                                          fields=form.fields, guardians=form.guardians)):
            self.changed.emit()
            self.refresh()

    # --- consent, a child's data on request ------------------------------------------------------------------
    def record_consent(self) -> int | None:
        child_id = self.selected_child_id()
        if child_id is None:
            return None
        kin = run_safely(self, lambda: children.child_guardians(self.db, actor=current_actor(), child=child_id))
        dialog = ConsentDialog(self, guardians=kin or [], today=now().date())
        if not dialog.exec():
            return None
        values = dialog.values()
        info = run_safely(self, lambda: consent.record_consent(
            self.db, actor=current_actor(), child=child_id, signed_by=values.signed_by, relation=values.relation,
            signed_on=values.signed_on, valid_until=values.valid_until, photo_consent=values.photo_consent))
        if info is None:
            return None
        self.changed.emit()
        self._show_detail(self.table.currentIndex().row())
        return info.id

    def withdraw_consent(self) -> bool:
        """The latest valid consent is withdrawn today, with the reason the representative gave."""
        child_id = self.selected_child_id()
        register = None if child_id is None else run_safely(
            self, lambda: consent.consent_register(self.db, actor=current_actor(), child=child_id))
        valid = [c for c in register.consents if c.valid] if register else []
        if not valid:
            return False
        reason, ok = QInputDialog.getText(self, self.tr("Withdrawal of consent"),
                                          self.tr("Reason given by the legal representative:"))
        if not ok or run_safely(self, lambda: consent.withdraw_consent(
                self.db, actor=current_actor(), consent_id=valid[-1].id, reason=reason or None)) is None:
            return False
        self.changed.emit()
        self._show_detail(self.table.currentIndex().row())
        return True

    def preview_consent_form(self, language: str) -> PrintPreviewDialog | None:
        child_id = self.selected_child_id()
        if child_id is None:
            return None
        return preview_document(self, title=self.tr("Consent form"), file_name=f"consent-{child_id}-{language}.pdf",
                                make_pdf=lambda: consent.print_consent_form(self.db, actor=current_actor(),
                                                                            child=child_id, language=language))

    def export_data(self, path: Path) -> Path | None:
        child_id = self.selected_child_id()
        if child_id is None:
            return None
        # force: the save dialog asked before replacing a file; the database and its backups stay refused
        return run_safely(self, lambda: child_data.export_child_file(self.db, actor=current_actor(), child=child_id,
                                                                     path=path, force=True))

    def _choose_export_file(self) -> None:
        child_id = self.selected_child_id()
        if child_id is None:
            return
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the child's data"),
                                                    f"child-{child_id}.json", "JSON (*.json)")
        if name and self.export_data(Path(name)) is not None:
            self.window().statusBar().showMessage(  # type: ignore[attr-defined]
                self.tr("Everything held about the child was written to %1").replace("%1", name), 8000)

    def anonymise_child(self) -> bool:
        child_id = self.selected_child_id()
        if child_id is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Anonymise"),
            self.tr("The child's names, IIN, notes and guardians' contacts will be removed for good; attendance "
                    "and enrolment counts stay. Anonymise?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if run_safely(self, lambda: child_data.anonymise_child(self.db, actor=current_actor(), child=child_id)) is None:
            return False
        self.changed.emit()
        self.refresh()
        self.detail.clear()
        return True

    def import_children(self) -> ImportDialog:
        """Open the import dialog; the registry is refreshed when something was imported."""
        from enrol.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.db, self)
        dialog.finished.connect(lambda _result: self._imported(dialog))
        dialog.open()
        return dialog

    def _imported(self, dialog: ImportDialog) -> None:
        if dialog.summary is not None:
            self.changed.emit()
            self.refresh()



def _escape(text: object) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["ChildrenPage"]
