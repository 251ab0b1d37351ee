"""``enrol user|audit|consent`` and ``enrol child export|anonymise``: exit statuses, --json, the
password only from ENROL_PASSWORD (never an argument), and one line on stderr when refused."""
from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import ASEM, run

PASSWORD = "Тау-самал 2026"


@pytest.fixture
def db_path(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from enrol.services.storage.database import init_database

    path = tmp_path / "people.sqlite3"
    init_database(str(path)).dispose()
    monkeypatch.setenv("ENROL_DB", str(path))
    return path


def test_users_from_the_command_line(capsys, db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ENROL_PASSWORD", PASSWORD)
    assert run(capsys, "user", "add", "aigerim", "--role", "registrar", "--name", "Айгерім")[0] == 0
    code, out, _ = run(capsys, "--json", "user", "list")
    assert code == 0 and [(u["login"], u["role"], u["active"]) for u in json.loads(out)] == [
        ("aigerim", "registrar", True)]
    assert "password" not in out and PASSWORD not in out
    code, _, err = run(capsys, "user", "add", "aigerim", "--role", "registrar")
    assert code == 4 and err.count("\n") == 1
    assert run(capsys, "user", "add", "x", "--role", "janitor")[0] == 2
    assert run(capsys, "user", "passwd", "aigerim")[0] == 0
    assert run(capsys, "user", "deactivate", "aigerim")[0] == 0
    code, out, _ = run(capsys, "--json", "user", "list")
    assert json.loads(out)[0]["active"] is False
    assert run(capsys, "user", "activate", "aigerim")[0] == 0
    assert PASSWORD.encode() not in db_path.read_bytes()


def test_no_password_no_user(capsys, db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("ENROL_PASSWORD", raising=False)
    code, _, err = run(capsys, "user", "add", "dana", "--role", "teacher")
    assert code == 3 and "ENROL_PASSWORD" in err


def test_audit_consent_export_and_anonymise(capsys, db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--json", "child", "add", *ASEM, "--birth-date", "2015-03-14", "--sex", "f")
    assert code == 0
    child = str(json.loads(out)["id"])
    code, out, _ = run(capsys, "--json", "consent", "show", child)
    assert json.loads(out)["status"] == "missing"
    code, out, _ = run(capsys, "--json", "consent", "add", child, "--signed-by", "Нүсіпова Гүлнар", "--photo")
    assert code == 0 and json.loads(out)["photo_consent"] is True
    consent_id = str(json.loads(out)["id"])
    assert json.loads(run(capsys, "--json", "consent", "missing")[1]) == []
    assert run(capsys, "consent", "form", child, "--form-lang", "ru", "-o", str(tmp_path / "form.pdf"))[0] == 0
    assert (tmp_path / "form.pdf").read_bytes().startswith(b"%PDF")
    assert run(capsys, "consent", "withdraw", consent_id, "--reason", "ата-анасы сұрады")[0] == 0
    code, out, _ = run(capsys, "--json", "audit", "list", "--entity", "child", "--id", child)
    actions = [e["action"] for e in json.loads(out)]
    assert {"child.add", "consent.add", "consent.withdraw", "print.consent"} <= set(actions)
    assert run(capsys, "audit", "list", "--since", "2001-13-01")[0] == 3
    exported = tmp_path / "child.json"
    assert run(capsys, "child", "export", child, "-o", str(exported))[0] == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["child"]["surname"] == "Нүсіпова" and document["guardians"][0]["phone"] == "+77071234567"
    assert run(capsys, "audit", "export", str(tmp_path / "audit.csv"))[0] == 0
    code, out, _ = run(capsys, "--json", "child", "anonymise", child)
    assert code == 0 and json.loads(out)["child_id"] == int(child)
    assert "Нүсіпова".encode() not in db_path.read_bytes()
    code, _, err = run(capsys, "child", "anonymise", "999")
    assert code == 4 and err.count("\n") == 1
    assert run(capsys, "--json", "child", "anonymise-expired", "--dry-run")[0] == 0
