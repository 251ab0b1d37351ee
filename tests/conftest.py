"""Fresh databases for every test: a new SQLite file, and a new PostgreSQL database where ENROL_TEST_PG
names a server (CI sets it). Service tests take ``db`` and run on both."""
from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, make_url, text

from enrol.db.engine import Database

PG_ADMIN_URL = os.environ.get("ENROL_TEST_PG", "")


def pytest_configure(config: pytest.Config) -> None:
    # Logs and the default database of code under test go to a throw-away folder, never the user's own.
    os.environ["ENROL_HOME"] = tempfile.mkdtemp(prefix="enrol-test-home-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if os.environ["QT_QPA_PLATFORM"] == "offscreen":
        # The window now fits itself to the screen; offscreen Qt's own is 800×800, smaller than any desk's.
        # The tests' desk is a 1920×1080 monitor; the 1366×768 laptop is the smoke check's (--screen).
        config = os.path.join(os.environ["ENROL_HOME"], "offscreen-screen.json")
        with open(config, "w", encoding="utf-8") as file:
            file.write('{"screens": [{"name": "desk", "x": 0, "y": 0, "width": 1920, "height": 1080, '
                       '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["ENROL_LANG"] = "en"


@pytest.fixture
def sqlite_url(tmp_path) -> str:  # type: ignore[no-untyped-def]
    return str(tmp_path / "enrol.sqlite3")


def _pg_admin_url() -> str:
    url = make_url(PG_ADMIN_URL)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


@pytest.fixture
def pg_url() -> Iterator[str]:
    if not PG_ADMIN_URL:
        pytest.skip("ENROL_TEST_PG is not set: no PostgreSQL server to test against")
    name = f"enrol_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(_pg_admin_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(_pg_admin_url()).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest) -> str:
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    from enrol.services.storage.database import init_database

    database = init_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    from enrol.services.storage.database import init_database

    database = init_database(sqlite_url)
    yield database
    database.dispose()
