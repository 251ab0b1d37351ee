"""The documents themselves, from hand-made data: every text reads back from the PDF as the right Unicode
(Kazakh letters included), marks stand in their date's column, long tables break with page numbers per sheet,
titles come out in Kazakh and Russian, and a long batch reports progress and can be cancelled."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from enrol import i18n
from enrol.reports import MARK_SYMBOLS, AttendanceBook, AttendanceRow, AttendanceSheet, CardSession, CardWaiting, \
    EvacuationList, Evacuee, EventLine, RoomList, RosterDocument, RosterLine, SpecialistDay, AppointmentLine, \
    TimeSlot, TimetableCard, mark_symbol, render_attendance, render_card, render_evacuation, render_roster, \
    render_specialist_day
from tests.reports.pdf_reading import flat, nearest, pages, words

PRINTED = dt.datetime(2026, 3, 28, 9, 15)
CENTRE = "Инновациялық шығармашылық орталығы"
KAZAKH = ["Әбілова Әсем", "Ғалиев Ғани", "Қасенов Қуаныш", "Ңұрлан Ңұрбек", "Өтебаев Төлеген", "Ұлықбеков Ұлан",
          "Үсенова Үміт", "Һашимов Баһадүр", "Іскаков Іңкәр"]
MARCH = [dt.date(2026, 3, d) for d in (2, 5, 9, 12, 16, 19, 23, 26, 30)]  # Mondays and Thursdays


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def roster(children: int = 3) -> RosterDocument:
    return RosterDocument(
        centre=CENTRE, printed_at=PRINTED, group="AVIA-1", club="Авиамодельдеу", teacher="Байжанова Гүлнар",
        seats=20, academic_year="2025-2026", meetings=[TimeSlot(1, "15:30", "16:50", "2.14")],
        children=[RosterLine(n, KAZAKH[n % 9] + f" {n}", dt.date(2015, 3, 14), "№ 12 мектеп", 5, "Ата-анасы",
                             f"+7 701 000 {n:04d}") for n in range(1, children + 1)],
        offers=[RosterLine(1, "Offered Child", dt.date(2015, 1, 2), offer_until=dt.datetime(2026, 3, 30, 18, 0))],
        waitlist=[RosterLine(1, "Waiting First", dt.date(2015, 1, 2), applied_at=dt.datetime(2026, 2, 1, 9, 0)),
                  RosterLine(2, "Waiting Second", dt.date(2015, 1, 2), applied_at=dt.datetime(2026, 2, 2, 9, 0))])


def sheet(rows: list[AttendanceRow], group: str = "AVIA-1") -> AttendanceSheet:
    return AttendanceSheet(group=group, club="Авиамодельдеу", teacher="Байжанова Гүлнар",
                           meetings=[TimeSlot(1, "15:30", "16:50", "2.14"), TimeSlot(4, "15:30", "16:50", "2.14")],
                           dates=MARCH, rows=rows)


def row(name: str, marks: list[str | None], *, enrolled: list[bool] | None = None, **notes: dt.date) -> AttendanceRow:
    return AttendanceRow(child=name, marks=tuple(marks), enrolled=tuple(enrolled or [True] * len(marks)), **notes)


def test_kazakh_letters_and_markup_characters_read_back_intact() -> None:
    document = roster(9)
    document = RosterDocument(**{**document.__dict__, "waitlist": [
        RosterLine(1, "O’Brien & <Sons> «Ақ»", dt.date(2015, 1, 2)), *document.waitlist]})
    printed = flat(render_roster(document))
    for n in range(1, 10):
        assert f"{KAZAKH[n % 9]} {n}" in printed
    assert "O’Brien & <Sons> «Ақ»" in printed
    letters = set("ӘҒҚҢӨҰҮҺІәғқңөұүһі")
    assert letters <= set(printed)


def test_roster_sections_are_marked_and_in_order() -> None:
    printed = flat(render_roster(roster(3)))
    assert printed.index("Enrolled children: 3 (seats: 20)") < printed.index("NOT ENROLLED — seats offered")
    assert printed.index("Offered Child") < printed.index("NOT ENROLLED — waiting list in order: 2")
    assert printed.index("Waiting First") < printed.index("Waiting Second")
    for text in (CENTRE, "Group roster: AVIA-1", "Авиамодельдеу", "Байжанова Гүлнар", "Mon 15:30–16:50, room 2.14",
                 "2015-03-14 (11)", "№ 12 мектеп, grade 5", "+7 701 000 0002", "Printed 2026-03-28 09:15",
                 "Page 1 of 1"):
        assert text in printed, text


def test_a_thousand_row_roster_repeats_its_header_and_numbers_pages() -> None:
    texts = pages(render_roster(roster(1000)))
    assert len(texts) >= 15
    for number, page in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in page
        assert "Group roster: AVIA-1" in page and CENTRE in page
    # the table's header on every page it runs on
    assert all("Birth date (age)" in " ".join(page.split()) for page in texts[:-1])


def test_marks_stand_in_their_dates_columns() -> None:
    marks = {"Әбілова Әсем": ["present", "absent", None, "excused", "late", "present", None, None, "absent"],
             "Ғалиев Ғани": [None, None, None, "present", "present", "present", "present", "present", "present"]}
    pdf = render_attendance(AttendanceBook(CENTRE, PRINTED, MARCH[0], [sheet([row(n, m) for n, m in marks.items()])]))
    assert pdf is not None
    found = words(pdf)
    columns = {w.text: w.x for w in found if w.text.isdigit() and len(w.text) == 2 and w.y > 400}
    assert sorted(columns) == [f"{d.day:02d}" for d in MARCH]
    lines = {w.text: w.y for w in found if w.text in marks}
    read: dict[str, dict[str, str]] = {name: {} for name in marks}
    symbols = {symbol: mark for mark, symbol in MARK_SYMBOLS["en"].items()}
    for word in found:
        if word.text in symbols and (name := nearest(lines, word.y, within=4)):
            column = nearest(columns, word.x, within=6)
            assert column is not None, word
            read[name][column] = symbols[word.text]
    for name, expected in marks.items():
        assert read[name] == {f"{d.day:02d}": m for d, m in zip(MARCH, expected) if m}
    printed = flat(pdf)
    assert "Attended 1 0 1 2 2 1 1 1 9" in printed  # present and late count; the 9th, not marked yet, is empty
    assert "Teacher: Байжанова Гүлнар" in printed and "Signature:" in printed


def test_blank_sheet_has_boxes_but_no_marks() -> None:
    rows = [row("Әбілова Әсем", ["present"] * 9), row("Ғалиев Ғани", ["absent"] * 9)]
    pdf = render_attendance(AttendanceBook(CENTRE, PRINTED, MARCH[0], [sheet(rows)], blank=True))
    assert pdf is not None
    cells = [w.text for w in words(pdf) if w.y < 500 and w.y > 100]
    assert not {"+", "A", "E", "L"} & set(cells)
    assert "Әбілова Әсем" in cells and "Ғалиев Ғани" in cells


def test_joiners_and_leavers_are_marked() -> None:
    rows = [row("Joined Child", [None] * 9, enrolled=[False] * 3 + [True] * 6, joined=dt.date(2026, 3, 12)),
            row("Left Child", [None] * 9, enrolled=[True] * 5 + [False] * 4, left=dt.date(2026, 3, 20))]
    printed = flat(render_attendance(AttendanceBook(CENTRE, PRINTED, MARCH[0], [sheet(rows)])) or b"")
    assert "Joined Child from 12.03" in printed and "Left Child left 20.03" in printed


@pytest.mark.parametrize(("language", "title", "marks"), [
    ("kk", "Қатысу табелі: AVIA-1", "+ қатысты, н қатыспады, с себепті, к кешікті"),
    ("ru", "Табель посещаемости: AVIA-1", "+ присутствовал, н отсутствовал, у уважительная причина, о опоздал"),
])
def test_sheet_in_kazakh_and_russian(language: str, title: str, marks: str) -> None:
    i18n.set_language(language)
    rows = [row("Әбілова Әсем", ["present", "absent", "excused", "late", None, None, None, None, None])]
    printed = flat(render_attendance(AttendanceBook(CENTRE, PRINTED, MARCH[0], [sheet(rows)])) or b"")
    assert title in printed and marks in printed
    assert " ".join(MARK_SYMBOLS[language][m] for m in ("present", "absent", "excused", "late")) in printed
    assert mark_symbol("excused", language) == {"kk": "с", "ru": "у"}[language]


@pytest.mark.parametrize(("language", "titles"), [
    ("kk", ["Топ тізімі: AVIA-1", "Эвакуация тізімі", "Сабақ кестесі: Әбілова Әсем", "Маман күні: 30.03.2026",
            "Күту тізімі"]),
    ("ru", ["Список группы: AVIA-1", "Список для эвакуации", "Расписание занятий: Әбілова Әсем",
            "День специалиста: 30.03.2026", "лист ожидания"]),
])
def test_titles_are_translated(language: str, titles: list[str]) -> None:
    i18n.set_language(language)
    roster_text = flat(render_roster(roster(2)))
    assert titles[0] in roster_text and titles[4].lower() in roster_text.lower()
    assert titles[1] in flat(render_evacuation(EvacuationList(CENTRE, PRINTED, PRINTED, 1000, [])))
    card = TimetableCard(CENTRE, PRINTED, "Әбілова Әсем", dt.date(2015, 3, 14))
    assert titles[2] in flat(render_card(card))
    day = SpecialistDay(CENTRE, PRINTED, dt.date(2026, 3, 30), "Сапарова Жанар", "psychologist", "1.05")
    assert titles[3] in flat(render_specialist_day(day))


def test_batch_numbers_each_sheet_and_reports_progress() -> None:
    long = sheet([row(f"Child {n:02d}", [None] * 9) for n in range(45)], group="LONG-1")
    short = sheet([row("Әбілова Әсем", [None] * 9)], group="SHORT-1")
    seen: list[tuple[int, int]] = []
    pdf = render_attendance(AttendanceBook(CENTRE, PRINTED, MARCH[0], [long, short]),
                            progress=lambda done, total: seen.append((done, total)) is None)
    assert pdf is not None
    assert seen == [(0, 2), (1, 2), (2, 2)]
    texts = pages(pdf)
    assert ["LONG-1" in t for t in texts] == [True, True, False]
    assert ["Page 1 of 2" in texts[0], "Page 2 of 2" in texts[1], "Page 1 of 1" in texts[2]] == [True] * 3
    assert "Child 44" in texts[1] and "Signature:" in texts[1] and "Signature:" not in texts[0]


def test_cancelled_batch_gives_nothing() -> None:
    sheets = [sheet([row("Әбілова Әсем", [None] * 9)], group=f"G-{n}") for n in range(5)]
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 2

    assert render_attendance(AttendanceBook(CENTRE, PRINTED, MARCH[0], sheets), progress=progress) is None
    assert seen == [0, 1, 2]


def test_evacuation_card_and_specialist_day_read_back() -> None:
    evacuation = EvacuationList(CENTRE, PRINTED, dt.datetime(2026, 3, 30, 15, 30), 1000, [
        RoomList("1.01", "Зертхана", 1, 20, ["Байжанова Гүлнар"], [Evacuee("Қасенов Қуаныш", "ROBO-1"),
                                                                   Evacuee("Offered One", "ROBO-1", offered=True)]),
        RoomList("1.05", "Кабинет", 1, 2, ["Сапарова Жанар"], [Evacuee("Үсенова Үміт")]),
        RoomList("3.01", "Зал", 3, 300, [], [], [EventLine("Концерт", 280)])])
    printed = flat(render_evacuation(evacuation))
    assert "Children expected in the building at 2026-03-30 15:30: 283 (limit 1000)" in printed
    assert "Floor 1: 3 children expected" in printed and "Floor 3: 280 children expected" in printed
    assert "In charge: Байжанова Гүлнар" in printed and "Event «Концерт»: 280 people" in printed
    card = TimetableCard(CENTRE, PRINTED, "Әбілова Әсем", dt.date(2015, 3, 14), [("Әбілова Гүлнар", "+7 701 1")],
                         [CardSession(3, "10:00", "11:20", "2.14", 2, "Робототехника", "ROBO-1", "Ли Екатерина")],
                         [CardWaiting("Music", "MUS-1", "waitlisted", position=4)])
    printed = flat(render_card(card))
    for text in ("Wed", "10:00–11:20", "Робототехника", "2.14 (2)", "Ли Екатерина", "waiting list, position 4",
                 "Әбілова Гүлнар, +7 701 1"):
        assert text in printed, text
    day = SpecialistDay(CENTRE, PRINTED, dt.date(2026, 3, 30), "Сапарова Жанар", "psychologist", "1.05",
                        [AppointmentLine("09:00", "09:45", "1.05", [("Іскаков Іңкәр", dt.date(2016, 5, 1))])])
    printed = flat(render_specialist_day(day))
    assert "09:00–09:45" in printed and "Іскаков Іңкәр" in printed and "2016-05-01 (9)" in printed
