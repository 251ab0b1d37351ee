"""A child's data on request, on SQLite and PostgreSQL: the export holds every record about the child; after
anonymising, the child's name, IIN and guardian's phone are nowhere in the SQLite file (its bytes are
searched), while enrolment and attendance counts stay the same; the retention period anonymises by itself."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from enrol.db.models import Attendance, Child, Enrolment
from enrol.domain.children import ChildFields
from enrol.domain.errors import RefusedError
from enrol.domain.iin import make_iin
from enrol.services.enrolment import places as enrolment
from enrol.services.people import child_data, children, consent
from enrol.services.attendance import marks as attendance, month as attendance_reports
from enrol.services.bookings import referrals, session_notes, specialists
from enrol.services.centre import groups, settings, staff
from enrol.services.context import Actor, issue_actor, SYSTEM
from tests.unit.enrolment_centre import ADMIN, TODAY, Centre, moment, next_day

SURNAME, NAME, PATRONYMIC = "Жаңабергенова", "Күнсұлу", "Ерболқызы"
GUARDIAN, PHONE, EMAIL = "Жаңабергенова Сәуле", "+77079998877", "saule.zh@example.kz"
BIRTH = dt.date(2015, 3, 2)
IIN = make_iin(BIRTH, "f", 4321)
NOTES = "Аллергия: жаңғақ"
WEEK = dt.timedelta(days=7)
SPECIALIST = issue_actor(login="gui:psychologist", role="administrator")


@pytest.fixture
def centre(db):  # type: ignore[no-untyped-def]
    """The child of the test (full record, consent, two enrolments — one withdrawn —, marks, an appointment
    with a note, a referral) among other children who must not be touched."""
    c = Centre(db)
    c.room("2.14", seats=30, floor=2)
    c.room("1.12", seats=4, kind="cabinet")
    c.group("ART-1", room="2.14", meets=((TODAY.isoweekday(), "15:00", "16:30"),))
    c.group("ROBO-1", room="2.14", meets=((TODAY.isoweekday(), "17:00", "18:00"),))
    others = c.children(3)
    child = children.register_child(
        db, actor=ADMIN, fields=ChildFields(surname=SURNAME, name=NAME, patronymic=PATRONYMIC, birth_date=BIRTH,
                                            iin=IIN, sex="f", school="№ 12 мектеп", grade=5, shift=1, notes=NOTES),
        guardians=[children.GuardianInput(full_name=GUARDIAN, phone=PHONE, relation="mother", email=EMAIL)],
        consent=children.ConsentInput(signed_by=GUARDIAN, relation="mother", signed_on=TODAY)).child.id
    for kid in [*others, child]:
        enrolment.enrol_child(db, actor=ADMIN, child=kid, group="ART-1", start_date=TODAY - 3 * WEEK)
    enrolment.enrol_child(db, actor=ADMIN, child=child, group="ROBO-1", start_date=TODAY - 3 * WEEK)
    for weeks in (2, 1, 0):
        attendance.mark_all_present(db, actor=ADMIN, group="ART-1", day=TODAY - weeks * WEEK)
    attendance.mark_attendance(db, actor=ADMIN, group="ROBO-1", day=TODAY - WEEK, marks={child: "absent"})
    enrolment.withdraw_child(db, actor=ADMIN, child=child, group="ROBO-1", reason=f"{NAME} ауырып қалды")
    staff.add_staff(db, actor=ADMIN, surname="Сапарова", name="Жанар", position="specialist",
                    specialty="psychologist", cabinet="1.12")
    spec = specialists.list_specialists(db)[0].id
    booking = specialists.book_appointment(db, actor=ADMIN, specialist=spec, children=[child],
                                           starts_at=moment(next_day(2), "10:00"), minutes=45).booked[0]
    session_notes.add_note(db, actor=SPECIALIST, appointment_id=booking.id, text=f"{NAME} тыныш отырды")
    referrals.refer_child(db, actor=ADMIN, child=child, specialty="psychologist", reason=f"{SURNAME} тұйық")
    c.kid, c.others = child, others  # type: ignore[attr-defined]
    return c


def _counts(db) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """What reports count: enrolments by status, attendance marks, groups' figures, rates."""
    with db.read() as session:
        by_status = dict(session.execute(select(Enrolment.status, func.count()).group_by(Enrolment.status))
                         .tuples().all())
        marks = dict(session.execute(select(Attendance.mark, func.count()).group_by(Attendance.mark)).tuples().all())
        kids = session.scalar(select(func.count()).select_from(Child))
    rates = attendance_reports.group_rates(db, actor=ADMIN, first=TODAY - 5 * WEEK, last=TODAY)
    return {"status": by_status, "marks": marks, "children": kids,
            "groups": [(g.code, g.enrolled, g.waitlisted) for g in groups.list_groups(db)],
            "rates": [(r.group, r.counts) for r in rates]}


def test_export_holds_every_record_about_the_child(centre) -> None:  # type: ignore[no-untyped-def]
    document = child_data.export_child(centre.db, actor=ADMIN, child=IIN)
    json.dumps(document, ensure_ascii=False)  # one JSON document
    assert document["child"]["surname"] == SURNAME and document["child"]["iin"] == IIN
    assert document["child"]["notes"] == NOTES
    assert [(g["full_name"], g["phone"], g["email"]) for g in document["guardians"]] == [(GUARDIAN, PHONE, EMAIL)]
    assert [c["signed_by"] for c in document["consents"]] == [GUARDIAN]
    assert sorted((e["group"], e["status"]) for e in document["enrolments"]) == [("ART-1", "enrolled"),
                                                                                  ("ROBO-1", "withdrawn")]
    assert len(document["enrolment_history"]) >= 3
    assert sorted(a["mark"] for a in document["attendance"]) == ["absent", "present", "present", "present"]
    assert len(document["appointments"]) == 1 and len(document["session_notes"]) == 1
    assert "text" not in document["session_notes"][0]  # restricted: its author releases it
    assert [r["specialty"] for r in document["referrals"]] == ["psychologist"]
    assert {"child.add"} <= {a["action"] for a in document["audit_trail"]}
    assert all(other not in json.dumps(document) for other in ("Guardian",))  # no other child's guardian
    last = child_data.export_child(centre.db, actor=ADMIN, child=centre.kid)["audit_trail"][-1]
    assert last["action"] == "child.export"  # the export itself is audited


def test_anonymise_refuses_a_child_still_enrolled(centre) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RefusedError) as refused:
        child_data.anonymise_child(centre.db, actor=ADMIN, child=centre.kid)
    assert refused.value.rule == "live_enrolment"


def test_anonymise_leaves_no_trace_in_the_file_and_keeps_the_counts(centre, db_url) -> None:  # type: ignore[no-untyped-def]
    db = centre.db
    enrolment.withdraw_child(db, actor=ADMIN, child=centre.kid, group="ART-1", reason=f"{GUARDIAN} сұрады")
    before = _counts(db)
    result = child_data.anonymise_child(db, actor=ADMIN, child=centre.kid)
    assert result.child_id == centre.kid and result.scrubbed_texts > 0
    assert _counts(db) == before
    assert children.search_children(db, actor=SYSTEM, text=SURNAME) == []
    document = child_data.export_child(db, actor=ADMIN, child=centre.kid)
    text = json.dumps(document, ensure_ascii=False)
    for secret in (SURNAME, NAME, PATRONYMIC, IIN, GUARDIAN, PHONE, EMAIL, NOTES):
        assert secret not in text
    assert document["child"]["birth_date"] == BIRTH.isoformat() and document["child"]["anonymised"]
    # other children keep their names and guardians
    assert all(children.child_detail(db, actor=SYSTEM, child=kid).guardians for kid in centre.others)
    with pytest.raises(RefusedError):
        child_data.anonymise_child(db, actor=ADMIN, child=centre.kid)
    if db.sqlite_path is None:
        return
    db.dispose()
    path = db.sqlite_path
    stored = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for secret in (SURNAME, NAME, IIN, PHONE, GUARDIAN, EMAIL):
        assert secret.encode() not in stored, secret
        assert json.dumps(secret).encode() not in stored or secret.isascii()


def test_retention_period_anonymises_by_itself(centre) -> None:  # type: ignore[no-untyped-def]
    db = centre.db
    enrolment.withdraw_child(db, actor=ADMIN, child=centre.kid, group="ART-1")
    settings.set_setting(db, actor=ADMIN, key="retention_years", value="2")
    assert child_data.due_for_anonymising(db, actor=ADMIN) == []
    later = TODAY.replace(year=TODAY.year + 3)
    assert child_data.due_for_anonymising(db, actor=ADMIN, on=later) == [centre.kid]  # the others are enrolled
    assert child_data.anonymise_expired(db, actor=ADMIN, on=later) == [centre.kid]
    assert children.child_detail(db, actor=SYSTEM, child=centre.kid).child.surname == "***"
    assert consent.consent_register(db, actor=ADMIN, child=centre.kid).consents[0].signed_by == "***"


def test_anonymise_leaves_other_childrens_texts_alone(centre) -> None:  # type: ignore[no-untyped-def]
    """A brother with the same mother and a girl with the same given name keep their records and audit texts."""
    db = centre.db
    brother = children.register_child(
        db, actor=ADMIN, fields=ChildFields(surname="Жаңабергенов", name="Әлихан", birth_date=dt.date(2013, 1, 5),
                                            sex="m"),
        guardians=[children.GuardianInput(full_name=GUARDIAN, phone=PHONE, relation="mother")]).child.id
    namesake = children.register_child(
        db, actor=ADMIN, fields=ChildFields(surname="Омарова", name=NAME, birth_date=dt.date(2014, 2, 2), sex="f"),
        guardians=[children.GuardianInput(full_name="Омарова Динара", phone="+77070001122")]).child.id
    enrolment.withdraw_child(db, actor=ADMIN, child=centre.kid, group="ART-1")
    child_data.anonymise_child(db, actor=ADMIN, child=centre.kid)
    assert [(g.full_name, g.phone) for g in children.child_detail(db, actor=SYSTEM, child=brother).guardians] == [(GUARDIAN, PHONE)]
    trail = {kid: json.dumps(child_data.export_child(db, actor=ADMIN, child=kid)["audit_trail"], ensure_ascii=False)
             for kid in (brother, namesake)}
    assert GUARDIAN in trail[brother] and NAME in trail[namesake]
    mine = json.dumps(child_data.export_child(db, actor=ADMIN, child=centre.kid), ensure_ascii=False)
    assert SURNAME not in mine and NAME not in mine and IIN not in mine
