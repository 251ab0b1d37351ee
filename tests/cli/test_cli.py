"""The CLI contract of README, *The command line*: exit statuses 0/2/3/4/5, one line on stderr, --json documents.

Most tests call ``enrol.cli.main`` in-process; a few run ``python -m enrol`` for real to prove the module
entry point and a traceback-free stderr."""
from __future__ import annotations

import datetime as dt
import gc
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from enrol import __version__
from enrol.db.engine import Database
from enrol.db.models import AuditEvent, Child, Consent, Guardian, Setting
from enrol.domain.iin import iin_check_digit
from enrol.services.centre import clubs, groups, rooms, staff, timetable
from enrol.services.context import issue_actor
from tests.cli.cli_run import run

ASEM = ["--surname", "Нүсіпова", "--name", "Әсем", "--guardian", "Нүсіпова Гүлнар", "--phone", "+7 707 123 45 67"]


def _ten_twice_iin() -> str:
    for serial in range(10_000):
        if iin_check_digit(f"1503146{serial:04d}") is None:
            return f"1503146{serial:04d}0"
    raise AssertionError("no IIN prefix without a check digit")




def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {err!r}"
    assert "Traceback" not in err
    return lines[0]


def count(path: Path, model, *where) -> int:  # type: ignore[no-untyped-def]
    db = Database(str(path))
    try:
        with db.read() as session:
            return int(session.scalar(select(func.count()).select_from(model).where(*where)))
    finally:
        db.dispose()


@pytest.fixture(autouse=True)
def _no_enrol_db(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("ENROL_DB", raising=False)


@pytest.fixture
def dbfile(tmp_path, capsys) -> str:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "centre.sqlite3")
    code, out, err = run(capsys, "--db", path, "db", "init")
    assert (code, err) == (0, "") and Path(path).is_file()
    return path


@pytest.fixture
def asem_id(dbfile, capsys) -> int:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", dbfile, "child", "add", *ASEM, "--iin", "150314601232", "--consent", "--json")
    assert code == 0, err
    return json.loads(out)["id"]


def test_version(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_child_add_with_iin_stores_a_girl_with_consent(dbfile, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", dbfile, "child", "add", *ASEM, "--iin", "150314601232", "--consent",
                         "--json")
    assert (code, err) == (0, "")
    assert "Нүсіпова" in out  # UTF-8, not \\u escapes
    document = json.loads(out)
    assert {"id", "iin", "surname", "name", "birth_date"} <= set(document)
    assert (document["iin"], document["birth_date"], document["sex"]) == ("150314601232", "2015-03-14", "f")
    db = Database(dbfile)
    try:
        with db.read() as session:
            child = session.get(Child, document["id"])
            assert (child.surname, child.name, child.birth_date, child.sex) == (
                "Нүсіпова", "Әсем", dt.date(2015, 3, 14), "f")
            guardian = session.scalars(select(Guardian).where(Guardian.child_id == child.id)).one()
            assert (guardian.full_name, guardian.phone) == ("Нүсіпова Гүлнар", "+77071234567")
            consent = session.scalars(select(Consent).where(Consent.child_id == child.id)).one()
            assert (consent.guardian_id, consent.signed_on) == (guardian.id, dt.date.today())
            assert consent.recorded_by.startswith("cli:")
            event = session.scalars(select(AuditEvent).where(AuditEvent.action == "child.add")).one()
            assert event.actor.startswith("cli:")
    finally:
        db.dispose()


def test_child_add_without_consent_stores_none(dbfile, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", dbfile, "child", "add", *ASEM, "--iin", "150314601232")
    assert code == 0 and "2015-03-14" in out
    assert count(Path(dbfile), Consent) == 0 and count(Path(dbfile), Child) == 1


@pytest.mark.parametrize("iin", ["150314601231", "153214601235", _ten_twice_iin(), "15031460123", "1503146O1232"])
def test_bad_iin_exits_3_naming_it_and_stores_nothing(dbfile, capsys, iin) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", dbfile, "child", "add", *ASEM, "--iin", iin, "--consent")
    assert code == 3
    assert iin in one_line(err)
    assert out == ""
    assert count(Path(dbfile), Child) == 0 and count(Path(dbfile), Guardian) == 0
    assert count(Path(dbfile), Consent) == 0 and count(Path(dbfile), AuditEvent) == 0


@pytest.mark.parametrize(("args", "field"), [
    (["--birth-date", "2015-02-30", "--sex", "f"], "birth"),
    (["--birth-date", "14.03.15", "--sex", "f"], "birth"),
    (["--birth-date", "2015-03-14"], "sex"),
    (["--iin", "150314601232", "--grade", "eleventy"], "grade"),
])
def test_invalid_input_exits_3(dbfile, capsys, args, field) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", dbfile, "child", "add", *ASEM, *args)
    assert code == 3 and field in one_line(err).lower()
    assert count(Path(dbfile), Child) == 0


def test_bad_phone_and_name_exit_3(dbfile, capsys) -> None:  # type: ignore[no-untyped-def]
    def add(surname: str, phone: str) -> tuple[int, str, str]:
        return run(capsys, "--db", dbfile, "child", "add", "--surname", surname, "--name", "Әсем", "--iin",
                   "150314601232", "--guardian", "Нүсіпова Гүлнар", "--phone", phone)

    code, _, err = add("Robert'); DROP TABLE children;--", "+7 707 123 45 67")
    assert code == 3 and "Robert" in one_line(err)
    code, _, err = add("Нүсіпова", "12345")
    assert code == 3 and "12345" in one_line(err)
    assert count(Path(dbfile), Child) == 0


def test_duplicate_iin_exits_4(dbfile, asem_id, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", dbfile, "child", "add", "--surname", "Иванова", "--name", "Мария",
                         "--iin", "150314601232", "--guardian", "Иванов Иван", "--phone", "+77010000000")
    assert code == 4 and "150314601232" in one_line(err)
    assert count(Path(dbfile), Child) == 1


def test_possible_duplicate_exits_4_unless_allowed(dbfile, asem_id, capsys) -> None:  # type: ignore[no-untyped-def]
    argv = ["--db", dbfile, "child", "add", "--surname", "Нусипова", "--name", "Асем", "--birth-date", "2015-03-14",
            "--sex", "f", "--guardian", "Нусипова Гульнар", "--phone", "+77070000000"]
    code, _, err = run(capsys, *argv)
    assert code == 4 and one_line(err)
    assert count(Path(dbfile), Child) == 1
    assert run(capsys, *argv, "--allow-duplicate")[0] == 0
    assert count(Path(dbfile), Child) == 2


@pytest.mark.parametrize("argv", [
    ["frobnicate"], ["child", "add", "--name", "Әсем"], ["--lang", "de", "db", "check"],
    ["child"], ["child", "add", *ASEM, "--shift", "3"],
])
def test_usage_errors_exit_2(dbfile, capsys, argv) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", dbfile, *argv)
    assert code == 2 and err and "Traceback" not in err
    assert count(Path(dbfile), Child) == 0


def test_unknown_child_exits_4(dbfile, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", dbfile, "child", "show", "999")
    assert code == 4 and "999" in one_line(err) and out == ""
    code, out, err = run(capsys, "--db", dbfile, "group", "show", "NOPE-1")
    assert code == 4 and "NOPE-1" in one_line(err)


def test_a_text_file_exits_5(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "some.txt"
    path.write_text("not a database at all\n", encoding="utf-8")
    for argv in (["child", "list"], ["db", "check"], ["db", "init"], ["child", "add", *ASEM, "--iin", "150314601232"]):
        code, out, err = run(capsys, "--db", str(path), *argv)
        assert code == 5 and str(path) in one_line(err)
    assert path.read_text(encoding="utf-8") == "not a database at all\n"


def test_a_missing_file_exits_5(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "missing.sqlite3"
    for argv in (["child", "list"], ["db", "check"], ["settings", "get"]):
        code, out, err = run(capsys, "--db", str(path), *argv)
        assert code == 5 and str(path) in one_line(err)
    assert not path.exists()


def test_enrol_db_environment_variable(dbfile, asem_id, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ENROL_DB", dbfile)
    code, out, err = run(capsys, "child", "list", "--json")
    assert code == 0 and [c["id"] for c in json.loads(out)] == [asem_id]


@pytest.mark.parametrize("query", ["Nusipova", "nüsıpova", "НУСИПОВА", "нус", "Nussipova", "Әсем Нүсіпова", "150314"])
def test_child_list_search(dbfile, asem_id, capsys, query) -> None:  # type: ignore[no-untyped-def]
    run(capsys, "--db", dbfile, "child", "add", "--surname", "Қасымов", "--name", "Ерлан", "--birth-date",
        "2013-01-02", "--sex", "m", "--guardian", "Қасымова Гүл", "--phone", "+77010000001")
    code, out, err = run(capsys, "--db", dbfile, "child", "list", "--search", query, "--json")
    assert code == 0
    found = json.loads(out)
    assert [c["id"] for c in found] == [asem_id]
    assert {"id", "iin", "surname", "name", "birth_date"} <= set(found[0])
    assert (found[0]["iin"], found[0]["surname"], found[0]["birth_date"]) == ("150314601232", "Нүсіпова", "2015-03-14")


def test_child_list_text_and_limit(dbfile, asem_id, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", dbfile, "child", "list")
    assert code == 0 and "Нүсіпова Әсем" in out and "150314601232" in out
    code, out, err = run(capsys, "--db", dbfile, "child", "list", "--search", "Qasymov", "--json")
    assert json.loads(out) == []
    assert run(capsys, "--db", dbfile, "child", "list", "--limit", "0")[0] == 3


def test_child_show(dbfile, asem_id, capsys) -> None:  # type: ignore[no-untyped-def]
    for key in (str(asem_id), "150314601232"):
        code, out, err = run(capsys, "--db", dbfile, "child", "show", key, "--json")
        assert code == 0
        document = json.loads(out)
        assert document["id"] == asem_id and document["enrolments"] == [] and document["has_consent"] is True
        assert [g["phone"] for g in document["guardians"]] == ["+77071234567"]
    code, out, err = run(capsys, "--db", dbfile, "child", "show", str(asem_id))
    assert code == 0 and "Нүсіпова Әсем" in out and "+77071234567" in out


def test_settings(dbfile, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", dbfile, "settings", "set", "building_capacity", "0")
    assert code == 3 and one_line(err)
    assert count(Path(dbfile), Setting) == 0
    assert run(capsys, "--db", dbfile, "settings", "get", "building_capacity")[1].strip() == "1000"
    assert run(capsys, "--db", dbfile, "settings", "set", "building_capacity", "900")[0] == 0
    code, out, err = run(capsys, "--db", dbfile, "settings", "get", "building_capacity")
    assert (code, out.strip()) == (0, "900")
    code, out, err = run(capsys, "--db", dbfile, "settings", "get", "--json")
    assert json.loads(out)["building_capacity"] == "900"
    code, out, err = run(capsys, "--db", dbfile, "settings", "set", "colour", "red")
    assert code == 3 and "colour" in one_line(err)
    assert run(capsys, "--db", dbfile, "settings", "set", "shift1_hours", "8:00-13:00")[0] == 0
    assert run(capsys, "--db", dbfile, "settings", "get", "shift1_hours")[1].strip() == "08:00-13:00"


def test_capacity_error_names_the_setting(dbfile, capsys) -> None:  # type: ignore[no-untyped-def]
    """Exit 3: 'the message names the field and what is wrong' (README, *The command line*)."""
    code, out, err = run(capsys, "--db", dbfile, "settings", "set", "building_capacity", "0")
    assert code == 3 and "building_capacity" in one_line(err)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_messages_in_each_language(dbfile, capsys, lang) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--lang", lang, "--db", dbfile, "child", "show", "999")
    assert code == 4 and one_line(err)
    code, out, err = run(capsys, "--db", dbfile, "child", "show", "999", "--lang", lang)
    assert code == 4 and one_line(err)
    code, out, err = run(capsys, "--lang", lang, "--db", dbfile, "settings", "set", "building_capacity", "0")
    assert code == 3 and one_line(err)
    code, out, err = run(capsys, "--lang", lang, "--db", dbfile + ".missing", "child", "list")
    assert code == 5 and one_line(err)


@pytest.fixture
def small_centre(dbfile) -> str:  # type: ignore[no-untyped-def]
    db, actor = Database(dbfile), issue_actor(login="test:setup")
    try:
        rooms.add_room(db, actor=actor, code="1.01", name="Зал", floor=1, kind="hall", seats=300)
        rooms.add_room(db, actor=actor, code="2.14", name="Авиамодельдеу", floor=2, kind="club_room", seats=16)
        clubs.add_club(db, actor=actor, name="Авиамодельдеу", direction="science", age_min=8, age_max=14,
                       funding="free", default_group_size=12)
        teacher = staff.add_staff(db, actor=actor, surname="Ахметов", name="Серік", position="teacher")
        groups.add_group(db, actor=actor, code="AVIA-1", club="Авиамодельдеу", teacher_id=teacher.id)
        timetable.add_meeting(db, actor=actor, group="AVIA-1", weekday=2, start="15:00", end="16:30", room="2.14")
        timetable.add_meeting(db, actor=actor, group="AVIA-1", weekday=4, start="9:00", end="10:30", room="2.14")
    finally:
        db.dispose()
    return dbfile


def test_centre_listings(small_centre, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", small_centre, "room", "list", "--json")
    assert code == 0
    assert [(r["code"], r["floor"], r["seats"]) for r in json.loads(out)] == [("1.01", 1, 300), ("2.14", 2, 16)]
    code, out, err = run(capsys, "--json", "--db", small_centre, "club", "list")
    assert [(c["name"], c["groups"]) for c in json.loads(out)] == [("Авиамодельдеу", 1)]
    code, out, err = run(capsys, "--db", small_centre, "group", "list", "--json")
    assert [(g["code"], g["seats"], g["enrolled"], g["free"]) for g in json.loads(out)] == [("AVIA-1", 12, 0, 12)]
    for key in ("AVIA-1", str(json.loads(out)[0]["id"])):
        code, out, err = run(capsys, "--db", small_centre, "group", "show", key, "--json")
        assert code == 0
        document = json.loads(out)
        assert {"id", "code", "seats", "enrolled", "waitlist", "meetings"} <= set(document)
        assert (document["code"], document["seats"], document["enrolled"], document["waitlist"]) == (
            "AVIA-1", 12, 0, [])
        assert document["meetings"] == [
            {"weekday": 2, "start": "15:00", "end": "16:30", "room": "2.14"},
            {"weekday": 4, "start": "09:00", "end": "10:30", "room": "2.14"},
        ]
    for argv in (["room", "list"], ["club", "list"], ["group", "list"], ["group", "show", "AVIA-1"]):
        code, out, err = run(capsys, "--db", small_centre, *argv)
        assert code == 0 and ("2.14" in out or "Авиамодельдеу" in out or "AVIA-1" in out)


def test_db_check(dbfile, asem_id, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--db", dbfile, "db", "check", "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert (report["integrity"], report["children"], report["schema"]) == ("ok", 1, report["head"])
    assert run(capsys, "--db", dbfile, "db", "check")[0] == 0
    assert run(capsys, "--db", dbfile, "db", "upgrade")[0] == 0


def test_db_backup_and_restore(dbfile, asem_id, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "saved" / "backup.sqlite3"
    code, out, err = run(capsys, "--db", dbfile, "db", "backup", "-o", str(target))
    assert code == 0 and target.is_file() and str(target) in out
    run(capsys, "--db", dbfile, "child", "add", "--surname", "Қасымов", "--name", "Ерлан", "--birth-date",
        "2013-01-02", "--sex", "m", "--guardian", "Қасымова Гүл", "--phone", "+77010000001")
    assert count(Path(dbfile), Child) == 2
    code, out, err = run(capsys, "--db", dbfile, "db", "restore", str(target))
    assert code == 0, err
    code, out, err = run(capsys, "--db", dbfile, "child", "list", "--json")
    assert [c["id"] for c in json.loads(out)] == [asem_id]
    code, out, err = run(capsys, "--db", dbfile, "db", "restore", str(tmp_path / "nope.sqlite3"))
    assert code == 5 and one_line(err)


def test_db_restore_over_a_damaged_database(dbfile, asem_id, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """'The database … is damaged. Restore the latest backup (enrol db restore).' must be advice that works."""
    target = tmp_path / "backup.sqlite3"
    assert run(capsys, "--db", dbfile, "db", "backup", "-o", str(target))[0] == 0
    with sqlite3.connect(dbfile) as connection:  # everything into the main file, then damage its pages
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(Path(dbfile).read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)
    Path(dbfile).write_bytes(bytes(data))
    code, out, err = run(capsys, "--db", dbfile, "child", "list")
    assert code == 5 and "restore" in one_line(err)
    code, out, err = run(capsys, "--db", dbfile, "db", "restore", str(target))
    assert code == 0, err
    code, out, err = run(capsys, "--db", dbfile, "child", "list", "--json")
    assert code == 0 and [c["id"] for c in json.loads(out)] == [asem_id]


# In-process, each command leaves its Database's pool open (a real process simply ends); psycopg warns when
# those connections are collected. Not what this test checks: see the report on enrol/cli handlers.
@pytest.mark.filterwarnings("ignore:.*was deleted while still open:ResourceWarning")
def test_cli_on_postgresql(pg_url, capsys) -> None:  # type: ignore[no-untyped-def]
    try:
        _cli_on_postgresql(pg_url, capsys)
    finally:
        gc.collect()  # while the warning is ignored, not in some later test


def _cli_on_postgresql(pg_url, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "--db", pg_url, "child", "list")[0] == 5  # no tables yet
    capsys.readouterr()
    assert run(capsys, "--db", pg_url, "db", "init")[0] == 0
    code, out, err = run(capsys, "--db", pg_url, "child", "add", *ASEM, "--iin", "150314601232", "--consent", "--json")
    assert code == 0, err
    code, out, err = run(capsys, "--db", pg_url, "child", "list", "--search", "nüsıpova", "--json")
    assert [c["birth_date"] for c in json.loads(out)] == ["2015-03-14"]
    code, out, err = run(capsys, "--db", pg_url, "child", "add", *ASEM, "--iin", "150314601231")
    assert code == 3 and "150314601231" in one_line(err)
    assert run(capsys, "--db", pg_url, "db", "check")[0] == 0
    code, out, err = run(capsys, "--db", pg_url, "db", "backup", "--json")  # pg_dump, when installed
    if shutil.which("pg_dump") is None:
        assert code == 5 and "pg_dump" in one_line(err)
        return
    assert code == 0, err
    dump = json.loads(out)["backup"]
    assert dump.endswith(".dump") and Path(dump).is_file()
    run(capsys, "--db", pg_url, "child", "add", "--surname", "Қасымов", "--name", "Ерлан", "--birth-date",
        "2013-01-02", "--sex", "m", "--guardian", "Қасымова Гүл", "--phone", "+77010000001")
    code, out, err = run(capsys, "--db", pg_url, "db", "restore", dump)
    assert code == 0, err
    code, out, err = run(capsys, "--db", pg_url, "child", "list", "--json")
    assert [c["surname"] for c in json.loads(out)] == ["Нүсіпова"]


# --- real processes -------------------------------------------------------------------------------------

def enrol_process(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENROL_HOME": str(tmp_path / "home"), "ENROL_LANG": "en", "PYTHONWARNINGS": "default"}
    env.pop("ENROL_DB", None)
    return subprocess.run([sys.executable, "-m", "enrol", *argv], capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=120, check=False)


def test_python_m_enrol(tmp_path) -> None:  # type: ignore[no-untyped-def]
    done = enrol_process(tmp_path, "--version")
    assert done.returncode == 0 and __version__ in done.stdout
    db = str(tmp_path / "real.sqlite3")
    assert enrol_process(tmp_path, "--db", db, "db", "init").returncode == 0
    done = enrol_process(tmp_path, "--db", db, "child", "add", *ASEM, "--iin", "150314601232", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["birth_date"] == "2015-03-14"
    done = enrol_process(tmp_path, "--db", db, "child", "add", *ASEM, "--iin", "153214601235")
    assert done.returncode == 3 and "153214601235" in one_line(done.stderr)


def test_python_m_enrol_storage_errors_have_no_traceback(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text_file = tmp_path / "some.txt"
    text_file.write_text("hello\n", encoding="utf-8")
    done = enrol_process(tmp_path, "--db", str(text_file), "child", "list")
    assert done.returncode == 5 and str(text_file) in one_line(done.stderr) and done.stdout == ""
    done = enrol_process(tmp_path, "--db", str(tmp_path / "missing.sqlite3"), "child", "list")
    assert done.returncode == 5 and one_line(done.stderr)
    done = enrol_process(tmp_path, "--db", str(tmp_path / "missing.sqlite3"), "child")
    assert done.returncode == 2 and "Traceback" not in done.stderr
