"""Fully checked enrolments per second, each its own durable transaction, beside the fair floor measured in the
same run: a raw ``sqlite3`` replay of the very statements those enrolments sent (``benchmarks.replay``).

The old floor — a raw transaction that counts a group's seats and inserts one row — stays as a reference
row: it writes two pages a commit where an enrolment writes about ten (the enrolment, its history row and its
audit event, with their indexes). A second pair repeats the run with ``synchronous=NORMAL`` (no flush at
each commit; not what enrol uses): there the difference is what enrol's own Python costs."""
from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import event

from benchmarks import baselines
from benchmarks.centre import ACTOR, add_children, roomy_centre
from benchmarks.replay import copy_database, recorded, replay
from benchmarks.rows import Row, judged
from enrol.db.engine import Database

TARGET = 0.6  # of the replay's rate


def _enrol_all(db: Database, ids: list[int], groups_count: int) -> float:
    from enrol.services.enrolment import places as enrolment

    started = time.perf_counter()
    for number, child in enumerate(ids):
        enrolment.enrol_child(db, actor=ACTOR, child=child, group=f"B-{number % groups_count}")
    return len(ids) / (time.perf_counter() - started)


def _relaxed(db: Database, synchronous: str) -> None:
    @event.listens_for(db.engine, "connect")
    def _relax(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA synchronous = {synchronous}")

    db.engine.dispose()  # the next connection is made with the setting


def measure(folder: Path, count: int, *, synchronous: str = "FULL") -> tuple[float, float, int]:
    """(enrol's rate, the replay's rate, transactions replayed) on twin databases made from one centre."""
    groups_count = max(10, count // 250 + 1)
    first = folder / f"enrol-{synchronous}.sqlite3"
    db = roomy_centre(first, groups_count=groups_count)
    ids = add_children(db, count)
    db.dispose()
    twin, replayed = folder / f"record-{synchronous}.sqlite3", folder / f"replay-{synchronous}.sqlite3"
    copy_database(first, twin)
    copy_database(first, replayed)

    db = Database(str(first))
    if synchronous != "FULL":
        _relaxed(db, synchronous)
    rate = _enrol_all(db, ids, groups_count)
    db.dispose()

    db = Database(str(twin))
    with recorded(db) as recording:
        _enrol_all(db, ids, groups_count)
    db.dispose()
    transactions = recording.transactions()
    if len(transactions) != count:
        raise SystemExit(f"replay: recorded {len(transactions)} transactions for {count} enrolments")
    return rate, replay(replayed, transactions, synchronous=synchronous), len(transactions)


def run(folder: Path, count: int) -> list[Row]:
    full, floor, _ = measure(folder, count)
    raw = baselines.raw_checked_enrolment_per_second(synchronous="FULL", count=count)
    normal, floor_normal, _ = measure(folder, count, synchronous="NORMAL")
    return [
        Row("fully checked enrolment, SQLite FULL", f"{full:,.0f}/s",
            f"raw sqlite3 replay of its statements {floor:,.0f}/s; target ≥ {TARGET}×", full / floor,
            judged(full >= TARGET * floor)),
        Row("(reference) raw count-and-insert transaction, FULL", f"{raw:,.0f}/s",
            "two pages a commit where an enrolment writes about ten; not a target", full / raw, ""),
        Row("the same enrolments with synchronous=NORMAL (no flush: enrol's own cost)", f"{normal:,.0f}/s",
            f"raw sqlite3 replay NORMAL {floor_normal:,.0f}/s; not a target", normal / floor_normal, ""),
    ]
