"""Eight desks check in 200 different children at once against a limit of 150: exactly 150 are inside and
every other attempt is refused with exit 4 — on SQLite and PostgreSQL (the enrolment's building lock)."""
from __future__ import annotations

import multiprocessing
import queue

import pytest
from sqlalchemy import text

from enrol.db.models import Child
from enrol.services.context import issue_actor, now
from enrol.services.entrance import scans
from enrol.services.storage.database import init_database
from entrance_race import desk

pytestmark = pytest.mark.slow

DESKS, CHILDREN, CAPACITY = 8, 200, 150


def test_eight_desks_cannot_let_in_more_than_the_building_holds(db_url: str) -> None:
    db = init_database(db_url)
    stamp = now()
    with db.write() as session:
        # 200 children written directly: the registration's checks are not what this test is about.
        for n in range(CHILDREN):
            session.add(Child(surname="Racer", name=f"N{n}", birth_date=stamp.date().replace(year=stamp.year - 12),
                              sex="f", search_key=f"racer {n}", search_key_alt=f"n{n} racer", sort_key=f"{n:05d}",
                              created_at=stamp, updated_at=stamp))
        session.execute(text("INSERT INTO settings (key, value) VALUES ('building_capacity', :v)"), {"v": CAPACITY})
    with db.read() as session:
        ids = sorted(session.scalars(text("SELECT id FROM children")))
    db.dispose()
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(DESKS), context.Queue()
    workers = [context.Process(target=desk, args=(db_url, ids[i::DESKS], barrier, results), daemon=True)
               for i in range(DESKS)]
    for worker in workers:
        worker.start()
    statuses: dict[int, int] = {}
    try:
        while len(statuses) < CHILDREN:
            child, status = results.get(timeout=300)
            statuses[child] = status
    except queue.Empty:
        pytest.fail(f"only {len(statuses)} of {CHILDREN} scans answered")
    finally:
        for worker in workers:
            worker.join(timeout=30)
            if worker.is_alive():
                worker.terminate()
    counts = {status: list(statuses.values()).count(status) for status in set(statuses.values())}
    assert counts == {0: CAPACITY, 4: CHILDREN - CAPACITY}
    db = init_database(db_url)
    try:
        inside = scans.inside_now(db, actor=issue_actor(login="test"))
        assert inside.count == CAPACITY
        assert {c.child_id for c in inside.children} == {child for child, status in statuses.items() if status == 0}
        assert len(scans.entrance_log(db, actor=issue_actor(login="test"))) == CAPACITY
    finally:
        db.dispose()
