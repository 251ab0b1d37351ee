"""``enrol checkin|checkout|inside|entrance log|child card|child set|pickup``: exit statuses (3 a malformed
code, 4 refused or unknown), the --json shapes scripts depend on, one line on stderr, nothing stored on bad input."""
from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import ASEM, run


@pytest.fixture
def db_path(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from enrol.services.storage.database import init_database

    path = tmp_path / "door.sqlite3"
    init_database(str(path)).dispose()
    monkeypatch.setenv("ENROL_DB", str(path))
    return path


def _child(capsys, birth: str = "2014-03-15") -> int:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--json", "child", "add", *ASEM, "--birth-date", birth, "--sex", "f")
    assert code == 0
    return int(json.loads(out)["id"])


def test_a_day_at_the_door(capsys, db_path) -> None:  # type: ignore[no-untyped-def]
    child = _child(capsys)
    code, out, _ = run(capsys, "--json", "child", "show", str(child))
    card = json.loads(out)["card_code"]
    assert code == 0 and len(card) == 10 and card.isdigit()
    code, out, err = run(capsys, "--json", "checkin", "--code", card, "--desk", "north")
    document = json.loads(out)
    assert code == 0 and document["status"] == "in" and document["child_id"] == child
    assert (document["inside"], document["capacity"]) == (1, 1000) and len(document["notices"]) == 1
    code, _, err = run(capsys, "checkin", str(child))
    assert code == 4 and err.count("\n") == 1 and "already inside" in err
    code, out, _ = run(capsys, "--json", "inside")
    document = json.loads(out)
    assert document["count"] == 1 and document["capacity"] == 1000
    assert set(document["children"][0]) == {"child_id", "surname", "name", "since", "room"}
    assert document["children"][0]["room"] is None
    code, out, _ = run(capsys, "--json", "checkout", "--code", card)
    assert code == 0 and {k: json.loads(out)[k] for k in ("status", "child_id", "inside")} == {
        "status": "out", "child_id": child, "inside": 0}
    code, out, _ = run(capsys, "--json", "entrance", "log", "--child", str(child))
    assert [line["direction"] for line in json.loads(out)] == ["out", "in"]
    code, out, _ = run(capsys, "entrance", "log")
    assert code == 0 and "north" in out


def test_bad_codes_and_refusals_exit_3_and_4_with_one_line(capsys, db_path) -> None:  # type: ignore[no-untyped-def]
    child = _child(capsys)
    old = run(capsys, "child", "card", str(child))[1].strip()
    new = run(capsys, "child", "card", str(child), "--reissue")[1].strip()
    assert new != old
    wrong_digit = old[:-1] + str((int(old[-1]) + 1) % 10)
    for args, status, text in [
        (["checkin", "--code", wrong_digit], 3, "misread"),
        (["checkin", "--code", "28O4982395"], 3, "only digits"),
        (["checkin", "--code", old[:6]], 3, "10 digits"),
        (["checkin", "--code", old], 4, "replaced on"),
        (["--lang", "ru", "checkin", "--code", old], 4, "заменена"),
        (["checkin", str(child), "--code", new], 2, ""),
    ]:
        code, out, err = run(capsys, *args)
        assert (code, out) == (status, ""), args
        assert text in err and (status == 2 or err.count("\n") == 1), err
    code, out, _ = run(capsys, "--json", "inside")
    assert json.loads(out)["count"] == 0


def test_who_may_collect_from_the_command_line(capsys, db_path) -> None:  # type: ignore[no-untyped-def]
    child = _child(capsys, birth="2019-05-01")
    assert run(capsys, "checkin", str(child))[0] == 0
    code, _, err = run(capsys, "checkout", str(child))
    assert code == 4 and "Нүсіпова Гүлнар" in err
    code, out, _ = run(capsys, "--json", "pickup", "add", str(child), "--name", "Серіков Бауыржан",
                       "--phone", "87075554433", "--relation", "uncle")
    assert code == 0 and json.loads(out)["phone"] == "+77075554433"
    code, out, _ = run(capsys, "--json", "pickup", "list", str(child))
    document = json.loads(out)
    assert document["may_leave_alone"] is False and document["by_age"] is True
    assert [c["kind"] for c in document["collectors"]] == ["guardian", "pickup"]
    code, out, _ = run(capsys, "--json", "checkout", str(child), "--collected-by", "Serikov Bauyrzhan")
    assert code == 0 and json.loads(out)["collected_by"] == "Серіков Бауыржан"
    assert run(capsys, "child", "set", str(child), "--may-leave-alone", "yes")[0] == 0
    assert run(capsys, "checkin", str(child))[0] == 0
    assert run(capsys, "checkout", str(child))[0] == 0
