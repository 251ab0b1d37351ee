"""The worker of the concurrency test: a separate process that enrols one child when all racers are ready.

Kept apart from the test module so that a spawned process imports only this and the services it calls."""
from __future__ import annotations

from typing import Any


def racer(tasks: Any, results: Any, barrier: Any) -> None:
    """Take (database URL, child id, group code) tasks until None; each waits at ``barrier``, then enrols."""
    from enrol.db.engine import Database
    from enrol.services.context import Actor, issue_actor
    from enrol.services.enrolment.places import enrol_child

    databases: dict[str, Database] = {}
    try:
        while (task := tasks.get()) is not None:
            url, child, group = task
            db = databases.get(url) or databases.setdefault(url, Database(url))
            barrier.wait(timeout=60)
            try:
                outcome = enrol_child(db, actor=issue_actor(login="test:racer"), child=child, group=group)
                results.put((child, outcome.status, outcome.position))
            except Exception as exc:  # reported to the test, which fails with it
                results.put((child, "error", repr(exc)))
    finally:
        for db in databases.values():
            db.dispose()
