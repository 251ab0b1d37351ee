"""Input checks: every kind of bad input is refused with a message that names the field."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enrol.domain.errors import ValidationError
from enrol.domain.names import clean_name
from enrol.domain.validation import (
    check_choice,
    check_date,
    check_int,
    clean_email,
    clean_phone,
    clean_text,
    parse_date,
)

SQL = "Robert'); DROP TABLE children;--"


def refused(check, *args, field: str = "box", **kwargs) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        check(*args, field=field, **kwargs)
    assert caught.value.field == field
    return caught.value


# --- clean_text ------------------------------------------------------------------------------------


def test_clean_text_trims_and_keeps_what_was_typed() -> None:
    assert clean_text("  Школа № 153 «Алатау» ", field="school") == "Школа № 153 «Алатау»"
    assert clean_text("Cafe\u0301", field="school") == "Caf\u00e9"


def test_sql_looking_text_is_data_kept_verbatim() -> None:
    assert clean_text(SQL, field="notes") == SQL
    assert clean_text(SQL, field="notes", multiline=True) == SQL


def test_sql_looking_text_is_not_a_name() -> None:
    error = refused(clean_name, SQL, field="surname")
    assert "«)»" in error.english() and "letters" in error.english()


def test_empty_text() -> None:
    assert clean_text("", field="notes") is None
    assert clean_text(" \n\t ", field="notes", multiline=True) is None
    assert clean_text(None, field="notes") is None
    assert "empty" in refused(clean_text, "   ", required=True).english()


def test_huge_text() -> None:
    assert clean_text("я" * 200, field="notes") == "я" * 200
    error = refused(clean_text, "я" * 1_000_000)
    assert error.params["length"] == 1_000_000 and error.params["maximum"] == 200
    assert len(error.params["value"]) == 41  # the message quotes only the beginning


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\ud800"])
def test_control_characters_are_refused(char: str) -> None:
    assert "control character" in refused(clean_text, f"ab{char}cd").english()
    assert "control character" in refused(clean_text, f"ab{char}cd", multiline=True).english()


@pytest.mark.parametrize("char", ["\u202e", "\u202a", "\u200f", "\u2066", "\u2069", "\u061c"])
def test_text_direction_overrides_are_refused(char: str) -> None:
    error = refused(clean_text, f"ab{char}cd", multiline=True)
    assert "text-direction" in error.english()
    assert f"<U+{ord(char):04X}>" in error.params["value"]  # the message itself cannot be reordered


def test_line_breaks_and_tabs_only_in_multiline_text() -> None:
    assert clean_text("one\r\ntwo\tthree\rfour", field="notes", multiline=True) == "one\ntwo\tthree\nfour"
    assert "one line" in refused(clean_text, "one\ntwo").english()
    assert "control character" in refused(clean_text, "one\ttwo").english()


@given(st.text(max_size=50))
def test_whatever_clean_text_accepts_is_stripped_and_visible(text: str) -> None:
    try:
        cleaned = clean_text(text, field="notes")
    except ValidationError:
        return
    if cleaned is not None:
        assert cleaned == cleaned.strip() and len(cleaned) <= 200
        assert not any(c in cleaned for c in "\u202e\u202d\u2066\u200e\n\t\x00\x1b")


# --- clean_phone -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "+7 707 123 45 67",
        "87071234567",
        "8 (707) 123-45-67",
        "7071234567",
        "77071234567",
        " +7(707)123.45.67 ",
        "8\u00a0707\u00a0123\u00a045\u00a067",
    ],
)
def test_kazakhstan_numbers(typed: str) -> None:
    assert clean_phone(typed) == "+77071234567"


def test_international_numbers() -> None:
    assert clean_phone("+49 30 1234567") == "+49301234567"
    assert clean_phone("+1 (202) 555-0123") == "+12025550123"
    assert clean_phone("+998 90 123 45 67") == "+998901234567"


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("707-12-34", "incomplete"),  # no code
        ("+7 707 123 45", "incomplete"),
        ("+7 707 123 45 678", "incomplete"),
        ("8 707 123 45 6", "incomplete"),
        ("6071234567", "incomplete"),  # ten digits that are not a Kazakh number
        ("+0 123 456 789", "incomplete"),
        ("+1234567", "incomplete"),
        ("+1234567890123456", "incomplete"),
        ("0049301234567", "incomplete"),
        ("+7 707 CALL ME", "only digits"),
        ("++77071234567", "only digits"),
        ("+7 707 123 45 67 ext 5", "only digits"),
        ("+7\u202e7071234567", "only digits"),
        ("٨٧٠٧١٢٣٤٥٦٧", "only digits"),
        (SQL, "only digits"),
    ],
)
def test_bad_phone_numbers(typed: str, words: str) -> None:
    assert words in refused(clean_phone, typed, field="guardian_phone").english()


def test_phone_field_defaults_to_phone() -> None:
    with pytest.raises(ValidationError) as caught:
        clean_phone("123")
    assert caught.value.field == "phone"


# --- clean_email -----------------------------------------------------------------------------------


def test_emails() -> None:
    assert clean_email("  aliya.nusipova@Mail.KZ ") == "aliya.nusipova@mail.kz"
    assert clean_email("Name+tag@sub.example.com") == "Name+tag@sub.example.com"
    assert clean_email("әлия@пошта.қаз") == "әлия@пошта.қаз"
    assert clean_email("") is None
    assert clean_email(None) is None


@pytest.mark.parametrize(
    "typed",
    [
        "aliya",
        "aliya@",
        "@mail.kz",
        "aliya@mail",
        "aliya@@mail.kz",
        "ali ya@mail.kz",
        "aliya@mail..kz",
        "aliya@-mail.kz",
        "aliya@mail_box.kz",
        ".aliya@mail.kz",
        "ali..ya@mail.kz",
        "aliya@10.0.0.1",
        "aliya@mail.kz\nx",
        "a\u202e@mail.kz",
        "a" * 65 + "@mail.kz",
        "a@" + "b" * 64 + ".kz",
        SQL + "@mail.kz",
    ],
)
def test_bad_emails(typed: str) -> None:
    assert "e-mail" in refused(clean_email, typed).english()


# --- dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["2015-03-14", "14.03.2015", "14/03/2015", "14.3.2015", " 2015-3-14 "]
)
def test_parse_date(typed: str) -> None:
    assert parse_date(typed, field="birth_date") == date(2015, 3, 14)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "empty"),
        ("14.03.15", "four-digit year"),
        ("31.02.2015", "does not exist"),
        ("2015-02-29", "does not exist"),
        ("2015-13-01", "does not exist"),
        ("00.01.2015", "does not exist"),
        ("14 March 2015", "not a date"),
        ("2015/03/14", "not a date"),
        ("14.03.2015 12:00", "not a date"),
        ("١٤.٠٣.٢٠١٥", "not a date"),
        ("9" * 10_000, "not a date"),
        (SQL, "not a date"),
    ],
)
def test_bad_dates(typed: str, words: str) -> None:
    assert words in refused(parse_date, typed, field="birth_date").english()


def test_check_date_range() -> None:
    earliest, latest = date(2005, 1, 1), date(2020, 12, 31)
    assert check_date(date(2015, 3, 14), field="d", earliest=earliest, latest=latest) == date(2015, 3, 14)
    assert check_date(earliest, field="d", earliest=earliest, latest=latest) == earliest
    assert check_date(latest, field="d", earliest=earliest, latest=latest) == latest
    assert check_date(datetime(2015, 3, 14, 9, 30), field="d") == date(2015, 3, 14)
    assert "too early" in refused(check_date, date(2004, 12, 31), earliest=earliest).english()
    assert "too late" in refused(check_date, date(2021, 1, 1), latest=latest).english()
    assert "not a date" in refused(check_date, "2015-03-14").english()


# --- numbers and choices ---------------------------------------------------------------------------


def test_check_int() -> None:
    assert check_int(25, field="seats", minimum=0, maximum=1000) == 25
    assert check_int(" 25 ", field="seats", minimum=0, maximum=1000) == 25
    assert check_int("-3", field="t") == -3
    assert check_int(25.0, field="seats", minimum=0, maximum=1000) == 25
    assert check_int(0, field="seats", minimum=0, maximum=0) == 0


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("", "whole number"),
        ("twenty", "whole number"),
        ("2.5", "whole number"),
        (2.5, "whole number"),
        (float("nan"), "whole number"),
        (True, "whole number"),
        (None, "whole number"),
        ("1 000", "whole number"),
        ("٢٥", "whole number"),
        (SQL, "whole number"),
        ("9" * 10_000, "too many digits"),
        (-1, "at least 0"),
        ("1001", "at most 1000"),
        (10**30, "at most 1000"),
    ],
)
def test_bad_ints(value: object, words: str) -> None:
    assert words in refused(check_int, value, field="seats", minimum=0, maximum=1000).english()


def test_check_choice() -> None:
    assert check_choice("kk", field="language", choices=("kk", "ru")) == "kk"
    assert check_choice(" RU ", field="language", choices=("kk", "ru")) == "ru"
    error = refused(check_choice, "en", field="language", choices=("kk", "ru"))
    assert error.params["choices"] == "kk, ru"
    assert "allowed values" in error.english()
    assert refused(check_choice, "", choices=("kk", "ru")).params["value"] == ""
    refused(check_choice, SQL, choices=("kk", "ru"))
