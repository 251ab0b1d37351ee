"""IIN parsing: known numbers, every century digit, both weight sets, and round trips."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enrol.domain.errors import ValidationError
from enrol.domain.iin import IinInfo, iin_check_digit, make_iin, parse_iin

W1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def weighted(prefix: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(prefix, weights)) % 11


def serials_of(day: str, digit: str) -> list[str]:
    return [f"{day}{digit}{serial:04d}" for serial in range(10000)]


# An 11-digit prefix with a real date and century digit whose check comes out as 10 with both weight
# sets, and one where only the first weight set gives 10: found by brute force over the serials.
TWICE_TEN = next(p for p in serials_of("150314", "6") if weighted(p, W1) == 10 and weighted(p, W2) == 10)
SECOND_SET = next(p for p in serials_of("150314", "6") if weighted(p, W1) == 10 and weighted(p, W2) != 10)


def message_of(text: str) -> str:
    with pytest.raises(ValidationError) as caught:
        parse_iin(text, field="child_iin")
    assert caught.value.field == "child_iin"
    return caught.value.message


def test_known_valid_iin_is_a_girl_born_2015_03_14() -> None:
    assert parse_iin("150314601232") == IinInfo("150314601232", date(2015, 3, 14), "f")


def test_spaces_are_ignored() -> None:
    assert parse_iin("  150314 601232 ").iin == "150314601232"
    assert parse_iin("150 314 601 232").birth_date == date(2015, 3, 14)


def test_each_failure_has_its_own_message() -> None:
    messages = {
        message_of("150314601231"),  # wrong check digit
        message_of("153214601235"),  # impossible date (month 32)
        message_of("150314001232"),  # century digit 0
        message_of("15031460123"),  # 11 digits
        message_of("15031460123a"),  # a letter
        message_of(TWICE_TEN + "0"),  # cannot exist
    }
    assert len(messages) == 6
    assert all("{value}" in m for m in messages)


def test_wrong_check_digit() -> None:
    assert "check digit" in message_of("150314601231")


def test_impossible_birth_date() -> None:
    assert "birth date" in message_of("153214601235")
    assert "birth date" in message_of("150230601235")  # 30 February
    assert "birth date" in message_of("150300601235")  # day 0


def test_the_29th_of_february_exists_only_in_leap_years() -> None:
    leap = next(iin for serial in range(10) if (iin := make_iin(date(2016, 2, 29), "m", serial)))
    assert parse_iin(leap).birth_date == date(2016, 2, 29)
    assert "birth date" in message_of("150229" + leap[6:])  # 2015 is not a leap year


@pytest.mark.parametrize(
    ("digit", "year", "sex"),
    [("1", 1815, "m"), ("2", 1815, "f"), ("3", 1915, "m"), ("4", 1915, "f"), ("5", 2015, "m"), ("6", 2015, "f")],
)
def test_every_valid_century_digit(digit: str, year: int, sex: str) -> None:
    prefix = next(p for p in serials_of("150314", digit) if iin_check_digit(p) is not None)
    info = parse_iin(prefix + str(iin_check_digit(prefix)))
    assert (info.birth_date, info.sex) == (date(year, 3, 14), sex)


@pytest.mark.parametrize("digit", ["0", "7", "8", "9"])
def test_invalid_century_digits(digit: str) -> None:
    prefix = next(p for p in serials_of("150314", digit) if iin_check_digit(p) is not None)
    assert "century" in message_of(prefix + str(iin_check_digit(prefix)))


def test_first_weight_set() -> None:
    assert iin_check_digit("15031460123") == 2 == weighted("15031460123", W1)


def test_second_weight_set_is_used_when_the_first_gives_10() -> None:
    check = iin_check_digit(SECOND_SET)
    assert check == weighted(SECOND_SET, W2) != 10
    info = parse_iin(SECOND_SET + str(check))
    assert info.birth_date == date(2015, 3, 14)
    assert "check digit" in message_of(SECOND_SET + str((check + 1) % 10))


def test_check_digit_10_twice_cannot_exist() -> None:
    assert iin_check_digit(TWICE_TEN) is None
    for last in "0123456789":
        assert "10 twice" in message_of(TWICE_TEN + last)
    assert make_iin(date(2015, 3, 14), "f", int(TWICE_TEN[7:])) is None


def test_check_digit_rejects_malformed_prefixes() -> None:
    with pytest.raises(ValueError):
        iin_check_digit("1503146012")
    with pytest.raises(ValueError):
        iin_check_digit("1503146012x")


def test_make_iin_refuses_what_no_iin_can_say() -> None:
    with pytest.raises(ValueError):
        make_iin(date(1799, 1, 1), "m", 1)
    with pytest.raises(ValueError):
        make_iin(date(2015, 1, 1), "x", 1)
    with pytest.raises(ValueError):
        make_iin(date(2015, 1, 1), "f", 10000)


def test_message_shows_invisible_characters_escaped() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_iin("150314\u202e601232")
    assert caught.value.params["value"] == "150314<U+202E>601232"


@given(
    birth=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    sex=st.sampled_from(["f", "m"]),
    serial=st.integers(min_value=0, max_value=9999),
)
def test_make_then_parse_round_trips(birth: date, sex: str, serial: int) -> None:
    iin = make_iin(birth, sex, serial)
    if iin is None:
        century_digit = {(1900, "m"): "3", (1900, "f"): "4", (2000, "m"): "5", (2000, "f"): "6"}
        first11 = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}"
        first11 += century_digit[(birth.year // 100 * 100, sex)] + f"{serial:04d}"
        assert weighted(first11, W1) == 10 and weighted(first11, W2) == 10
    else:
        info = parse_iin(iin)
        assert (info.iin, info.birth_date, info.sex) == (iin, birth, sex)
        assert iin[7:11] == f"{serial:04d}"


@given(
    birth=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    sex=st.sampled_from(["f", "m"]),
    serial=st.integers(min_value=0, max_value=9999),
    other=st.integers(min_value=1, max_value=9),
)
def test_any_other_check_digit_is_rejected(birth: date, sex: str, serial: int, other: int) -> None:
    iin = make_iin(birth, sex, serial)
    if iin is not None:
        wrong = iin[:11] + str((int(iin[11]) + other) % 10)
        with pytest.raises(ValidationError, match="check digit"):
            parse_iin(wrong)
