"""The everyday start: on a desk that signed in to this database before, the sign-in dialog is on screen before
the database is open (it opens on a second thread while the password is typed); a storage problem or a
database without users falls back to the ordinary order, and a first sign-in teaches the desk."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from enrol.db.engine import Database
from enrol.services.people import users
from enrol.services.storage.database import init_database
from enrol.ui import app as gui_app
from enrol.ui import early_sign_in
from enrol.ui.dialogs.sign_in_dialog import FirstAdministratorDialog, SignInDialog
from enrol.ui.session import current_actor, set_actor
from tests.gui.conftest import answer_next_modal, type_text

PASSWORD = "Алатау-2026 көктем"


@pytest.fixture(autouse=True)
def fresh_desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    QSettings().remove("signed_in_databases")
    set_actor(None)
    yield
    QSettings().remove("signed_in_databases")
    set_actor(None)


@pytest.fixture
def centre(tmp_path: Path) -> Iterator[str]:
    url = str(tmp_path / "centre.sqlite3")
    db = init_database(url)
    users.create_first_administrator(db, login="director", full_name="Директор Әсел", password=PASSWORD)
    db.dispose()
    yield url


def _sign_in_with(login: str, password: str, *, seen: list[QWidget] | None = None) -> None:
    def handler(widget: QWidget) -> None:
        assert isinstance(widget, SignInDialog)
        if seen is not None:
            seen.append(widget)
        type_text(widget.login, login)
        type_text(widget.password, password)
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    answer_next_modal(handler)


def test_a_new_desk_opens_the_database_first_and_then_remembers_it(qtbot, centre, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(early_sign_in, "sign_in_while_opening",
                        lambda url: pytest.fail("a desk that never signed in must open the database first"))
    assert not early_sign_in.known(centre)
    _sign_in_with("director", PASSWORD)
    db = gui_app._open_and_sign_in(centre)  # noqa: SLF001 - the start's own step
    assert isinstance(db, Database)
    db.dispose()
    assert current_actor().login == "director"
    assert early_sign_in.known(centre)


def test_a_known_desk_shows_the_dialog_before_the_database_is_open(qtbot, centre, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    early_sign_in.remember(centre)
    opened_when_shown: list[bool] = []
    real_result = early_sign_in.Opening.result

    def handler(widget: QWidget) -> None:
        assert isinstance(widget, SignInDialog)
        opened_when_shown.append(calls == [])  # nobody has waited for the database yet
        type_text(widget.login, "director")
        type_text(widget.password, PASSWORD)
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    calls: list[int] = []

    def result(self):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real_result(self)

    monkeypatch.setattr(early_sign_in.Opening, "result", result)
    answer_next_modal(handler)
    db = gui_app._open_and_sign_in(centre)  # noqa: SLF001
    assert isinstance(db, Database)
    db.dispose()
    assert opened_when_shown == [True]
    assert calls  # the sign-in waited for the database opened behind the dialog
    assert current_actor().login == "director"


def test_the_database_starts_opening_once_the_dialog_has_painted(qtbot, centre, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Not before the first paint (a second thread importing the storage layer would slow the dialog down),
    and not only when the password is given (the user's typing is the time it has)."""
    early_sign_in.remember(centre)
    started: list[bool] = []
    real_start = early_sign_in.Opening.start
    seen: list[tuple[bool, bool]] = []

    def start(self):  # type: ignore[no-untyped-def]
        started.append(True)
        real_start(self)

    def handler(widget: QWidget) -> None:
        assert isinstance(widget, SignInDialog)
        try:
            qtbot.waitUntil(lambda: bool(started))  # painted, then the opening begins with nobody waiting for it
        except qtbot.TimeoutError:
            widget.reject()  # the test fails below instead of leaving the dialog open
            return
        seen.append((widget.isVisible(), widget.password.text() == ""))
        type_text(widget.login, "director")
        type_text(widget.password, PASSWORD)
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    monkeypatch.setattr(early_sign_in.Opening, "start", start)
    answer_next_modal(handler)
    db = gui_app._open_and_sign_in(centre)  # noqa: SLF001
    assert isinstance(db, Database)
    db.dispose()
    assert seen == [(True, True)]
    assert current_actor().login == "director"


def test_a_wrong_password_keeps_the_dialog_and_a_cancel_opens_nothing(qtbot, centre) -> None:  # type: ignore[no-untyped-def]
    early_sign_in.remember(centre)
    messages: list[str] = []

    def handler(widget: QWidget) -> None:
        type_text(widget.login, "director")
        type_text(widget.password, "wrong password")
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        messages.append(widget.message.text())
        assert widget.isVisible()
        widget.reject()
    answer_next_modal(handler)
    assert gui_app._open_and_sign_in(centre) is None  # noqa: SLF001
    assert messages and messages[0]
    assert current_actor().login.startswith("gui:")


def test_a_database_without_users_falls_back_to_the_first_administrator(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = str(tmp_path / "empty.sqlite3")
    init_database(url).dispose()
    early_sign_in.remember(url)  # e.g. the file was replaced by a new one

    def first(widget: QWidget) -> None:
        assert isinstance(widget, FirstAdministratorDialog)
        type_text(widget.login, "director")
        type_text(widget.full_name, "Директор Әсел")
        type_text(widget.password, PASSWORD)
        type_text(widget.repeat, PASSWORD)
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def sign_in_first(widget: QWidget) -> None:
        assert isinstance(widget, SignInDialog)
        type_text(widget.login, "anyone")
        type_text(widget.password, "anything at all")
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        answer_next_modal(first)
    answer_next_modal(sign_in_first)
    db = gui_app._open_and_sign_in(url)  # noqa: SLF001
    assert isinstance(db, Database)
    db.dispose()
    assert current_actor().login == "director"


def test_a_storage_problem_behind_the_dialog_takes_the_ordinary_recovery(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url = str(tmp_path / "broken.sqlite3")
    Path(url).write_bytes(b"this is not a database" * 100)
    early_sign_in.remember(url)
    recovered: list[str | None] = []

    def recovery(db_url):  # type: ignore[no-untyped-def]
        recovered.append(db_url)
        from enrol.domain.errors import StorageError

        return StorageError("not a database")

    monkeypatch.setattr(gui_app, "open_with_recovery", recovery)
    _sign_in_with("director", PASSWORD)
    outcome = gui_app._open_and_sign_in(url)  # noqa: SLF001
    assert recovered == [url]
    assert not isinstance(outcome, Database)
