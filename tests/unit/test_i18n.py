"""Kazakh and Russian are first-class: every text of the code has both translations, with the same
placeholders, and messages really come out in the chosen language."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from enrol import i18n
from enrol.devtools import messages
from enrol.domain.errors import ValidationError
from enrol.resources import resource_path

PLACEHOLDER = re.compile(r"\{(\w*)[^}]*\}")


@pytest.fixture(autouse=True)
def english_afterwards():  # type: ignore[no-untyped-def]
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("language", messages.TRANSLATED)
def test_every_text_is_translated(language: str) -> None:
    catalogue = messages.load(language)
    untranslated = sorted(m for m in messages.collect() if not catalogue.get(m))
    assert not untranslated, f"{len(untranslated)} texts lack a {language} translation, e.g. {untranslated[:5]}"


@pytest.mark.parametrize("language", messages.TRANSLATED)
def test_translations_keep_the_placeholders(language: str) -> None:
    catalogue = messages.load(language)
    wrong = [
        (source, text) for source, text in catalogue.items()
        if text and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert not wrong


@pytest.mark.parametrize("language", messages.TRANSLATED)
def test_gui_translation_sources_are_finished(language: str) -> None:
    root = ET.parse(resource_path("translations", f"enrol_{language}.ts")).getroot()
    unfinished = [
        m.findtext("source") for m in root.iter("message")
        if not (m.findtext("translation") or "").strip() or m.find("translation").get("type") == "unfinished"
    ]
    assert not unfinished, unfinished[:5]


def test_errors_render_in_the_chosen_language() -> None:
    error = ValidationError("iin", "IIN «{value}» has a wrong check digit: one of its digits is mistyped",
                            value="150314601231")
    i18n.set_language("en")
    english = i18n.render_error(error)
    i18n.set_language("ru")
    russian = i18n.render_error(error)
    i18n.set_language("kk")
    kazakh = i18n.render_error(error)
    assert english.startswith("IIN: ")
    assert russian.startswith("ИИН: ") and "150314601231" in russian
    assert kazakh.startswith("ЖСН: ") and "150314601231" in kazakh
    assert len({english, russian, kazakh}) == 3
