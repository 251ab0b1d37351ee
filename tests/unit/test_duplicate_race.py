"""Several desks register the same child without an IIN at the same instant — one by one (``child add``) and
as the same rows of a file (``import children``): the name + birth-date duplicate check holds, exactly one
copy is stored, on SQLite and on PostgreSQL."""
from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from sqlalchemy import func, select

from enrol.db.engine import Database
from enrol.db.models import Child
from enrol.domain.children import ChildFields
from enrol.domain.errors import EnrolError
from enrol.services.people import children
from enrol.services.transfer.children_import import import_children
from tests.unit.enrolment_centre import ADMIN, DESK

DESKS = 4
ROUNDS = 3


def _race(count: int, work) -> list[str]:  # type: ignore[no-untyped-def]
    barrier, outcomes, lock = threading.Barrier(count), [], threading.Lock()

    def desk() -> None:
        barrier.wait(timeout=30)
        try:
            work()
            outcome = "stored"
        except EnrolError as error:
            outcome = type(error).__name__
        except Exception as error:  # noqa: BLE001 - reported to the test, which fails with it
            outcome = repr(error)
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=desk) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return sorted(outcomes)


def _count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Child)))


def test_two_desks_add_the_same_child(db: Database) -> None:
    for n in range(ROUNDS):
        fields = ChildFields(surname="Нүсіпова", name=f"Әсем{'а' * n}", birth_date=dt.date(2015, 3, 14 + n), sex="f")
        guardian = children.GuardianInput(full_name="Нүсіпова Гүлнар", phone="+77071234567")
        outcomes = _race(DESKS, lambda: children.register_child(db, actor=DESK, fields=fields, guardians=[guardian]))
        assert outcomes == ["RefusedError"] * (DESKS - 1) + ["stored"], outcomes
    assert _count(db) == ROUNDS


def test_desks_import_the_same_rows(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "children.csv"
    lines = ["surname;name;birth_date;sex;guardian;phone"]
    lines += [f"Қасымов;Ерлан{'а' * n};2014-05-{n + 1:02d};m;Қасымова Гүл;+7701000{n:04d}" for n in range(30)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outcomes = _race(DESKS, lambda: import_children(db, actor=ADMIN, path=source))
    assert outcomes.count("stored") == 1 and all(o in ("stored", "ImportRejected", "RefusedError") for o in outcomes), \
        outcomes
    assert _count(db) == 30
