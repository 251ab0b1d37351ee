"""Start the Qt application: language, database, main window; ``--smoke`` paints once and exits."""
from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from enrol.domain.errors import EnrolError
from enrol.i18n import current_language, render_error
from enrol.ui.translations import install_translators


def run_gui(*, db_url: str | None, smoke: bool = False) -> int:
    from enrol.services.database import open_database
    from enrol.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("enrol")
    app.setOrganizationName("enrol")
    install_translators(app, current_language())
    try:
        db = open_database(db_url)
    except EnrolError as error:
        if smoke:
            raise
        QMessageBox.critical(None, "enrol", render_error(error))
        return error.exit_code
    window = MainWindow(db)
    window.show()
    if smoke:
        window.repaint()
        app.processEvents()
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    return 0 if smoke else code
