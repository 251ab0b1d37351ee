"""The data folder is the user's alone on POSIX: the folder 0700, the database with its WAL and SHM, the
backups and the log 0600, whatever the umask; a folder an older enrol left 0755 is tightened at start with a
notice in the log. Run as real processes: logging is set up once per process."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def enrol(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENROL_HOME": str(home), "ENROL_LANG": "en"}
    env.pop("ENROL_DB", None)
    return subprocess.run([sys.executable, "-m", "enrol", *argv], env=env, capture_output=True, text=True,
                          timeout=120, check=False, preexec_fn=lambda: os.umask(0o022))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def loose(home: Path) -> list[str]:
    return [f"{path} {mode(path):o}" for path in [home, *home.rglob("*")] if mode(path) & 0o077]


def test_a_new_data_folder_is_private(tmp_path: Path) -> None:
    home = tmp_path / "home"
    for argv in (["db", "init"], ["child", "list"], ["db", "backup"], ["export", "children", str(tmp_path / "x.csv")]):
        done = enrol(home, *argv)
        assert done.returncode == 0, done.stderr
    assert (home / "enrol.sqlite3").exists() and (home / "logs" / "enrol.log").exists()
    assert any((home / "backups").glob("*.sqlite3"))
    assert loose(home) == []
    assert mode(home) == 0o700 and mode(home / "enrol.sqlite3") == 0o600


def test_a_database_beside_the_data_folder_and_its_backups_are_private(tmp_path: Path) -> None:
    home, place = tmp_path / "home", tmp_path / "desk"
    place.mkdir()
    database = place / "centre.sqlite3"
    assert enrol(home, "--db", str(database), "db", "init").returncode == 0
    assert enrol(home, "--db", str(database), "db", "backup").returncode == 0
    wal = Path(f"{database}-wal")
    files = [database, *(place / "backups").iterdir()] + ([wal] if wal.exists() else [])
    assert [f"{path} {mode(path):o}" for path in files if mode(path) & 0o077] == []
    assert mode(place / "backups") == 0o700


def test_a_folder_left_readable_is_tightened_at_start_with_a_notice(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert enrol(home, "db", "init").returncode == 0
    assert enrol(home, "db", "backup").returncode == 0
    for path in [home, *home.rglob("*")]:  # as an older enrol (umask 022) left it
        path.chmod(0o755 if path.is_dir() else 0o644)
    done = enrol(home, "child", "list")
    assert done.returncode == 0, done.stderr
    assert loose(home) == []
    log = (home / "logs" / "enrol.log").read_text(encoding="utf-8")
    assert f"{home} was readable by other accounts (mode 755)" in log
    assert "enrol.sqlite3 was readable by other accounts (mode 644)" in log
