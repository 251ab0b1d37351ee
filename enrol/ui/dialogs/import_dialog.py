"""Import children from a spreadsheet: choose the file, see what will be added and updated and what is wrong
(row, column, problem), then import — all or nothing — with progress and a Cancel that stores nothing.

The dialog calls the same services as ``enrol import children``: a preview (``preview_children_import``,
nothing stored) and the import itself (``import_children``, one transaction). Both report progress through
a callback that keeps the window painted and raises ``Cancelled`` when the user presses Cancel.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressDialog, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from enrol.db.engine import Database
from enrol.domain.errors import EnrolError, ImportRejected, RowProblem
from enrol.i18n import tr
from enrol.services.transfer.children_import import (
    Cancelled, ImportPlan, ImportSummary, PlannedChild, import_children, preview_children_import,
)
from enrol.ui.errors import show_error
from enrol.ui.models.rows_model import Column, RowsTableModel
from enrol.ui.screen import fit_to_screen
from enrol.ui.session import current_actor
from enrol import i18n


def _table(parent: QWidget, name: str, model: RowsTableModel, widths: tuple[int, ...]) -> QTableView:  # type: ignore[type-arg]
    """A read-only list; fixed starting widths, because sizing columns to 20,000 rows' contents is slow."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view


class ImportDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.db = db
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.summary: ImportSummary | None = None
        self.progress: QProgressDialog | None = None

        def action(p: PlannedChild) -> str:
            if p.child_id is None:
                return self.tr("add")
            return self.tr("update #%1: %2").replace("%1", str(p.child_id)).replace("%2", ", ".join(p.changed))

        self.rows_model: RowsTableModel[PlannedChild] = RowsTableModel([
            Column(lambda: self.tr("Row"), lambda p: p.row, align_right=True),
            Column(lambda: self.tr("Child"), lambda p: " ".join(
                x for x in (p.fields.surname, p.fields.name, p.fields.patronymic) if x)),
            Column(lambda: self.tr("Birth date"), lambda p: i18n.format_date(p.fields.birth_date)),
            Column(lambda: self.tr("IIN"), lambda p: p.fields.iin or ""),
            Column(lambda: self.tr("What happens"), action, stretch=True),
        ], self)

        def problem_columns() -> list[Column[RowProblem]]:
            return [Column(lambda: self.tr("Row"), lambda p: p.row, align_right=True),
                    Column(lambda: self.tr("Column"), lambda p: p.column),
                    Column(lambda: self.tr("Problem"), lambda p: tr(p.message, **p.params), stretch=True)]

        self.problems_model: RowsTableModel[RowProblem] = RowsTableModel(problem_columns(), self)
        self.warnings_model: RowsTableModel[RowProblem] = RowsTableModel(problem_columns(), self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setObjectName("importFile")
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("chooseFile")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.columns_label = QLabel(self)
        self.columns_label.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.rows_view = _table(self, "importRows", self.rows_model, (60, 320, 100, 130))
        self.problems_view = _table(self, "importProblems", self.problems_model, (60, 140))
        self.warnings_view = _table(self, "importWarnings", self.warnings_model, (60, 140))
        for view in (self.rows_view, self.problems_view, self.warnings_view):
            self.tabs.addTab(view, "")
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("runImport")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        top = QHBoxLayout()
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.columns_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self.choose_file)
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)
        fit_to_screen(self, QSize(900, 560), move=False)  # a small laptop gets a smaller dialog
        self.retranslateUi()
        self._update()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Import children"))
        self.choose_button.setText(self.tr("Choose file…"))
        self.file_edit.setPlaceholderText(self.tr("A .csv or .xlsx file with a header row"))
        self.columns_label.setText(self.tr(
            "The columns are those of the children's export: a blank id adds a child, the id of a registered "
            "child updates it (blank cells keep what is stored). Nothing is imported while any row is wrong."))
        self.import_button.setText(self.tr("Import"))
        for model in (self.rows_model, self.problems_model, self.warnings_model):
            model.retranslate()
        self._update()

    # --- preview -----------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Import children"), "",
                                                    self.tr("Tables (*.csv *.xlsx)"))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        """Read and check the file, and show what an import would do (nothing is stored)."""
        self.path, self.plan, self.summary = path, None, None
        self.file_edit.setText(str(path))
        try:
            self.plan = self._with_progress(self.tr("Checking %1…").replace("%1", path.name),
                                            lambda progress: preview_children_import(self.db, path=path,
                                                                                     progress=progress))
        except ImportRejected as rejected:  # the file as a whole: unknown or missing columns
            self.plan = ImportPlan(problems=list(rejected.problems))
        except Cancelled:
            self.plan = None
        except EnrolError as error:
            self.plan = None
            show_error(self, error)
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self.plan or ImportPlan()
        self.rows_model.set_rows(plan.added + plan.updated)
        self.problems_model.set_rows(plan.problems)
        self.warnings_model.set_rows(plan.warnings)
        if plan.problems:
            self.tabs.setCurrentWidget(self.problems_view)
        self._update()

    def _update(self) -> None:
        plan = self.plan
        self.tabs.setTabText(0, self.tr("To import (%1)").replace("%1", str(self.rows_model.rowCount())))
        self.tabs.setTabText(1, self.tr("Problems (%1)").replace("%1", str(self.problems_model.rowCount())))
        self.tabs.setTabText(2, self.tr("Warnings (%1)").replace("%1", str(self.warnings_model.rowCount())))
        if self.summary is not None:
            text = self.tr("Imported: %1 added, %2 updated.").replace("%1", str(self.summary.added)) \
                .replace("%2", str(self.summary.updated))
        elif plan is None:
            text = self.tr("Choose a file to see what will be imported.")
        elif plan.problems:
            text = self.tr("Nothing can be imported until the %n problem(s) are corrected in the file.", "",
                           len(plan.problems))
        else:
            text = self.tr("Ready: %1 to add, %2 to update, %3 already up to date.") \
                .replace("%1", str(len(plan.added))).replace("%2", str(len(plan.updated))) \
                .replace("%3", str(plan.unchanged))
        self.summary_label.setText(text)
        self.import_button.setEnabled(plan is not None and not plan.problems and self.summary is None
                                      and bool(plan.added or plan.updated))

    # --- import ------------------------------------------------------------------------------------------
    def run_import(self) -> ImportSummary | None:
        if self.path is None or not self.import_button.isEnabled():
            return None
        path = self.path
        self.import_button.setEnabled(False)
        try:
            self.summary = self._with_progress(self.tr("Importing %1…").replace("%1", path.name),
                                               lambda progress: import_children(self.db, actor=current_actor(),
                                                                                path=path, progress=progress))
        except ImportRejected as rejected:  # the file or the database changed since the preview
            self.plan = ImportPlan(problems=list(rejected.problems))
            self._show_plan()
            return None
        except Cancelled:
            self.summary_label.setText(self.tr("The import was cancelled; nothing was stored."))
            self.import_button.setEnabled(True)
            return None
        except EnrolError as error:
            show_error(self, error)
            self._update()
            return None
        self._update()
        self.close_button.setText(self.tr("Close"))
        return self.summary

    def _with_progress(self, label: str, work):  # type: ignore[no-untyped-def]
        """Run ``work(progress)`` with a progress dialog whose Cancel stops it (the transaction rolls back)."""
        stages = {"checking": self.tr("Checking the rows…"), "comparing": self.tr("Comparing with the registry…"),
                  "saving": self.tr("Saving…")}
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        dialog.setObjectName("importProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        self.progress = dialog

        def progress(stage: str, done: int, total: int) -> None:
            dialog.setLabelText(f"{label}\n{stages.get(stage, stage)}")
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            QApplication.processEvents()
            if dialog.wasCanceled():
                raise Cancelled

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work(progress)
        finally:
            QApplication.restoreOverrideCursor()
            dialog.close()
            dialog.deleteLater()
            self.progress = None


__all__ = ["ImportDialog"]
