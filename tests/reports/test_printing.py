"""The printing services on real databases (SQLite and PostgreSQL): what each printed document says is what the
database holds — the roster's children and waitlist, the meeting dates and recorded marks of a month, the
evacuation counts of ``occupancy_at`` — and every print of personal data is audited."""
from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from enrol.db.engine import Database
from enrol.db.models import AuditEvent
from enrol.domain.errors import StorageError, ValidationError
from enrol.reports import MARK_SYMBOLS
from enrol.services.reporting import printing
from enrol.services.enrolment.places import withdraw_child
from enrol.services.enrolment.occupancy import occupancy_at
from enrol.services.context import SYSTEM
from tests.reports.pdf_reading import flat, nearest, words
from tests.reports.printing_centre import MONTH, Centre, enrol, kid, mark, set_enrolment, specialist_id
from tests.unit.enrolment_centre import ADMIN, CUTOFF, TODAY, moment, next_day

MONDAY = next_day(1)


def audit_count(db: Database, action: str) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)))


def test_roster_holds_exactly_the_enrolled_children_then_the_waitlist(db: Database, tmp_path: Path) -> None:
    centre = Centre(db)
    centre.room("1.01", seats=20)
    centre.group("KZ-1", seats=6, room="1.01", meets=[(1, "15:00", "16:30"), (4, "15:00", "16:30")],
                 teacher_id=centre.teacher("Байжанова", "Гүлнар"))
    centre.group("OTHER", seats=5, room="1.01", meets=[(2, "15:00", "16:30")])
    kids = [kid(db, n) for n in range(10)]
    statuses = [enrol(db, child, "KZ-1") for child, _ in kids[:9]]
    assert statuses == ["enrolled"] * 6 + ["waitlisted"] * 3
    enrol(db, kids[9][0], "OTHER")
    pdf = printing.print_roster(db, actor=ADMIN, group="KZ-1", output=tmp_path / "roster.pdf")
    assert (tmp_path / "roster.pdf").read_bytes() == pdf
    printed = flat(pdf)
    enrolled, _, waiting = printed.partition("NOT ENROLLED — waiting list in order: 3")
    assert waiting, "the waitlist is marked as such"
    names = [name for _, name in kids]
    assert {n for n in names if n in enrolled} == set(names[:6])
    assert {n for n in names if n in waiting} == set(names[6:9])
    assert sorted(names[6:9], key=waiting.index) == names[6:9]  # in waitlist order
    assert [f"{position} {name}" in waiting for position, name in enumerate(names[6:9], start=1)] == [True] * 3
    for text in ("Group roster: KZ-1", "Enrolled children: 6 (seats: 6)", "Байжанова Гүлнар",
                 "Mon 15:00–16:30, room 1.01", "Ата-анасы Әбілова", "+77015550000", "№ 12 мектеп-гимназия, grade 5"):
        assert text in printed, text
    for letter in "ӘҒҚӨҰҮҺІң":  # no Kazakh name begins with Ң; the document tests print it too
        assert letter in printed, letter
    assert audit_count(db, "print.roster") == 1


def test_a_file_that_cannot_be_written_is_refused_and_not_audited(db: Database, tmp_path: Path) -> None:
    centre = Centre(db)
    centre.room("1.01")
    centre.group("KZ-1", room="1.01")
    with pytest.raises(StorageError):  # a storage problem (exit 5), not invalid input
        printing.print_roster(db, actor=ADMIN, group="KZ-1", output=tmp_path / "missing" / "roster.pdf")
    assert audit_count(db, "print.roster") == 0
    assert not [p for p in tmp_path.iterdir() if ".pdf" in p.name]


@pytest.fixture
def month_sheet(db: Database) -> dict[str, object]:
    """Group ATT-1 in MONTH: Mondays and Thursdays from the 10th, Wednesdays up to the 15th. Of its children
    one was there all month, one joined on the 12th, one left on the 20th; one left in February, one starts
    in April, one waits for a seat."""
    centre = Centre(db)
    centre.room("1.01", seats=20)
    start, end = MONTH.replace(day=10), MONTH.replace(day=15)
    centre.group("ATT-1", seats=10, room="1.01", meets=[], teacher_id=centre.teacher())
    centre.meeting("ATT-1", 1, "10:00", "11:00", room="1.01", valid_from=start)
    centre.meeting("ATT-1", 4, "10:00", "11:00", room="1.01", valid_from=start)
    centre.meeting("ATT-1", 3, "12:00", "13:00", room="1.01", valid_to=end)
    kids = [kid(db, n) for n in range(6)]
    for child, _ in kids:
        enrol(db, child, "ATT-1")
    ids = [set_enrolment(db, kids[0][0], "ATT-1", start_date=CUTOFF),
           set_enrolment(db, kids[1][0], "ATT-1", start_date=MONTH.replace(day=12)),
           set_enrolment(db, kids[2][0], "ATT-1", start_date=CUTOFF, status="withdrawn",
                         end_date=MONTH.replace(day=20))]
    set_enrolment(db, kids[3][0], "ATT-1", start_date=CUTOFF, status="withdrawn", end_date=MONTH.replace(day=1) -
                  dt.timedelta(days=8))
    set_enrolment(db, kids[4][0], "ATT-1", start_date=MONTH.replace(day=28) + dt.timedelta(days=8))
    set_enrolment(db, kids[5][0], "ATT-1", status="waitlisted")
    days = calendar.monthrange(MONTH.year, MONTH.month)[1]
    expected = [MONTH.replace(day=d) for d in range(1, days + 1)
                if (MONTH.replace(day=d).weekday() in (0, 3) and d >= 10) or (MONTH.replace(day=d).weekday() == 2
                                                                                and d <= 15)]
    cycle = ["present", "absent", "excused", "late"]
    marks = {kids[0][1]: {day: cycle[i % 4] for i, day in enumerate(expected)},
             kids[1][1]: {day: "present" for day in expected if day.day >= 12},
             kids[2][1]: {day: "absent" for day in expected if day.day < 20}}
    for enrolment_id, (_, name) in zip(ids, kids):
        for day, value in marks[name].items():
            mark(db, enrolment_id, day, value)
    return {"kids": [name for _, name in kids], "dates": expected, "marks": marks}


def read_sheet(pdf: bytes, language: str = "en") -> tuple[list[str], dict[str, dict[str, str]]]:
    """The date columns of the first page and, per child's row, column → mark."""
    found = words(pdf)
    sigma = next(w for w in found if w.text == "Σ")
    child = next(w for w in found if abs(w.y - sigma.y) < 1 and w.x < sigma.x and not w.text.isdigit()
                 and w.text != "№")
    heads = {w.text: w.x for w in found if w.text.isdigit() and abs(w.y - sigma.y) < 8 and child.x < w.x < sigma.x}
    symbols = {symbol: value for value, symbol in MARK_SYMBOLS[language].items()}
    rows: dict[str, float] = {}  # a child's name, not the «from 12.03» note beside it
    for w in found:
        if w.x == child.x and w.y < sigma.y - 5 and all(abs(w.y - y) > 1 for y in rows.values()):
            rows[w.text] = w.y
    read: dict[str, dict[str, str]] = {}
    for word in found:
        if word.text in symbols and (row := nearest(rows, word.y, within=4)):
            read.setdefault(row, {})[nearest(heads, word.x, within=6) or "?"] = symbols[word.text]
    return sorted(heads, key=heads.__getitem__), read


def test_sheet_columns_are_the_meeting_dates_and_marks_match(db: Database, month_sheet: dict) -> None:
    pdf = printing.print_attendance(db, actor=ADMIN, month=MONTH, group="ATT-1")
    assert pdf is not None
    dates = month_sheet["dates"]
    columns, read = read_sheet(pdf)
    assert columns == [f"{d.day:02d}" for d in dates]
    kids, marks = month_sheet["kids"], month_sheet["marks"]
    for name in kids[:3]:
        row = next(key for key in read if key.startswith(name))
        assert read[row] == {f"{d.day:02d}": value for d, value in marks[name].items()}, name
    printed = flat(pdf)
    assert {name for name in kids if name in printed} == set(kids[:3])
    assert f"{kids[1]} from 12.03" in printed and f"{kids[2]} left 20.03" in printed
    book = printing.attendance_book(db, month=MONTH, group="ATT-1")
    assert book.sheets[0].dates == dates
    joined = book.sheets[0].rows[[r.child for r in book.sheets[0].rows].index(kids[1])]
    assert [d.day >= 12 for d in dates] == list(joined.enrolled)
    assert audit_count(db, "print.attendance") == 1


def test_blank_sheet_has_the_children_but_no_marks(db: Database, month_sheet: dict) -> None:
    pdf = printing.print_attendance(db, actor=ADMIN, month=MONTH, group="ATT-1", blank=True)
    assert pdf is not None
    columns, read = read_sheet(pdf)
    assert columns == [f"{d.day:02d}" for d in month_sheet["dates"]] and read == {}
    assert all(name in flat(pdf) for name in month_sheet["kids"][:3])


def test_sheet_in_russian_uses_the_journal_letters(db: Database, month_sheet: dict) -> None:
    from enrol import i18n

    i18n.set_language("ru")
    try:
        pdf = printing.print_attendance(db, actor=ADMIN, month=MONTH, group="ATT-1")
    finally:
        i18n.set_language("en")
    assert pdf is not None and "Табель посещаемости: ATT-1" in flat(pdf)
    _, read = read_sheet(pdf, "ru")
    first = next(key for key in read if key.startswith(month_sheet["kids"][0]))
    assert read[first] == {f"{d.day:02d}": v for d, v in month_sheet["marks"][month_sheet["kids"][0]].items()}


def test_every_sheet_of_the_month_with_progress_and_cancel(db: Database, month_sheet: dict) -> None:
    centre = Centre(db)
    centre.group("ATT-2", room="1.01", meets=[(5, "10:00", "11:00")])
    centre.group("SILENT", room="1.01", meets=[(5, "12:00", "13:00")], valid_to=MONTH - dt.timedelta(days=1))
    seen: list[tuple[int, int]] = []
    pdf = printing.print_attendance(db, actor=ADMIN, month=MONTH,
                                    progress=lambda done, total: seen.append((done, total)) is None)
    assert pdf is not None and seen == [(0, 2), (1, 2), (2, 2)]
    printed = flat(pdf)
    assert "Attendance sheet: ATT-1" in printed and "Attendance sheet: ATT-2" in printed
    assert "SILENT" not in printed  # it does not meet that month
    assert printing.print_attendance(db, actor=ADMIN, month=MONTH, progress=lambda done, total: done < 1) is None
    assert audit_count(db, "print.attendance") == 1  # the cancelled print left no trace
    with pytest.raises(ValidationError):
        printing.parse_month("2026-13")
    assert printing.parse_month(" 2026-3 ") == dt.date(2026, 3, 1)


@pytest.fixture
def building(db: Database) -> Centre:
    """As in the occupancy tests: A (5 children, teacher) and B (3 enrolled, 1 offer) on Monday afternoon,
    C on Tuesday, D's meetings over; a psychologist's appointment and a concert for 100 next Monday."""
    built = Centre(db)
    built.room("1.01", seats=20, floor=1)
    built.room("1.05", seats=2, floor=1, kind="cabinet")
    built.room("2.01", seats=15, floor=2)
    built.room("3.01", seats=300, floor=3, kind="hall")
    built.group("A", seats=10, room="1.01", meets=[(1, "15:00", "16:30")], teacher_id=built.teacher())
    built.group("B", seats=4, room="2.01", meets=[(1, "16:00", "17:00")])
    built.group("C", seats=10, room="1.01", meets=[(2, "10:00", "11:00")])
    built.group("D", seats=10, room="2.01", meets=[(1, "15:00", "16:00")], valid_from=TODAY - dt.timedelta(days=60),
                valid_to=TODAY - dt.timedelta(days=1))
    kids = [kid(db, n) for n in range(11)]
    for child, _ in kids[:5]:
        enrol(db, child, "A")
    for child, _ in kids[5:10]:
        enrol(db, child, "B")
    withdraw_child(db, actor=ADMIN, child=kids[5][0], group="B")  # the fifth child is offered the seat
    built.appointment([kids[10][0]], moment(MONDAY, "16:00"), moment(MONDAY, "16:45"), room="1.05")
    built.event("Концерт", moment(MONDAY, "16:15"), moment(MONDAY, "18:00"), room="3.01", headcount=100)
    return built


@pytest.mark.parametrize("at", ["15:30", "16:10", "16:20", "16:45", "17:30", "18:00"])
def test_evacuation_counts_match_the_occupancy(db: Database, building: Centre, at: str) -> None:
    when = moment(MONDAY, at)
    occupancy = occupancy_at(db, actor=SYSTEM, at=when)
    document = printing.evacuation_document(db, actor=SYSTEM, at=when)
    assert document.total == occupancy.total and document.floors == occupancy.floors
    assert {r.code: r.expected for r in document.rooms} == {r.code: r.expected for r in occupancy.rooms
                                                           if r.expected or r.adults}
    printed = flat(printing.print_evacuation(db, actor=ADMIN, at=when))
    assert f"Children expected in the building at {when:%Y-%m-%d %H:%M}: {occupancy.total} (limit 1000)" in printed
    for room in occupancy.rooms:
        if room.expected:
            assert f"Room {room.code} «Room {room.code}»: {room.expected} expected" in printed
            for adult in room.adults:
                assert adult in printed


def test_evacuation_names_the_children_and_the_adults(db: Database, building: Centre) -> None:
    document = printing.evacuation_document(db, actor=SYSTEM, at=moment(MONDAY, "16:20"))
    rooms = {r.code: r for r in document.rooms}
    assert [c.group for c in rooms["1.01"].children] == ["A"] * 5 and rooms["1.01"].adults == ["Байжанова Гүлнар"]
    assert sum(c.offered for c in rooms["2.01"].children) == 1 and len(rooms["2.01"].children) == 4
    assert [c.child for c in rooms["1.05"].children] == ["Жұмабаева Гүлнұр"]
    assert rooms["1.05"].adults == ["Сапарова Жанар"]
    assert [(e.title, e.headcount) for e in rooms["3.01"].events] == [("Концерт", 100)]
    printed = flat(printing.print_evacuation(db, actor=ADMIN, at=moment(MONDAY, "16:20")))
    for name in ("Әбілова Әсем", "Ғалиев Ғани", "Қасенов Қуаныш", "Смағұлова Аңсар", "Жұмабаева Гүлнұр",
                 "Event «Концерт»: 100"):
        assert name in printed
    assert "Ұлықбеков Ұлан" not in printed  # withdrawn from B
    assert audit_count(db, "print.evacuation") == 1


def test_timetable_card_and_specialist_day(db: Database, building: Centre) -> None:
    child = kid(db, 11)[0]
    enrol(db, child, "C")
    building.group("FULL", seats=1, room="2.01", meets=[(3, "10:00", "11:00")])
    enrol(db, building.child(), "FULL")
    assert enrol(db, child, "FULL") == "waitlisted"
    printed = flat(printing.print_card(db, actor=ADMIN, child=child))
    for text in ("Timetable card: Серікова Мөлдір", "Tue", "10:00–11:00", "1.01 (1)", "waiting list, position 1",
                 "Ата-анасы Серікова, +77015550011"):
        assert text in printed, text
    specialist = specialist_id(db)
    building.appointment([child], moment(MONDAY, "09:00"), moment(MONDAY, "09:45"), room="1.05")
    building.appointment([child], moment(MONDAY + dt.timedelta(days=1), "09:00"),
                         moment(MONDAY + dt.timedelta(days=1), "09:45"), room="1.05")
    printed = flat(printing.print_specialist_day(db, actor=ADMIN, specialist_id=specialist, day=MONDAY))
    assert f"Specialist's day: {MONDAY:%Y-%m-%d}" in printed and "Сапарова Жанар" in printed
    assert "09:00–09:45" in printed and "16:00–16:45" in printed and "Серікова Мөлдір" in printed
    assert printed.count("09:00–09:45") == 1
    assert audit_count(db, "print.card") == 1 and audit_count(db, "print.specialist_day") == 1
