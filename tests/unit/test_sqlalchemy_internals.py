"""The enrolment's hot path (``enrol.services.enrolment.hot_sql``) compiles Core statements once and runs them on
the DBAPI cursor, which needs four things SQLAlchemy does not promise to keep between releases. This test
pins each of them with a message that says what broke and what to do, so an upgrade of SQLAlchemy fails
here, loudly, instead of writing wrong values; pyproject.toml bounds SQLAlchemy to the version tested."""
from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy
from sqlalchemy import insert, select
from sqlalchemy.dialects import postgresql, sqlite

from enrol.db.models import AuditEvent, Enrolment

WHAT_TO_DO = ("enrol.services.enrolment.hot_sql relies on it; adapt _Compiled there to the new SQLAlchemy (or "
              "keep SQLAlchemy at the version pyproject.toml names) and run tests/unit/test_enrolment_sql.py")

DIALECTS = [pytest.param(sqlite.dialect(), id="sqlite"), pytest.param(postgresql.psycopg.dialect(), id="postgresql")]


def test_the_tested_version_is_the_one_installed() -> None:
    from importlib.metadata import requires

    bound = next(line for line in requires("enrol") or [] if line.lower().startswith("sqlalchemy"))
    assert sqlalchemy.__version__ in bound, (
        f"SQLAlchemy {sqlalchemy.__version__} is installed but pyproject.toml allows {bound!r}: {WHAT_TO_DO}")


def test_insert_columns_are_marked_required() -> None:
    from sqlalchemy.sql import crud

    assert hasattr(crud, "REQUIRED"), f"sqlalchemy.sql.crud.REQUIRED is gone: {WHAT_TO_DO}"
    compiled = insert(AuditEvent).compile(dialect=sqlite.dialect(), column_keys=["actor", "action"])
    assert any(value is crud.REQUIRED for value in compiled.params.values()), (
        f"an insert's compiled params no longer mark its columns with crud.REQUIRED: {WHAT_TO_DO}")


@pytest.mark.parametrize("dialect", DIALECTS)
def test_bind_processors_are_keyed_by_parameter_name(dialect) -> None:  # type: ignore[no-untyped-def]
    compiled = select(Enrolment.id).where(Enrolment.applied_at >= dt.datetime(2026, 9, 1)).compile(dialect=dialect)
    processors = getattr(compiled, "_bind_processors", None)
    assert isinstance(processors, dict) or hasattr(processors, "items"), (
        f"SQLCompiler._bind_processors is gone or no longer a mapping: {WHAT_TO_DO}")
    assert set(processors) <= set(compiled.binds), (
        f"SQLCompiler._bind_processors is no longer keyed by the names of compiled.binds: {WHAT_TO_DO}")
    if dialect.name == "sqlite":  # SQLite stores moments as text: the processor must be there
        assert processors, f"SQLite's DateTime bind processor is no longer in _bind_processors: {WHAT_TO_DO}"


@pytest.mark.parametrize("dialect", DIALECTS)
def test_result_columns_carry_their_types(dialect) -> None:  # type: ignore[no-untyped-def]
    compiled = select(Enrolment.id, Enrolment.applied_at).compile(dialect=dialect)
    columns = getattr(compiled, "_result_columns", None)
    assert columns is not None and len(columns) == 2, (
        f"SQLCompiler._result_columns is gone or no longer one entry a column: {WHAT_TO_DO}")
    for entry in columns:
        assert hasattr(entry[3], "_cached_result_processor"), (
            f"the type in _result_columns' fourth place has no _cached_result_processor: {WHAT_TO_DO}")
    processor = columns[1][3]._cached_result_processor(dialect, None)  # noqa: SLF001 - what hot_sql relies on
    if dialect.name == "sqlite":
        assert processor("2026-09-01 10:00:00.000000") == dt.datetime(2026, 9, 1, 10), (
            f"SQLite's DateTime result processor no longer reads the stored text back: {WHAT_TO_DO}")
