"""Every storage problem through the CLI: exit 5, one clear line on stderr, no traceback, nothing
changed — file missing, not a database, damaged, locked by another program, read-only, disk full, server
unreachable, written by a newer enrol — and ``db check``/``db backups``/``db restore --latest``, the
import and export commands."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from enrol.db import engine as engine_module
from enrol.domain.iin import make_iin
from tests.storage_faults import damage, full_disk as faulty_disk
from tests.cli.cli_run import run

ASEM = ["--surname", "Нүсіпова", "--name", "Әсем", "--iin", "150314601232", "--guardian", "Нүсіпова Гүлнар",
        "--phone", "+7 707 123 45 67"]
CHILDREN_CSV = "surname;name;iin;guardian;phone\nҚасымова;Дана;150314600076;Қасымова Гүл;+77010000001\n"
ERLAN = ["--surname", "Қасымов", "--name", "Ерлан", "--birth-date", "2013-01-02", "--sex", "m", "--guardian",
         "Қасымова Гүл", "--phone", "+77010000001"]
WRITES = [["child", "add", *ERLAN], ["settings", "set", "building_capacity", "900"], ["import", "children", "{csv}"]]
READS = [["child", "list"], ["db", "check"], ["export", "children", "{out}"], ["db", "backup", "-o", "{out2}"]]




def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {err!r}"
    assert "Traceback" not in err and "sqlalchemy" not in err.lower() and "sqlite3." not in err
    return lines[0]


def fingerprint(path: Path) -> str:
    """The file's bytes and its WAL: "nothing changed" down to the byte."""
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        part = Path(str(path) + suffix)
        digest.update(part.read_bytes() if part.exists() else b"-")
    return digest.hexdigest()


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {name: connection.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall() for name in names}
    finally:
        connection.close()


@pytest.fixture(autouse=True)
def _no_enrol_db(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("ENROL_DB", raising=False)


@pytest.fixture
def centre(tmp_path: Path, capsys) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "centre.sqlite3"
    assert run(capsys, "--db", str(path), "db", "init")[0] == 0
    assert run(capsys, "--db", str(path), "child", "add", *ASEM)[0] == 0
    (tmp_path / "children.csv").write_text(CHILDREN_CSV, encoding="utf-8")
    return path


def argv_for(command: list[str], tmp_path: Path) -> list[str]:
    return [part.format(csv=tmp_path / "children.csv", out=tmp_path / "out.csv", out2=tmp_path / "b.sqlite3")
            for part in command]


def assert_refused(capsys, db: str, commands: list[list[str]], tmp_path: Path, *, words: tuple[str, ...] = ()) -> list[str]:  # type: ignore[no-untyped-def]
    lines = []
    for command in commands:
        code, out, err = run(capsys, "--db", db, *argv_for(command, tmp_path))
        assert code == 5, (command, out, err)
        line = one_line(err)
        assert all(word in line.lower() for word in words), line
        lines.append(line)
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "b.sqlite3").exists()
    return lines


def test_missing_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "children.csv").write_text(CHILDREN_CSV, encoding="utf-8")
    path = tmp_path / "gone.sqlite3"
    lines = assert_refused(capsys, str(path), WRITES + READS, tmp_path)
    assert all(str(path) in line for line in lines)
    assert not path.exists()


def test_not_a_database(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "children.csv").write_text(CHILDREN_CSV, encoding="utf-8")
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(5000))
    before = fingerprint(path)
    assert_refused(capsys, str(path), WRITES + READS, tmp_path, words=("not an enrol database",))
    assert fingerprint(path) == before


_damage = damage


def test_damaged_database_and_restore_latest(centre: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "--db", str(centre), "db", "backup")[0] == 0
    _damage(centre)
    before = fingerprint(centre)
    lines = assert_refused(capsys, str(centre), WRITES + [["child", "list"], ["export", "children", "{out}"]],
                           tmp_path)
    assert all("restore" in line for line in lines)
    code, out, err = run(capsys, "--db", str(centre), "db", "check")
    assert code == 5 and "enrol db restore --latest" in one_line(err)
    assert fingerprint(centre) == before
    code, out, err = run(capsys, "--db", str(centre), "db", "backups", "--json")
    assert code == 0 and [b["kind"] for b in json.loads(out)] == ["manual"]
    code, out, err = run(capsys, "--db", str(centre), "db", "restore", "--latest")  # the advice works
    assert code == 0, err
    code, out, err = run(capsys, "--db", str(centre), "child", "list", "--json")
    assert code == 0 and [c["iin"] for c in json.loads(out)] == ["150314601232"]
    damaged = list(tmp_path.glob("centre.sqlite3.damaged-????????-??????"))  # the damaged file was kept, not deleted
    assert len(damaged) == 1 and damaged[0].stat().st_size > 0


def test_restore_usage(centre: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", str(centre), "db", "restore")
    assert code == 3 and one_line(err)
    code, out, err = run(capsys, "--db", str(centre), "db", "restore", "--latest")
    assert code == 5 and "no sound backup" in one_line(err).lower()


@pytest.fixture
def short_busy_timeout(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)


def test_locked_by_another_program(centre: Path, tmp_path: Path, capsys, short_busy_timeout) -> None:  # type: ignore[no-untyped-def]
    before = rows(centre)
    other = sqlite3.connect(centre, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
    try:
        lines = assert_refused(capsys, str(centre), WRITES, tmp_path, words=("locked",))
        assert "close other copies" in lines[0].lower()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert rows(centre) == before


@pytest.fixture
def read_only(centre: Path) -> Iterator[Path]:
    """The file made read-only for real: by its mode, or — for root, whom modes do not stop — immutable."""
    if os.geteuid() != 0:
        centre.chmod(0o444)
        yield centre
        centre.chmod(0o644)
        return
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(centre)], capture_output=True).returncode:
        pytest.skip("running as root without chattr: the file cannot be made read-only")
    try:
        yield centre
    finally:
        subprocess.run(["chattr", "-i", str(centre)], check=True)


def test_read_only_file(read_only: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    before = rows(read_only)
    lines = assert_refused(capsys, str(read_only), WRITES, tmp_path, words=("read-only",))
    assert "write access" in lines[0]
    assert rows(read_only) == before
    code, out, err = run(capsys, "--db", str(read_only), "child", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 1  # reading still works


def test_read_only_connection(centre: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    before = rows(centre)
    read_only = f"sqlite:///file:{centre}?mode=ro&uri=true"
    assert_refused(capsys, read_only, WRITES, tmp_path, words=("read-only",))
    assert rows(centre) == before


@pytest.fixture
def full_disk() -> Iterator[None]:
    with faulty_disk():
        yield


def test_disk_full(centre: Path, tmp_path: Path, capsys, full_disk) -> None:  # type: ignore[no-untyped-def]
    iins = [i for n in range(600) if (i := make_iin(dt.date(2014, 1 + n % 12, 1 + n % 28), "f", n))][:400]
    big = ["surname;name;iin;guardian;phone;notes"] + [
        f"Қасымова;Дана;{iin};Қасымова Гүл;+7701000{n:04d};{'ескерту ' * 40}" for n, iin in enumerate(iins)]
    (tmp_path / "children.csv").write_text("\n".join(big) + "\n", encoding="utf-8")
    before = rows(centre)
    code, out, err = run(capsys, "--db", str(centre), "import", "children", str(tmp_path / "children.csv"))
    assert code == 5 and "full" in one_line(err) and "nothing was saved" in err
    assert rows(centre) == before


def test_unreachable_server(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "children.csv").write_text(CHILDREN_CSV, encoding="utf-8")
    url = "postgresql+psycopg://nobody@127.0.0.1:1/enrol"
    lines = assert_refused(capsys, url, WRITES + READS[:3], tmp_path, words=("cannot be reached",))
    assert "127.0.0.1" in lines[0]


def test_newer_schema(centre: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(centre) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.close()
    before = fingerprint(centre)
    assert_refused(capsys, str(centre), WRITES + READS[:1] + READS[2:], tmp_path, words=("newer version",))
    assert fingerprint(centre) == before


def test_storage_problems_in_a_real_process(centre: Path, tmp_path: Path) -> None:
    """The console entry point too: exit 5, one line, no traceback (also in Kazakh and Russian)."""
    _damage(centre)
    env = {**os.environ, "ENROL_HOME": str(tmp_path / "home")}
    env.pop("ENROL_DB", None)
    for argv in (["--db", str(centre), "import", "children", str(tmp_path / "children.csv")],
                 ["--lang", "kk", "--db", str(centre), "child", "list"],
                 ["--lang", "ru", "--db", "postgresql://nobody@127.0.0.1:1/enrol", "export", "children",
                  str(tmp_path / "x.csv")]):
        done = subprocess.run([sys.executable, "-m", "enrol", *argv], capture_output=True, text=True,
                              encoding="utf-8", env=env, timeout=120, check=False)
        assert done.returncode == 5 and one_line(done.stderr) and done.stdout == ""
