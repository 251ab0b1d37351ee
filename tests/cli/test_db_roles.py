"""``enrol db roles --apply`` on PostgreSQL: each desk's database user reads only its tables — a teacher's
desk cannot SELECT session notes (or guardians, or the audit trail) even with psql — and the program still
works at that desk within its rights. On SQLite it says where the boundary is instead."""
from __future__ import annotations

import json

import psycopg
import pytest
from sqlalchemy import create_engine, make_url, text

from enrol.cli import main
from enrol.services.storage.database import init_database


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def test_each_desk_reads_only_its_tables(pg_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    init_database(pg_url).dispose()
    code, out, err = run(capsys, "--db", pg_url, "db", "roles")
    assert code == 0 and "GRANT" in out and "session_notes" in out
    code, out, err = run(capsys, "--db", pg_url, "--json", "db", "roles", "--apply")
    assert code == 0, err
    desks = {u["role"]: u["url"] for u in json.loads(out)["users"]}
    try:
        for role, url in desks.items():
            with psycopg.connect(libpq(url)) as connection:
                assert connection.execute("SELECT count(*) FROM groups").fetchone() == (0,)
                for table, allowed in (("session_notes", role == "specialist"),
                                       ("guardians", role == "registrar"),
                                       ("audit_events", role == "registrar")):
                    if allowed:
                        connection.execute(f"SELECT * FROM {table}").fetchall()
                    else:
                        with pytest.raises(psycopg.errors.InsufficientPrivilege):
                            connection.execute(f"SELECT * FROM {table}")
                        connection.rollback()
        # the program at the teacher's desk: reads what it may, and a write beyond its rights is exit 5
        code, out, err = run(capsys, "--db", desks["teacher"], "group", "list")
        assert code == 0, err
        code, out, err = run(capsys, "--db", desks["teacher"], "settings", "set", "building_capacity", "5")
        assert code == 5 and "no right" in err
        code, out, err = run(capsys, "--db", desks["registrar"], "child", "add", "--surname", "Нүсіпова",
                             "--name", "Әсем", "--iin", "150314601232", "--guardian", "Нүсіпова Гүлнар",
                             "--phone", "+77071234567")
        assert code == 0, err
    finally:
        admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            for role, url in desks.items():
                user = make_url(url).username
                connection.execute(text(f'DROP OWNED BY "{user}"'))
                connection.execute(text(f'DROP ROLE IF EXISTS "{user}"'))
        admin.dispose()


def test_on_sqlite_the_boundary_is_the_account(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "centre.sqlite3"
    assert run(capsys, "--db", str(path), "db", "init")[0] == 0
    code, out, err = run(capsys, "--db", str(path), "db", "roles")
    assert code == 4 and "computer's account" in err
