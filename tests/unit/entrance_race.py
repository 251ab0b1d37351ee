"""The worker of the entrance race test: a separate process playing one desk, checking its children in
through the real CLI entry point once every desk is ready.

Kept apart from the test module so that a spawned process imports only this and what the CLI imports."""
from __future__ import annotations

from typing import Any


def desk(url: str, children: list[int], barrier: Any, results: Any) -> None:
    """Check ``children`` in one after another, as fast as a scanner could; report each exit status."""
    import contextlib
    import io

    from enrol.cli import main

    barrier.wait(timeout=120)
    for child in children:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            status = main(["--db", url, "checkin", str(child), "--desk", "race"])
        results.put((child, status))
