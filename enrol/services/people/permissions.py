"""What each role may do, checked in the services so that no caller (GUI, CLI, a script) can go around it.

README, *People, roles and personal data*: administrator, registrar, teacher (own groups' attendance), specialist (own
appointments and notes). The CLI acts as an administrator (``Actor.cli()``).

A permission is the coarse gate (may this role do this kind of thing at all); which records a teacher or a
specialist may touch ("own groups", "own appointments", "own notes") is checked by the service that knows
the record (``attendance.check_group_access``, ``specialists`` and ``session_notes``).
"""
from __future__ import annotations

from enrol.domain.errors import N_, RefusedError
from enrol.domain.vocabulary import STAFF_POSITIONS
from enrol.services.context import Actor

ROLES = ("administrator", "registrar", "teacher", "specialist")

_DESK = frozenset({"administrator", "registrar"})
_ADMIN = frozenset({"administrator"})
_ALL = frozenset(ROLES)

# permission -> the roles that hold it. Administrators hold every permission.
_GRANTS: dict[str, frozenset[str]] = {
    # the front desk
    "children.view": _ALL,               # a teacher sees the children of a register, a specialist their clients
    "children.edit": _DESK,              # register, edit, record a consent at registration
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
                         role=STAFF_POSITIONS.get(role, role), permission=permission)
        self.permission = permission


def allowed(actor: Actor, permission: str) -> bool:
    if actor.role == "administrator":
        return True
    return actor.role in _GRANTS.get(permission, frozenset())


def require(actor: Actor, permission: str) -> None:
    """Raise ``PermissionDenied`` unless ``actor`` may; call it before the first read of a service."""
    if not allowed(actor, permission):
        raise PermissionDenied(permission, actor.role)


def roles_with(permission: str) -> list[str]:
    """The roles holding ``permission`` (the GUI's page list and the README's table come from this)."""
    return [role for role in ROLES if role == "administrator" or role in _GRANTS.get(permission, frozenset())]


def least_privileged_role() -> str:
    """The role holding the fewest permissions: what a new account gets unless someone chooses more."""
    return min(ROLES, key=lambda role: sum(role in roles or role == "administrator" for roles in _GRANTS.values()))
