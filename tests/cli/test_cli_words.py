"""Every word of the CLI in the chosen language: argparse's own texts, the help and placeholder of every
argument, and a number argparse cannot read is invalid input naming the field (exit 3)."""
from __future__ import annotations

import argparse
import json
from collections.abc import Iterator

import pytest

from enrol import i18n
from enrol.cli.parser import build_parser
from tests.cli.cli_run import run


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")



def _arguments(parser: argparse.ArgumentParser, path: str = "enrol") -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _arguments(sub, f"{path} {name}")
        else:
            yield path, action


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_argument_has_help_and_a_placeholder_in_the_language(language: str) -> None:
    i18n.set_language(language)
    parser = build_parser()
    bare = [f"{path} {action.dest}" for path, action in _arguments(parser) if not action.help]
    assert not bare, f"arguments without help: {bare[:10]}"
    if language != "en":
        english = {"FILE", "GROUP", "CHILD", "ID", "STAFF_ID", "DATE", "DB", "COMMAND", "SUBCOMMAND"}
        shown = {str(action.metavar) for _path, action in _arguments(parser)}
        assert not shown & english, shown & english


@pytest.mark.parametrize(("language", "usage", "options", "help_line"), [
    ("ru", "использование:", "параметры:", "показать эту справку и выйти"),
    ("kk", "қолданылуы:", "параметрлер:", "осы анықтаманы көрсетіп, шығу"),
])
def test_argparse_help_is_translated(language: str, usage: str, options: str, help_line: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _err = run(capsys, "--lang", language, "export", "attendance", "--help")
    assert code == 0
    assert out.startswith(usage) and options in out and help_line in out
    assert "usage:" not in out and "options:" not in out and " FILE" not in out


def test_argparse_errors_are_translated(capsys) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = run(capsys, "--lang", "ru", "child", "add", "--sex", "x")
    assert code == 2
    assert "недопустимый вариант" in err and "invalid choice" not in err
    code, _out, err = run(capsys, "--lang", "kk", "group", "seats")
    assert code == 2
    assert "мына аргументтер міндетті: ТОП, САН" in err and "required" not in err


@pytest.mark.parametrize("argv", [["group", "seats", "ART-1", "1.5"], ["child", "list", "--limit", "ten"],
                                  ["demo", "--children", "many"]])
def test_a_number_argparse_cannot_read_is_invalid_input_naming_the_field(argv: list[str], capsys) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = run(capsys, "--lang", "en", *argv)
    assert code == 3
    field = {"seats": "seats", "list": "limit", "demo": "number of children"}[argv[1] if argv[0] != "demo" else "demo"]
    assert err.startswith(f"enrol: {field}: «") and "is not a whole number" in err


def test_json_refusals_are_json_on_stdout_too(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "centre.sqlite3")
    assert run(capsys, "--db", db, "db", "init")[0] == 0
    code, out, err = run(capsys, "--db", db, "--json", "--lang", "ru", "enrol", "1", "NOPE-1")
    assert code == 4 and err.startswith("enrol: ")
    document = json.loads(out)
    assert document["status"] == "refused" and document["rule"] == "not_found"
    assert document["message"] == err.removeprefix("enrol: ").strip()
    code, out, _err = run(capsys, "--db", db, "--json", "settings", "set", "building_capacity", "lots")
    assert code == 3 and json.loads(out)["status"] == "invalid" and json.loads(out)["field"] == "building_capacity"
