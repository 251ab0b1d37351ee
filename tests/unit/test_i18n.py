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
        (source, form) for source, text in catalogue.items()
        for form in (text if isinstance(text, list) else [text])  # a counting message: one text per plural form
        if form and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form))
    ]
    assert not wrong


@pytest.mark.parametrize(("language", "counts"), [
    ("en", {1: "1 appointment cancelled.", 3: "3 appointments cancelled.", 21: "21 appointments cancelled."}),
    ("ru", {1: "Отменён 1 приём.", 3: "Отменено 3 приёма.", 11: "Отменено 11 приёмов.", 21: "Отменён 21 приём.",
            1000: "Отменено 1000 приёмов."}),
    ("kk", {1: "1 қабылдау болдырылмады.", 1000: "1000 қабылдау болдырылмады."}),
])
def test_counting_messages_take_the_languages_plural_forms(language: str, counts: dict[int, str]) -> None:
    i18n.set_language(language)
    for count, expected in counts.items():
        assert i18n.ntr("{count} appointment cancelled.", "{count} appointments cancelled.", count) == expected
    assert not [m for m in messages.collect() if re.search(r"\w\((s|ren)\)", m)], "write both forms with ntr()"


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type"):  # "unfinished", "vanished", "obsolete"
        return False
    if message.get("numerus") == "yes":  # plural forms live in <numerusform> children
        forms = translation.findall("numerusform")
        return bool(forms) and all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


@pytest.mark.parametrize("language", messages.TRANSLATED)
def test_gui_translation_sources_are_finished(language: str) -> None:
    root = ET.parse(resource_path("translations", f"enrol_{language}.ts")).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message") if not _finished(m)]
    assert not unfinished, unfinished[:5]


def test_switching_language_changes_the_visible_texts(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from enrol.ui.main_window import MainWindow

    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    seen = {}
    for language in ("en", "ru", "kk"):
        window.set_language(language)
        page = window.children_page
        seen[language] = (window._nav.item(window.row_of_page(page)).text(), page.new_button.text())
    assert seen["en"] == ("Children", "New child…")
    assert seen["ru"][0] == "Дети" and seen["kk"][0] == "Балалар"
    assert len({seen["en"][1], seen["ru"][1], seen["kk"][1]}) == 3


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
