"""Bad input everywhere: arbitrary text, numbers and dates fed to every service entry point and to the
importers. The only outcomes allowed are success or a clear refusal (ValidationError / RefusedError, which
render as one line in every language) — never a crash, never a storage error — and a refused call changes
nothing: every table is compared before and after."""
from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

import enrol.db.models  # noqa: F401
from enrol import i18n
from enrol.db.base import Base
from enrol.db.engine import Database
from enrol.domain.children import ChildFields
from enrol.domain.errors import EnrolError, StorageError
from enrol.domain.settings import SETTINGS
from enrol.domain.vocabulary import DIRECTIONS, ENROLMENT_FUNDING, ROOM_KINDS
from enrol.services.enrolment import applications, places as enrolment
from enrol.services.people import children
from enrol.services.centre import clubs, groups, rooms, staff, timetable
from enrol.services.centre import settings as centre_settings
from enrol.services.transfer.children_import import import_children
from enrol.services.transfer.children_rows import COLUMNS
from enrol.services.context import Actor
from enrol.services.storage.database import init_database

ACTOR = Actor(login="test:fuzz")
TODAY = dt.date.today()
YEAR = TODAY.year if TODAY.month >= 9 else TODAY.year - 1
EXAMPLES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                           HealthCheck.too_slow])

NASTY = [
    "", " ", "Robert'); DROP TABLE children;--", "\u202eовичсеркА", "A\u200fB", "Нүсіпова\x00", "\t\n", "é" * 5000,
    "0", "-1", "1e9", "NaN", "99999999999999999999999", "2.14", "AVIA-1", "Авиамодельдеу", "+7 707 123 45 67",
    "150314601232", "' OR 1=1 --", "%s", "{value}", "\ud7ff", "😀", "Ə", "O’Brien", "—", "null",
]
texts = st.one_of(st.sampled_from(NASTY), st.text(max_size=80), st.text(min_size=200, max_size=600))
optional_texts = st.one_of(st.none(), texts)
numbers = st.one_of(st.integers(), st.integers(-5, 400), st.sampled_from(["12", " 7 ", "x", "", "1.5", "1e3"]),
                    st.floats(allow_nan=True, allow_infinity=True))
dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
near_dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
moments = st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1))


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.read() as session:
        return {t.name: [tuple(r) for r in session.execute(select(t).order_by(*t.primary_key.columns))]
                for t in Base.metadata.sorted_tables}


def attempt(db: Database, call: Callable[[], object]) -> bool:
    """Run one call: success, or a refusal that left every table as it was. Anything else fails the test."""
    before = snapshot(db)
    try:
        call()
    except StorageError:
        raise
    except EnrolError as error:
        assert snapshot(db) == before, f"{type(error).__name__} {error} changed the database"
        for language in i18n.LANGUAGES:  # the message renders as one line in each language
            i18n.set_language(language)
            line = i18n.render_error(error)
            assert line and "\n" not in line, line
        i18n.set_language("en")
        return False
    return True


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small centre built once: a room, a club, a teacher, a group meeting weekly, a child enrolled."""
    path = tmp_path_factory.mktemp("fuzz") / "template.sqlite3"
    db = init_database(str(path))
    try:
        centre_settings.set_setting(db, actor=ACTOR, key="academic_year", value=f"{YEAR}-{YEAR + 1}")
        rooms.add_room(db, actor=ACTOR, code="2.14", name="Шеберхана", floor=2, kind="workshop", seats=20)
        clubs.add_club(db, actor=ACTOR, name="Авиамодельдеу", direction="science", age_min=6, age_max=17,
                       funding="free", default_group_size=10)
        teacher = staff.add_staff(db, actor=ACTOR, surname="Ахметов", name="Серік", position="teacher")
        groups.add_group(db, actor=ACTOR, code="AVIA-1", club="Авиамодельдеу", teacher_id=teacher.id)
        timetable.add_meeting(db, actor=ACTOR, group="AVIA-1", weekday=2, start="15:00", end="16:30", room="2.14")
        asem = children.register_child(
            db, actor=ACTOR, fields=ChildFields(surname="Нүсіпова", name="Әсем", iin="150314601232"),
            guardians=[children.GuardianInput(full_name="Нүсіпова Гүлнар", phone="+77071234567")]).child.id
        enrolment.enrol_child(db, actor=ACTOR, child=asem, group="AVIA-1")
    finally:
        db.dispose()
    return path


@pytest.fixture
def centre(template: Path, tmp_path: Path) -> Iterator[Database]:
    shutil.copy(template, tmp_path / "centre.sqlite3")
    db = Database(str(tmp_path / "centre.sqlite3"))
    yield db
    db.dispose()


# --- the centre ----------------------------------------------------------------------------------------------

@EXAMPLES
@given(code=texts, name=texts, floor=numbers, kind=st.one_of(st.sampled_from(list(ROOM_KINDS)), texts),
       seats=numbers)
def test_add_room(centre: Database, code: str, name: str, floor: Any, kind: str, seats: Any) -> None:
    attempt(centre, lambda: rooms.add_room(centre, actor=ACTOR, code=code, name=name, floor=floor, kind=kind,
                                           seats=seats))


@EXAMPLES
@given(room=st.one_of(st.just("2.14"), texts), name=optional_texts, kind=optional_texts,
       seats=st.one_of(st.none(), numbers))
def test_update_room(centre: Database, room: str, name: str | None, kind: str | None, seats: Any) -> None:
    attempt(centre, lambda: rooms.update_room(centre, actor=ACTOR, room=room, name=name, kind=kind, seats=seats))


@EXAMPLES
@given(name=texts, direction=st.one_of(st.sampled_from(list(DIRECTIONS)), texts), low=numbers, high=numbers,
       funding=st.one_of(st.sampled_from(["free", "paid"]), texts), size=numbers, description=optional_texts)
def test_add_club(centre: Database, name: str, direction: str, low: Any, high: Any, funding: str, size: Any,
                  description: str | None) -> None:
    attempt(centre, lambda: clubs.add_club(centre, actor=ACTOR, name=name, direction=direction, age_min=low,
                                           age_max=high, funding=funding, default_group_size=size,
                                           description=description))


@EXAMPLES
@given(code=texts, club=st.one_of(st.just("Авиамодельдеу"), texts), seats=st.one_of(st.none(), numbers),
       low=st.one_of(st.none(), numbers), language=st.one_of(st.sampled_from(["kk", "ru"]), texts),
       year=optional_texts, teacher=st.one_of(st.none(), st.integers()))
def test_add_group(centre: Database, code: str, club: str, seats: Any, low: Any, language: str, year: str | None,
                   teacher: int | None) -> None:
    attempt(centre, lambda: groups.add_group(centre, actor=ACTOR, code=code, club=club, seats=seats, age_min=low,
                                             language=language, academic_year=year, teacher_id=teacher))


@EXAMPLES
@given(group=st.one_of(st.just("AVIA-1"), texts), weekday=numbers,
       start=st.one_of(st.sampled_from(["9:00", "15:30", "24:00", "25:61"]), texts),
       end=st.one_of(st.sampled_from(["10:00", "16:00", "24:00"]), texts), room=st.one_of(st.just("2.14"), texts),
       valid_from=st.one_of(st.none(), dates), valid_to=st.one_of(st.none(), dates))
def test_add_meeting(centre: Database, group: str, weekday: Any, start: str, end: str, room: str,
                     valid_from: dt.date | None, valid_to: dt.date | None) -> None:
    attempt(centre, lambda: timetable.add_meeting(centre, actor=ACTOR, group=group, weekday=weekday, start=start,
                                                  end=end, room=room, valid_from=valid_from, valid_to=valid_to))


@EXAMPLES
@given(surname=texts, name=texts, patronymic=optional_texts,
       position=st.one_of(st.sampled_from(["teacher", "specialist"]), texts), phone=optional_texts,
       specialty=st.one_of(st.none(), st.just("psychologist"), texts), cabinet=optional_texts)
def test_add_staff(centre: Database, surname: str, name: str, patronymic: str | None, position: str,
                   phone: str | None, specialty: str | None, cabinet: str | None) -> None:
    attempt(centre, lambda: staff.add_staff(centre, actor=ACTOR, surname=surname, name=name, patronymic=patronymic,
                                            position=position, phone=phone, specialty=specialty, cabinet=cabinet))


@EXAMPLES
@given(key=st.one_of(st.sampled_from(list(SETTINGS)), texts), value=st.one_of(texts, numbers.map(str)))
def test_set_setting(centre: Database, key: str, value: str) -> None:
    attempt(centre, lambda: centre_settings.set_setting(centre, actor=ACTOR, key=key, value=value))


# --- children --------------------------------------------------------------------------------------------------

child_fields = st.builds(
    ChildFields, surname=texts, name=texts, patronymic=optional_texts,
    birth_date=st.one_of(st.none(), dates, near_dates), iin=st.one_of(st.none(), st.just("150314601232"), texts),
    sex=st.one_of(st.none(), st.sampled_from(["f", "m"]), texts), school=optional_texts,
    grade=st.one_of(st.none(), numbers), shift=st.one_of(st.none(), numbers), district=optional_texts,
    priority=st.one_of(st.none(), st.just("orphan"), texts), notes=optional_texts,
)
guardian_inputs = st.lists(st.builds(
    children.GuardianInput, full_name=texts, phone=st.one_of(st.just("+77071234567"), texts),
    relation=st.one_of(st.just("mother"), texts), email=optional_texts, iin=optional_texts), max_size=3)


@EXAMPLES
@given(fields=child_fields, guardians=guardian_inputs, allow=st.booleans())
def test_register_child(centre: Database, fields: ChildFields, guardians: list[children.GuardianInput],
                        allow: bool) -> None:
    attempt(centre, lambda: children.register_child(centre, actor=ACTOR, fields=fields, guardians=guardians,
                                                    allow_duplicate=allow))


@EXAMPLES
@given(key=st.one_of(st.just("1"), st.just("150314601232"), texts), fields=child_fields,
       guardians=st.one_of(st.none(), guardian_inputs))
def test_update_child(centre: Database, key: str, fields: ChildFields,
                      guardians: list[children.GuardianInput] | None) -> None:
    attempt(centre, lambda: children.update_child(centre, actor=ACTOR, child=key, fields=fields, guardians=guardians))


@EXAMPLES
@given(text=texts, limit=st.integers(), order=st.one_of(st.sampled_from(["name", "iin"]), texts))
def test_search(centre: Database, text: str, limit: int, order: str) -> None:
    attempt(centre, lambda: children.search_children(centre, text=text, limit=limit))
    attempt(centre, lambda: children.search_ids(centre, text=text, order_by=order))
    attempt(centre, lambda: children.child_detail(centre, child=text))


# --- enrolment ---------------------------------------------------------------------------------------------------

@EXAMPLES
@given(child=st.one_of(st.just("1"), texts), group=st.one_of(st.just("AVIA-1"), texts),
       funding=st.one_of(st.none(), st.sampled_from(list(ENROLMENT_FUNDING)), texts), voucher=optional_texts,
       start=st.one_of(st.none(), dates), applied=st.one_of(st.none(), moments), reason=optional_texts)
def test_enrol(centre: Database, child: str, group: str, funding: str | None, voucher: str | None,
               start: dt.date | None, applied: dt.datetime | None, reason: str | None) -> None:
    attempt(centre, lambda: enrolment.withdraw_child(centre, actor=ACTOR, child="1", group="AVIA-1"))
    attempt(centre, lambda: enrolment.enrol_child(centre, actor=ACTOR, child=child, group=group, funding=funding,
                                                  voucher_number=voucher, start_date=start, applied_at=applied,
                                                  override_reason=reason))


@EXAMPLES
@given(child=st.one_of(st.just("1"), texts), group=st.one_of(st.just("AVIA-1"), texts), reason=optional_texts,
       seats=numbers)
def test_withdraw_and_seats(centre: Database, child: str, group: str, reason: str | None, seats: Any) -> None:
    attempt(centre, lambda: enrolment.withdraw_child(centre, actor=ACTOR, child=child, group=group, reason=reason))
    attempt(centre, lambda: enrolment.change_group_seats(centre, actor=ACTOR, group=group, seats=seats))


# --- the importers -------------------------------------------------------------------------------------------------

cell_text = st.one_of(st.sampled_from(NASTY + ["14.03.2015", "2015-03-14", "f", "m", "mother", "1", "2"]),
                      st.text(max_size=30))


@st.composite
def tables(draw: st.DrawFn, columns: list[str]) -> str:
    header = draw(st.lists(st.one_of(st.sampled_from(columns), st.text(max_size=10)), min_size=1, max_size=8))
    rows = draw(st.lists(st.lists(cell_text, min_size=0, max_size=len(header) + 1), max_size=6))
    delimiter = draw(st.sampled_from([";", ","]))

    def line(cells: list[str]) -> str:
        return delimiter.join('"' + c.replace('"', '""') + '"' if draw(st.booleans()) else c for c in cells)

    return "\n".join([line(header)] + [line(r) for r in rows])


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
    return path


@EXAMPLES
@given(content=st.one_of(tables(list(COLUMNS)), st.binary(max_size=200)),
       suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_import_children(centre: Database, tmp_path: Path, content: str | bytes, suffix: str) -> None:
    try:
        path = _write(tmp_path / f"children{suffix}", content)
    except UnicodeEncodeError:
        return
    attempt(centre, lambda: import_children(centre, actor=ACTOR, path=path))


@EXAMPLES
@given(content=st.one_of(tables(["child", "iin", "child_id", "group", "applied_at", "funding", "voucher_number",
                                 "start_date"]), st.binary(max_size=200)))
def test_import_applications(centre: Database, tmp_path: Path, content: str | bytes) -> None:
    try:
        path = _write(tmp_path / "applications.csv", content)
    except UnicodeEncodeError:
        return
    attempt(centre, lambda: applications.import_applications(centre, actor=ACTOR, path=path))


def test_a_malformed_workbook_is_refused(centre: Database, tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as archive:  # a zip that claims to be a workbook
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<not really")
    assert not attempt(centre, lambda: import_children(centre, actor=ACTOR, path=path))
    assert not attempt(centre, lambda: applications.import_applications(centre, actor=ACTOR, path=path))
