"""Every file the CLI writes goes through one check: the open database, its write-ahead log and journal and its
backups are never overwritten (``print roster G -o centre.sqlite3`` once turned the database into a PDF); an
existing file of another kind is refused unless ``--force``; a folder or a missing folder is a storage problem
(exit 5); and the file is written under a temporary name and renamed, so nothing half-written is left."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from enrol.cli import main
from enrol.services.enrolment import places
from enrol.services.storage.database import backup_database, init_database
from tests.unit.enrolment_centre import ADMIN, Centre


@pytest.fixture
def centre(tmp_path: Path) -> Path:
    path = tmp_path / "centre.sqlite3"
    db = init_database(str(path))
    try:
        c = Centre(db)
        c.room("R1", seats=20)
        c.group("ART-1", room="R1", seats=5)
        places.enrol_child(db, actor=ADMIN, child=c.child(), group="ART-1")
        backup_database(db)
    finally:
        db.dispose()
    return path


def run(capsys: pytest.CaptureFixture[str], database: Path, *argv: str) -> tuple[int, str]:
    code = main(["--db", str(database), *argv])
    return code, capsys.readouterr().err


def _outputs(target: Path, *, per_kind: bool = False) -> list[list[str]]:
    """Every command that writes a file, aimed at ``target`` (with ``per_kind``: its extension for each)."""
    def at(ext: str) -> str:
        return str(target.with_name(f"{target.name}.{ext}")) if per_kind else str(target)

    return [["print", "roster", "ART-1", "-o", at("pdf")], ["print", "card", "1", "-o", at("pdf")],
            ["report", "coverage", "-o", at("xlsx")], ["export", "children", at("csv")],
            ["export", "enrolments", at("xlsx")], ["export", "attendance", at("csv")],
            ["audit", "export", at("json")], ["child", "export", "1", "-o", at("json")],
            ["consent", "form", "1", "-o", at("pdf")], ["db", "backup", "-o", at("sqlite3")]]


def _database_is_intact(path: Path) -> None:
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM children").fetchone()[0] == 1


def test_the_database_and_its_backups_are_never_overwritten(capsys, centre: Path) -> None:  # type: ignore[no-untyped-def]
    backup = next((centre.parent / "backups").iterdir())
    before, refused = backup.read_bytes(), set()
    for target in (centre, centre.parent / "centre.sqlite3-wal", centre.parent / "centre.sqlite3-journal", backup):
        for argv in _outputs(target):
            for force in ([], ["--force"]):
                code, err = run(capsys, centre, *argv, *force)
                assert code in (3, 4), (argv, force, err)  # 3: the extension is not the output's
                assert code == 3 or "never overwritten" in err, err
                refused.add(argv[1] if code == 4 else "")
    assert {"roster", "card", "export", "backup"} <= refused
    _database_is_intact(centre)
    assert backup.read_bytes() == before
    assert not (centre.parent / "centre.sqlite3-journal").exists()
    assert not list(centre.parent.glob(".*.part")) and not list(centre.parent.glob("*.part"))


@pytest.mark.parametrize(("name", "argv"), [
    ("roster.pdf", ["print", "roster", "ART-1", "-o"]), ("coverage.xlsx", ["report", "coverage", "-o"]),
    ("children.csv", ["export", "children"]), ("events.json", ["audit", "export"]),
    ("child.json", ["child", "export", "1", "-o"]),
])
def test_a_file_of_another_kind_needs_force(capsys, centre: Path, name: str, argv: list[str]) -> None:  # type: ignore[no-untyped-def]
    target = centre.parent / name
    target.write_bytes(b"%PDF-1.4 something else" if name.endswith((".csv", ".json", ".xlsx")) else b"notes\n")
    code, err = run(capsys, centre, *argv, str(target))
    assert code == 4 and "--force" in err
    assert target.read_bytes()[:5] in (b"%PDF-", b"notes")  # untouched
    assert run(capsys, centre, *argv, str(target), "--force")[0] == 0
    assert run(capsys, centre, *argv, str(target))[0] == 0  # now of its kind: replaced without asking
    head = target.read_bytes()[:4]
    assert head == {"pdf": b"%PDF", "xlsx": b"PK\x03\x04"}.get(name.rsplit(".", 1)[1], head)
    assert not list(centre.parent.glob(".*.part"))


def test_a_folder_or_a_missing_folder_is_a_storage_problem(capsys, centre: Path) -> None:  # type: ignore[no-untyped-def]
    for ext in ("pdf", "xlsx", "csv", "json", "sqlite3"):
        (centre.parent / f"out.{ext}").mkdir()
    (centre.parent / "file").write_text("not a folder")
    for argv in (_outputs(centre.parent / "out", per_kind=True)
                 + _outputs(centre.parent / "missing" / "x", per_kind=True)[:-1]  # a backup makes its folder
                 + _outputs(centre.parent / "file" / "x", per_kind=True)):
        code, err = run(capsys, centre, *argv)
        assert code == 5, (argv, err)
    _database_is_intact(centre)
