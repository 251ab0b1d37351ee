"""Smaller things a new user met: every setting on Settings with what it does, the storage problem that
offers to open another file, the first administrator's disabled OK explained, two group pages named apart."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QWidget

from enrol.db.engine import Database
from enrol.domain.settings import SETTINGS
from enrol.services.centre import settings
from enrol.services.people import children
from enrol.services.storage.database import init_database
from enrol.ui.app import open_with_recovery
from enrol.ui.dialogs.sign_in_dialog import FirstAdministratorDialog
from enrol.ui.dialogs.storage_dialog import StorageProblemDialog
from enrol.ui.main_window import PAGE_SPECS
from tests.gui.conftest import ADMIN, answer_next_modal, show_window, type_text



def test_settings_shows_every_setting_with_what_it_does_and_never_a_key(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    page = show_window(qtbot, sqlite_db).settings_page
    page.refresh()
    assert set(page.fields) == set(SETTINGS)
    for key in SETTINGS:
        assert page.descriptions[key].text().endswith("."), key
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert not [key for key in SETTINGS if "_" in key and key in texts]  # "language" is also a word
    page.absence_alert.setValue(5)
    page.consent_required.setCurrentIndex(page.consent_required.findData("yes"))
    page.retention_years.setValue(7)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = {info.key: info.value for info in settings.list_settings(sqlite_db)}
    assert (stored["absence_alert"], stored["consent_required"], stored["retention_years"]) == ("5", "yes", "7")


def test_a_storage_problem_offers_to_open_another_file(qtbot, tmp_path: Path, sqlite_url: str) -> None:  # type: ignore[no-untyped-def]
    good = init_database(sqlite_url)
    good.dispose()
    wrong = tmp_path / "notes.sqlite3"
    wrong.write_text("shopping list\n", encoding="utf-8")

    def choose() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog) or not chooser.isVisible():  # the problem box is closing
            QTimer.singleShot(10, choose)
            return
        chooser.selectFile(sqlite_url)
        chooser.accept()

    def problem(dialog: QWidget) -> None:
        assert isinstance(dialog, StorageProblemDialog)
        QTimer.singleShot(0, choose)
        dialog.findChild(QPushButton, "openOther").click()

    answer_next_modal(problem)
    opened = open_with_recovery(str(wrong))
    assert isinstance(opened, Database), opened
    try:
        assert Path(str(opened.sqlite_path)).resolve() == Path(sqlite_url).resolve()
        assert children.search_children(opened, actor=ADMIN) == []
    finally:
        opened.dispose()


def test_the_first_administrator_dialog_says_why_ok_is_disabled(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstAdministratorDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.login, "admin")
    type_text(dialog.full_name, "Сейітова Айгүл")
    type_text(dialog.password, "short")
    assert "too short" in dialog.why.text() and dialog.why.isVisible()
    dialog.password.clear()
    type_text(dialog.password, "long enough password")
    type_text(dialog.repeat, "long enough passwork")
    assert "differ" in dialog.why.text()
    dialog.repeat.clear()
    type_text(dialog.repeat, "long enough password")
    assert not dialog.why.isVisible()


def test_the_two_group_pages_have_names_saying_what_differs() -> None:
    names = {spec.key: QCoreApplication.translate("Navigation", spec.title) for spec in PAGE_SPECS}
    assert names["groups"] != names["admin"]
    assert "enrol" in names["groups"].lower() and "setup" in names["admin"].lower()
