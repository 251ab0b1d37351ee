"""Export of the Reports page's current tab: a PDF preview (with the same charts, made by ``report_files``) or
an XLSX file. The attendance report names the children at risk, so its preview and file are audited."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from enrol.services.reporting import files as report_files
from enrol.ui.errors import run_safely
from enrol.ui.session import current_actor

COVERAGE, UTILISATION, ATTENDANCE = range(3)  # the Reports page's tabs


class ReportExports:
    """Mixed into ``ReportsPage`` (which provides tabs, the reports, ``db`` and ``period()``)."""

    coverage: Any
    utilisation: Any
    attendance: Any
    db: Any
    tabs: Any

    def _current(self) -> tuple[object | None, Callable[[], bytes], str]:
        index = self.tabs.currentIndex()
        if index == COVERAGE:
            return self.coverage, lambda: report_files.coverage_pdf(self.coverage), "coverage"
        if index == UTILISATION:
            return self.utilisation, lambda: report_files.utilisation_pdf(self.utilisation), "utilisation"
        return self.attendance, self._attendance_pdf, "attendance"

    def _attendance_pdf(self) -> bytes:
        assert self.attendance is not None
        report_files.record_attendance_export(self.db, actor=current_actor(), stats=self.attendance, target="preview")
        return report_files.attendance_pdf(self.attendance)

    def preview_pdf(self):  # type: ignore[no-untyped-def]
        from enrol.ui.dialogs.print_preview import preview_document  # Qt PDF loads on the first preview

        found, make, name = self._current()
        if found is None:
            return None
        return preview_document(self, title=self.tabs.tabText(self.tabs.currentIndex()),  # type: ignore[arg-type]
                                file_name=f"{name}.pdf", make_pdf=make)

    def save_xlsx(self, path: str | None = None) -> str | None:
        found, _make, name = self._current()
        if found is None:
            return None
        if path is None:
            title = QCoreApplication.translate("ReportsPage", "Save as XLSX")
            path, _ = QFileDialog.getSaveFileName(self, title, f"{name}.xlsx", "Excel (*.xlsx)")
        if not path:
            return None
        chosen = path
        actor = current_actor()

        def save() -> bool:  # force: the save dialog asked before replacing; the database stays refused
            if name == "coverage":
                report_files.save_coverage(found, actor=actor, path=Path(chosen), force=True)  # type: ignore[arg-type]
            elif name == "utilisation":
                report_files.save_utilisation(found, actor=actor, path=Path(chosen), force=True)  # type: ignore[arg-type]
            else:
                report_files.save_attendance(self.db, found, actor=actor, path=Path(chosen),  # type: ignore[arg-type]
                                             force=True)
            return True

        return chosen if run_safely(self, save) else None


__all__ = ["ReportExports"]
