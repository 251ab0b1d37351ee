"""The people who sign in: the first administrator, adding users, signing in with lockout, passwords,
deactivation (README, *People, roles and personal data*).

Only a scrypt hash of a password is stored (``enrol.domain.passwords``); no password is ever logged or
written to the audit trail. A wrong login and a wrong password get the same answer, so the sign-in dialog
does not tell a stranger which logins exist.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Staff, User
from enrol.domain import passwords
from enrol.domain.errors import N_, NotFoundError, RefusedError, ValidationError
from enrol.domain.validation import check_choice, clean_text
from enrol.services.people import audit, permissions
from enrol.services.context import Actor, now

_LOGIN = re.compile(r"[^\W_][\w.\-]{1,59}")
# Compared against when the login is unknown, so an unknown login costs the same time as a wrong password.
_DUMMY_HASH = passwords.hash_password("not-a-password-of-anyone")


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    full_name: str
    role: str
    staff_id: int | None
    active: bool
    locked_until: dt.datetime | None
    last_sign_in_at: dt.datetime | None
    created_at: dt.datetime


class SignInRefused(RefusedError):
    """Wrong login or password, a locked or a deactivated account (the dialog shows the message)."""


def _info(user: User) -> UserInfo:
    return UserInfo(id=user.id, login=user.login, full_name=user.full_name, role=user.role, staff_id=user.staff_id,
                    active=user.active, locked_until=user.locked_until, last_sign_in_at=user.last_sign_in_at,
                    created_at=user.created_at)


def actor_of(user: UserInfo) -> Actor:
    return Actor(login=user.login, role=user.role, user_id=user.id)


def clean_login(login: str) -> str:
    """Letters, digits, dots and dashes, 2–60 characters, kept in lower case (``Aigerim`` = ``aigerim``)."""
    value = unicodedata.normalize("NFC", (login or "").strip()).casefold()
    if not _LOGIN.fullmatch(value):
        raise ValidationError("login", N_("a login has 2–60 letters, digits, dots or dashes and starts with a letter "
                                          "or digit"))
    return value


def _find(session: Session, login: str, *, lock: bool = False) -> User:
    query = select(User).where(User.login == clean_login(login))
    found = session.scalar(query.with_for_update() if lock else query)
    if found is None:
        raise NotFoundError("user", login)
    return found


def has_users(db: Database) -> bool:
    """Whether anyone can sign in yet (no: the GUI asks for the first administrator)."""
    with db.read() as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


def _new_user(session: Session, *, login: str, role: str, full_name: str, password: str,
              staff_id: int | None) -> User:
    cleaned = clean_login(login)
    check_choice(role, field="role", choices=permissions.ROLES)
    name = clean_text(full_name, field="full_name", max_length=150, required=True)
    passwords.check_password_rules(password)
    if session.scalar(select(User.id).where(User.login == cleaned)) is not None:
        raise RefusedError(N_("The login «{login}» is taken"), rule="duplicate", login=cleaned)
    if staff_id is not None and session.get(Staff, staff_id) is None:
        raise NotFoundError("staff", staff_id)
    user = User(login=cleaned, full_name=name or cleaned, role=role, password_hash=passwords.hash_password(password),
                staff_id=staff_id, active=True, failed_attempts=0, locked_until=None, created_at=now())
    session.add(user)
    session.flush()
    return user


def _audit_user(session: Session, actor: Actor, action: str, user: User, before: UserInfo | None = None) -> None:
    # Never the hash: who, which role, active or not.
    def shown(info: UserInfo) -> dict[str, object]:
        return {"login": info.login, "full_name": info.full_name, "role": info.role, "active": info.active,
                "staff_id": info.staff_id}
    audit.record(session, actor=actor, action=action, entity="user", entity_id=user.id,
                 before=None if before is None else shown(before), after=shown(_info(user)))


def create_first_administrator(db: Database, *, login: str, full_name: str, password: str) -> UserInfo:
    """The first start: whoever installs the program becomes its administrator; refused once anyone exists."""
    with db.write() as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise RefusedError(N_("An administrator already exists; sign in and add users on the Users page"),
                               rule="permission")
        user = _new_user(session, login=login, role="administrator", full_name=full_name, password=password,
                         staff_id=None)
        _audit_user(session, Actor(login=user.login, role="administrator", user_id=user.id), "user.add", user)
        return _info(user)


def add_user(db: Database, *, actor: Actor, login: str, role: str, full_name: str, password: str,
             staff_id: int | None = None) -> UserInfo:
    permissions.require(actor, "users.manage")
    with db.write() as session:
        user = _new_user(session, login=login, role=role, full_name=full_name, password=password, staff_id=staff_id)
        _audit_user(session, actor, "user.add", user)
        return _info(user)


def list_users(db: Database, *, actor: Actor) -> list[UserInfo]:
    permissions.require(actor, "users.manage")
    with db.read() as session:
        return [_info(u) for u in session.scalars(select(User).order_by(User.login))]


def sign_in(db: Database, *, login: str, password: str) -> Actor:
    """The signed-in user as an ``Actor``; after ``MAX_FAILURES`` wrong passwords the account is locked for
    ``LOCK_MINUTES`` (even the right password is refused meanwhile)."""
    stamp = now()
    try:
        cleaned = clean_login(login)
    except ValidationError:
        cleaned = None
    refusal: SignInRefused | None = None
    with db.write() as session:
        user = None if cleaned is None else session.scalar(select(User).where(User.login == cleaned).with_for_update())
        if user is None:
            passwords.verify_password(password or "", _DUMMY_HASH)
            refusal = SignInRefused(N_("Wrong login or password"), rule="sign_in")
            # Not the typed login: people type their password into the login box by mistake.
            audit.record(session, actor=Actor(login="?", role="none"), action="user.sign_in_failed",
                         entity="user", entity_id=None)
        elif passwords.is_locked(user.locked_until, stamp):
            refusal = SignInRefused(N_("Too many wrong passwords: the account is locked until {time}"),
                                    rule="locked", time=f"{user.locked_until:%H:%M}")
        elif not passwords.verify_password(password or "", user.password_hash):
            user.failed_attempts, user.locked_until = passwords.after_failure(user.failed_attempts, stamp)
            who = Actor(login=user.login, role=user.role, user_id=user.id)
            audit.record(session, actor=who, action="user.sign_in_failed", entity="user", entity_id=user.id)
            if user.locked_until is not None:
                audit.record(session, actor=who, action="user.locked", entity="user", entity_id=user.id,
                             after={"locked_until": user.locked_until})
                refusal = SignInRefused(N_("Too many wrong passwords: the account is locked until {time}"),
                                        rule="locked", time=f"{user.locked_until:%H:%M}")
            else:
                refusal = SignInRefused(N_("Wrong login or password"), rule="sign_in")
        elif not user.active:
            refusal = SignInRefused(N_("This account has been deactivated; ask the administrator"), rule="inactive")
        else:
            user.failed_attempts, user.locked_until, user.last_sign_in_at = 0, None, stamp
            actor = Actor(login=user.login, role=user.role, user_id=user.id)
            audit.record(session, actor=actor, action="user.sign_in", entity="user", entity_id=user.id)
    if refusal is not None:  # raised after the commit: the failure count must be stored
        raise refusal
    return actor


def change_password(db: Database, *, actor: Actor, old_password: str, new_password: str) -> None:
    """A user changes their own password, proving the old one."""
    permissions.require(actor, "account.own")
    passwords.check_password_rules(new_password)
    with db.write() as session:
        user = session.get(User, actor.user_id) if actor.user_id is not None else None
        if user is None:
            raise RefusedError(N_("Only a signed-in user can change their password"), rule="permission")
        if not passwords.verify_password(old_password or "", user.password_hash):
            raise ValidationError("password", N_("the current password is wrong"))
        user.password_hash = passwords.hash_password(new_password)
        audit.record(session, actor=actor, action="user.password", entity="user", entity_id=user.id)


def set_password(db: Database, *, actor: Actor, login: str, password: str) -> UserInfo:
    """The administrator sets a new password (a forgotten one); this also lifts a lockout."""
    permissions.require(actor, "users.manage")
    passwords.check_password_rules(password)
    with db.write() as session:
        user = _find(session, login, lock=True)
        user.password_hash = passwords.hash_password(password)
        user.failed_attempts, user.locked_until = 0, None
        audit.record(session, actor=actor, action="user.password", entity="user", entity_id=user.id)
        return _info(user)


def _active_admins(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(User)
                              .where(User.role == "administrator", User.active.is_(True))) or 0)


def deactivate_user(db: Database, *, actor: Actor, login: str) -> UserInfo:
    """Deactivated users cannot sign in; their name stays on what they did. The last administrator stays."""
    permissions.require(actor, "users.manage")
    with db.write() as session:
        user = _find(session, login, lock=True)
        before = _info(user)
        if user.role == "administrator" and user.active and _active_admins(session) <= 1:
            raise RefusedError(N_("{login} is the last active administrator and cannot be deactivated"),
                               rule="last_admin", login=user.login)
        user.active = False
        _audit_user(session, actor, "user.deactivate", user, before)
        return _info(user)


def update_user(db: Database, *, actor: Actor, login: str, role: str | None = None, full_name: str | None = None,
                staff_id: int | None = None, active: bool | None = None) -> UserInfo:
    """Change a user's role, name, staff link or reactivate them."""
    permissions.require(actor, "users.manage")
    with db.write() as session:
        user = _find(session, login, lock=True)
        before = _info(user)
        if role is not None:
            user.role = check_choice(role, field="role", choices=permissions.ROLES)
        if full_name is not None:
            user.full_name = clean_text(full_name, field="full_name", max_length=150, required=True) or user.full_name
        if staff_id is not None:
            if session.get(Staff, staff_id) is None:
                raise NotFoundError("staff", staff_id)
            user.staff_id = staff_id
        if active is not None:
            user.active = active
        session.flush()
        if before.role == "administrator" and before.active and _active_admins(session) < 1:
            raise RefusedError(N_("{login} is the last active administrator and cannot be deactivated"),
                               rule="last_admin", login=user.login)
        _audit_user(session, actor, "user.edit", user, before)
        return _info(user)


__all__ = ["SignInRefused", "UserInfo", "actor_of", "add_user", "change_password", "clean_login",
           "create_first_administrator", "deactivate_user", "has_users", "list_users", "set_password", "sign_in",
           "update_user"]
