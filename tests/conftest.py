"""Fresh databases for every test: a new SQLite file, and a new PostgreSQL database where ENROL_TEST_PG
names a server (CI sets it). Service tests take ``db`` and run on both."""
from __future__ import annotations

import os
import sys
import tempfile
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, make_url, text

from enrol.db.engine import Database

PG_ADMIN_URL = os.environ.get("ENROL_TEST_PG", "")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--packaging", action="store_true",
                     help="also run the packaging tests (frozen bundle, Windows setup under Wine, wheel): minutes")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out, each with one summary line instead of a skip per test: the packaging tests unless asked for
    (scripts/test --slow, .ci/run), and the PostgreSQL tests when ENROL_TEST_PG names no server."""
    left_out: dict[str, list[pytest.Item]] = {}
    for item in items:
        if item.get_closest_marker("packaging") and not config.getoption("--packaging"):
            left_out.setdefault("packaging tests not run (bundle, Windows setup, wheel): scripts/test --slow "
                                "or pytest --packaging runs them", []).append(item)
        elif not PG_ADMIN_URL and (item.get_closest_marker("pg") or "pg_url" in getattr(item, "fixturenames", ())):
            left_out.setdefault("PostgreSQL tests not run: ENROL_TEST_PG names no server (.ci/run starts one)",
                                []).append(item)
    if left_out:
        dropped = {id(item) for group in left_out.values() for item in group}
        config.hook.pytest_deselected(items=[item for group in left_out.values() for item in group])
        items[:] = [item for item in items if id(item) not in dropped]
        config.stash[_LEFT_OUT] = {reason: len(group) for reason, group in left_out.items()}


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:  # type: ignore[no-untyped-def]
    for reason, count in config.stash.get(_LEFT_OUT, {}).items():
        terminalreporter.write_line(f"LEFT OUT [{count}] {reason}", yellow=True)


_LEFT_OUT = pytest.StashKey[dict]()


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


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    """A test that switched the language (the services' or the window's) leaves English behind for the next,
    whichever folder it is in."""
    locale = None
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QLocale

        locale = QLocale()
    yield
    from enrol import i18n

    i18n.set_language("en")
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QLocale
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            from enrol.ui.translations import install_translators

            install_translators(app, "en")
        if locale is not None:
            QLocale.setDefault(locale)
