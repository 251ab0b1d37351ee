"""The groups a registrar may choose for one child: each with its days, times and free seats, and whether the
child's age or school shift stands against it — so the picker can mark those groups instead of hiding them."""
from __future__ import annotations

from dataclasses import dataclass

from enrol.db.engine import Database
from enrol.domain.capacity import WeeklyItem
from enrol.domain.enrolment_rules import age_problem, cutoff_date, parse_hours, shift_problem
from enrol.domain.errors import Notice
from enrol.domain.intervals import parse_hhmm
from enrol.domain.sorting import natural_key
from enrol.services.centre.groups import GroupInfo, group_infos
from enrol.services.centre.timetable import MeetingInfo, meetings_of
from enrol.services.context import now
from enrol.services.enrolment.building import centre_settings
from enrol.services.enrolment.child_rules import load_child


@dataclass(frozen=True)
class GroupChoice:
    group: GroupInfo
    meetings: tuple[MeetingInfo, ...]
    # Why the child's age or shift stands against the group (empty: it fits); the registrar may still
    # choose it and give the reason the enrolment asks for.
    problems: tuple[Notice, ...] = ()

    @property
    def fits(self) -> bool:
        return not self.problems


def group_choices(db: Database, *, child: int | None = None, include_closed: bool = False) -> list[GroupChoice]:
    """Open groups (all with ``include_closed``) in natural code order; with ``child``, each says whether the
    child's age or shift excludes it.

    Clashes are not worked out here: they need the child's whole timetable and are refused on enrolling."""
    today = now().date()
    with db.read() as session:
        infos = [g for g in group_infos(session) if g.active or include_closed]
        meetings = meetings_of(session, [g.id for g in infos])
        found = load_child(session, child) if child is not None else None
        settings = centre_settings(session) if found is not None else {}
    hours = {1: parse_hours(settings["shift1_hours"]), 2: parse_hours(settings["shift2_hours"])} if settings else {}
    result = []
    for info in sorted(infos, key=lambda g: natural_key(g.code)):
        times = tuple(meetings.get(info.id, ()))
        problems: list[Notice] = []
        if found is not None:
            slots = [WeeklyItem(m.weekday, _minutes(m.start), _minutes(m.end), 0, m.valid_from, m.valid_to)
                     for m in times if m.valid_to is None or m.valid_to >= today]
            for problem in (
                age_problem(birth_date=found.birth_date, age_min=info.age_min, age_max=info.age_max,
                            cutoff=cutoff_date(info.academic_year, settings["age_cutoff"]), group=info.code),
                shift_problem(shift=found.shift, school_hours=hours, slots=slots, group=info.code),
            ):
                if problem is not None:
                    problems.append(Notice(problem.message, rule=problem.rule, **problem.params))
        result.append(GroupChoice(group=info, meetings=times, problems=tuple(problems)))
    return result


def _minutes(hhmm: str) -> int:
    return parse_hhmm(hhmm, field="time", allow_end_of_day=True)


__all__ = ["GroupChoice", "group_choices"]
