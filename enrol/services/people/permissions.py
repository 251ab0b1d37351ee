"""What each role may do, checked in the services so that no caller (GUI, CLI, a script) can go around it.

README, *People, roles and personal data*: administrator, registrar, teacher (own groups' attendance), specialist (own
appointments and notes), entrance (the door's staff: the Entrance page and who may collect a child). The CLI acts
as an administrator (``Actor.cli()``).

A permission is the coarse gate (may this role do this kind of thing at all); which records a teacher or a
specialist may touch ("own groups", "own appointments", "own notes") is checked by the service that knows
the record (``attendance.check_group_access``, ``specialists`` and ``session_notes``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from enrol.db.models import User
from enrol.domain.errors import N_, RefusedError
from enrol.domain.vocabulary import ROLE_NAMES
from enrol.services.context import Actor

if TYPE_CHECKING:
    from enrol.db.engine import Database

ROLES = ("administrator", "registrar", "teacher", "specialist", "entrance")

_DESK = frozenset({"administrator", "registrar"})
# the door's staff: scan children in and out, see who may collect a child — no IINs, no guardians' phones
_DOOR = _DESK | {"entrance"}
_ADMIN = frozenset({"administrator"})
_ALL = frozenset(ROLES)
_STAFF = _ALL - {"entrance"}  # who may read children's records; the door finds a child by name only

# permission -> the roles that hold it. Administrators hold every permission.
_GRANTS: dict[str, frozenset[str]] = {
    # the front desk
    "children.view": _STAFF,             # a teacher sees the children of a register, a specialist their clients
    "children.edit": _DESK,              # register, edit, record a consent at registration
    "children.detail": _DESK,            # a child's card: guardians and their phones, enrolments, history
    "children.export": _DESK,            # a child's data on request, the children/enrolments spreadsheets
    "children.anonymise": _ADMIN,        # irreversible: by hand or after the retention period
    "consent.edit": _DESK,               # record or withdraw a consent
    "enrolment.edit": _DESK,             # enrol, withdraw, move, offers, import applications
    "import.children": _DESK,
    "notifications.view": _DESK,         # offers made and expiring, with the guardian's phone
    "notifications.edit": _DESK,
    "print.documents": _DESK,            # rosters, evacuation lists, children's timetable cards, consent forms
    "reports.view": _DESK,
    "occupancy.view": _DESK,             # the Now page: the building's load, today's sessions
    # the entrance desk
    "entrance.scan": _DOOR,              # check children in and out, undo a wrong scan, who is inside
    "entrance.override": _ADMIN,         # let a child in or out against a rule, with a logged reason
    "pickup.view": _DOOR,                # who may collect a child (names, and the pickup persons' phones)
    "pickup.edit": _DESK,                # pickup persons, going home alone, reissue a card
    # teachers
    "attendance.view": frozenset({"administrator", "registrar", "teacher"}),
    "attendance.mark": frozenset({"administrator", "registrar", "teacher"}),
    "referrals.add": frozenset({"administrator", "registrar", "teacher"}),
    # specialists
    "appointments.view": frozenset({"administrator", "registrar", "specialist"}),
    "appointments.edit": frozenset({"administrator", "registrar", "specialist"}),
    "referrals.view": frozenset({"administrator", "registrar", "specialist"}),
    "notes.write": frozenset({"administrator", "specialist"}),
    "notes.read": _ALL,                  # everyone reads only their own notes (session_notes filters by author)
    # the administrator's
    "centre.edit": _ADMIN,               # rooms, clubs, groups, timetable, staff, settings
    "events.edit": _DESK,
    "backups.manage": _ADMIN,
    "rollover.run": _ADMIN,              # close an academic year, roll groups over to the next
    "users.manage": _ADMIN,
    "audit.view": _ADMIN,
    # everyone
    "centre.view": _ALL,                 # rooms, clubs, groups, timetable, occupancy
    "account.own": _ALL,                 # change one's own password
}

PERMISSIONS = tuple(sorted(_GRANTS))


class PermissionDenied(RefusedError):
    """The signed-in user's role does not allow the call (CLI exit 4); nothing was changed."""

    translated_params = ("role",)

    def __init__(self, permission: str, role: str) -> None:
        super().__init__(N_("Your role ({role}) does not allow this ({permission})"), rule="permission",
                         role=ROLE_NAMES.get(role, role), permission=permission)
        self.permission = permission


class NotSignedIn(RefusedError):
    """An actor that no sign-in made (typed by a script, or edited afterwards), or a user who was deactivated
    or given another role since signing in (CLI exit 4); nothing was read or changed."""

    def __init__(self) -> None:
        super().__init__(N_("This call was not made by a signed-in user; sign in again"), rule="not_signed_in")


def allowed(actor: Actor, permission: str) -> bool:
    if not actor.genuine:
        return False
    if actor.role == "administrator":
        return True
    return actor.role in _GRANTS.get(permission, frozenset())


def require(actor: Actor, permission: str) -> None:
    """Raise unless ``actor`` is genuine (``context.issue_actor``) and its role may; call it before the first
    read of a service."""
    if not actor.genuine:
        raise NotSignedIn()
    if not allowed(actor, permission):
        raise PermissionDenied(permission, actor.role)


def require_current(session: Session, actor: Actor, permission: str) -> None:
    """``require``, and for a signed-in user also the users table: still active, still in that role. For the
    services that return personal data, so a session outlives neither a deactivation nor a change of role."""
    require(actor, permission)
    if actor.user_id is None:  # the CLI, the window before sign-in, start-up recovery
        return
    row = session.execute(select(User.role, User.active).where(User.id == actor.user_id)).first()
    if row is None or not row.active or row.role != actor.role:
        raise NotSignedIn()


def require_signed_in(db: Database, actor: Actor, permission: str) -> None:
    """``require_current`` in a read of its own, for a service that checks before its transaction begins."""
    require(actor, permission)
    if actor.user_id is not None:
        with db.read() as session:
            require_current(session, actor, permission)


def roles_with(permission: str) -> list[str]:
    """The roles holding ``permission`` (the GUI's page list and the README's table come from this)."""
    return [role for role in ROLES if role == "administrator" or role in _GRANTS.get(permission, frozenset())]


def least_privileged_role() -> str:
    """The role holding the fewest permissions: what a new account gets unless someone chooses more."""
    return min(ROLES, key=lambda role: sum(role in roles or role == "administrator" for roles in _GRANTS.values()))
