"""The log file holds no child's name or IIN when storage fails: every kind of storage problem, and a database
error nobody expected (whose traceback goes to the log), is provoked while a child is written, and the log
that staff send to IT is searched for the child's data."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from enrol.cli import main
from enrol.db import engine as engine_module
from enrol.domain.iin import make_iin
from enrol.paths import log_dir
from tests.storage_faults import damage, full_disk as faulty_disk

SURNAME, NAME, IIN, PHONE = "Жантөреқызы", "Айгерім", "140517643211", "+77079876543"
CHILD = ["child", "add", "--surname", SURNAME, "--name", NAME, "--iin", IIN, "--guardian", f"{SURNAME} Гүлмира",
         "--phone", PHONE]
SECRETS = (SURNAME, NAME, IIN, PHONE, "Гүлмира")


@pytest.fixture(autouse=True)
def _no_enrol_db(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("ENROL_DB", raising=False)


def run_logged(capsys, *argv: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """Run the command; its exit status and what it added to the log file."""
    log_file = log_dir() / "enrol.log"
    start = log_file.stat().st_size if log_file.exists() else 0
    code = main(list(argv))
    capsys.readouterr()
    with log_file.open("rb") as handle:
        handle.seek(start)
        return code, handle.read().decode("utf-8")


def assert_private(logged: str) -> None:
    assert logged.strip(), "the failure should have been logged"
    leaked = [secret for secret in SECRETS if secret in logged]
    assert not leaked, logged


@pytest.fixture
def centre(tmp_path: Path, capsys) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "centre.sqlite3"
    assert main(["--db", str(path), "db", "init"]) == 0
    capsys.readouterr()
    return path


def test_locked(centre: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(centre, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        code, logged = run_logged(capsys, "--db", str(centre), *CHILD)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 5
    assert_private(logged)


def test_read_only(centre: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, logged = run_logged(capsys, "--db", f"sqlite:///file:{centre}?mode=ro&uri=true", *CHILD)
    assert code == 5
    assert_private(logged)


@pytest.fixture
def full_disk() -> Iterator[None]:
    with faulty_disk():
        yield


def test_disk_full(centre: Path, tmp_path: Path, capsys, full_disk) -> None:  # type: ignore[no-untyped-def]
    iins = [i for n in range(600) if (i := make_iin(dt.date(2013, 1 + n % 12, 1 + n % 28), "m", n))][:300]
    rows = ["surname;name;iin;guardian;phone;notes", f"{SURNAME};{NAME};{IIN};{SURNAME} Гүлмира;{PHONE};x"] + [
        f"Қасымов;Ерлан;{iin};Қасымова Гүл;+7701000{n:04d};{'ескерту ' * 40}" for n, iin in enumerate(iins)]
    (tmp_path / "children.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, logged = run_logged(capsys, "--db", str(centre), "import", "children", str(tmp_path / "children.csv"))
    assert code == 5
    assert_private(logged)


def test_damaged_and_not_a_database(centre: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    damage(centre)
    code, logged = run_logged(capsys, "--db", str(centre), *CHILD)
    assert code == 5
    garbage = tmp_path / "photo.sqlite3"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(5000))
    code2, logged2 = run_logged(capsys, "--db", str(garbage), *CHILD)
    assert code2 == 5
    assert_private(logged + logged2 + " ")


def test_an_unexpected_database_error_logs_its_traceback_without_values(centre: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A failure that is a bug (not the environment's) logs the whole traceback: the statement, not the values."""
    with sqlite3.connect(centre) as connection:
        connection.execute("CREATE TRIGGER refuse BEFORE INSERT ON children BEGIN SELECT RAISE(ABORT, 'no'); END")
    connection.close()
    code, logged = run_logged(capsys, "--db", str(centre), *CHILD)
    assert code == 5
    assert "Traceback" in logged and "INSERT INTO children" in logged
    assert_private(logged)


def test_a_postgresql_error_detail_stays_out_of_the_log(pg_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    """PostgreSQL repeats the values in its DETAIL line (``Key (surname)=(…) already exists``)."""
    assert main(["--db", pg_url, "db", "init"]) == 0
    admin = create_engine(pg_url)
    with admin.begin() as connection:
        connection.execute(text("CREATE UNIQUE INDEX surname_once ON children (surname)"))
    admin.dispose()
    other = [part.replace(IIN, "140517643223").replace(NAME, "Дана") for part in CHILD]
    assert main(["--db", pg_url, *other]) == 0
    code, logged = run_logged(capsys, "--db", pg_url, *CHILD)
    assert code != 0
    assert "Traceback" in logged
    assert_private(logged)
