"""The catalogue: clubs (үйірме) in their directions, each with an age range and a funding."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from enrol.db.engine import Database
from enrol.db.models import Club, Group
from enrol.domain.errors import N_, RefusedError, ValidationError
from enrol.domain.validation import check_choice, check_int, clean_text
from enrol.domain.vocabulary import CLUB_FUNDING, DIRECTIONS
from enrol.services.people import audit, permissions
from enrol.services.context import Actor

MIN_AGE, MAX_AGE = 3, 18


@dataclass(frozen=True)
class ClubInfo:
    id: int
    name: str
    name_ru: str | None
    direction: str
    description: str | None
    age_min: int
    age_max: int
    funding: str
    default_group_size: int
    groups: int
    active: bool


def check_age_range(age_min: int, age_max: int) -> tuple[int, int]:
    low = check_int(age_min, field="age_min", minimum=MIN_AGE, maximum=MAX_AGE)
    high = check_int(age_max, field="age_max", minimum=MIN_AGE, maximum=MAX_AGE)
    if low > high:
        raise ValidationError("age_max", N_("the oldest age {high} is below the youngest age {low}"), low=low, high=high)
    return low, high


def add_club(
    db: Database, *, actor: Actor, name: str, direction: str, age_min: int, age_max: int, funding: str,
    default_group_size: int, name_ru: str | None = None, description: str | None = None,
) -> ClubInfo:
    permissions.require(actor, "centre.edit")
    low, high = check_age_range(age_min, age_max)
    club = Club(
        name=clean_text(name, field="name", max_length=120, required=True),
        name_ru=clean_text(name_ru, field="name", max_length=120),
        direction=check_choice(direction, field="direction", choices=DIRECTIONS),
        description=clean_text(description, field="description", max_length=2000, multiline=True),
        age_min=low, age_max=high,
        funding=check_choice(funding, field="funding", choices=CLUB_FUNDING),
        default_group_size=check_int(default_group_size, field="seats", minimum=1, maximum=500),
    )
    with db.write() as session:
        if session.scalar(select(Club.id).where(Club.name == club.name)) is not None:
            raise RefusedError(N_("A club named «{name}» already exists"), rule="duplicate", name=club.name)
        session.add(club)
        session.flush()
        info = _info(club, 0)
        audit.record(session, actor=actor, action="club.add", entity="club", entity_id=club.id, after=info)
    return info


def _info(club: Club, groups: int) -> ClubInfo:
    return ClubInfo(id=club.id, name=club.name, name_ru=club.name_ru, direction=club.direction,
                    description=club.description, age_min=club.age_min, age_max=club.age_max, funding=club.funding,
                    default_group_size=club.default_group_size, groups=groups, active=club.active)


def list_clubs(db: Database) -> list[ClubInfo]:
    with db.read() as session:
        counts = dict(session.execute(select(Group.club_id, func.count()).group_by(Group.club_id)).all())
        clubs = session.scalars(select(Club).order_by(Club.direction, Club.name)).all()
        return [_info(club, counts.get(club.id, 0)) for club in clubs]


def update_club(
    db: Database, *, actor: Actor, club: str | int, name: str | None = None, name_ru: str | None = None,
    direction: str | None = None, description: str | None = None, age_min: int | None = None,
    age_max: int | None = None, funding: str | None = None, default_group_size: int | None = None,
    active: bool | None = None,
) -> ClubInfo:
    """Change a club; its groups keep their own ages and funding (set per group), so nothing else moves."""
    permissions.require(actor, "centre.edit")
    from enrol.services import lookup

    with db.write() as session:
        found = lookup.club(session, club)
        before = _info(found, 0)
        if name is not None:
            clean = clean_text(name, field="name", max_length=120, required=True)
            other = session.scalar(select(Club.id).where(Club.name == clean, Club.id != found.id))
            if other is not None:
                raise RefusedError(N_("A club named «{name}» already exists"), rule="duplicate", name=clean)
            found.name = clean  # type: ignore[assignment]
        if name_ru is not None:
            found.name_ru = clean_text(name_ru, field="name", max_length=120)
        if direction is not None:
            found.direction = check_choice(direction, field="direction", choices=DIRECTIONS)
        if description is not None:
            found.description = clean_text(description, field="description", max_length=2000, multiline=True)
        if age_min is not None or age_max is not None:
            found.age_min, found.age_max = check_age_range(found.age_min if age_min is None else age_min,
                                                           found.age_max if age_max is None else age_max)
        if funding is not None:
            found.funding = check_choice(funding, field="funding", choices=CLUB_FUNDING)
        if default_group_size is not None:
            found.default_group_size = check_int(default_group_size, field="seats", minimum=1, maximum=500)
        if active is not None:
            found.active = bool(active)
        groups = int(session.scalar(select(func.count()).where(Group.club_id == found.id)) or 0)
        info = _info(found, groups)
        audit.record(session, actor=actor, action="club.edit", entity="club", entity_id=found.id, before=before,
                     after=info)
    return info
