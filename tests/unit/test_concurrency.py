"""Eight desks enrol eight children at the same instant into a group with one free seat: exactly one is
enrolled and seven are waitlisted at positions 1–7 — every time, on SQLite and on PostgreSQL (the
atomicity rule: the write lock is taken before the first read)."""
from __future__ import annotations

import multiprocessing
import queue
from collections.abc import Iterator
from typing import Any

import pytest

from enrol.services.storage.database import init_database
from enrol.services.enrolment.places import enrol_child
from enrol.services.centre.groups import group_detail
from enrolment_centre import DESK, Centre
from enrolment_race import racer

pytestmark = pytest.mark.slow

RACERS = 8
ROUNDS = 10


@pytest.fixture(scope="module")
def racers() -> Iterator[tuple[Any, Any]]:
    """Eight processes started once for all rounds ('spawn': no state inherited from the test process)."""
    context = multiprocessing.get_context("spawn")
    tasks, results = context.Queue(), context.Queue()
    barrier = context.Barrier(RACERS)
    workers = [context.Process(target=racer, args=(tasks, results, barrier), daemon=True) for _ in range(RACERS)]
    for worker in workers:
        worker.start()
    yield tasks, results
    for _ in workers:
        tasks.put(None)
    for worker in workers:
        worker.join(timeout=30)
        if worker.is_alive():
            worker.terminate()


def test_eight_desks_race_for_the_last_seat(db_url: str, racers: tuple[Any, Any]) -> None:
    tasks, results = racers
    db = init_database(db_url)
    try:
        centre = Centre(db)
        centre.room("1.01", seats=30)
        for round_number in range(ROUNDS):
            code = f"RACE-{round_number}"
            hour = 9 + round_number
            centre.group(code, seats=2, room="1.01", meets=[(6, f"{hour:02d}:00", f"{hour:02d}:50")])
            enrol_child(db, actor=DESK, child=centre.child(), group=code)  # one seat of two is taken
            children = centre.children(RACERS)
            for child in children:
                tasks.put((db_url, child, code))
            outcomes = {}
            for _ in children:
                try:
                    child, status, position = results.get(timeout=90)
                except queue.Empty:
                    pytest.fail(f"round {round_number}: a racer did not answer")
                outcomes[child] = (status, position)
            assert not [o for o in outcomes.values() if o[0] == "error"], outcomes
            assert sorted(status for status, _ in outcomes.values()) == ["enrolled"] + ["waitlisted"] * 7, outcomes
            assert sorted(p for s, p in outcomes.values() if s == "waitlisted") == list(range(1, 8)), outcomes
            detail = group_detail(db, group=code)
            assert (detail.group.enrolled, detail.group.offered, len(detail.waitlist)) == (2, 0, 7)
            # the positions each desk was told are the positions the list shows
            assert [outcomes[e.child_id][1] for e in detail.waitlist] == list(range(1, 8))
    finally:
        db.dispose()
