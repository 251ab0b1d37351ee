"""Storage faults the tests provoke for real: a full disk as SQLite sees it, and a file garbled past its
first page. Shared by the CLI, GUI and service tests of storage problems."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event


@contextmanager
def full_disk() -> Iterator[None]:
    """SQLite may not grow any file opened from here on: a full disk as SQLite sees it (SQLITE_FULL)."""
    def no_room(connection, _record) -> None:  # type: ignore[no-untyped-def]
        if isinstance(connection, sqlite3.Connection):
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count = {max(pages, 1)}")

    event.listen(Engine, "connect", no_room)
    try:
        yield
    finally:
        event.remove(Engine, "connect", no_room)


def damage(path: Path) -> None:
    """Every page after the first garbled: the header still says SQLite, nothing else can be read."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xee" * (len(data) - 4096)
    path.write_bytes(bytes(data))
