"""The consent register on SQLite and PostgreSQL: record, withdraw, expire; flagged children; the enrolment
gate (refused under ``consent_required = yes``, audited with its reason during the transition); the printed
form in Kazakh and Russian."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from enrol.db.models import AuditEvent, Enrolment
from enrol.domain import consent as rules
from enrol.domain.errors import RefusedError, ValidationError
from enrol.services.enrolment import places as enrolment
from enrol.services.people import consent
from tests.reports.pdf_reading import text as pdf_text
from tests.unit.enrolment_centre import ADMIN, DESK, TODAY, Centre

DAY = dt.timedelta(days=1)


@pytest.fixture
def centre(db):  # type: ignore[no-untyped-def]
    c = Centre(db)
    c.room("2.14", seats=30, floor=2)
    c.group("ART-1", room="2.14")
    return c


def test_domain_validity() -> None:
    terms = rules.ConsentTerms(signed_on=TODAY, valid_until=TODAY + 10 * DAY, withdrawn_on=None)
    assert rules.is_valid(terms, TODAY) and not rules.is_valid(terms, TODAY - DAY)
    assert rules.status([terms], TODAY + 11 * DAY) == rules.EXPIRED
    assert rules.status([], TODAY) == rules.MISSING
    withdrawn = rules.ConsentTerms(signed_on=TODAY - 5 * DAY, valid_until=None, withdrawn_on=TODAY)
    assert rules.status([withdrawn], TODAY) == rules.WITHDRAWN
    assert rules.status([withdrawn, terms], TODAY) == rules.VALID
    assert rules.retention_expired(dt.date(2020, 2, 29), years=1, on=dt.date(2021, 3, 1))
    assert not rules.retention_expired(dt.date(2020, 2, 29), years=1, on=dt.date(2021, 2, 28))


def test_record_withdraw_and_flag(centre) -> None:  # type: ignore[no-untyped-def]
    db = centre.db
    kid, other = centre.child(), centre.child()
    assert {m.child_id for m in consent.children_without_consent(db, actor=ADMIN)} == {kid, other}
    info = consent.record_consent(db, actor=DESK, child=kid, signed_by="Ахметова Сәуле", relation="mother",
                                  valid_until=TODAY + 365 * DAY, photo_consent=True)
    assert info.valid and info.recorded_by == DESK.login
    register = consent.consent_register(db, actor=DESK, child=kid)
    assert register.status == rules.VALID and register.photo_allowed
    assert [m.child_id for m in consent.children_without_consent(db, actor=ADMIN)] == [other]
    withdrawn = consent.withdraw_consent(db, actor=DESK, consent_id=info.id, reason="ата-анасы сұрады")
    assert (withdrawn.withdrawn_on, withdrawn.withdrawn_by, withdrawn.valid) == (TODAY, DESK.login, False)
    assert consent.consent_register(db, actor=ADMIN, child=kid).status == rules.WITHDRAWN
    with pytest.raises(RefusedError):
        consent.withdraw_consent(db, actor=DESK, consent_id=info.id)
    with pytest.raises(ValidationError):
        consent.record_consent(db, actor=DESK, child=kid, signed_by="X Y", signed_on=TODAY + DAY)
    with pytest.raises(ValidationError):
        consent.record_consent(db, actor=DESK, child=kid, signed_by="X Y", valid_until=TODAY - DAY)
    with db.read() as session:
        actions = [a for a, in session.execute(select(AuditEvent.action).where(AuditEvent.entity_id == str(kid)))]
    assert {"consent.add", "consent.withdraw"} <= set(actions)


def test_the_gate_inside_an_enrolment_transaction(centre) -> None:  # type: ignore[no-untyped-def]
    db = centre.db
    kid = centre.child()
    with db.write() as session:  # transition (the default): allowed, and the missing consent is audited
        assert consent.check_consent_for_enrolment(session, actor=DESK, child_id=kid, on=TODAY,
                                                   reason="paper form at home") == rules.MISSING
    with db.read() as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "consent.bypass"))
        assert event is not None and "paper form at home" in (event.after or "")
    centre.setting("consent_required", "yes")
    with pytest.raises(RefusedError) as refused, db.write() as session:
        consent.check_consent_for_enrolment(session, actor=DESK, child_id=kid, on=TODAY)
    assert refused.value.rule == "consent"
    consent.record_consent(db, actor=DESK, child=kid, signed_by="Ана Ана")
    with db.write() as session:
        assert consent.check_consent_for_enrolment(session, actor=DESK, child_id=kid, on=TODAY) == rules.VALID


def test_enrol_refuses_a_child_without_consent_when_required(centre) -> None:  # type: ignore[no-untyped-def]
    db = centre.db
    kid, signed = centre.child(), centre.child()
    consent.record_consent(db, actor=DESK, child=signed, signed_by="Ана Ана")
    assert enrolment.enrol_child(db, actor=DESK, child=kid, group="ART-1").status == "enrolled"  # transition
    with db.read() as session:  # the missing consent is on record, for the register to be completed later
        assert session.scalar(select(AuditEvent.entity_id).where(AuditEvent.action == "consent.bypass")) == str(kid)
    centre.setting("consent_required", "yes")
    late = centre.child()
    with pytest.raises(RefusedError) as refused:
        enrolment.enrol_child(db, actor=DESK, child=late, group="ART-1")
    assert refused.value.rule == "consent"
    with db.read() as session:  # a refused enrolment changes nothing
        assert session.scalar(select(func.count()).select_from(Enrolment).where(Enrolment.child_id == late)) == 0
    assert enrolment.enrol_child(db, actor=DESK, child=signed, group="ART-1").status == "enrolled"


@pytest.mark.parametrize("language, words", [("kk", ["Дербес деректерді", "ЖСН", "Қолы"]),
                                             ("ru", ["Согласие на сбор", "ИИН", "Подпись"])])
def test_printed_form_in_the_familys_language(centre, language, words) -> None:  # type: ignore[no-untyped-def]
    kid = centre.child()
    pdf = consent.print_consent_form(centre.db, actor=DESK, child=kid, language=language)
    text = pdf_text(pdf)
    for word in words:
        assert word in text
    assert "94-V" in text
    with centre.db.read() as session:
        assert session.scalar(select(AuditEvent.action).where(AuditEvent.action == "print.consent")) is not None
