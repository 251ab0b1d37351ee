"""Words of the chosen language inside messages: weekday names, dates in the language's one format, codes
of the fixed lists as words — the English message keeps its words, the parameters stay numbers and codes."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from enrol import i18n
from enrol.domain.capacity import WeeklyItem
from enrol.domain.enrolment_rules import age_problem, meeting_clash
from enrol.domain.vocabulary import ROOM_KINDS, SEXES


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


def _clash() -> i18n.EnrolError:
    slot = WeeklyItem(weekday=1, start=17 * 60, end=18 * 60 + 20)
    error = meeting_clash(slots=[slot], others=[(slot, "ART-2")], since=dt.date(2026, 10, 5), group="DANC-8")
    assert error is not None
    return error


@pytest.mark.parametrize(("language", "weekday"), [("ru", "понедельник"), ("kk", "дүйсенбі"), ("en", "Monday")])
def test_a_refusal_names_the_weekday_in_the_language(language: str, weekday: str) -> None:
    i18n.set_language(language)
    text = i18n.render_error(_clash())
    assert f"{weekday} 17:00–18:20".lower() in text.lower()
    if language != "en":
        assert "Monday" not in text


def test_the_english_text_of_a_refusal_is_unchanged() -> None:
    assert str(_clash()) == "Group DANC-8 meets Monday 17:00–18:20, when the child is in group ART-2 (Monday 17:00–18:20)"


@pytest.mark.parametrize(("language", "shown"), [("kk", "01.09.2026"), ("ru", "01.09.2026"), ("en", "2026-09-01")])
def test_dates_in_messages_follow_the_language(language: str, shown: str) -> None:
    i18n.set_language(language)
    error = age_problem(birth_date=dt.date(2010, 1, 1), age_min=6, age_max=10, cutoff=dt.date(2026, 9, 1), group="G")
    assert error is not None and shown in i18n.render_error(error)
    assert i18n.format_date(dt.datetime(2026, 9, 1, 15, 30)) == f"{shown} 15:30"


def test_codes_become_words_and_unknown_codes_stay() -> None:
    i18n.set_language("ru")
    assert i18n.word(SEXES, "f") == i18n.translate("girl") != "girl"
    assert i18n.word(ROOM_KINDS, "hall") != "hall"
    assert i18n.word(ROOM_KINDS, "rocket") == "rocket" and i18n.word(ROOM_KINDS, None) == ""


def test_a_refusal_names_the_door_staff_role_in_the_language() -> None:
    from enrol.i18n import render_error, set_language
    from enrol.services.people.permissions import PermissionDenied

    try:
        set_language("ru")
        assert "сотрудник на входе" in render_error(PermissionDenied("children.view", "entrance"))
        set_language("kk")
        assert "кіреберіс қызметкері" in render_error(PermissionDenied("children.view", "entrance"))
    finally:
        set_language("en")


def test_a_moment_that_is_not_one_asks_for_a_moment_not_a_date() -> None:
    from enrol.domain.errors import ValidationError
    from enrol.services.enrolment.applications import parse_moment

    with pytest.raises(ValidationError) as refused:
        parse_moment("tomorrow", field="moment")
    assert "YYYY-MM-DD HH:MM" in refused.value.message
    assert parse_moment("2026-12-04T15:30", field="moment") == dt.datetime(2026, 12, 4, 15, 30)
