"""The CLI never invents an empty database: a command that reads refuses a database that does not exist
(exit 5, one line saying to run ``enrol db init`` or to pass ``--db``), both at the default place in the
user's data folder and at a ``--db`` path; only ``db init`` and ``demo`` create one."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from enrol.paths import default_database_path
from tests.cli.cli_run import run

# One command of every kind that reads: list, show, search, print, report, export, occupancy, check, …
READERS = {
    "list": ["group", "list"],
    "show": ["child", "show", "1"],
    "search": ["child", "list", "--search", "nusipova"],
    "print": ["print", "roster", "ART-1", "-o", "{tmp}/roster.pdf"],
    "report": ["report", "coverage", "--month", "2026-10"],
    "export": ["export", "children", "{tmp}/children.csv"],
    "occupancy": ["occupancy", "--at", "2026-10-05T15:30"],
    "check": ["db", "check"],
    "audit": ["audit", "list"],
    "settings": ["settings", "get"],
    "backup": ["db", "backup", "-o", "{tmp}/copy.sqlite3"],
    "write": ["settings", "set", "building_capacity", "900"],
}



@pytest.fixture(autouse=True)
def _fresh_home(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A new user's data folder with no database in it."""
    monkeypatch.setenv("ENROL_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ENROL_DB", raising=False)


@pytest.mark.parametrize("kind", READERS)
def test_default_database_missing_is_refused_not_created(kind: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    argv = [part.format(tmp=tmp_path) for part in READERS[kind]]
    code, out, err = run(capsys, *argv)
    path = default_database_path()
    assert code == 5, (code, out, err)
    assert err.strip() == f"enrol: No database at {path}: run «enrol db init», or pass --db."
    assert not path.exists(), "the command invented an empty database"


@pytest.mark.parametrize("kind", ["list", "search", "check"])
def test_missing_db_path_is_refused_not_created(kind: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "missing.sqlite3"
    code, _out, err = run(capsys, "--db", str(path), *READERS[kind])
    assert code == 5
    assert str(path) in err and "enrol db init" in err and len(err.splitlines()) == 1
    assert not path.exists()


def test_refusal_is_in_the_chosen_language(capsys) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = run(capsys, "--lang", "kk", "child", "list")
    assert code == 5
    assert "enrol db init" in err and "No database" not in err


def test_db_init_and_demo_create_the_default_database(capsys) -> None:  # type: ignore[no-untyped-def]
    path = default_database_path()
    assert run(capsys, "db", "init")[0] == 0
    assert path.exists()
    assert run(capsys, "child", "list")[0] == 0
    path.unlink()
    assert run(capsys, "demo", "--children", "5")[0] == 0
    code, out, _err = run(capsys, "--json", "group", "list")
    assert code == 0 and out.strip() not in ("", "[]")


def test_the_windows_first_start_still_creates_the_default_database(tmp_path: Path) -> None:
    """Only the CLI refuses: the window on a new desk makes its database (then asks for the administrator)."""
    home = tmp_path / "desk"
    env = {"QT_QPA_PLATFORM": "offscreen", "ENROL_HOME": str(home), "PATH": "/usr/bin:/bin", "ENROL_LANG": "en"}
    done = subprocess.run([sys.executable, "-m", "enrol", "gui", "--smoke"], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert (home / "enrol.sqlite3").is_file()
