"""With --lang kk or ru the CLI speaks only that language: every command's help and a set of commands on a
small demo centre are scanned for runs of Latin letters that are neither a code (what the user types: command
and option names, choice values, group codes, setting keys, the stored codes of the fixed lists), a name, nor
a unit or format on the short allow-list below. The text output also shows codes as words and dates in the
language's one format; the JSON keeps the codes."""
from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from enrol import i18n
from enrol.cli import main
from enrol.cli.parser import build_parser
from enrol.domain import vocabulary
from enrol.domain.settings import SETTINGS
from tests.cli.cli_run import run

# Words that stay Latin in every language, each for a reason:
ALLOWED = {
    "enrol",                                   # the program's name, as typed
    "SQLite", "PostgreSQL", "postgresql",      # product names (and the URL scheme)
    "Excel", "pg_dump",                        # programs the help names
    "URL", "JSON", "CSV", "XLSX", "PDF",       # file kinds and address, as the users' software names them
    "A4",                                      # the paper size, as printers name it
    "json", "csv", "xlsx", "pdf", "sqlite3",   # file extensions
    "ENROL_DB", "ENROL_PASSWORD", "ENROL_HOME",  # environment variables
    "cli", "root",                             # the CLI's login cli:<user>, typed in audit filters
}
# Date and time masks show what to type (YYYY-MM-DD, HH:MM …); group and room codes (ART-10, 1.01).
MASK = re.compile(r"^[YMDHT]+$")
CODE = re.compile(r"^[A-Z]+(-\d+)?$")
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def _parsers(parser: argparse.ArgumentParser, path: list[str]) -> Iterator[tuple[list[str], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, [*path, name])


def _codes(*, typed_values: bool) -> set[str]:
    """What the user types: commands, options, choices, setting keys; with ``typed_values`` also the codes of
    the fixed lists (funding, relation … which help lists as values to type). Output shows those as words."""
    codes: set[str] = set(SETTINGS) | {"offer", "direct", "yes", "no", "allow", "warn", "refuse"}  # settings and the values they take
    for path, parser in _parsers(build_parser(), []):
        codes.update(part for name in path for part in name.split("-"))
        for action in parser._actions:
            for option in action.option_strings:
                codes.update(option.strip("-").split("-"))
            codes.update(str(choice) for choice in action.choices or ())
    for table in vars(vocabulary).values() if typed_values else ():
        if isinstance(table, dict):
            codes.update(str(key) for key in table)
    return {part for code in codes for part in re.split(r"[_\W]+", code) if part} | codes


def foreign_words(text: str, codes: set[str]) -> set[str]:
    found = set()
    for token in LATIN.findall(text):
        parts = [token, *token.split("_")]
        if any(p in ALLOWED or p in codes or MASK.match(p) or CODE.match(p) for p in parts):
            continue
        found.add(token)
    return found



@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = str(tmp_path_factory.mktemp("scan") / "centre.sqlite3")
    assert main(["--db", path, "db", "init"]) == 0
    assert main(["--db", path, "demo", "--children", "30", "--seed", "1"]) == 0
    for argv in (["event", "add", "--title", "Концерт", "--room", "1.01", "--at", "2026-12-12T11:00", "--until", "12:00",
                  "--headcount", "50"],
                 ["appointment", "refer", "1", "--specialty", "psychologist", "--reason", "тревожность"],
                 ["appointment", "book", "--specialist", "psychologist", "--child", "1", "--at", "2026-12-12T10:00"]):
        assert main(["--db", path, *argv]) == 0, argv
    yield path
    i18n.set_language("en")


COMMANDS = [
    ["room", "list"], ["club", "list"], ["group", "list"], ["group", "show", "ART-1"], ["child", "list"],
    ["child", "show", "1"], ["settings", "get"], ["user", "list"], ["db", "check"], ["notifications"],
    ["occupancy", "--at", "2026-12-07T16:00"], ["occupancy", "--at", "2026-12-06T03:00"],
    ["attendance", "sessions", "--date", "2026-12-07"], ["attendance", "alerts"], ["event", "list"],
    ["appointment", "list", "--week", "2026-12-12"], ["appointment", "referrals"], ["consent", "show", "1"],
    ["event", "list", "--from", "2026-12-01", "--to", "2026-12-31"], ["consent", "missing"], ["audit", "list", "--limit", "40"], ["report", "coverage", "--month", "2026-10"],
    ["report", "utilisation"], ["report", "attendance", "--month", "2026-10"],
    # refusals and bad input
    ["child", "show", "99999"], ["group", "seats", "ART-1", "1.5"], ["child", "add", "--sex", "x"],
    ["enrol", "1", "NOPE-1"], ["occupancy", "--at", "tomorrow"], ["frobnicate"],
]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_commands_speak_only_the_language(language: str, centre: str, capsys) -> None:  # type: ignore[no-untyped-def]
    codes = _codes(typed_values=False)
    seen: dict[str, set[str]] = {}
    folder = str(Path(centre).parent)
    for argv in COMMANDS:
        _code, out, err = run(capsys, "--db", centre, "--lang", language, *argv)
        echoed = set(argv)  # what the user typed comes back in the refusal
        words = foreign_words((out + err).replace(folder, ""), codes | echoed)
        if words:
            seen[" ".join(argv)] = words
    assert not seen, seen


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_help_speaks_only_the_language(language: str, centre: str, capsys) -> None:  # type: ignore[no-untyped-def]
    codes = _codes(typed_values=True)
    seen: dict[str, set[str]] = {}
    for path, _parser in _parsers(build_parser(), []):
        code, out, err = run(capsys, "--lang", language, *path, "--help")
        assert code == 0, (path, err)
        words = foreign_words(out + err, codes)
        if words:
            seen[" ".join(path) or "enrol"] = words
    assert not seen, seen


def test_codes_are_words_in_text_and_codes_in_json(centre: str, capsys) -> None:  # type: ignore[no-untyped-def]
    _code, out, _err = run(capsys, "--db", centre, "--lang", "ru", "room", "list")
    assert "зрительный зал" in out.lower() or "зал" in out
    assert not re.search(r"\b(hall|workshop|sports_hall)\b", out)
    _code, out, _err = run(capsys, "--db", centre, "--lang", "ru", "club", "list")
    assert "бесплатно" in out and not re.search(r"\b(arts|free|science)\b", out)
    _code, out, _err = run(capsys, "--db", centre, "--json", "club", "list")
    assert {club["funding"] for club in json.loads(out)} <= {"free", "paid"}


def test_dates_in_the_language_format(centre: str, capsys) -> None:  # type: ignore[no-untyped-def]
    _code, out, _err = run(capsys, "--db", centre, "--lang", "kk", "child", "list")
    assert re.search(r"\b\d\d\.\d\d\.\d{4}\b", out) and not re.search(r"\b\d{4}-\d\d-\d\d\b", out)
    _code, out, _err = run(capsys, "--db", centre, "--lang", "en", "child", "list")
    assert re.search(r"\b\d{4}-\d\d-\d\d\b", out)


def test_occupancy_with_nobody_inside_says_so(centre: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _err = run(capsys, "--db", centre, "--lang", "en", "occupancy", "--at", "2026-12-06T03:00")
    assert code == 0
    assert "Nobody is expected in any room at that moment." in out and "floor" not in out


def test_group_list_sorts_codes_naturally(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from enrol.services.centre import groups
    from enrol.services.context import Actor
    from enrol.services.storage.database import open_database

    path = str(tmp_path / "centre.sqlite3")
    assert main(["--db", path, "db", "init"]) == 0 and main(["--db", path, "demo", "--children", "5"]) == 0
    db = open_database(path)
    try:
        club = next(g.club_id for g in groups.list_groups(db) if g.code == "ART-1")
        for code in ("ART-10", "ART-11"):
            groups.add_group(db, actor=Actor.cli(), code=code, club=club)
    finally:
        db.dispose()
    capsys.readouterr()
    _code, out, _err = run(capsys, "--db", path, "--json", "group", "list")
    art = [group["code"] for group in json.loads(out) if group["code"].startswith("ART-")]
    assert art == [f"ART-{n}" for n in range(1, 12)]
