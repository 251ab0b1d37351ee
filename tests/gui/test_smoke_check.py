"""``enrol gui --smoke --user LOGIN --screen WxH``, the check IT runs on a new desk: every role signs in through
the real sign-in and finds nothing wrong at 1366×768 in Kazakh and Russian on a small demo centre; a screen too
small is reported as a problem (exit 1); the report speaks the user's language."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from enrol.services.centre import staff
from enrol.services.demo.centre import build_demo
from enrol.services.people import users
from enrol.services.storage.database import init_database
from enrol.ui.app import smoke_as_user
from enrol.ui.session import set_actor
from tests.gui.conftest import ADMIN

PASSWORD = "Алатау-2026 көктем"
ROLES = ("administrator", "registrar", "teacher", "specialist")
LAPTOP = QSize(1366, 768)


@pytest.fixture(scope="module")
def demo_centre(tmp_path_factory) -> str:  # type: ignore[no-untyped-def]
    """`enrol demo --children 200` and one user of each role, linked to a staff member of their kind."""
    path = str(tmp_path_factory.mktemp("smoke") / "demo.sqlite3")
    db = init_database(path)
    try:
        build_demo(db, actor=ADMIN, children=200, seed=1)
        people = staff.list_staff(db)
        for role in ROLES:
            person = next(p for p in people if p.position == role)
            users.add_user(db, actor=ADMIN, login=role, role=role, full_name=person.full_name, password=PASSWORD,
                           staff_id=person.id)
    finally:
        db.dispose()
    return path


@pytest.fixture(autouse=True)
def password(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ENROL_PASSWORD", PASSWORD)
    set_actor(None)


@pytest.mark.parametrize(("role", "language"), [("teacher", "kk"), ("specialist", "ru")])
def test_a_role_finds_nothing_wrong_and_reads_it_in_its_language(qapp, capsys, demo_centre, role,
                                                                 language) -> None:  # type: ignore[no-untyped-def]
    assert smoke_as_user(demo_centre, login=role, language=language, screen=LAPTOP) == 0
    out = capsys.readouterr().out
    assert "1366×696" in out
    assert re.findall(r"[A-Za-z]{3,}", out) == []  # nothing in English: every word is translated


def test_a_screen_too_small_is_a_problem_with_the_pages_named(qapp, capsys, demo_centre) -> None:  # type: ignore[no-untyped-def]
    assert smoke_as_user(demo_centre, login="registrar", language="en", screen=QSize(800, 600)) == 1
    out = capsys.readouterr().out
    assert "Children: the window needs at least" in out and "the screen gives 800×528" in out


def test_a_wrong_password_or_none_is_refused(qapp, capsys, demo_centre, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ENROL_PASSWORD", "not the password")
    assert smoke_as_user(demo_centre, login="teacher", language="en", screen=LAPTOP) == 1
    monkeypatch.delenv("ENROL_PASSWORD")
    assert smoke_as_user(demo_centre, login="teacher", language="en", screen=LAPTOP) == 2
    assert "ENROL_PASSWORD" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize("role", ROLES)
def test_every_role_passes_the_desk_check_at_1366x768(demo_centre, tmp_path, role, language) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "ENROL_HOME": str(tmp_path), "ENROL_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "enrol", "--db", demo_centre, "--lang", language, "gui", "--smoke",
                           "--user", role, "--screen", "1366x768"], env=env, capture_output=True, text=True,
                          timeout=300, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
