"""The window opens on a real database and shows what is stored; ``gui --smoke`` exits 0."""
from __future__ import annotations

import subprocess
import sys

from enrol.domain.children import ChildFields
from enrol.services.people import children
from enrol.services.context import Actor, issue_actor
from enrol.ui.main_window import MainWindow


def test_main_window_shows_the_database(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    children.register_child(
        sqlite_db, actor=issue_actor(login="test"), fields=ChildFields(surname="Нүсіпова", name="Әсем", iin="150314601232"),
        guardians=[children.GuardianInput(full_name="Нүсіпова Гүлнар", phone="+77071234567")],
    )
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window._nav.setCurrentRow(window.row_of_page(window.children_page))  # pages load when first shown
    assert window.children_page.model.rowCount() == 1
    assert window.children_page.model.summary(0).full_name == "Нүсіпова Әсем"
    assert "enrol" in window.windowTitle()


def test_gui_smoke_exits_zero(sqlite_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {"QT_QPA_PLATFORM": "offscreen", "ENROL_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-m", "enrol", "--db", sqlite_url, "db", "init"], check=True, env=env,
                   capture_output=True)
    done = subprocess.run([sys.executable, "-m", "enrol", "--db", sqlite_url, "gui", "--smoke"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
