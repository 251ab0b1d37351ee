"""Lowering the building's capacity below the week's peak says what it means — the peak and the groups meeting
above the new limit — and needs ``--force`` (the Settings page: a confirmation that names them)."""
from __future__ import annotations

import pytest

from enrol.cli import main
from enrol.domain.errors import RefusedError
from enrol.services.centre import settings
from enrol.services.enrolment import places
from tests.unit.enrolment_centre import ADMIN, Centre


@pytest.fixture
def centre(db):  # type: ignore[no-untyped-def]
    c = Centre(db)
    c.room("R1", seats=20)
    c.room("R2", seats=20)
    c.group("A", room="R1", meets=((1, "15:00", "16:00"),))
    c.group("B", room="R2", meets=((1, "15:30", "16:30"),))
    c.group("C", room="R1", meets=((2, "15:00", "16:00"),))
    for group, count in (("A", 6), ("B", 4), ("C", 2)):
        for child in c.children(count):
            places.enrol_child(db, actor=ADMIN, child=child, group=group)
    return c


def test_a_capacity_below_the_peak_needs_force(centre, capsys) -> None:  # type: ignore[no-untyped-def]
    db = centre.db
    impact = settings.capacity_impact(db, capacity=8)
    assert impact is not None and (impact.peak, impact.groups) == (10, ["A", "B"])
    assert settings.capacity_impact(db, capacity=10) is None
    with pytest.raises(RefusedError, match="10 children") as refused:
        settings.set_setting(db, actor=ADMIN, key="building_capacity", value="8")
    assert "A, B" in str(refused.value.params["groups"]) and "Monday 15:30" in str(refused.value.params["at"])
    assert settings.get_setting(db, key="building_capacity").value != "8"
    url = db.url.render_as_string(hide_password=False)
    assert main(["--db", url, "settings", "set", "building_capacity", "8"]) == 4
    assert "--force" in capsys.readouterr().err
    assert main(["--db", url, "settings", "set", "building_capacity", "8", "--force"]) == 0
    assert settings.get_setting(db, key="building_capacity").value == "8"
    settings.set_setting(db, actor=ADMIN, key="building_capacity", value="12")  # above the peak: no question


def test_a_room_keeps_the_seats_its_bookings_were_promised(centre) -> None:  # type: ignore[no-untyped-def]
    from enrol.services.bookings import events
    from enrol.services.centre import rooms
    from tests.unit.enrolment_centre import moment, next_day

    day = next_day(3)
    events.add_event(centre.db, actor=ADMIN, title="Concert", room="R2", starts_at=moment(day, "18:00"),
                     ends_at=moment(day, "19:00"), headcount=15)
    with pytest.raises(RefusedError, match="Concert"):
        rooms.update_room(centre.db, actor=ADMIN, room="R2", seats=12)
    with pytest.raises(RefusedError, match="B"):  # the group meeting there has 10 seats
        rooms.update_room(centre.db, actor=ADMIN, room="R2", seats=8)
    assert rooms.update_room(centre.db, actor=ADMIN, room="R2", seats=15).seats == 15
