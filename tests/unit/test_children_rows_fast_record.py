"""The import's fast way to a new child's record (``children_rows._fast_record``) is ``clean_child`` itself
wherever it answers: proved here over generated rows — any IIN, birth date and sex typed or left out, agreeing
or not, ages inside and outside the centre's range, school fields filled or not — not only on the first rows of a
file. Where the fast way has no answer (None), the import asks ``clean_child``, so it is the one definition."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from enrol.domain.iin import make_iin, parse_iin
from enrol.services.transfer.children_rows import RowChecker, _fast_record

TODAY = dt.date(2026, 12, 4)
BIRTHS = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2027, 12, 31))


@st.composite
def cells(draw: st.DrawFn) -> dict[str, object]:
    found: dict[str, object] = {"surname": draw(st.sampled_from(["Нүсіпова", "Иванов", "Ли"])),
                                "name": draw(st.sampled_from(["Әсем", "Пётр", "Мин"]))}
    born = draw(BIRTHS)
    sex = draw(st.sampled_from(["f", "m"]))
    if draw(st.booleans()):
        iin = None
        for serial in range(draw(st.integers(0, 9000)), 10_000):
            iin = make_iin(born, sex, serial)
            if iin is not None:
                break
        if iin is not None:
            found["iin"] = parse_iin(iin)
    if draw(st.booleans()):  # typed as well, the same or another day
        found["birth_date"] = born if draw(st.booleans()) else draw(BIRTHS)
    if draw(st.booleans()):
        found["sex"] = sex if draw(st.booleans()) else draw(st.sampled_from(["f", "m"]))
    for column, values in (("school", ["№ 175 мектеп", None]), ("grade", [1, 5, 11, None]),
                           ("shift", [1, 2, None]), ("district", ["Наурызбай", None]),
                           ("notes", ["аллергия на орехи", None])):  # cells as their checks return them
        value = draw(st.sampled_from(values))
        if value is not None:
            found[column] = value
    return found


@settings(max_examples=600, deadline=None)
@given(cells())
def test_the_fast_record_is_clean_child_wherever_it_answers(row: dict[str, object]) -> None:
    checker = RowChecker(TODAY)
    fast = _fast_record(dict(row), TODAY)
    if fast is not None:
        assert checker.whole_record(dict(row)) == (fast, [])


def test_the_fast_way_answers_the_plain_rows() -> None:
    born = dt.date(2016, 5, 4)
    iin = next(code for serial in range(10_000) if (code := make_iin(born, "m", serial)) is not None)
    plain = {"surname": "Иванов", "name": "Пётр", "iin": parse_iin(iin), "school": "№ 175 мектеп", "grade": 5}
    assert _fast_record(plain, TODAY) is not None  # the property above is not empty
