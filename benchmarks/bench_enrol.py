"""Fully checked enrolments per second (README, *Performance*), each its own durable transaction, beside the raw
``sqlite3`` capacity-checked transaction measured in the same run.

The second row repeats the run with ``synchronous=NORMAL`` (no flush at each commit; not what enrol uses)
against the raw transaction with NORMAL: the difference between the two rows is what the disk flush costs,
and the NORMAL row is what the checks themselves cost — the part enrol's code can change."""
from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import event

from benchmarks import baselines
from benchmarks.centre import ACTOR, add_children, roomy_centre

Row = tuple[str, str, str, str]


def _per_second(path: Path, count: int, *, synchronous: str | None) -> float:
    from enrol.services.enrolment import places as enrolment

    groups_count = max(10, count // 250 + 1)
    db = roomy_centre(path, groups_count=groups_count)
    ids = add_children(db, count)
    if synchronous is not None:
        @event.listens_for(db.engine, "connect")
        def _relax(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            dbapi_connection.execute(f"PRAGMA synchronous = {synchronous}")
        db.engine.dispose()  # the next connection is made with the setting
    started = time.perf_counter()
    for number, child in enumerate(ids):
        enrolment.enrol_child(db, actor=ACTOR, child=child, group=f"B-{number % groups_count}")
    per_second = count / (time.perf_counter() - started)
    db.dispose()
    return per_second


def run(folder: Path, count: int) -> list[Row]:
    full = _per_second(folder / "throughput.sqlite3", count, synchronous=None)
    raw = baselines.raw_checked_enrolment_per_second(synchronous="FULL", count=count)
    normal = _per_second(folder / "throughput-normal.sqlite3", count, synchronous="NORMAL")
    raw_normal = baselines.raw_checked_enrolment_per_second(synchronous="NORMAL", count=count)
    verdict = "ok" if full >= 2000 and full * 2 >= raw else "MISSED"
    return [
        ("fully checked enrolment, SQLite FULL", f"{full:,.0f}/s",
         f"raw sqlite3 FULL {raw:,.0f}/s; target ≥ 2,000/s and ≥ raw/2", verdict),
        ("the same with synchronous=NORMAL (no flush: the checks' own cost)", f"{normal:,.0f}/s",
         f"raw sqlite3 NORMAL {raw_normal:,.0f}/s; not a target", ""),
    ]
