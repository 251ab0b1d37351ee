"""The children's registry (enrol.services.people.children) on SQLite and PostgreSQL: every action is checked in
the database afterwards, not only through its return value."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from enrol.db.models import AuditEvent, Child, Consent, Guardian
from enrol.domain.children import ChildFields
from enrol.domain.errors import NotFoundError, RefusedError, ValidationError
from enrol.domain.iin import iin_check_digit
from enrol.services.people import children as svc
from enrol.services.context import Actor, issue_actor, SYSTEM

ACTOR = issue_actor(login="test:registrar", role="registrar")
MOTHER = svc.GuardianInput(full_name="Нүсіпова Гүлнар", phone="8 (707) 123-45-67", relation="mother")
ASEM_IIN = "150314601232"


def _ten_twice_iin() -> str:
    for serial in range(10_000):
        first11 = f"1503146{serial:04d}"
        if iin_check_digit(first11) is None:
            return first11 + "0"
    raise AssertionError("no 11-digit prefix without a check digit found")


def count(db, model, *where) -> int:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)))


def audit_rows(db, action: str) -> list[AuditEvent]:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def stored(db, child_id: int) -> Child:  # type: ignore[no-untyped-def]
    with db.read() as session:
        child = session.get(Child, child_id)
        assert child is not None
        return child


def register(db, guardians=None, allow_duplicate=False, consent=None, **fields):  # type: ignore[no-untyped-def]
    return svc.register_child(
        db, actor=ACTOR, fields=ChildFields(**fields), guardians=[MOTHER] if guardians is None else guardians,
        consent=consent, allow_duplicate=allow_duplicate,
    )


def asem(db, **extra):  # type: ignore[no-untyped-def]
    return register(db, surname="Нүсіпова", name="Әсем", iin=ASEM_IIN, **extra)


# --- registration ------------------------------------------------------------------------------------

def test_iin_fills_birth_date_and_sex(db) -> None:  # type: ignore[no-untyped-def]
    result = asem(db)
    assert result.notices == []
    assert (result.child.birth_date, result.child.sex, result.child.iin) == (dt.date(2015, 3, 14), "f", ASEM_IIN)
    row = stored(db, result.child.id)
    assert (row.surname, row.name, row.birth_date, row.sex, row.iin) == (
        "Нүсіпова", "Әсем", dt.date(2015, 3, 14), "f", ASEM_IIN)
    assert row.search_key == "nusipova asem" and row.search_key_alt == "asem nusipova"
    with db.read() as session:
        guardians = session.scalars(select(Guardian).where(Guardian.child_id == row.id)).all()
        assert [(g.full_name, g.phone, g.relation) for g in guardians] == [
            ("Нүсіпова Гүлнар", "+77071234567", "mother")]


def test_typed_birth_date_that_disagrees_with_iin_is_kept_with_a_notice(db) -> None:  # type: ignore[no-untyped-def]
    result = asem(db, birth_date=dt.date(2015, 3, 15), sex="m")
    assert len(result.notices) == 2
    assert all(n.params["iin"] == ASEM_IIN for n in result.notices)
    assert "2015-03-14" in result.notices[0].english() and "2015-03-15" in result.notices[0].english()
    row = stored(db, result.child.id)
    assert (row.birth_date, row.sex) == (dt.date(2015, 3, 15), "m")


def test_consent_is_stored_with_its_guardian(db) -> None:  # type: ignore[no-untyped-def]
    consent = svc.ConsentInput(signed_by="Нүсіпова Гүлнар", relation="mother", signed_on=dt.date(2026, 9, 1))
    child_id = asem(db, consent=consent).child.id
    with db.read() as session:
        row = session.scalars(select(Consent).where(Consent.child_id == child_id)).one()
        guardian = session.scalars(select(Guardian).where(Guardian.child_id == child_id)).one()
        assert (row.guardian_id, row.signed_by, row.signed_on, row.recorded_by) == (
            guardian.id, "Нүсіпова Гүлнар", dt.date(2026, 9, 1), ACTOR.login)
    assert svc.child_detail(db, actor=SYSTEM, child=child_id).has_consent is True


def test_taken_iin_is_refused_and_nothing_is_stored(db) -> None:  # type: ignore[no-untyped-def]
    first = asem(db)
    with pytest.raises(RefusedError) as caught:
        register(db, surname="Иванова", name="Мария", iin=ASEM_IIN,
                 guardians=[svc.GuardianInput(full_name="Иванов Иван", phone="+77010000000")])
    assert caught.value.rule == "duplicate"
    assert ASEM_IIN in caught.value.english() and str(first.child.id) in caught.value.english()
    assert count(db, Child) == 1 and count(db, Guardian) == 1
    assert len(audit_rows(db, "child.add")) == 1


def test_same_birth_date_and_similar_name_needs_confirmation(db) -> None:  # type: ignore[no-untyped-def]
    first = asem(db)
    twin = {"surname": "Нусипова", "name": "Асем", "birth_date": dt.date(2015, 3, 14), "sex": "f"}
    with pytest.raises(RefusedError) as caught:
        register(db, **twin)
    assert caught.value.rule == "possible_duplicate"
    assert f"#{first.child.id}" in caught.value.english() and "2015-03-14" in caught.value.english()
    assert count(db, Child) == 1 and count(db, Guardian) == 1
    second = register(db, allow_duplicate=True, **twin)
    assert count(db, Child) == 2 and second.child.id != first.child.id
    # another birth date is not a possible duplicate
    register(db, surname="Нусипова", name="Асем", birth_date=dt.date(2015, 3, 15), sex="f")
    assert count(db, Child) == 3


def test_find_duplicates(db) -> None:  # type: ignore[no-untyped-def]
    first = asem(db)
    fields = ChildFields(surname="НУСИПОВА", name="асем", birth_date=dt.date(2015, 3, 14), sex="f")
    assert [c.id for c in svc.find_duplicates(db, actor=SYSTEM, fields=fields)] == [first.child.id]
    assert svc.find_duplicates(db, actor=SYSTEM, fields=fields, exclude_id=first.child.id) == []
    other_day = ChildFields(surname="Нусипова", name="Асем", birth_date=dt.date(2015, 3, 13), sex="f")
    assert svc.find_duplicates(db, actor=SYSTEM, fields=other_day) == []
    other_name = ChildFields(surname="Нусипова", name="Алия", birth_date=dt.date(2015, 3, 14), sex="f")
    assert svc.find_duplicates(db, actor=SYSTEM, fields=other_name) == []


TODAY = dt.date.today()
BAD_CHILDREN = [
    ("surname", {"surname": ""}),
    ("surname", {"surname": "   "}),
    ("surname", {"surname": "Ә" * 61}),
    ("surname", {"surname": "Ә" * 100_000}),
    ("name", {"name": "Әсем\x00"}),
    ("name", {"name": "Әс\x1bем"}),
    ("surname", {"surname": "Нүсіпова\u202e"}),
    ("surname", {"surname": "\u202eавопісүН"}),
    ("name", {"name": "Әсем2"}),
    ("surname", {"surname": "Robert'); DROP TABLE children;--"}),
    ("patronymic", {"patronymic": "Қайрат<script>"}),
    ("birth_date", {"birth_date": TODAY + dt.timedelta(days=1)}),
    ("birth_date", {"birth_date": dt.date(1900, 1, 1)}),
    ("birth_date", {"birth_date": None}),
    ("iin", {"iin": "150314601231", "birth_date": None}),
    ("iin", {"iin": "153214601235", "birth_date": None}),
    ("iin", {"iin": _ten_twice_iin(), "birth_date": None}),
    ("iin", {"iin": "15031460123", "birth_date": None}),
    ("iin", {"iin": "15031460123x", "birth_date": None}),
    ("sex", {"sex": "x"}),
    ("sex", {"sex": None}),
    ("grade", {"grade": 13}),
    ("shift", {"shift": 3}),
    ("school", {"school": "№5\x07"}),
    ("notes", {"notes": "x" * 4001}),
    ("priority", {"priority": "vip"}),
]


@pytest.mark.parametrize(("field", "change"), BAD_CHILDREN, ids=[f"{f}-{i}" for i, (f, _) in enumerate(BAD_CHILDREN)])
def test_invalid_child_is_refused_naming_the_field(db, field, change) -> None:  # type: ignore[no-untyped-def]
    fields = {"surname": "Нүсіпова", "name": "Әсем", "birth_date": dt.date(2015, 3, 14), "sex": "f", **change}
    with pytest.raises(ValidationError) as caught:
        register(db, **fields)
    assert caught.value.field == field
    message = caught.value.english()
    assert "\u202e" not in message and "\x00" not in message and len(message) < 400
    assert count(db, Child) == 0 and count(db, Guardian) == 0 and count(db, AuditEvent) == 0


BAD_GUARDIANS = [
    ("phone", svc.GuardianInput(full_name="Нүсіпова Гүлнар", phone="12345")),
    ("phone", svc.GuardianInput(full_name="Нүсіпова Гүлнар", phone="+7 707 abc 45 67")),
    ("phone", svc.GuardianInput(full_name="Нүсіпова Гүлнар", phone="")),
    ("guardian", svc.GuardianInput(full_name="", phone="+77071234567")),
    ("guardian", svc.GuardianInput(full_name="Гүлнар1", phone="+77071234567")),
    ("email", svc.GuardianInput(full_name="Нүсіпова Гүлнар", phone="+77071234567", email="not-an-email")),
    ("guardian_relation", svc.GuardianInput(full_name="Нүсіпова Гүлнар", phone="+77071234567", relation="boss")),
]


@pytest.mark.parametrize(("field", "guardian"), BAD_GUARDIANS, ids=[f"{f}-{i}" for i, (f, _) in enumerate(BAD_GUARDIANS)])
def test_invalid_guardian_is_refused(db, field, guardian) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        asem(db, guardians=[guardian])
    assert caught.value.field == field
    assert count(db, Child) == 0 and count(db, Guardian) == 0


def test_no_guardian_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        asem(db, guardians=[])
    assert caught.value.field == "guardian"
    assert count(db, Child) == 0


def test_sql_looking_free_text_is_stored_verbatim(db) -> None:  # type: ignore[no-untyped-def]
    text = "Robert'); DROP TABLE children;--"
    child_id = asem(db, school=text, notes="a\n" + text).child.id
    row = stored(db, child_id)
    assert (row.school, row.notes) == (text, "a\n" + text)
    assert count(db, Child) == 1


# --- editing -------------------------------------------------------------------------------------------

def test_update_child_edits_and_replaces_guardians(db) -> None:  # type: ignore[no-untyped-def]
    child_id = asem(db).child.id
    father = svc.GuardianInput(full_name="Нүсіпов Қайрат", phone="+7 701 555 44 33", relation="father")
    granny = svc.GuardianInput(full_name="Нүсіпова Бақыт", phone="87015554434", relation="grandparent")
    fields = ChildFields(surname="Қасымова", name="Әсем", iin=ASEM_IIN, school="№ 12", grade=4, shift=2)
    result = svc.update_child(db, actor=ACTOR, child=child_id, fields=fields, guardians=[father, granny])
    assert result.child.surname == "Қасымова"
    row = stored(db, child_id)
    assert (row.surname, row.school, row.grade, row.shift) == ("Қасымова", "№ 12", 4, 2)
    assert row.search_key == "kasimova asem"
    with db.read() as session:
        phones = session.scalars(select(Guardian.phone).where(Guardian.child_id == child_id).order_by(Guardian.id))
        assert list(phones) == ["+77015554433", "+77015554434"]
    assert count(db, Guardian) == 2
    assert [c.id for c in svc.search_children(db, actor=SYSTEM, text="Qasymova")] == [child_id]
    assert svc.search_children(db, actor=SYSTEM, text="Nusipova") == []
    events = audit_rows(db, "child.edit")
    assert len(events) == 1 and events[0].entity_id == str(child_id) and events[0].actor == ACTOR.login
    assert json.loads(events[0].before)["surname"] == "Нүсіпова"
    assert json.loads(events[0].after)["surname"] == "Қасымова"


def test_update_without_guardians_keeps_them(db) -> None:  # type: ignore[no-untyped-def]
    child_id = asem(db).child.id
    svc.update_child(db, actor=ACTOR, child=ASEM_IIN, fields=ChildFields(surname="Нүсіпова", name="Әсемгүл",
                                                                        iin=ASEM_IIN))
    assert stored(db, child_id).name == "Әсемгүл"
    assert count(db, Guardian, Guardian.child_id == child_id) == 1
    with pytest.raises(ValidationError) as caught:
        svc.update_child(db, actor=ACTOR, child=child_id, fields=ChildFields(surname="Х", name="Ү", iin=ASEM_IIN),
                         guardians=[])
    assert caught.value.field == "guardian"
    assert stored(db, child_id).surname == "Нүсіпова" and count(db, Guardian) == 1


def test_replacing_guardians_keeps_the_consent(db) -> None:  # type: ignore[no-untyped-def]
    consent = svc.ConsentInput(signed_by="Нүсіпова Гүлнар", relation="mother", signed_on=dt.date(2026, 9, 1))
    child_id = asem(db, consent=consent).child.id
    father = svc.GuardianInput(full_name="Нүсіпов Қайрат", phone="+77015554433", relation="father")
    svc.update_child(db, actor=ACTOR, child=child_id, fields=ChildFields(surname="Нүсіпова", name="Әсем",
                                                                        iin=ASEM_IIN), guardians=[father])
    assert count(db, Consent, Consent.child_id == child_id) == 1
    assert svc.child_detail(db, actor=SYSTEM, child=child_id).has_consent is True
    assert [g.full_name for g in svc.child_detail(db, actor=SYSTEM, child=child_id).guardians] == ["Нүсіпов Қайрат"]


def test_update_to_a_taken_iin_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    asem(db)
    other = register(db, surname="Иванов", name="Пётр", birth_date=dt.date(2014, 5, 5), sex="m").child.id
    with pytest.raises(RefusedError) as caught:
        svc.update_child(db, actor=ACTOR, child=other, fields=ChildFields(surname="Иванов", name="Пётр",
                                                                         iin=ASEM_IIN))
    assert caught.value.rule == "duplicate"
    row = stored(db, other)
    assert (row.iin, row.birth_date, row.sex) == (None, dt.date(2014, 5, 5), "m")
    assert audit_rows(db, "child.edit") == []


def test_update_unknown_child(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError) as caught:
        svc.update_child(db, actor=ACTOR, child=999, fields=ChildFields(surname="А", name="Б", iin=ASEM_IIN))
    assert caught.value.rule == "not_found"
    assert count(db, Child) == 0


# --- search, order, detail -----------------------------------------------------------------------------

@pytest.fixture
def registry(db):  # type: ignore[no-untyped-def]
    ids = {"asem": asem(db).child.id}
    for key, surname, name, born, sex in [
        ("kasymov", "Қасымов", "Ерлан", dt.date(2013, 1, 2), "m"),
        ("abaev", "Абаев", "Нұрлан", dt.date(2012, 2, 3), "m"),
        ("abilov", "Әбілов", "Дәурен", dt.date(2012, 4, 5), "m"),
        ("gulov", "Гүлов", "Олжас", dt.date(2011, 6, 7), "m"),
        ("galymov", "Ғалымов", "Арман", dt.date(2011, 8, 9), "m"),
        ("iskakov", "Іскаков", "Санжар", dt.date(2010, 10, 11), "m"),
        ("ybyraev", "Ыбыраев", "Ислам", dt.date(2010, 12, 13), "m"),
        ("ivanova", "Иванова", "Мария", dt.date(2014, 1, 15), "f"),
    ]:
        ids[key] = register(db, surname=surname, name=name, birth_date=born, sex=sex).child.id
    return ids


@pytest.mark.parametrize("query", ["Nusipova", "nüsıpova", "НУСИПОВА", "нус", "Nussipova", "Нүсіпова Әсем",
                                   "Әсем Нүсіпова", "asem nus", "  нүсіпова  ", "150314", ASEM_IIN, "1503 1460"])
def test_search_finds_asem_in_any_script(db, registry, query) -> None:  # type: ignore[no-untyped-def]
    assert [c.id for c in svc.search_children(db, actor=SYSTEM, text=query)] == [registry["asem"]]
    assert svc.count_children(db, actor=SYSTEM, text=query) == 1


@pytest.mark.parametrize("query", ["Qasymov", "Kasymov", "қасым", "ҚАСЫМОВ ЕРЛАН", "Yerlan"])
def test_search_finds_kasymov(db, registry, query) -> None:  # type: ignore[no-untyped-def]
    assert [c.id for c in svc.search_children(db, actor=SYSTEM, text=query)] == [registry["kasymov"]]


@pytest.mark.parametrize("query", ["Nusipovb", "Zhanna", "150315", "Әсемгүл"])
def test_search_misses(db, registry, query) -> None:  # type: ignore[no-untyped-def]
    assert svc.search_children(db, actor=SYSTEM, text=query) == []
    assert svc.count_children(db, actor=SYSTEM, text=query) == 0


def test_results_follow_the_kazakh_alphabet(db, registry) -> None:  # type: ignore[no-untyped-def]
    expected = ["abaev", "abilov", "gulov", "galymov", "ivanova", "kasymov", "asem", "ybyraev", "iskakov"]
    found = svc.search_children(db, actor=SYSTEM, text="")
    assert [c.id for c in found] == [registry[k] for k in expected]
    assert svc.count_children(db, actor=SYSTEM) == 9
    assert [c.id for c in svc.search_children(db, actor=SYSTEM, limit=3, offset=2)] == [registry[k] for k in expected[2:5]]
    with pytest.raises(ValidationError) as caught:
        svc.search_children(db, actor=SYSTEM, text="", limit=0)
    assert caught.value.field == "limit"


def test_child_detail_with_guardians(db) -> None:  # type: ignore[no-untyped-def]
    father = svc.GuardianInput(full_name="Нүсіпов Қайрат", phone="+77015554433", relation="father",
                               email="Kairat@Example.KZ")
    child_id = asem(db, guardians=[MOTHER, father], school="Мектеп-гимназия № 5").child.id
    for key in (child_id, str(child_id), ASEM_IIN):
        detail = svc.child_detail(db, actor=SYSTEM, child=key)
        assert detail.child.id == child_id and detail.child.full_name == "Нүсіпова Әсем"
        assert [(g.full_name, g.relation, g.phone, g.email) for g in detail.guardians] == [
            ("Нүсіпова Гүлнар", "mother", "+77071234567", None),
            ("Нүсіпов Қайрат", "father", "+77015554433", "Kairat@example.kz"),
        ]
        assert detail.enrolments == [] and detail.has_consent is False
    assert svc.child_fields(db, actor=SYSTEM, child=child_id).school == "Мектеп-гимназия № 5"
    for missing in (999, "150314601240", "nobody"):
        with pytest.raises(NotFoundError):
            svc.child_detail(db, actor=SYSTEM, child=missing)


def test_each_change_is_audited(db) -> None:  # type: ignore[no-untyped-def]
    child_id = asem(db).child.id
    events = audit_rows(db, "child.add")
    assert len(events) == 1
    event = events[0]
    assert (event.actor, event.entity, event.entity_id, event.before) == (ACTOR.login, "child", str(child_id), None)
    after = json.loads(event.after)
    assert after["child"]["iin"] == ASEM_IIN and after["guardians"] == ["Нүсіпова Гүлнар"]
    assert after["consent"] is False
    svc.update_child(db, actor=ACTOR, child=child_id, fields=ChildFields(surname="Нүсіпова", name="Әсем",
                                                                        iin=ASEM_IIN, grade=3))
    assert len(audit_rows(db, "child.edit")) == 1
    assert count(db, AuditEvent) == 2
