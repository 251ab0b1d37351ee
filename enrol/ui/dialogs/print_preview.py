"""Preview a document inside the program, then print it (QPrintDialog) or save it as PDF.

The PDF is made by the printing service (which writes the audit event: personal data left the database);
this dialog only shows, prints and saves those bytes.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication, QDialog, QFileDialog, QHBoxLayout, QProgressDialog, QPushButton, QVBoxLayout, QWidget,
)

from enrol.domain.errors import EnrolError
from enrol.ui.errors import run_safely, show_error
from enrol.ui.screen import fit_to_screen


class PrintPreviewDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, title: str, pdf: bytes, file_name: str) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self._title = title
        self._pdf = pdf
        self._file_name = file_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.accept)
        self.print_button.setDefault(True)
        fit_to_screen(self, QSize(900, 1000), move=False)  # an A4 page's shape, or as tall as the screen allows
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Preview — %1").replace("%1", self._title))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def page_count(self) -> int:
        return self.document.pageCount()

    def save_document(self, path: str | None = None) -> str | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self._file_name, "PDF (*.pdf)")
        if not path:
            return None
        # The save dialog has asked before replacing a file (force); the database and its backups stay refused.
        from enrol.services.reporting.printing import save_pdf

        if run_safely(self, lambda: save_pdf(self._pdf, Path(path), force=True)) is None:
            return None
        return path

    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.render_to(printer)

    def render_to(self, printer: QPrinter) -> bool:
        """Draw every page at the printer's resolution (QtPdf renders pages to images)."""
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                target = printer.pageLayout().paintRectPixels(printer.resolution())
                size = self.document.pagePointSize(page).toSize().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                image = self.document.render(page, size)
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
        return True


def preview_document(parent: QWidget, *, title: str, file_name: str, make_pdf: Callable[[], bytes | None]) -> \
        PrintPreviewDialog | None:
    """Make the PDF (a service call; errors become a dialog) and open the preview on it."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pdf = make_pdf()
    except EnrolError as error:
        QApplication.restoreOverrideCursor()
        show_error(parent, error)
        return None
    QApplication.restoreOverrideCursor()
    if pdf is None:
        return None
    dialog = PrintPreviewDialog(parent, title=title, pdf=pdf, file_name=file_name)
    dialog.open()
    return dialog


def progress_for(parent: QWidget, label: str) -> tuple[QProgressDialog, Callable[[int, int], bool]]:
    """A cancellable progress dialog and the callback the printing service reports to."""
    dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 100, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def report(done: int, total: int) -> bool:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        QApplication.processEvents()
        return not dialog.wasCanceled()

    return dialog, report
