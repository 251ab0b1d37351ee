"""How far a new centre is set up, so that an empty database says what to do first instead of empty pages."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from enrol.db.engine import Database
from enrol.db.models import Club, Group, Meeting, Room

# The order a centre is built in: groups belong to clubs, and meetings put groups in rooms.
STEPS = ("rooms", "clubs", "groups", "timetable")


@dataclass(frozen=True)
class SetupState:
    rooms: int
    clubs: int
    groups: int
    meetings: int

    @property
    def next_step(self) -> str | None:
        """The first of ``STEPS`` with nothing in it yet, or None once the centre has a timetable."""
        counts = dict(zip(STEPS, (self.rooms, self.clubs, self.groups, self.meetings)))
        return next((step for step in STEPS if counts[step] == 0), None)


def setup_state(db: Database) -> SetupState:
    counts = [select(func.count()).select_from(model).scalar_subquery() for model in (Room, Club, Group, Meeting)]
    with db.read() as session:  # one statement: Now asks for it at every start
        rooms, clubs, groups, meetings = session.execute(select(*counts)).one()
    return SetupState(rooms=int(rooms), clubs=int(clubs), groups=int(groups), meetings=int(meetings))


__all__ = ["STEPS", "SetupState", "setup_state"]
