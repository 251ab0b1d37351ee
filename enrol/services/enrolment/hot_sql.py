"""The enrolment's hot statements, run on the DBAPI cursor of the transaction's own connection.

Why: ``Connection.execute`` costs SQLAlchemy 40–60 µs of Python per statement (cache lookup, parameter
processing, events, result set-up), several times what SQLite needs to answer the small indexed queries
of an enrolment, and an enrolment runs about ten of them (measured on this project's machine; README's
*Performance* asks for 2,000 fully checked enrolments a second). The statements stay SQLAlchemy Core
constructs — one definition, rendered for SQLite and PostgreSQL by the dialect, ``FOR UPDATE`` and
``RETURNING`` included — compiled once per dialect; their parameters and rows pass through the very type
processors SQLAlchemy would apply (dates and times are stored as SQLAlchemy stores them), and a database
error becomes SQLAlchemy's own exception, so ``Database`` turns it into the same clear message.

They run inside the Session's transaction (the same connection, the same write lock), so they mix freely
with ordinary Session or Core statements.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Date, DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql.crud import REQUIRED

from enrol.db.engine import TRANSACTION_CONNECTION

_KEY = "enrol.enrolment_sql.raw"


class Raw:
    """The transaction's DBAPI cursor and the dialect that rendered the statements for it."""

    __slots__ = ("cursor", "dialect", "errors")

    def __init__(self, cursor: Any, dialect: Dialect) -> None:
        self.cursor = cursor
        self.dialect = dialect
        self.errors = dialect.loaded_dbapi.Error


def raw(session: Session) -> Raw:
    """The cursor of ``session``'s connection, made once per Session (``Database`` makes one Session per
    transaction, so it is that transaction's cursor). A write Session names the connection it joined, so
    reaching it costs no Session bookkeeping."""
    info = session.info
    found = info.get(_KEY)
    if found is None:
        connection = info.get(TRANSACTION_CONNECTION) or session.connection()
        found = info[_KEY] = Raw(connection.connection.dbapi_connection.cursor(), connection.dialect)
    return found


def _faster(type_: Any, dialect: Dialect, process: Any) -> Any:
    """SQLAlchemy's own bind processor, except for a SQLite DateTime given a naive datetime or a Date given a
    date: the same text (``YYYY-MM-DD HH:MM:SS.ffffff``, ``YYYY-MM-DD``) made by ``isoformat`` in C, several
    times faster than SQLAlchemy's formatting in Python."""
    if dialect.name != "sqlite":
        return process
    if type(type_) is DateTime:
        def moment(value: Any) -> Any:
            if type(value) is dt.datetime and value.tzinfo is None:
                return value.isoformat(" ", "microseconds")
            return process(value)
        return moment
    if type(type_) is Date:
        def day(value: Any) -> Any:
            return value.isoformat() if type(value) is dt.date else process(value)
        return day
    return process


class _Compiled:
    __slots__ = ("sql", "names", "defaults", "binds", "results")

    def __init__(self, element: Any, dialect: Dialect, keys: Sequence[str] | None) -> None:
        compiled = element.compile(dialect=dialect, column_keys=list(keys) if keys is not None else None)
        self.sql = compiled.string
        if "POSTCOMPILE" in self.sql:
            raise TypeError("expanding parameters cannot be run raw: " + self.sql)
        self.names = tuple(compiled.positiontup) if dialect.positional else None
        # The literals of the statement ('enrolled', LIMIT 1 …); an insert's columns are marked REQUIRED.
        self.defaults = {name: value for name, value in compiled.params.items() if value is not REQUIRED}
        for column in getattr(compiled, "insert_prefetch", ()) or ():
            default = column.default
            if default is None or not default.is_scalar:
                raise TypeError(f"column {column} has a Python-side default that cannot be run raw")
            if self.defaults.get(column.key) is None:
                self.defaults[column.key] = default.arg
        self.binds = tuple((name, _faster(compiled.binds[name].type, dialect, process))
                           for name, process in compiled._bind_processors.items())  # noqa: SLF001
        processors = [entry[3]._cached_result_processor(dialect, None)  # noqa: SLF001
                      for entry in (compiled._result_columns or ())]  # noqa: SLF001
        self.results = tuple(processors) if any(processors) else None


class Statement:
    """A Core statement (select, insert … returning) run on the DBAPI cursor; see the module's docstring.

    An insert without ``values`` takes its columns from the keys of each row, as Core does."""

    __slots__ = ("element", "_compiled")

    def __init__(self, element: Any) -> None:
        self.element = element
        self._compiled: dict[tuple[str, tuple[str, ...] | None], _Compiled] = {}

    def _for(self, dialect: Dialect, keys: tuple[str, ...] | None) -> _Compiled:
        found = self._compiled.get((dialect.name, keys))
        if found is None:
            found = self._compiled[(dialect.name, keys)] = _Compiled(self.element, dialect, keys)
        return found

    def arguments(self, raw: Raw, params: Mapping[str, Any] | None = None, *,
                  keys: Iterable[str] | None = None) -> tuple[_Compiled, Any]:
        """The statement for ``raw``'s dialect and its parameters as the driver takes them (a caller that
        runs the same parameters again may keep these and pass them to ``execute``)."""
        compiled = self._for(raw.dialect, tuple(keys) if keys is not None else None)
        values = dict(compiled.defaults)
        if params:
            values.update(params)
        for name, process in compiled.binds:
            value = values.get(name)
            if value is not None:
                values[name] = process(value)
        return compiled, (values if compiled.names is None else [values[name] for name in compiled.names])

    @staticmethod
    def execute(raw: Raw, prepared: tuple[_Compiled, Any]) -> list[tuple[Any, ...]]:
        compiled, arguments = prepared
        cursor = raw.cursor
        try:
            cursor.execute(compiled.sql, arguments)
            found = cursor.fetchall() if cursor.description is not None else []
        except raw.errors as error:
            raise DBAPIError.instance(compiled.sql, arguments, error, raw.errors,
                                      dialect=raw.dialect) from error
        processors = compiled.results
        if processors is None or not found:
            return found
        return [tuple(value if process is None or value is None else process(value)
                      for process, value in zip(processors, row)) for row in found]

    def rows(self, raw: Raw, params: Mapping[str, Any] | None = None, *, keys: Iterable[str] | None = None
             ) -> list[tuple[Any, ...]]:
        return self.execute(raw, self.arguments(raw, params, keys=keys))

    def first(self, raw: Raw, params: Mapping[str, Any] | None = None) -> tuple[Any, ...] | None:
        found = self.rows(raw, params)
        return found[0] if found else None

    def scalar(self, raw: Raw, params: Mapping[str, Any] | None = None) -> Any:
        found = self.rows(raw, params)
        return found[0][0] if found else None

    def insert(self, raw: Raw, row: Mapping[str, Any]) -> Any:
        """Insert one row; with ``… returning(id)`` the new id."""
        found = self.rows(raw, row, keys=row.keys())
        return found[0][0] if found else None


__all__ = ["Raw", "Statement", "raw"]
