"""A data folder or a database address enrol cannot use is one clear line and exit 5, in a real process:
``ENROL_HOME`` naming a file (the error handler itself used to fail on it, 49 lines of traceback), a part of
it being a file, and an address of a database enrol does not support or cannot parse."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def enrol(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENROL_HOME": str(home), "ENROL_LANG": "en", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("ENROL_DB", None)
    return subprocess.run([sys.executable, "-m", "enrol", *argv], env=env, capture_output=True, text=True,
                          timeout=120, check=False)


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


@pytest.mark.parametrize("argv", [["child", "list"], ["db", "init"], ["gui", "--smoke"], ["db", "backups"]])
def test_enrol_home_naming_a_file(tmp_path: Path, argv: list[str]) -> None:
    home = tmp_path / "enrol-home"
    home.write_text("not a folder", encoding="utf-8")
    done = enrol(home, *argv)
    assert done.returncode == 5
    line = one_line(done)
    assert "ENROL_HOME" in line and str(home) in line and "file, not a folder" in line
    assert home.read_text(encoding="utf-8") == "not a folder"


def test_enrol_home_under_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    done = enrol(tmp_path / "file" / "enrol", "child", "list")
    assert done.returncode == 5 and "a part of it is a file, not a folder" in one_line(done)


@pytest.mark.parametrize("url", ["mysql://user:secret@db.local/enrol", "mysql+pymysql://user@db.local/enrol",
                                 "oracle://user@db.local/enrol", "mssql+pyodbc://user@db.local/enrol"])
def test_an_unsupported_database(tmp_path: Path, url: str) -> None:
    for argv in (["child", "list"], ["db", "init"], ["gui", "--smoke"]):
        done = enrol(tmp_path / "home", "--db", url, *argv)
        assert done.returncode == 5, done.stderr
        line = one_line(done)
        assert "only SQLite and PostgreSQL are supported" in line and "secret" not in line


def test_an_address_that_cannot_be_parsed(tmp_path: Path) -> None:
    done = enrol(tmp_path / "home", "--db", "postgresql://user:secret@host:port/enrol", "child", "list")
    assert done.returncode == 5
    line = one_line(done)
    assert "is not a database address" in line and "secret" not in line
