"""The audit trail on SQLite and PostgreSQL: filters by user, record and period; export as JSON and CSV (itself
audited); administrators only; and every read of a specialist's note is written down."""
from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from enrol.db.models import AuditEvent
from enrol.services.people import audit
from enrol.services.bookings import session_notes, specialists
from enrol.services.centre import staff
from enrol.services.context import Actor, issue_actor
from enrol.services.people.permissions import PermissionDenied
from tests.unit.enrolment_centre import ADMIN, DESK, Centre, moment, next_day

SPEECH = issue_actor(login="gui:speech", role="administrator")


@pytest.fixture
def centre(db):  # type: ignore[no-untyped-def]
    c = Centre(db)
    c.room("2.14", seats=30, floor=2)
    c.room("1.14", seats=2, kind="cabinet")
    c.group("ART-1", room="2.14")
    c.kid = c.child()  # type: ignore[attr-defined]
    return c


def test_filters_by_user_record_and_period(centre) -> None:  # type: ignore[no-untyped-def]
    db = centre.db
    everything = audit.list_events(db, actor=ADMIN, limit=1000)
    assert everything == sorted(everything, key=lambda e: (e.at, e.id), reverse=True)
    assert {e.actor for e in audit.list_events(db, actor=ADMIN, user=DESK.login)} == {DESK.login}
    about = audit.list_events(db, actor=ADMIN, entity="child", entity_id=str(centre.kid))
    assert [e.action for e in about] == ["child.add"]
    future = dt.datetime.now() + dt.timedelta(days=1)
    assert audit.list_events(db, actor=ADMIN, since=future) == []
    assert len(audit.list_events(db, actor=ADMIN, until=future, limit=2)) == 2
    with pytest.raises(PermissionDenied):
        audit.list_events(db, actor=DESK)


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_export_writes_the_filtered_events_and_is_audited(centre, tmp_path, suffix) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"audit{suffix}"
    count = audit.export_events(centre.db, actor=ADMIN, path=path, entity="child")
    assert count >= 1
    if suffix == ".json":
        rows = json.loads(path.read_text(encoding="utf-8"))
    else:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == count and {r["entity"] for r in rows} == {"child"}
    assert audit.list_events(centre.db, actor=ADMIN, limit=1)[0].action == "audit.export"


def test_every_read_of_a_note_is_audited_and_only_its_author_reads_it(centre) -> None:  # type: ignore[no-untyped-def]
    db = centre.db
    staff.add_staff(db, actor=ADMIN, surname="Логопедова", name="Жанар", position="specialist",
                    specialty="speech_therapist", cabinet="1.14")
    spec = specialists.list_specialists(db)[0].id
    booking = specialists.book_appointment(db, actor=ADMIN, specialist=spec, children=[centre.kid],
                                           starts_at=moment(next_day(1), "10:00"), minutes=30).booked[0]
    note = session_notes.add_note(db, actor=SPEECH, appointment_id=booking.id, text="Құпия жазба")

    def reads() -> int:
        with db.read() as session:
            return int(session.scalar(select(func.count()).select_from(AuditEvent)
                                      .where(AuditEvent.action == "note.read")) or 0)

    assert reads() == 0
    assert session_notes.read_note(db, actor=SPEECH, note_id=note.id).text == "Құпия жазба"
    assert [n.id for n in session_notes.my_notes(db, actor=SPEECH, child=centre.kid)] == [note.id]
    assert reads() == 2
    for stranger in (ADMIN, DESK, issue_actor(login="gui:other", role="specialist")):
        assert session_notes.my_notes(db, actor=stranger) == []
    assert reads() == 2  # nothing was read
    with db.read() as session:
        trail = " ".join((e.before or "") + (e.after or "") for e in session.scalars(select(AuditEvent)))
    assert "Құпия" not in trail


def test_the_csv_export_keeps_formula_looking_cells_as_text(centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A typed value a spreadsheet would run (``=HYPERLINK(…)``, ``+…``, ``-…``, ``@…``, a tab or CR first)
    gets a leading apostrophe, as in every other CSV export."""
    from enrol.services.context import Actor as _Actor

    hostile = ["=HYPERLINK(\"http://x\",\"y\")", "+SUM(1,2)", "-2+3", "@cmd", "\tTAB", "\rCR"]
    with centre.db.write() as session:
        for n, value in enumerate(hostile):
            audit.record(session, actor=_Actor(login=value), action="test.hostile", entity="child",
                         entity_id=value if n % 2 else None)
    path = tmp_path / "audit.csv"
    audit.export_events(centre.db, actor=ADMIN, path=path, entity="child")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter=";") if r["action"] == "test.hostile"]
    assert [r["actor"] for r in rows] == ["'" + value for value in hostile]
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row.values())
