"""The centre's settings, stored as text and parsed by the rules in ``enrol.domain.settings``."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Group, Meeting, Setting
from enrol.domain.errors import N_, RefusedError
from enrol.domain.intervals import format_hhmm
from enrol.domain.settings import SETTINGS, parse_setting, spec_for
from enrol.services.people import audit, permissions
from enrol.services.context import Actor, now


@dataclass(frozen=True)
class SettingInfo:
    key: str
    value: str
    default: str
    description: str


def stored_value(session: Session, key: str) -> Any:
    """The parsed value inside a caller's transaction (for other services)."""
    raw = session.get(Setting, key)
    return parse_setting(key, raw.value if raw is not None else SETTINGS[key].default)


def list_settings(db: Database) -> list[SettingInfo]:
    with db.read() as session:
        stored = {row.key: row.value for row in session.scalars(select(Setting))}
    return [
        SettingInfo(key=spec.key, value=stored.get(spec.key, spec.default), default=spec.default,
                    description=spec.description)
        for spec in SETTINGS.values()
    ]


def get_setting(db: Database, *, key: str) -> SettingInfo:
    spec_for(key)
    return next(info for info in list_settings(db) if info.key == key)


@dataclass(frozen=True)
class CapacityImpact:
    """What a lower building capacity means for the typical week: its peak and the groups meeting while the
    building would hold more children than the new limit (they are not removed; nobody more can join them)."""

    capacity: int
    peak: int
    peak_weekday: int | None
    peak_minute: int | None
    groups: list[str]


def _capacity_impact(session: Session, capacity: int) -> CapacityImpact | None:
    from enrol.domain.capacity import WeeklyItem
    from enrol.services.enrolment.building import _TAKEN_BY_MEETING
    from enrol.services.enrolment.occupancy import profile_of

    today = now().date()
    meetings = session.execute(
        select(Group.code, Meeting.weekday, Meeting.start_minute, Meeting.end_minute, Meeting.valid_from,
               Meeting.valid_to, _TAKEN_BY_MEETING).join(Group, Group.id == Meeting.group_id)
        .where(Group.active)).all()
    items = [WeeklyItem(w, s, e, int(taken), f, t) for _code, w, s, e, f, t, taken in meetings]
    profile = profile_of(items, capacity=capacity, day=today)
    if profile.peak <= capacity:
        return None
    groups = sorted({code for code, w, s, e, f, t, taken in meetings
                     if taken and (f is None or f <= today) and (t is None or t >= today)
                     and any(w == ow and s < oe and os_ < e for ow, os_, oe, _load in profile.over)})
    return CapacityImpact(capacity=capacity, peak=profile.peak, peak_weekday=profile.peak_weekday,
                          peak_minute=profile.peak_minute, groups=groups)


def capacity_impact(db: Database, *, capacity: int) -> CapacityImpact | None:
    """None when the typical week fits ``capacity``; else its peak and the groups meeting above it."""
    with db.read() as session:
        return _capacity_impact(session, capacity)


def set_setting(db: Database, *, actor: Actor, key: str, value: str, force: bool = False) -> SettingInfo:
    """Validate and store; the value is kept in its normal form (e.g. ``8:00-13:00`` → ``08:00-13:00``).
    A building capacity below the week's peak is refused unless ``force`` (the caller has shown the impact)."""
    permissions.require(actor, "centre.edit")
    parsed = parse_setting(key, value)
    text = str(parsed)
    with db.write() as session:
        if key == "building_capacity" and not force:
            from enrol.services.enrolment.building import lock_building

            lock_building(session)
            impact = _capacity_impact(session, int(parsed))
            if impact is not None:
                raise RefusedError(
                    N_("The building expects {peak} children at the week's peak ({at}), more than {capacity}: groups "
                       "{groups} meet above the new limit and nobody could join them. Give --force to set it anyway"),
                    rule="capacity", peak=impact.peak, capacity=impact.capacity, groups=", ".join(impact.groups),
                    at=_moment(impact))
        row = session.get(Setting, key)
        before = row.value if row is not None else None
        if row is None:
            session.add(Setting(key=key, value=text))
        else:
            row.value = text
        audit.record(session, actor=actor, action="setting.set", entity="setting", entity_id=key,
                     before=before, after=text)
    spec = SETTINGS[key]
    return SettingInfo(key=key, value=text, default=spec.default, description=spec.description)


def _moment(impact: CapacityImpact) -> str:
    if impact.peak_weekday is None or impact.peak_minute is None:
        return ""
    from enrol.domain.vocabulary import WEEKDAYS
    from enrol.i18n import translate

    return f"{translate(WEEKDAYS[impact.peak_weekday])} {format_hhmm(impact.peak_minute)}"
