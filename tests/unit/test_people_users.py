"""Users on SQLite and PostgreSQL: the first administrator, sign-in, lockout after wrong passwords, changing
and setting passwords, deactivation — and no password anywhere in the database file or the logs."""
from __future__ import annotations

import datetime as dt
import logging

import pytest
from sqlalchemy import select, update

from enrol.db.models import AuditEvent, User
from enrol.domain import passwords
from enrol.domain.errors import RefusedError, ValidationError
from enrol.services.people import users
from enrol.services.context import Actor, issue_actor

ADMIN = issue_actor(login="test:admin")
PASSWORD = "Қасқыр-тау 2026!"


def test_hashes_are_salted_scrypt_and_verify_in_constant_time() -> None:
    first, second = passwords.hash_password(PASSWORD), passwords.hash_password(PASSWORD)
    assert first != second  # a new salt every time
    scheme, n, r, p, _salt, _hash = first.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
    assert passwords.verify_password(PASSWORD, first)
    assert not passwords.verify_password(PASSWORD + " ", first)
    assert not passwords.verify_password(PASSWORD, "garbage")
    for bad in ("short", " " * 12, "tab\there12"):
        with pytest.raises(ValidationError):
            passwords.check_password_rules(bad)


def test_first_administrator_then_sign_in(db) -> None:  # type: ignore[no-untyped-def]
    assert not users.has_users(db)
    created = users.create_first_administrator(db, login="Admin", full_name="Әкімші", password=PASSWORD)
    assert created.login == "admin" and created.role == "administrator"
    assert users.has_users(db)
    with pytest.raises(RefusedError):  # only once
        users.create_first_administrator(db, login="other", full_name="Other", password=PASSWORD)
    actor = users.sign_in(db, login="ADMIN", password=PASSWORD)
    assert (actor.login, actor.role, actor.user_id) == ("admin", "administrator", created.id)
    assert users.list_users(db, actor=actor)[0].last_sign_in_at is not None


def test_wrong_passwords_lock_the_account_for_a_while(db) -> None:  # type: ignore[no-untyped-def]
    users.add_user(db, actor=ADMIN, login="aigerim", role="registrar", full_name="Айгерім", password=PASSWORD)
    for _ in range(passwords.MAX_FAILURES - 1):
        with pytest.raises(users.SignInRefused) as refused:
            users.sign_in(db, login="aigerim", password="wrong password")
        assert refused.value.rule == "sign_in"
    with pytest.raises(users.SignInRefused) as refused:
        users.sign_in(db, login="aigerim", password="wrong password")
    assert refused.value.rule == "locked"
    with pytest.raises(users.SignInRefused) as refused:  # even the right password, while locked
        users.sign_in(db, login="aigerim", password=PASSWORD)
    assert refused.value.rule == "locked"
    with db.write() as session:  # the lock runs out
        session.execute(update(User).values(locked_until=dt.datetime.now() - dt.timedelta(minutes=1)))
    assert users.sign_in(db, login="aigerim", password=PASSWORD).login == "aigerim"
    with db.read() as session:
        actions = [a for a, in session.execute(select(AuditEvent.action).order_by(AuditEvent.id))]
    assert actions.count("user.sign_in_failed") == passwords.MAX_FAILURES and "user.locked" in actions


def test_unknown_login_and_wrong_password_get_the_same_answer(db) -> None:  # type: ignore[no-untyped-def]
    users.add_user(db, actor=ADMIN, login="dana", role="teacher", full_name="Дана", password=PASSWORD)
    answers = set()
    for login, password in (("dana", "not it at all"), ("nobody", PASSWORD), ("", PASSWORD)):
        with pytest.raises(users.SignInRefused) as refused:
            users.sign_in(db, login=login, password=password)
        answers.add(refused.value.english())
    assert answers == {"Wrong login or password"}


def test_passwords_change_reset_and_deactivation(db) -> None:  # type: ignore[no-untyped-def]
    users.add_user(db, actor=ADMIN, login="admin", role="administrator", full_name="A", password=PASSWORD)
    users.add_user(db, actor=ADMIN, login="erlan", role="teacher", full_name="Ерлан", password=PASSWORD)
    erlan = users.sign_in(db, login="erlan", password=PASSWORD)
    with pytest.raises(ValidationError):
        users.change_password(db, actor=erlan, old_password="not mine!", new_password="a new one 123")
    users.change_password(db, actor=erlan, old_password=PASSWORD, new_password="a new one 123")
    assert users.sign_in(db, login="erlan", password="a new one 123")
    users.set_password(db, actor=ADMIN, login="erlan", password="reset by admin")
    assert users.sign_in(db, login="erlan", password="reset by admin")
    users.deactivate_user(db, actor=ADMIN, login="erlan")
    with pytest.raises(users.SignInRefused) as refused:
        users.sign_in(db, login="erlan", password="reset by admin")
    assert refused.value.rule == "inactive"
    with pytest.raises(RefusedError) as last:
        users.deactivate_user(db, actor=ADMIN, login="admin")
    assert last.value.rule == "last_admin"
    users.update_user(db, actor=ADMIN, login="erlan", active=True)
    assert users.sign_in(db, login="erlan", password="reset by admin")
    with pytest.raises(RefusedError):
        users.add_user(db, actor=ADMIN, login="ERLAN", role="teacher", full_name="Twice", password=PASSWORD)
    with pytest.raises(ValidationError):
        users.add_user(db, actor=ADMIN, login="x", role="janitor", full_name="Bad", password=PASSWORD)


def test_no_password_in_the_database_file_or_the_logs(sqlite_db, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    secret = "Жасырын-сөз-9731"
    users.create_first_administrator(sqlite_db, login="admin", full_name="Әкімші", password=secret)
    users.add_user(sqlite_db, actor=ADMIN, login="dana", role="teacher", full_name="Дана", password=secret + "x")
    users.sign_in(sqlite_db, login="admin", password=secret)
    for wrong in (secret[::-1], secret + "!"):
        with pytest.raises(users.SignInRefused):
            users.sign_in(sqlite_db, login="admin", password=wrong)
    with pytest.raises(users.SignInRefused):  # the password typed into the login box by mistake
        users.sign_in(sqlite_db, login="Parol2026x", password="")
    sqlite_db.dispose()  # every byte on disk (the main file and its write-ahead log)
    path = sqlite_db.sqlite_path
    stored = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for text in (secret, secret + "x", secret[::-1], "Parol2026x", "parol2026x"):
        for encoding in ("utf-8", "utf-16-le"):
            assert text.encode(encoding) not in stored
    assert b"scrypt$16384$8$1$" in stored  # the parameters are (and may be) readable
    assert secret not in caplog.text
    from enrol.paths import log_dir
    for log_file in log_dir().glob("*.log*"):
        assert secret not in log_file.read_text(encoding="utf-8", errors="replace")
