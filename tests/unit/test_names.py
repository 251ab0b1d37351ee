"""Names: cleaning, search keys where spellings meet, Kazakh alphabetical order, display forms."""
from __future__ import annotations

import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from enrol.domain.errors import ValidationError
from enrol.domain.names import (
    child_search_keys,
    clean_name,
    full_name,
    query_key,
    search_key,
    short_name,
    sort_key,
)

KAZAKH_LETTERS = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
CYRILLIC_LETTERS = KAZAKH_LETTERS + KAZAKH_LETTERS.upper()


# --- clean_name ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Нүсіпова ", "Нүсіпова"),
        ("Иванова   Анна", "Иванова Анна"),
        ("Иванова\u00a0Анна", "Иванова Анна"),  # no-break space
        ("Иванова‐Петрова", "Иванова-Петрова"),  # U+2010 hyphen
        ("Иванова – Петрова", "Иванова-Петрова"),  # en dash with spaces
        ("O'Brien", "O’Brien"),
        ("Oʼbrien", "O’brien"),
        ("McDonald", "McDonald"),  # mixed case is kept as typed
        ("нүсіпова", "Нүсіпова"),
        ("НҮСІПОВА", "Нүсіпова"),
        ("иванова-петрова анна", "Иванова-Петрова Анна"),
        ("o'brien", "O’brien"),  # not capitalised after an apostrophe
        ("ДʼАРТАНЬЯН", "Д’артаньян"),
        ("José", "José"),
        ("Jose\u0301", "José"),  # decomposed accent is composed (NFC)
        ("张伟", "张伟"),  # letters of any script
    ],
)
def test_clean_name_tidies(typed: str, stored: str) -> None:
    assert clean_name(typed, field="surname") == stored


def test_clean_name_composes_to_nfc() -> None:
    assert clean_name("Jose\u0301", field="name") == "Jos\u00e9"
    assert clean_name("Андреи\u0306", field="name") == "Андрей"  # и + combining breve


def refusal(text: str | None, **kwargs: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        clean_name(text, field="patronymic", **kwargs)  # type: ignore[arg-type]
    assert caught.value.field == "patronymic"
    return caught.value


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "empty"),
        ("   ", "empty"),
        (None, "empty"),
        ("Ivan3", "digits"),
        ("Анна٣", "digits"),
        ("Robert'); DROP TABLE children;--", "«)»"),
        ("Anna_Maria", "«_»"),
        ("Анна.", "«.»"),
        ("Anna<script>", "«<»"),
        ("A\u202eB", "text-direction"),
        ("A\u2067B", "text-direction"),
        ("A\u200eB", "text-direction"),
        ("A\x00B", "control"),
        ("A\x1bB", "control"),
        ("Anna\nMaria", "control"),
        ("Anna\u200bMaria", "invisible"),
        ("-Anna", "begin and end"),
        ("Anna-", "begin and end"),
        ("’Anna", "begin and end"),
        ("\u0301Anna", "begin and end"),
        ("-", "begin and end"),
        ("An--na", "in a row"),
        ("An-’na", "in a row"),
        ("x" * 61, "too long"),
    ],
)
def test_clean_name_refuses(typed: str | None, words: str) -> None:
    error = refusal(typed)
    assert words in error.english()


def test_messages_show_invisible_characters_escaped_and_cut_short() -> None:
    assert refusal("A\u202eB").params["value"] == "A<U+202E>B"
    long = refusal("Ә" * 5000)
    assert len(long.params["value"]) == 41 and long.params["length"] == 5000


def test_optional_names() -> None:
    assert clean_name("  ", field="patronymic", required=False) is None
    assert clean_name(None, field="patronymic", required=False) is None
    assert clean_name("Қайратқызы", field="patronymic", required=False) == "Қайратқызы"


def test_max_length_counts_characters_after_tidying() -> None:
    assert clean_name("Ab" + " " * 10 + "cd", field="name", max_length=5) == "Ab cd"
    assert "too long" in refusal("Abcdef", max_length=5).english()


# --- search keys -----------------------------------------------------------------------------------


def test_spellings_of_nusipova_meet() -> None:
    keys = {search_key(s) for s in ["Nusipova", "Nussipova", "НУСИПОВА", "Нүсіпова", "nüsıpova", "Нусипова"]}
    assert keys == {"nusipova"}


@pytest.mark.parametrize(
    "spellings",
    [
        ["Qasymov", "Қасымов", "Kasymov", "Kassymov", "Касымов"],
        ["Zhanna", "Жанна", "Janna", "ZHANNA"],
        ["Aigerim", "Aygerim", "Айгерім", "Айгерим"],
        ["Yuliya", "Юлия", "Yulia", "Iuliia"],
        ["Yerlan", "Ерлан", "Erlan"],
        ["Khasanov", "Хасанов", "Hasanov"],
        ["Dzhamilya", "Джамиля", "Djamilya"],
        ["Maxim", "Максим", "Maksim"],
        ["Shcherbakov", "Щербаков"],
        ["Tsoy", "Цой"],
        ["Şınar", "Шынар", "Shynar"],
        ["Ölmez", "Өлмез"],
        ["Ğani", "Ғани", "Gani"],
        ["Ñurlan", "Ңұрлан", "Nurlan"],
        ["Һади", "Хади", "Khadi"],
        ["İsmail", "Ismail", "Исмаил"],
        ["Олжас-Нұр", "Olzhas Nur", "Olzhas  nur"],
        ["Д’Артаньян", "Дартаньян", "D'Artanian"],
        ["Игорь", "Igor"],
    ],
)
def test_spellings_meet(spellings: list[str]) -> None:
    assert len({search_key(s) for s in spellings}) == 1, {s: search_key(s) for s in spellings}


def test_different_names_stay_apart() -> None:
    keys = [search_key(s) for s in ["Асан", "Хасан", "Ахмет", "Ашат", "Жанна", "Жанар", "Сағат", "Шағат"]]
    assert len(set(keys)) == len(keys)


def test_keys_are_lowercase_ascii_words() -> None:
    key = search_key("  Иванова-Петрова  Анна 2-го класса! 张伟 ")
    assert key == "ivanova petrova ana go klasa"
    assert search_key("   ") == search_key("") == search_key("123 !?") == ""


def test_partial_words_are_prefixes() -> None:
    assert search_key("Нүсіпова").startswith(search_key("нус"))
    assert search_key("Khasanov").startswith(query_key("K"))
    assert search_key("Zhanna").startswith(query_key("Z"))
    assert search_key("Жанна").startswith(query_key("zh"))
    assert search_key("Ерлан").startswith(query_key("Ye"))


def test_query_key_matches_stored_child_keys_in_either_order() -> None:
    by_surname, by_name = child_search_keys("Нүсіпова", "Әлия", "Қайратқызы")
    assert by_surname == "nusipova alia kairatkizi"
    assert by_name == "alia nusipova kairatkizi"
    for typed in ["Nusipova A", "нүсіпова әлия", "Aliya Nus", "ӘЛИЯ", "Nussipova  Aliia Kairat"]:
        q = query_key(typed)
        assert by_surname.startswith(q) or by_name.startswith(q), typed
    assert child_search_keys("Иванов", "Иван", None) == ("ivanov ivan", "ivan ivanov")


def test_query_key_drops_a_trailing_space_so_whole_names_still_match() -> None:
    assert query_key("Нусипова ") == "nusipova"
    assert query_key("Иванов-") == "ivanov"


# Letters that stand alone in any language we meet, plus separators: random text of these checks the
# left-to-right property beyond ordinary names.
MIXED = CYRILLIC_LETTERS + string.ascii_letters + "şçğñöüūıİäéʼ’'- .\u0301" + "ҚӘ"


@given(st.text(alphabet=CYRILLIC_LETTERS, min_size=1, max_size=20), st.data())
def test_the_key_of_a_prefix_is_a_prefix_of_the_key(word: str, data: st.DataObject) -> None:
    cut = data.draw(st.integers(min_value=0, max_value=len(word)))
    assert search_key(word).startswith(search_key(word[:cut]))
    assert search_key(word).startswith(query_key(word[:cut]))


@given(st.text(alphabet=MIXED, max_size=20), st.data())
def test_the_prefix_property_holds_for_latin_and_mixed_text(text: str, data: st.DataObject) -> None:
    cut = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert search_key(text).startswith(search_key(text[:cut]))


@given(st.text(max_size=20), st.data())
def test_the_prefix_property_holds_for_any_text(text: str, data: st.DataObject) -> None:
    cut = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert search_key(text).startswith(search_key(text[:cut]))


@given(st.text(max_size=30))
def test_any_text_gives_a_clean_key(text: str) -> None:
    key = search_key(text)
    assert set(key) <= set(string.ascii_lowercase + " ")
    assert "  " not in key and key == key.strip()


# ъ, ь and apostrophes vanish, so "ъе" keys as "e" where a typed word-initial "e" would give "ie".
@given(st.text(max_size=30).filter(lambda t: not set(t.casefold()) & set("ъь'’ʼ‘ʻŉ")))
def test_a_key_is_its_own_key(text: str) -> None:
    key = search_key(text)
    assert search_key(key) == key


@given(st.text(alphabet=CYRILLIC_LETTERS + string.ascii_letters + " -", max_size=20))
def test_case_does_not_matter(text: str) -> None:
    assert search_key(text.upper()) == search_key(text.lower()) == search_key(text)


# --- sort order ------------------------------------------------------------------------------------

KAZAKH_ORDER = [
    "Абаев", "Ан Б", "Ана", "Андреев", "Әлиев", "Бекова", "Ватутин", "Гусев", "Ғани", "Дәулет", "Ежов",
    "Ёлкин", "Жанна", "Зарина", "Иванов", "Йогов", "Кузнецов", "Қасымов", "Лебедев", "Мұрат", "Нұрлан",
    "Ңа", "Оразов", "Өмір", "Петров", "Рахым", "Сәуле", "Тоқтар", "Уразов", "Ұлан", "Үсенов", "Фролов",
    "Хасанов", "Һади", "Цой", "Чапаев", "Шынар", "Щукин", "Ъа", "Ыбырай", "Іскаков", "Ьа", "Эльмира",
    "Юсупов", "Яковлев",
]


def test_sorting_follows_the_kazakh_alphabet() -> None:
    shuffled = KAZAKH_ORDER[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == KAZAKH_ORDER


def test_sort_order_details() -> None:
    assert sort_key("Андреев") < sort_key("Әлиев") < sort_key("Бекова")
    assert sort_key("Гусев") < sort_key("Ғани") < sort_key("Дәулет")
    assert sort_key("Кузнецов") < sort_key("Қасымов") < sort_key("Лебедев")
    assert sort_key("Ыбырай") < sort_key("Іскаков") < sort_key("Эльмира")
    assert sort_key("Ан Б") < sort_key("Ана")  # a space before any letter
    assert sort_key("1 класс") < sort_key("Абаев")  # digits before letters
    assert sort_key("Яковлев") < sort_key("Abbott") < sort_key("Zorro")  # Latin after Cyrillic
    assert sort_key("ӘЛИЕВ") == sort_key("әлиев")  # case-insensitive
    assert sort_key("O’Brien") == sort_key("OBrien")  # apostrophes ignored
    assert sort_key("Ана") < sort_key("Ана-Мария") < sort_key("Анаb")


@given(st.text(max_size=20))
def test_sort_keys_are_ascii_in_two_character_codes(text: str) -> None:
    key = sort_key(text)
    assert set(key) <= set(string.digits + string.ascii_lowercase)
    assert len(key) % 2 == 0


@given(st.lists(st.text(alphabet=CYRILLIC_LETTERS + " ", max_size=8), max_size=12))
def test_sort_key_order_is_the_alphabet_order_letter_by_letter(names: list[str]) -> None:
    def by_alphabet(name: str) -> list[int]:
        return [-1 if c == " " else KAZAKH_LETTERS.index(c) for c in " ".join(name.split()).lower()]

    assert sorted(names, key=sort_key) == sorted(names, key=lambda n: (by_alphabet(n), sort_key(n)))


# --- display ---------------------------------------------------------------------------------------


def test_full_and_short_names() -> None:
    assert full_name("Нүсіпова", "Әлия", "Қайратқызы") == "Нүсіпова Әлия Қайратқызы"
    assert full_name("Smith", "Anna") == full_name("Smith", "Anna", "") == "Smith Anna"
    assert short_name("Нүсіпова", "Әлия", "Қайратқызы") == "Нүсіпова Ә. Қ."
    assert short_name("Иванова", "Анна-Мария") == "Иванова А.-М."
    assert short_name("Иванова", "анна", None) == "Иванова А."


# --- the plain-name fast way of clean_name is the full way, on any text ---------------------------------

_PLAIN = list("АаӘәБбҒғҚқҢңӨөҰұҮүҺһІіЁёЙйЪъЬьЫыЭэЮюЯяЀѐЍѝЎўЏџAaZzQqWw") + [" ", "-"]
_ODD = (list("ÄäÖößŞşİıΑαΩωﬁǄǅǆ") + ["  ", "–", "—", "'", "’", "ʼ", "\u00a0", "\u0301", "\u0306", "\u200e",
        "\u200b", "\t", "\n", "1", "٣", "²", "Ⅻ", ".", ",", "_", "\u0483", "\u0488", "҂", "\ufeff", "\U0001f600"])
# mostly the letters of plain names, so that an odd character lands inside an otherwise plain name
_NAME_TEXT = st.lists(st.one_of(st.sampled_from(_PLAIN), st.sampled_from(_PLAIN), st.sampled_from(_PLAIN),
                                st.sampled_from(_ODD)), max_size=70).map("".join)


def _outcome(clean, *args, **kwargs):  # type: ignore[no-untyped-def]
    try:
        return ("value", clean(*args, **kwargs))
    except ValidationError as error:
        return ("refused", error.field, error.message, error.params)


@settings(max_examples=1000)
@given(_NAME_TEXT, st.sampled_from([60, 150, 5]), st.booleans())
def test_plain_names_take_a_fast_way_that_answers_as_the_full_way(text: str, maximum: int, required: bool) -> None:
    import unicodedata

    from enrol.domain.names import _clean_name_fully

    fast = _outcome(clean_name, text, field="surname", required=required, max_length=maximum)
    full = _outcome(_clean_name_fully, unicodedata.normalize("NFC", text).strip(), field="surname",
                    required=required, max_length=maximum)
    assert fast == full


@pytest.mark.parametrize("text", ["Нүсіпова", "НҮСІПОВА", "нүсіпова", "Әбілқайыр-Ханов", "ivanov petr", "Ли Мин Хо",
                                  "Ѐѝ", "ЎЏ"])
def test_the_fast_way_covers_the_names_a_desk_types(text: str) -> None:
    from enrol.domain import names

    assert names._PLAIN_NAME.fullmatch(text)  # noqa: SLF001 - the fast way is taken, not the full one
    assert clean_name(text, field="name") == names._clean_name_fully(text, field="name", required=True,  # noqa: SLF001
                                                                     max_length=60)
