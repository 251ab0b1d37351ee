"""Per-role PostgreSQL users: the real boundary when several desks share one server.

Every desk holds the database address, and with it whatever rights that database user has: the roles the
program checks are a courtesy to a person with ``psql``. So ``enrol db roles`` makes one database user per
role of the centre and GRANTs each only the tables its desk's pages use: a teacher's desk cannot read
session notes, guardians or the audit trail even with ``psql``; only the administrator's desk (and IT) hold
the owner's address. The program's own checks (a teacher's own groups, a specialist's own notes) still
apply inside what a desk may read.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import text

from enrol.db.engine import Database
from enrol.domain.errors import N_, RefusedError
from enrol.services.context import Actor
from enrol.services.people import permissions

ALL = ("SELECT", "INSERT", "UPDATE", "DELETE")
READ = ("SELECT",)
# What every desk's program needs whatever its role: the schema version, settings, sign-in (read the user,
# count failures), the building's lock row (SELECT … FOR UPDATE needs UPDATE) and writing its audit events.
_COMMON: dict[str, tuple[str, ...]] = {
    "alembic_version": READ, "settings": READ, "users": ("SELECT", "UPDATE"), "locks": ("SELECT", "UPDATE"),
    "audit_events": ("INSERT",), "rooms": READ, "staff": READ, "specialists": READ, "clubs": READ,
    "groups": READ, "meetings": READ, "enrolments": READ, "children": READ, "events": READ,
}
# Tables beyond the common ones, per role. Not listed = no right at all (not even SELECT).
GRANTS: dict[str, dict[str, tuple[str, ...]]] = {
    "registrar": {
        **{t: ALL for t in ("children", "guardians", "consents", "enrolments", "enrolment_changes", "attendance",
                            "attendance_changes", "notifications", "appointments", "appointment_children",
                            "referrals", "events", "child_cards", "entrance_scans", "entrance_inside",
                            "pickup_persons", "rollovers", "rollover_lines")},
        "audit_events": ("SELECT", "INSERT"),  # a child's data on request lists the events about the child
    },
    "teacher": {"attendance": ALL, "attendance_changes": ("SELECT", "INSERT"), "referrals": ("SELECT", "INSERT")},
    "specialist": {t: ALL for t in ("appointments", "appointment_children", "session_notes", "referrals")},
}
DESK_ROLES = ("registrar", "teacher", "specialist")


@dataclass(frozen=True)
class DeskUser:
    role: str
    user: str
    password: str
    url: str  # the address to give that desk (with the password)


@dataclass(frozen=True)
class RolesPlan:
    database: str
    users: list[DeskUser]
    statements: list[str]
    applied: bool


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def plan_roles(db: Database, *, actor: Actor, apply: bool = False) -> RolesPlan:
    """The SQL that makes (or resets) one login per desk role with its GRANTs; run it when ``apply``.

    New random passwords each time: run it again to change them (every desk then needs its new address)."""
    permissions.require(actor, "users.manage")
    if db.is_sqlite:
        raise RefusedError(N_("Database users exist only on PostgreSQL. On SQLite the boundary is the computer's "
                              "account: only it can read the data folder (README, People)."), rule="sqlite")
    database = str(db.url.database or "enrol")
    with db.read() as session:
        tables = set(session.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")))
    users, statements = [], [f"REVOKE ALL ON DATABASE {_quote(database)} FROM PUBLIC",
                             "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"]
    for role in DESK_ROLES:
        user = f"{database}_{role}"
        password = secrets.token_urlsafe(18)
        statements += [
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {_literal(user)}) THEN "
            f"CREATE ROLE {_quote(user)} LOGIN; END IF; END $$",
            f"ALTER ROLE {_quote(user)} LOGIN PASSWORD {_literal(password)}",
            f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {_quote(user)}",
            f"GRANT CONNECT ON DATABASE {_quote(database)} TO {_quote(user)}",
            f"GRANT USAGE ON SCHEMA public TO {_quote(user)}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {_quote(user)}",
        ]
        grants: dict[str, set[str]] = {}
        for table, rights in [*_COMMON.items(), *GRANTS[role].items()]:
            grants.setdefault(table, set()).update(rights)
        for table in sorted(t for t in grants if t in tables):
            rights = ", ".join(r for r in ALL if r in grants[table])
            statements.append(f"GRANT {rights} ON {_quote(table)} TO {_quote(user)}")
            if grants[table] == {"INSERT"}:  # INSERT … RETURNING id reads the new row's id back
                statements.append(f"GRANT SELECT (id) ON {_quote(table)} TO {_quote(user)}")
        url = db.url.set(username=user, password=password).render_as_string(hide_password=False)
        users.append(DeskUser(role=role, user=user, password=password, url=url))
    if apply:
        with db.write() as session:
            for statement in statements:
                session.execute(text(statement))
    return RolesPlan(database=database, users=users, statements=statements, applied=apply)
