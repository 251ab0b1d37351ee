"""The ``Database`` handle: an engine for SQLite (default) or PostgreSQL and the two kinds of transaction.

Writes take the write lock before their first read (SQLite ``BEGIN IMMEDIATE``), so two desks checking the
last free seat at once cannot both see it free: measured here, the default deferred BEGIN overbooked
495 of 500 races and ``BEGIN IMMEDIATE`` none. ``synchronous=FULL`` keeps a confirmed enrolment across a
power cut.
"""
from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from enrol.db.storage_errors import storage_error_from
from enrol.paths import default_database_path

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000
# ``session.info`` key of a write Session: the Core connection whose transaction it joined. Statements run on it
# directly (``services.enrolment_sql``) belong to that transaction without starting the Session's own.
TRANSACTION_CONNECTION = "enrol.db.connection"


def resolve_url(url: str | None) -> URL:
    """``--db`` beats ``ENROL_DB`` beats the SQLite file in the user's data folder; a bare path means SQLite."""
    text = url or os.environ.get("ENROL_DB") or ""
    if not text:
        return make_url(f"sqlite:///{default_database_path()}")
    if "://" not in text:
        return make_url(f"sqlite:///{Path(text).expanduser().resolve()}")
    parsed = make_url(text)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Take transaction control from the sqlite3 module so we can emit BEGIN IMMEDIATE ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        # Straight on the driver's connection: through exec_driver_sql this one statement cost about 15 µs of
        # SQLAlchemy's Python in every transaction (README, *Performance*); its error still reaches Database as
        # SQLAlchemy's.
        statement = _BEGIN_WRITE if connection.get_execution_options().get("enrol_write") else _BEGIN_READ
        try:
            connection.connection.driver_connection.execute(statement)
        except sqlite3.Error as error:
            raise DBAPIError.instance(statement, (), error, sqlite3.Error) from error


_BEGIN_WRITE = "BEGIN IMMEDIATE"
_BEGIN_READ = "BEGIN DEFERRED"


class Database:
    """One per process and URL. Services open a transaction per user action with ``read()`` or ``write()``."""

    def __init__(self, url: str | URL | None = None, *, echo: bool = False) -> None:
        self.url = url if isinstance(url, URL) else resolve_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        kwargs: dict = {"echo": echo}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
            kwargs["connect_args"] = {"connect_timeout": 5}
        self.engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            _configure_sqlite(self.engine)
        if self.sqlite_path is not None:
            from enrol.io.outputs import protect_database

            protect_database(self.sqlite_path)
        self._write_engine = self.engine.execution_options(enrol_write=True)

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or self.url.database in (None, "", ":memory:"):
            return None
        return Path(self.url.database)

    def describe(self) -> str:
        return str(self.sqlite_path) if self.sqlite_path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._session(self.engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that holds the write lock from its start (before the first read); commits on success.

        The Session joins a transaction begun on a Core connection instead of running its own: the same
        Session for its users, about 20 µs cheaper per transaction (a fully checked enrolment costs about
        0.3 ms besides its disk flush; README, *Performance*). Nothing is committed by the Session itself:
        pending ORM objects are flushed, then the connection commits (or rolls back on an error)."""
        try:
            with self._write_engine.connect() as connection, connection.begin():
                session = Session(connection, expire_on_commit=False, info={TRANSACTION_CONNECTION: connection})
                try:
                    yield session
                    session.flush()
                finally:
                    session.close()
        except DBAPIError as exc:
            error = self._storage_error(exc)
            if error is None:
                raise
            raise error from exc

    @contextmanager
    def _session(self, bind: Engine) -> Iterator[Session]:
        try:
            with Session(bind, expire_on_commit=False) as session, session.begin():
                yield session
        except DBAPIError as exc:
            error = self._storage_error(exc)
            if error is None:
                raise
            raise error from exc

    def _storage_error(self, exc: DBAPIError) -> Exception | None:
        """The user-facing error for an environment failure, or None when it is a bug of ours."""
        error = storage_error_from(exc, self)
        if error is not None:
            log.warning("storage problem on %s: %s", self.describe(), exc)
        return error

    def dispose(self) -> None:
        self.engine.dispose()
