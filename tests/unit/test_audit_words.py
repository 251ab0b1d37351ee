"""The audit trail as words: every action the services record has a phrase, records are named, people are
shown by name; a place's history reads as a sentence. Both the CLI and the GUI take these words."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import enrol
from enrol import i18n
from enrol.domain.audit_words import AUDIT_ACTIONS, AUDIT_RECORDS, action_words, history_words, person_words, \
    record_words

SOURCES = Path(enrol.__file__).parent / "services"


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


def test_every_recorded_action_and_record_kind_has_words() -> None:
    text = "\n".join(path.read_text(encoding="utf-8") for path in SOURCES.rglob("*.py"))
    actions = set(re.findall(r'action="([a-z_]+\.[a-z_.]+|pg_dump|pg_restore)"', text))
    kinds = set(re.findall(r'entity="([a-z_]+)"', text))
    assert actions and kinds
    assert sorted(actions - set(AUDIT_ACTIONS)) == []
    assert sorted(kinds - set(AUDIT_RECORDS)) == []
    assert i18n.render(action_words("enrolment.waitlisted")) == "changed a place to «waitlisted»"
    assert i18n.render(action_words("print.roster")) == "printed a document"


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["registered a child", "child Нүсіпова Әсем (#7)", "command line (root)", "Директор Әсел"]),
    ("ru", ["регистрация ребёнка", "ребёнок Нүсіпова Әсем (№7)", "командная строка (root)", "Директор Әсел"]),
])
def test_actions_records_and_people_as_words(language: str, expected: list[str]) -> None:
    i18n.set_language(language)
    shown = [i18n.render(action_words("child.add")), i18n.render(record_words("child", "7", "Нүсіпова Әсем")),
             i18n.render(person_words("cli:root", {})), i18n.render(person_words("director", {"director": "Директор Әсел"}))]
    assert shown == expected


def test_a_history_entry_is_a_sentence() -> None:
    i18n.set_language("kk")
    sentence = i18n.render(history_words(group="ART-1", before=None, after="enrolled", reason=None,
                                         who=person_words("director", {"director": "Директор Әсел"})))
    assert "∅" not in sentence and "→" not in sentence and "director" not in sentence
    assert sentence.startswith("ART-1: Директор Әсел") and i18n.translate("enrolled") in sentence
    moved = i18n.render(history_words(group="ART-1", before="waitlisted", after="enrolled", reason="орын босады",
                                      who=person_words("cli:root", {})))
    assert i18n.translate("waitlisted") in moved and "орын босады" in moved and "cli:" not in moved
