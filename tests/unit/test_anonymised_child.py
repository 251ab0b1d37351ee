"""An anonymised child's record is statistics only: enrolling them again (even with an override reason), an
application in an imported file, a referral, an appointment or a new consent is refused (exit 4), and their
consent reads as withdrawn — on SQLite and PostgreSQL."""
from __future__ import annotations

from pathlib import Path

import pytest

from enrol.cli import main
from enrol.domain.errors import ImportRejected, RefusedError
from enrol.services.bookings import referrals, specialists
from enrol.services.enrolment import applications, places
from enrol.services.people import child_data, consent
from enrol.services.centre import staff
from tests.unit.enrolment_centre import ADMIN, Centre, moment, next_day


@pytest.fixture
def centre(db):  # type: ignore[no-untyped-def]
    c = Centre(db)
    c.room("R1", seats=20)
    c.room("C1", seats=3, kind="cabinet")
    c.group("ART-1", room="R1", seats=5)
    c.kid = c.child()  # type: ignore[attr-defined]
    consent.record_consent(db, actor=ADMIN, child=c.kid, signed_by="Guardian Аааа")  # type: ignore[attr-defined]
    places.enrol_child(db, actor=ADMIN, child=c.kid, group="ART-1")  # type: ignore[attr-defined]
    places.withdraw_child(db, actor=ADMIN, child=c.kid, group="ART-1")  # type: ignore[attr-defined]
    child_data.anonymise_child(db, actor=ADMIN, child=c.kid)  # type: ignore[attr-defined]
    c.specialist = staff.add_staff(db, actor=ADMIN, surname="Сапарова", name="Жанар", position="specialist",  # type: ignore[attr-defined]
                                   specialty="psychologist", cabinet="C1").id
    return c


def test_every_change_refuses_an_anonymised_child(centre, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, kid = centre.db, centre.kid
    attempts = [
        lambda: places.enrol_child(db, actor=ADMIN, child=kid, group="ART-1", override_reason="x"),
        lambda: referrals.refer_child(db, actor=ADMIN, child=kid, specialty="psychologist", reason="why"),
        lambda: consent.record_consent(db, actor=ADMIN, child=kid, signed_by="Someone"),
    ]
    for attempt in attempts:
        with pytest.raises(RefusedError, match="anonymised"):
            attempt()
    with pytest.raises(RefusedError, match="anonymised"):
        specialists.book_appointment(db, actor=ADMIN, specialist=specialists.list_specialists(db)[0].id,
                                     children=[kid], starts_at=moment(next_day(2), "10:00"), minutes=45)
    source = tmp_path / "applications.csv"
    source.write_text(f"child;group;applied_at\n{kid};ART-1;2026-09-01 10:00\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as rejected:
        applications.import_applications(db, actor=ADMIN, path=source)
    assert any("anonymised" in str(problem) for problem in rejected.value.problems)
    register = consent.consent_register(db, actor=ADMIN, child=kid)
    assert register.status == "withdrawn" and all(not c.valid for c in register.consents)
    url = db.url.render_as_string(hide_password=False)
    assert main(["--db", url, "enrol", str(kid), "ART-1", "--override-reason", "x"]) == 4
