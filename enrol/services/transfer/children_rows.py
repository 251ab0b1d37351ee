"""The children's table of ``import children`` / ``export children``: its columns and the checks of one row.

The export writes exactly these columns and the import reads them (a header row; case and spaces in the
names are ignored). A row is checked on its own here — every bad cell is reported, not just the first —
and against the database and the rest of the file in ``children_import``.

Columns: ``id`` (blank for a new child; the id of a registered child to update it), ``iin``, ``surname``,
``name``, ``patronymic``, ``birth_date`` (YYYY-MM-DD or DD.MM.YYYY), ``sex`` (f/m), ``school``, ``grade``,
``shift``, ``district``, ``priority``, ``notes``, ``guardian``, ``guardian_relation``, ``phone``,
``email``, ``guardian2``, ``guardian2_relation``, ``phone2``, ``email2``, ``consent_signed_on`` (the date
the first guardian signed the centre's standard consent form).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from enrol.domain.children import OLDEST_AGE, YOUNGEST_AGE, ChildFields, clean_child
from enrol.domain.errors import N_, ImportRejected, Notice, RowProblem, ValidationError
from enrol.domain.iin import IinInfo, parse_iin
from enrol.domain.names import child_search_keys, clean_name, full_name, search_key, sort_key
from enrol.domain.validation import (
    check_choice, check_date, check_int, clean_email, clean_phone, clean_text, parse_date,
)
from enrol.domain.vocabulary import GUARDIAN_RELATIONS, PRIORITY_CATEGORIES
from enrol.io.tables import Row, read_table

CHILD_FIELDS = ("iin", "surname", "name", "patronymic", "birth_date", "sex", "school", "grade", "shift",
                "district", "priority", "notes")
GUARDIAN_SLOTS = (("guardian", "guardian_relation", "phone", "email"),
                  ("guardian2", "guardian2_relation", "phone2", "email2"))
COLUMNS: tuple[str, ...] = ("id", *CHILD_FIELDS, *(c for slot in GUARDIAN_SLOTS for c in slot), "consent_signed_on")
REQUIRED_NEW = ("surname", "name")

_SEX = {alias: code for code, aliases in {
    "f": ("f", "ж", "female", "girl", "қыз", "қ", "дев", "девочка", "жен", "женский"),
    "m": ("m", "м", "male", "boy", "ер", "ұл", "е", "мал", "мальчик", "муж", "мужской"),
}.items() for alias in aliases}
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]+)?[eE][+]?[0-9]+")
EARLIEST_CONSENT = dt.date(2000, 1, 1)


@dataclass(frozen=True)
class GuardianCells:
    full_name: str
    relation: str
    phone: str
    email: str | None


@dataclass
class ParsedRow:
    """One row that passed the checks of its own cells; ``cells`` holds only the non-blank ones."""

    row: int
    child_id: int | None
    cells: dict[str, Any]
    guardians: list[GuardianCells]
    consent_on: dt.date | None
    fields: ChildFields | None = None  # a new child's whole record, checked as register_child checks it
    notices: list[Notice] = field(default_factory=list)


def _iin(text: str) -> IinInfo:
    compact = text.replace(" ", "").replace("\u00a0", "")
    if _SCIENTIFIC.fullmatch(compact):
        raise ValidationError("iin", N_("«{value}» is an IIN that the spreadsheet turned into a number and "
                                        "rounded; format the column as text and type the IIN again"), value=text)
    if len(compact) == 11 and compact.isdigit():
        compact = "0" + compact  # a spreadsheet dropped the leading zero of a child born in 2000–2009
    return parse_iin(compact)


def _sex(text: str) -> str:
    code = _SEX.get(text.strip().casefold().rstrip("."))
    if code is None:
        raise ValidationError("sex", N_("«{value}» is not a sex: write f (girl) or m (boy)"), value=text)
    return code


def _cached(clean: Callable[[str], Any]) -> Callable[[str], Any]:
    """Names, schools and districts repeat down a long file: check each distinct text once."""
    memo: dict[str, Any] = {}

    def check(text: str) -> Any:
        try:
            return memo[text]
        except KeyError:
            memo[text] = value = clean(text)
            return value
    return check


SAMPLE = 50


def _fast_record(cells: dict[str, Any], today: dt.date) -> ChildFields | None:
    """``clean_child`` for the plain case — birth date and sex typed or taken from the IIN, agreeing with it,
    the age in range — on cells each already checked as it checks them; None for anything else (a warning,
    a refusal), which ``clean_child`` itself then answers, in its own words."""
    info: IinInfo | None = cells.get("iin")
    birth, sex = cells.get("birth_date"), cells.get("sex")
    if info is not None:
        if (birth is not None and birth != info.birth_date) or (sex is not None and sex != info.sex):
            return None
        birth, sex = info.birth_date, info.sex
    if birth is None or sex is None:
        return None
    if not dt.date(today.year - OLDEST_AGE, 1, 1) <= birth <= min(dt.date(today.year - YOUNGEST_AGE, 12, 31), today):
        return None
    return ChildFields(**{"surname": "", "name": "", **cells, "iin": info.iin if info else None,
                          "birth_date": birth, "sex": sex})


def cell_checks(today: dt.date) -> dict[str, Callable[[str], Any]]:
    """Column → the check of one non-blank cell (raises ValidationError, returns the value to store)."""
    def name(column: str, maximum: int = 60) -> Callable[[str], Any]:
        return _cached(lambda text: clean_name(text, field=column, max_length=maximum))

    def relation(column: str) -> Callable[[str], Any]:
        return _cached(lambda text: check_choice(text, field=column, choices=GUARDIAN_RELATIONS))

    checks: dict[str, Callable[[str], Any]] = {
        "id": lambda text: check_int(text, field="id", minimum=1, maximum=2**31 - 1),
        "iin": _iin,
        "surname": name("surname"), "name": name("name"), "patronymic": name("patronymic"),
        "birth_date": _cached(lambda text: parse_date(text, field="birth_date")),
        "sex": _cached(_sex),
        "school": _cached(lambda text: clean_text(text, field="school", max_length=200)),
        "grade": _cached(lambda text: check_int(text, field="grade", minimum=0, maximum=12)),
        "shift": _cached(lambda text: check_int(text, field="shift", minimum=1, maximum=2)),
        "district": _cached(lambda text: clean_text(text, field="district", max_length=80)),
        "priority": _cached(lambda text: check_choice(text, field="priority", choices=PRIORITY_CATEGORIES)),
        "notes": lambda text: clean_text(text, field="notes", max_length=4000, multiline=True),
        "consent_signed_on": _cached(lambda text: check_date(parse_date(text, field="consent_signed_on"),
                                                             field="consent_signed_on", earliest=EARLIEST_CONSENT,
                                                             latest=today)),
    }
    for person, kin, phone, email in GUARDIAN_SLOTS:
        checks[person] = name(person, 150)
        checks[kin] = relation(kin)
        checks[phone] = lambda text, column=phone: clean_phone(text, field=column)
        checks[email] = lambda text, column=email: clean_email(text, field=column)
    return checks


Progress = Callable[[str, int, int], None]  # (stage, done, total); the GUI's may raise to cancel


def noop(_stage: str, _done: int, _total: int) -> None:
    return None


def problem(row: int, error: ValidationError, column: str | None = None) -> RowProblem:
    return RowProblem(row, column or error.field, error.message, **error.params)


class RowChecker:
    """Checks rows of one file; keeps the memo of each column's distinct values between rows."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.checks = cell_checks(today)
        self._fast = True
        self._sampled = 0

    def parse(self, row: Row) -> ParsedRow | list[RowProblem]:
        cells: dict[str, Any] = {}
        problems: list[RowProblem] = []
        for column, text in row.values.items():
            if not text:
                continue  # blank cells never change anything
            try:
                cells[column] = self.checks[column](text)
            except ValidationError as error:
                problems.append(problem(row.number, error, column))
        guardians = self._guardians(row, cells, problems)
        child_id = cells.pop("id", None)
        consent_on = cells.pop("consent_signed_on", None)
        if child_id is None and "id" not in {p.column for p in problems}:
            for column in REQUIRED_NEW:
                if column not in cells and column not in {p.column for p in problems}:
                    problems.append(RowProblem(row.number, column, N_("This field is empty; please fill it in")))
            if not guardians and not any(p.column.startswith(("guardian", "phone")) for p in problems):
                problems.append(RowProblem(row.number, "guardian",
                                           N_("at least one guardian with a phone is required")))
        if consent_on is not None and not guardians and child_id is None:
            problems.append(RowProblem(row.number, "consent_signed_on",
                                       N_("a consent needs the guardian who signed it in the guardian column")))
        if problems:
            return problems
        child_cells = {k: v for k, v in cells.items() if k in CHILD_FIELDS}
        parsed = ParsedRow(row=row.number, child_id=child_id, cells=child_cells, guardians=guardians,
                           consent_on=consent_on)
        if child_id is None:
            try:
                parsed.fields, parsed.notices = self.new_record(child_cells)
            except ValidationError as error:
                return [problem(row.number, error)]
        if "iin" in child_cells:
            child_cells["iin"] = child_cells["iin"].iin
        return parsed

    def whole_record(self, cells: dict[str, Any]) -> tuple[ChildFields, list[Notice]]:
        """The record as register_child stores it (``clean_child``): birth date and sex from the IIN, the age
        in range. Used as is for updates; a new row's already checked cells take ``_fast_record``."""
        if isinstance(cells.get("iin"), IinInfo):
            cells = {**cells, "iin": cells["iin"].iin}
        return clean_child(ChildFields(**{"surname": "", "name": "", **cells}), today=self.today)

    def new_record(self, cells: dict[str, Any]) -> tuple[ChildFields, list[Notice]]:
        """``whole_record`` for a new row, several times faster on a long file; the first rows are also run
        through ``clean_child`` itself, and any disagreement switches the fast way off."""
        fast = _fast_record(cells, self.today) if self._fast else None
        if fast is None:
            return self.whole_record(cells)
        if self._sampled < SAMPLE:
            self._sampled += 1
            exact = self.whole_record(cells)
            if exact != (fast, []):
                self._fast = False
                return exact
        return fast, []

    @staticmethod
    def _guardians(row: Row, cells: dict[str, Any], problems: list[RowProblem]) -> list[GuardianCells]:
        found = []
        bad = {p.column for p in problems}
        for person, kin, phone, email in GUARDIAN_SLOTS:
            name, number = cells.pop(person, None), cells.pop(phone, None)
            relation, mail = cells.pop(kin, None), cells.pop(email, None)
            if name and number:
                found.append(GuardianCells(full_name=name, relation=relation or "parent", phone=number, email=mail))
            elif name and phone not in bad:
                problems.append(RowProblem(row.number, phone, N_("the guardian's phone is empty")))
            elif (number or mail or relation) and person not in bad:
                problems.append(RowProblem(row.number, person, N_("the guardian's name is empty")))
        return found


def read_children(path: Path, *, today: dt.date, progress: Progress = noop) -> tuple[list[ParsedRow], list[RowProblem]]:
    """Every row checked on its own: the good rows and the problems. Unknown or missing columns reject the
    file at once (a misspelt header would otherwise drop a whole column silently)."""
    table = read_table(path)
    unknown = [c for c in table.columns if c not in COLUMNS]
    missing = [c for c in ("surname", "name") if c not in table.columns and "id" not in table.columns]
    if unknown or missing:
        problems = [RowProblem(1, c, N_("the column «{value}» is not one enrol reads; rename or delete it "
                                        "(the columns are: {columns})"), value=c, columns=", ".join(COLUMNS))
                    for c in unknown]
        problems += [RowProblem(1, c, N_("the column «{value}» is missing"), value=c) for c in missing]
        raise ImportRejected(problems, file=path.name)
    checker = RowChecker(today)
    parsed: list[ParsedRow] = []
    problems = []
    total = len(table.rows)
    for number, row in enumerate(table.rows):
        if number % 1000 == 0:
            progress("checking", number, total)
        result = checker.parse(row)
        if isinstance(result, list):
            problems.extend(result)
        else:
            parsed.append(result)
    progress("checking", total, total)
    return parsed, problems


class Keys:
    """The search and sort keys ``register_child`` stores, made per name part and cached: a long file
    repeats its surnames and given names. Both keys are made letter by letter with nothing carried over a
    space, so the key of "surname name patronymic" is the parts' keys joined; the first rows are checked
    against the whole-name functions and any difference switches the shortcut off."""

    def __init__(self) -> None:
        self._search: dict[str, str] = {}
        self._sort: dict[str, str] = {}
        letter = len(sort_key("a"))
        self._space = sort_key("a a")[letter:-letter]
        self._checked = 0
        self._exact = False

    def _part(self, cache: dict[str, str], make: Callable[[str], str], part: str) -> str:
        try:
            return cache[part]
        except KeyError:
            cache[part] = key = make(part)
            return key

    def pair(self, surname: str, name: str) -> str:
        """``search_key("surname name")``: how duplicates are recognised (as ``register_child`` does)."""
        if self._exact or self._checked < SAMPLE:
            exact = search_key(f"{surname} {name}")
            if self._exact:
                return exact
        key = " ".join(k for k in (self._part(self._search, search_key, surname),
                                   self._part(self._search, search_key, name)) if k)
        if self._checked < SAMPLE:
            self._checked += 1
            self._exact = key != exact
            return exact
        return key

    def values(self, fields: ChildFields) -> dict[str, Any]:
        values = dict(fields.__dict__)
        parts = [p for p in (fields.surname, fields.name, fields.patronymic) if p]
        exact = child_search_keys(fields.surname, fields.name, fields.patronymic) + (sort_key(full_name(*parts)),) \
            if self._exact or self._checked < SAMPLE else None
        if not self._exact:
            first, second, *rest = [self._part(self._search, search_key, p) for p in parts]
            keys = (" ".join(k for k in (first, second, *rest) if k), " ".join(k for k in (second, first, *rest) if k),
                    self._space.join(self._part(self._sort, sort_key, p) for p in parts))
            if exact is not None:
                self._checked += 1
                self._exact = keys != exact
        values["search_key"], values["search_key_alt"], values["sort_key"] = exact if self._exact else keys
        return values
