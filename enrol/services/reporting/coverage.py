"""Coverage: how many distinct children the centre served in a period, and for free — the figure the
city collects from its 17 centres — broken down by funding, age, sex, school, grade, district, direction and
club, new against returning. The definitions are in ``enrol.domain.report_rules``.

One read: the places that ran in the period (child, funding, group), how many of their children had a place
before it, and the children's columns with the age band worked out in SQL; each breakdown is then a count of
distinct (value, child) pairs made with map/zip — 100,000 children in well under a second
(benchmarks/bench_reports.py).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter

from sqlalchemy import case, or_, select

from enrol.db.engine import Database
from enrol.db.models import Child, Club, Enrolment, Group
from enrol.domain.errors import N_
from enrol.domain.report_rules import AGE_BANDS, NOT_GIVEN, Period, is_free, share
from enrol.domain.vocabulary import DIRECTIONS, ENROLMENT_FUNDING
from enrol.i18n import tr
from enrol.services.people import permissions
from enrol.services.attendance.marks import running_during
from enrol.services.context import Actor
from enrol.services.centre.settings import stored_value

SEXES = {"f": N_("girls"), "m": N_("boys")}


@dataclass(frozen=True)
class Line:
    """One row of a breakdown: ``key`` as stored (JSON, tests), ``label`` in the current language; distinct
    children in it and how many of them were served for free."""

    key: str
    label: str
    children: int
    free: int

    @property
    def paid(self) -> int:
        return self.children - self.free


@dataclass(frozen=True)
class Coverage:
    centre: str
    period: Period
    served: int
    free_children: int
    places: int
    free_places: int
    new: int
    returning: int
    by_funding: list[Line] = field(default_factory=list)
    by_age: list[Line] = field(default_factory=list)
    by_sex: list[Line] = field(default_factory=list)
    by_school: list[Line] = field(default_factory=list)
    by_grade: list[Line] = field(default_factory=list)
    by_district: list[Line] = field(default_factory=list)
    by_direction: list[Line] = field(default_factory=list)
    by_club: list[Line] = field(default_factory=list)

    @property
    def paid_only(self) -> int:
        return self.served - self.free_children

    @property
    def free_share(self) -> float | None:
        return share(self.free_children, self.served)

    @property
    def free_place_share(self) -> float | None:
        return share(self.free_places, self.places)

    def breakdowns(self) -> list[tuple[str, str, list[Line]]]:
        """(key, translated title, lines) of every breakdown, in the order documents print them."""
        return [(key, tr(title), getattr(self, f"by_{key}")) for key, title in BREAKDOWNS]


BREAKDOWNS: tuple[tuple[str, str], ...] = (
    ("funding", N_("By funding")), ("age", N_("By age")), ("sex", N_("By sex")), ("direction", N_("By direction")),
    ("club", N_("By club")), ("district", N_("By district")), ("school", N_("By school")), ("grade", N_("By grade")),
)


def _lines(children: Counter[str], free: Counter[str], label: Callable[[str], str],
           order: Iterable[str] | None = None) -> list[Line]:
    """Lines in ``order`` (when given, keys with no child are kept: a chart shows the zero), else by size."""
    if order is None:
        keys = sorted(children, key=lambda k: (k == "", -children[k], label(k)))
    else:
        listed = list(order)
        keys = listed + sorted(k for k in children if k not in set(listed))
    return [Line(key=k, label=label(k), children=children[k], free=free[k]) for k in keys]


def _given(value: str) -> str:
    return value or tr(NOT_GIVEN)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def _band_sql(on: dt.date):  # type: ignore[no-untyped-def]
    """The age band on ``on`` in SQL, by comparing the birth date with each band's birthday boundary (a child is
    at most ``high`` years old when born after ``on`` less ``high + 1`` years): no date object per child in
    Python, where 100,000 of them cost a third of a second."""
    bands = [(Child.birth_date > _years_before(on, high + 1), label) for _low, high, label in AGE_BANDS
             if high is not None]
    return case(*bands, else_=AGE_BANDS[-1][2])


def _sum_by(combos: Counter[tuple[object, ...]], index: int) -> Counter[object]:
    found: Counter[object] = Counter()
    for combo, number in combos.items():
        found[combo[index]] += number
    return found


def _tidy(counts: Counter[object]) -> Counter[str]:
    tidy: Counter[str] = Counter()
    for value, number in counts.items():
        tidy["" if value is None else str(value).strip()] += number
    return tidy


def coverage_report(db: Database, *, actor: Actor, period: Period) -> Coverage:
    """The coverage of ``period``; aggregate numbers only (no child is named), so nothing is audited."""
    permissions.require(actor, "reports.view")
    running = running_during(period.first, period.last)
    with db.read() as session:
        # Core rows, not ORM rows, and columns taken apart with map/zip: 120,000 places in a fraction of a second
        connection = session.connection()
        centre = str(stored_value(session, "centre_name"))
        earlier = case((or_(Enrolment.start_date.is_(None), Enrolment.start_date < period.first), 1), else_=0)
        places = connection.execute(select(Enrolment.child_id, Enrolment.funding, Enrolment.group_id, earlier)
                                    .where(running)).all()
        clubs = {gid: (club, direction) for gid, club, direction in connection.execute(
            select(Group.id, Club.name, Club.direction).join(Club, Club.id == Group.club_id))}
        # returning: a place of the period that began before it, or one that ended before it (few rows)
        ended = set(connection.execute(
            select(Enrolment.child_id).where(running_during(dt.date(1900, 1, 1), period.first - dt.timedelta(days=1)),
                                             Enrolment.end_date <= period.first)).scalars().all())
        everyone = connection.execute(select(Child.id, _band_sql(period.last), Child.sex, Child.school, Child.grade,
                                             Child.district)).all()
    children, fundings, group_ids, earlier_flags = (list(c) for c in zip(*places)) if places else ([], [], [], [])
    served = set(children)
    returning = len(served & (ended | set(compress(children, earlier_flags))))
    free_flags = [is_free(f) for f in fundings]
    free = set(compress(children, free_flags))
    child_free = [child in free for child in children]
    # the children's columns counted once per distinct combination, then summed per column
    combos = Counter(row[1:] for row in everyone if row[0] in served)
    free_combos = Counter(row[1:] for row in everyone if row[0] in free)

    def column(index: int) -> tuple[Counter[str], Counter[str]]:
        """Children per value of one column (blank and None are "not given")."""
        return _tidy(_sum_by(combos, index - 1)), _tidy(_sum_by(free_combos, index - 1))

    def by_place(keys: list[str]) -> tuple[Counter[str], Counter[str]]:
        pairs = set(zip(keys, children))
        free_pairs = set(compress(zip(keys, children), child_free))
        return Counter(map(itemgetter(0), pairs)), Counter(map(itemgetter(0), free_pairs))

    club_of = {gid: names[0] for gid, names in clubs.items()}
    direction_of = {gid: names[1] for gid, names in clubs.items()}
    grades = sorted((k for k in column(4)[0] if k), key=int)
    return Coverage(
        centre=centre, period=period, served=len(served), free_children=len(free), places=len(places),
        free_places=sum(free_flags), new=len(served) - returning, returning=returning,
        by_funding=_lines(*by_place(fundings), lambda k: tr(ENROLMENT_FUNDING.get(k, k)), order=ENROLMENT_FUNDING),
        by_age=_lines(*column(1), tr, order=[label for _, _, label in AGE_BANDS]),
        by_sex=_lines(*column(2), lambda k: tr(SEXES.get(k, k)), order=SEXES),
        by_school=_lines(*column(3), _given),
        by_grade=_lines(*column(4), lambda k: k or tr(NOT_GIVEN), order=grades),
        by_district=_lines(*column(5), _given),
        by_direction=_lines(*by_place(list(map(direction_of.__getitem__, group_ids))),
                            lambda k: tr(DIRECTIONS.get(k, k))),
        by_club=_lines(*by_place(list(map(club_of.__getitem__, group_ids))), str),
    )


__all__ = ["BREAKDOWNS", "SEXES", "Coverage", "Line", "coverage_report"]
