"""``enrol print …`` on SQLite and PostgreSQL: the PDFs are written and say what the database holds; a bad
month or moment exits 3, an unknown group, child or specialist 4, a missing choice 2 — one line, no file."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from enrol import i18n
from enrol.db.engine import Database
from tests.reports.pdf_reading import flat
from tests.reports.printing_centre import MONTH, Centre, enrol, kid, specialist_id
from tests.unit.enrolment_centre import moment, next_day
from tests.cli.cli_run import run


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


@pytest.fixture
def centre(db: Database) -> dict[str, object]:
    built = Centre(db)
    built.room("1.01", seats=20)
    built.room("1.05", seats=2, kind="cabinet")
    teacher = built.teacher("Байжанова", "Гүлнар")
    built.group("KZ-1", seats=2, room="1.01", meets=[(1, "15:00", "16:30"), (4, "15:00", "16:30")], teacher_id=teacher)
    kids = [kid(db, n) for n in range(3)]
    for child, _ in kids:
        enrol(db, child, "KZ-1")
    monday = next_day(1)
    built.appointment([kids[0][0]], moment(monday, "10:00"), moment(monday, "10:45"), room="1.05")
    return {"kids": kids, "teacher": teacher, "monday": monday, "specialist": specialist_id(db)}




def test_print_commands_write_the_documents(db_url: str, centre: dict, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    kids, monday = centre["kids"], centre["monday"]
    out = tmp_path / "roster.pdf"
    assert run(capsys, "--db", db_url, "print", "roster", "KZ-1", "-o", str(out))[0] == 0
    printed = flat(out.read_bytes())
    assert "Group roster: KZ-1" in printed and kids[0][1] in printed and kids[1][1] in printed
    assert "NOT ENROLLED — waiting list in order: 1" in printed and kids[2][1] in printed

    out = tmp_path / "sheets.pdf"
    code, stdout, _ = run(capsys, "--db", db_url, "--json", "print", "attendance", "--all", "--month",
                          f"{MONTH:%Y-%m}", "-o", str(out))
    assert code == 0 and json.loads(stdout)["file"] == str(out)
    assert "Attendance sheet: KZ-1" in flat(out.read_bytes())
    for argv in (["KZ-1", "--blank"], ["--teacher", str(centre["teacher"])]):
        assert run(capsys, "--db", db_url, "print", "attendance", *argv, "--month", f"{MONTH:%Y-%m}",
                   "-o", str(out))[0] == 0
        assert "Attendance sheet: KZ-1" in flat(out.read_bytes())

    out = tmp_path / "evacuation.pdf"
    at = f"{monday:%Y-%m-%d}T15:30"
    assert run(capsys, "--db", db_url, "print", "evacuation", "--at", at, "-o", str(out))[0] == 0
    printed = flat(out.read_bytes())
    assert "Evacuation list" in printed and ": 2 (limit 1000)" in printed and kids[1][1] in printed

    out = tmp_path / "card.pdf"
    assert run(capsys, "--db", db_url, "print", "card", str(kids[0][0]), "-o", str(out))[0] == 0
    assert f"Timetable card: {kids[0][1]}" in flat(out.read_bytes())

    out = tmp_path / "day.pdf"
    assert run(capsys, "--db", db_url, "print", "specialist-day", str(centre["specialist"]), "--date",
               f"{monday:%Y-%m-%d}", "-o", str(out))[0] == 0
    assert "10:00–10:45" in flat(out.read_bytes())


@pytest.mark.parametrize(("argv", "status"), [
    (["attendance", "KZ-1", "--month", "2026-13"], 3),
    (["attendance", "KZ-1", "--month", "March"], 3),
    (["attendance", "--all", "--month", "2026-03", "--teacher", "x"], 3),
    (["attendance", "NOPE", "--month", "2026-03"], 4),
    (["attendance", "--teacher", "999", "--month", "2026-03"], 4),
    (["attendance", "--month", "2026-03"], 2),
    (["attendance", "KZ-1", "--all", "--month", "2026-03"], 2),
    (["roster", "NOPE"], 4),
    (["card", "999"], 4),
    (["evacuation", "--at", "2026-03-16"], 3),
    (["evacuation", "--at", "2026-03-16T25:00"], 3),
    (["specialist-day", "999", "--date", "2026-03-16"], 4),
    (["specialist-day", "1", "--date", "16.13.2026"], 3),
])
def test_bad_input_exits_with_its_status_and_writes_nothing(db_url: str, centre: dict, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str], argv: list[str],
                                                            status: int) -> None:
    out = tmp_path / "out.pdf"
    code, _, err = run(capsys, "--db", db_url, "print", *argv, "-o", str(out))
    assert code == status, err
    assert "Traceback" not in err and err.strip()
    if status != 2:
        assert len(err.splitlines()) == 1
    assert not out.exists()


def test_documents_follow_the_chosen_language(db_url: str, centre: dict, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "roster.pdf"
    assert run(capsys, "--db", db_url, "--lang", "kk", "print", "roster", "KZ-1", "-o", str(out))[0] == 0
    assert "Топ тізімі: KZ-1" in flat(out.read_bytes())
    assert run(capsys, "--db", db_url, "--lang", "ru", "print", "attendance", "KZ-1", "--month", f"{MONTH:%Y-%m}",
               "-o", str(out))[0] == 0
    printed = flat(out.read_bytes())
    assert "Табель посещаемости: KZ-1" in printed and f"Март {MONTH.year}" in printed
    code, _, err = run(capsys, "--db", db_url, "--lang", "ru", "print", "attendance", "KZ-1", "--month", "2026-13",
                       "-o", str(out))
    assert code == 3 and "не месяц" in err
