"""People's names: cleaning what was typed, search keys that let spellings meet, Kazakh sort order.

SQLite folds only ASCII in ``lower()``/``LIKE``, and a Python function called from SQL means a full
scan, so search runs as a prefix match on a stored, indexed ASCII key made here (docs/architecture.md,
*Names and search keys*).
"""
from __future__ import annotations

import re
import unicodedata

from enrol.domain.errors import N_, ValidationError, shown

_HYPHENS = frozenset("-\u2010\u2011\u2013\u2014")  # - ‐ ‑ – — all become "-"
_APOSTROPHES = frozenset("'\u2019\u02bc\u2018\u02bb")  # ' ’ ʼ ‘ ʻ all become "’"
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _name_char(char: str, field: str, value: str) -> str:
    """The character as stored in a name, or a ValidationError saying why a name cannot have it."""
    category = unicodedata.category(char)
    if char in _BIDI:
        raise ValidationError(
            field, N_("The name «{value}» contains an invisible text-direction mark; please retype it"), value=value
        )
    if category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
        raise ValidationError(
            field, N_("The name «{value}» contains a control or invisible character; please retype it"), value=value
        )
    if char in _APOSTROPHES:  # before letters: ʼ and ʻ are modifier letters (Lm)
        return "’"
    if char in _HYPHENS:
        return "-"
    if category[0] in "LM":
        return char
    if category == "Zs":
        return " "
    if category[0] == "N":
        raise ValidationError(field, N_("The name «{value}» contains digits; a name has only letters"), value=value)
    raise ValidationError(
        field,
        N_("The name «{value}» contains «{char}»; a name may have only letters, spaces, hyphens and apostrophes"),
        value=value,
        char=char,
    )


def _title_case(name: str) -> str:
    """Capitalise each part after a space or hyphen (not after an apostrophe: O’brien stays as typed)."""
    out = []
    for i, char in enumerate(name):
        out.append(char.title() if i == 0 or name[i - 1] in " -" else char.lower())
    return unicodedata.normalize("NFC", "".join(out))


# A name of Latin, Russian and Kazakh letters in parts joined by one space or hyphen: nearly every name a
# desk types or a school's file holds. Such a name needs none of ``_name_char``'s per-character work, and is
# already in NFC (none of these letters decomposes), so ``clean_name`` answers it at once; anything else takes
# the full way. tests/unit/test_names.py proves the two ways equal over generated text.
_LETTERS = "A-Za-z\u0400-\u045f\u0492\u0493\u049a\u049b\u04a2\u04a3\u04ae-\u04b1\u04ba\u04bb\u04d8\u04d9\u04e8\u04e9"
_PLAIN_NAME = re.compile(f"[{_LETTERS}]+(?:[ -][{_LETTERS}]+)*")


def clean_name(text: str | None, *, field: str, required: bool = True, max_length: int = 60) -> str | None:
    """Check and tidy a surname, given name or patronymic as typed or imported.

    Letters of any script, spaces, hyphens and apostrophes only; dashes and apostrophes are unified so
    that one name is always stored one way; a name typed in all capitals or all small letters is
    capitalised like a name.  Returns None for an empty optional name.
    """
    stripped = unicodedata.normalize("NFC", text or "").strip()
    if len(stripped) <= max_length and _PLAIN_NAME.fullmatch(stripped):
        if stripped.islower() or stripped.isupper():
            return _title_case(stripped)
        return stripped
    return _clean_name_fully(stripped, field=field, required=required, max_length=max_length)


def _clean_name_fully(stripped: str, *, field: str, required: bool, max_length: int) -> str | None:
    """``clean_name`` character by character: every check, and the reason when one fails."""
    value = shown(stripped)
    if not stripped:
        if required:
            raise ValidationError(field, N_("The name is empty; please type it"))
        return None
    chars = [_name_char(char, field, value) for char in stripped]
    name = " ".join(part for part in "".join(chars).split(" ") if part)
    name = name.replace(" -", "-").replace("- ", "-")
    if len(name) > max_length:
        raise ValidationError(
            field,
            N_("The name «{value}» is too long: {length} characters, at most {maximum} are allowed"),
            value=value,
            length=len(name),
            maximum=max_length,
        )
    separators = " -’"
    if not unicodedata.category(name[0]).startswith("L") or name[-1] in separators:
        raise ValidationError(field, N_("The name «{value}» must begin and end with a letter"), value=value)
    if any(a in separators and b in separators for a, b in zip(name, name[1:])):
        raise ValidationError(
            field, N_("The name «{value}» has two hyphens or apostrophes in a row"), value=value
        )
    cased = [char for char in name if char.isupper() or char.islower()]
    if cased and (all(char.islower() for char in cased) or all(char.isupper() for char in cased)):
        name = _title_case(name)
    return name


# --- search keys -------------------------------------------------------------------------------------

_KAZAKH_TO_RUSSIAN = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
                      "ґ": "г", "є": "е"}  # also Ukrainian ґ, є; ї, ў, й, ё lose their marks below
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "i", "э": "e", "ю": "iu", "я": "ia",
}
_LATIN = {"q": "k", "y": "i", "w": "v", "x": "ks", "j": "zh"}
_LATIN_SPECIAL = {"ş": "sh", "ç": "ch", "š": "sh", "č": "ch", "ž": "zh", "ı": "i", "æ": "ae", "œ": "oe",
                  "ø": "o", "đ": "d", "ł": "l", "ð": "d", "þ": "th", "ə": "a"}
_BEFORE_H = frozenset("cszkth")
_SILENT = frozenset("ъь") | _APOSTROPHES
_WORD_INITIAL_IE = frozenset("eеэ")  # е after a space is said "ye": Ерлан, Yerlan, Erlan all give "ierlan"


def _base_letters(text: str) -> str:
    """Case-folded text with Kazakh letters as Russian ones and Latin letters without diacritics."""
    out = []
    for char in unicodedata.normalize("NFC", text).casefold():
        char = _KAZAKH_TO_RUSSIAN.get(char, char)
        if char in _CYRILLIC or char in _LATIN_SPECIAL or char in _SILENT:
            out.append(char)
            continue
        for part in unicodedata.normalize("NFKD", char).casefold():
            if not unicodedata.combining(part):
                out.append(_KAZAKH_TO_RUSSIAN.get(part, part))
    return "".join(out)


def _raw_key(text: str) -> str:
    """The key before trimming; each letter's output depends only on the letters before it."""
    pieces: list[str] = []
    last = ""  # the last Latin letter written
    word_start = True
    for char in _base_letters(text):
        if char in _SILENT:
            piece = ""
        elif char in _WORD_INITIAL_IE and word_start:
            piece = "ie"
        elif char in _CYRILLIC:
            piece = _CYRILLIC[char]
        elif char in _LATIN_SPECIAL:
            piece = _LATIN_SPECIAL[char]
        elif char == "h":
            piece = "h" if last in _BEFORE_H else "kh"  # sh, ch, zh, kh, th stay; h alone is х
        elif "a" <= char <= "z":
            piece = _LATIN.get(char, char)
        else:
            piece = " "
        word_start = piece == " "
        last = piece[-1:] or last
        pieces.append(piece)
    out: list[str] = []
    for char in "".join(pieces):
        if out and out[-1] == char or not out and char == " ":
            continue  # runs of one letter (and of spaces) become one
        out.append(char)
    return "".join(out)


def search_key(text: str) -> str:
    """A lowercase ASCII key (a-z and single spaces) under which different spellings of a name meet.

    Rules, applied left to right so that the key of a prefix is a prefix of the key (search as you type):

    - NFC, ``casefold()``; Kazakh letters become their Russian look-alikes (ә→а ғ→г қ→к ң→н ө→о ұ/ү→у
      һ→х і→и; Ukrainian ґ→г, є→е); ъ, ь and apostrophes are dropped.
    - Cyrillic to Latin as Kazakhstan's passports spell it (ICAO): а a, б b, в v, г g, д d, е e, ё e,
      ж zh, з z, и i, й i, к k, л l, м m, н n, о o, п p, р r, с s, т t, у u, ф f, х kh, ц ts, ч ch, ш sh,
      щ shch, ы i, э e, ю iu, я ia.  At the start of a word е, ё, э and Latin e give "ie".
    - Latin simplified the same way: q→k, y→i, w→v, x→ks, j→zh, ş/š→sh, ç/č→ch, ž→zh, ı→i; h is "h"
      after c, s, z, k, t (the digraphs ch, sh, zh, kh, th) and "kh" elsewhere; other diacritics are removed
      (ä→a, ğ→g, ñ→n, ö→o, ü/ū→u, é→e), ə→a.  So Zhanna/Janna/Жанна, Hasanov/Khasanov/Хасанов,
      Dzhamilya/Djamilya/Джамиля, Yuliya/Юлия, Qasymov/Қасымов, Yerlan/Erlan/Ерлан meet.
    - A run of one letter becomes one letter (Nussipova, Анна); anything else that is not a-z (spaces,
      hyphens, digits, other scripts) becomes a single space; the key is trimmed.
    """
    return _raw_key(text).rstrip(" ")


def query_key(text: str) -> str:
    """The key of what a user typed into a search box, to match stored keys by prefix.

    The rules never look ahead, so a half-typed last word ("Нүс", "Zh") is keyed as it stands and its key
    is a prefix of the whole word's key.  A trailing space is dropped: keeping it would miss a child whose
    whole key ends right there.
    """
    return search_key(text)


def child_search_keys(surname: str, name: str, patronymic: str | None) -> tuple[str, str]:
    """Keys of "surname name patronymic" and "name surname patronymic": a search in either order is a
    prefix search on one of two indexed columns."""
    rest = f" {patronymic}" if patronymic else ""
    return search_key(f"{surname} {name}{rest}"), search_key(f"{name} {surname}{rest}")


# --- sorting -----------------------------------------------------------------------------------------

_KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_LATIN_ALPHABET = "aäbcçdefgğhıijklmnñoöpqrsştuūüvwxyz"  # Kazakh Latin order, then plain English
_BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def _code(index: int) -> str:
    return _BASE36[index // 36] + _BASE36[index % 36]


_SORT_CODES: dict[str, str] = {" ": _code(1), "-": _code(2)}
_SORT_CODES.update({str(d): _code(10 + d) for d in range(10)})
_SORT_CODES.update({c: _code(20 + i) for i, c in enumerate(_KAZAKH_ALPHABET)})
_SORT_CODES.update({c: _code(70 + i) for i, c in enumerate(_LATIN_ALPHABET)})
_OTHER_SYMBOL = _code(3)  # punctuation and symbols: after a space, before digits
_SORT_EXTRA = {"ґ": "г", "є": "е"}  # Ukrainian letters sort with their Kazakh look-alikes


def sort_key(text: str) -> str:
    """An ASCII key whose byte-wise order is the Kazakh alphabetical order of names.

    Each character becomes a two-character code from [0-9a-z] (so PostgreSQL's default collation and
    SQLite's binary one agree): space < hyphen < other symbols < digits < Cyrillic in Kazakh alphabet
    order (А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я) < Latin
    (Kazakh Latin order a ä b c ç d e f g ğ h ı i …) < anything else, which becomes "zz" plus four
    base-36 digits of its code point.  Case, other diacritics, apostrophes and controls are ignored.
    """
    out: list[str] = []
    for char in " ".join(unicodedata.normalize("NFC", text).split()).casefold():
        for part in _SORT_EXTRA.get(char, char):
            code = _SORT_CODES.get(part)
            if code is None:
                base = "".join(c for c in unicodedata.normalize("NFD", part) if not unicodedata.combining(c))
                code = _SORT_CODES.get(base[:1]) if base else ""
            if code is None:
                category = unicodedata.category(part)
                if part in _HYPHENS:
                    code = _SORT_CODES["-"]
                elif part in _APOSTROPHES or category[0] in "CM":
                    code = ""
                elif category == "Nd":
                    code = _SORT_CODES[str(unicodedata.decimal(part))]
                elif category[0] in "PSZ":
                    code = _OTHER_SYMBOL
                else:
                    code = "zz" + "".join(_BASE36[ord(part) // 36**k % 36] for k in (3, 2, 1, 0))
            out.append(code)
    return "".join(out)


# --- display -----------------------------------------------------------------------------------------

def full_name(surname: str, name: str, patronymic: str | None = None) -> str:
    """"Нүсіпова Әлия Қайратқызы"; the patronymic is left out when there is none."""
    return " ".join(part for part in (surname, name, patronymic) if part)


def _initials(part: str) -> str:
    """"Әлия" → "Ә.", "Анна-Мария" → "А.-М.", "Анна Мария" → "А. М."."""
    words = []
    for word in part.split():
        words.append("-".join(piece[:1].upper() + "." for piece in word.split("-") if piece))
    return " ".join(words)


def short_name(surname: str, name: str, patronymic: str | None = None) -> str:
    """"Нүсіпова Ә. Қ.": the surname with initials, as lists and certificates print it."""
    return " ".join(part for part in (surname, _initials(name), _initials(patronymic or "")) if part)
