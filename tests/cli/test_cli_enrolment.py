"""The enrolment commands of the CLI contract: enrol, withdraw, accept, occupancy, import applications."""
from __future__ import annotations

import json

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from enrol.cli import main
from enrol.db.models import Enrolment
from tests.unit.enrolment_centre import Centre, statuses, waitlist


@pytest.fixture
def centre(db):  # type: ignore[no-untyped-def]
    c = Centre(db)
    c.room("2.14", seats=30, floor=2)
    c.group("AVIA-1", seats=1, room="2.14", meets=((2, "15:00", "16:30"),))
    c.group("VLAB-1", seats=5, room="2.14", meets=((3, "15:00", "16:30"),), age_min=12, age_max=17)
    return c


def run(capsys, db, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--db", db.url.render_as_string(hide_password=False), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_enrol_prints_status_and_position(capsys, centre) -> None:  # type: ignore[no-untyped-def]
    first, second, third = centre.children(3, shift=1)
    code, out, _ = run(capsys, centre.db, "--json", "enrol", str(first), "AVIA-1")
    assert code == 0 and json.loads(out) == {"status": "enrolled", "position": None, "group": "AVIA-1",
                                             "child_id": first, "enrolment_id": _enrolment_id(centre.db, first)}
    code, out, _ = run(capsys, centre.db, "--json", "enrol", str(second), "AVIA-1")
    assert code == 0 and json.loads(out)["status"] == "waitlisted" and json.loads(out)["position"] == 1
    code, out, _ = run(capsys, centre.db, "enrol", str(third), "AVIA-1")
    assert code == 0 and "2" in out
    assert waitlist(centre.db, "AVIA-1") == [second, third]


def _enrolment_id(db, child: int) -> int:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return session.scalar(select(Enrolment.id).where(Enrolment.child_id == child))


def test_refusals_exit_4_and_change_nothing(capsys, centre) -> None:  # type: ignore[no-untyped-def]
    young = centre.child(age=8, shift=1)
    code, _, err = run(capsys, centre.db, "enrol", str(young), "VLAB-1")
    assert code == 4 and err.count("\n") == 1 and "12–17" in err
    assert run(capsys, centre.db, "enrol", "999999", "VLAB-1")[0] == 4
    assert run(capsys, centre.db, "enrol", str(young), "NOPE-1")[0] == 4
    assert run(capsys, centre.db, "enrol", str(young), "VLAB-1", "--funding", "gold")[0] == 3
    assert run(capsys, centre.db, "enrol", str(young), "VLAB-1", "--from", "2026-13-01")[0] == 3
    with centre.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Enrolment)) == 0
    code, out, _ = run(capsys, centre.db, "--json", "enrol", str(young), "VLAB-1", "--override-reason",
                       "gifted, approved by the director")
    assert code == 0 and json.loads(out)["status"] == "enrolled"
    with centre.db.read() as session:
        assert session.scalar(select(Enrolment.override_reason)) == "gifted, approved by the director"


def test_withdraw_offers_the_seat_and_accept_takes_it(capsys, centre) -> None:  # type: ignore[no-untyped-def]
    first, second = centre.children(2, shift=1)
    run(capsys, centre.db, "enrol", str(first), "AVIA-1")
    run(capsys, centre.db, "enrol", str(second), "AVIA-1")
    code, out, _ = run(capsys, centre.db, "--json", "withdraw", str(first), "AVIA-1", "--reason", "moved away")
    document = json.loads(out)
    assert code == 0 and document["placements"][0]["child_id"] == second
    assert document["placements"][0]["status"] == "offered" and document["placements"][0]["phone"]
    assert statuses(centre.db, "AVIA-1")[second] == "offered"
    assert json.loads(run(capsys, centre.db, "--json", "accept", str(second), "AVIA-1")[1])["status"] == "enrolled"
    assert statuses(centre.db, "AVIA-1")[second] == "enrolled"


def test_occupancy_json_follows_the_contract(capsys, centre) -> None:  # type: ignore[no-untyped-def]
    child = centre.child(shift=1)
    run(capsys, centre.db, "enrol", str(child), "AVIA-1")
    from tests.unit.enrolment_centre import moment, next_day

    at = moment(next_day(2), "15:30").strftime("%Y-%m-%dT%H:%M")
    code, out, _ = run(capsys, centre.db, "--json", "occupancy", "--at", at)
    document = json.loads(out)
    assert code == 0 and set(document) >= {"at", "capacity", "total", "floors", "rooms"}
    assert document["total"] == 1 and document["floors"]["2"] == 1 and document["capacity"] == 1000
    room = next(r for r in document["rooms"] if r["code"] == "2.14")
    assert (room["seats"], room["expected"]) == (30, 1)
    assert run(capsys, centre.db, "occupancy", "--at", "tomorrow")[0] == 3


def _csv(path, rows: list[str], *, bom: bool = False, sep: str = ";") -> str:  # type: ignore[no-untyped-def]
    text = "\n".join([sep.join(("child", "group", "applied_at", "funding"))] + [r.replace(";", sep) for r in rows])
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return str(path)


def test_import_applications_in_file_order(capsys, centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kids = centre.children(4, shift=1)
    rows = [f"{kids[0]};AVIA-1;2026-08-20 10:00;", f"{kids[1]};AVIA-1;2026-08-20 09:00;voucher_missing"]
    bad = _csv(tmp_path / "bad.csv", rows + [f"{kids[2]};NOPE;2026-08-20 11:00;", f"{kids[3]};AVIA-1;soon;"])
    code, _, err = run(capsys, centre.db, "import", "applications", bad)
    assert code == 3
    lines = err.strip().splitlines()
    assert "nothing was imported" in lines[0]
    assert [line.split(",")[0].strip() for line in lines[1:]] == ["row 3", "row 4", "row 5"]
    with centre.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Enrolment)) == 0
    good = _csv(tmp_path / "good.csv", [f"{kids[0]};AVIA-1;2026-08-20 10:00;", f"{kids[1]};AVIA-1;20.08.2026 09:00;",
                                        f"{kids[2]};AVIA-1;2026-08-21;state_order"], bom=True, sep=",")
    code, out, _ = run(capsys, centre.db, "--json", "import", "applications", good)
    assert code == 0 and json.loads(out) == {"rows": 3, "enrolled": 1, "offered": 0, "waitlisted": 2}
    # file order decides the seat; application time decides the order of the waitlist
    assert statuses(centre.db, "AVIA-1")[kids[0]] == "enrolled"
    assert waitlist(centre.db, "AVIA-1") == [kids[1], kids[2]]


def test_import_is_all_or_nothing_when_a_rule_refuses_a_row(capsys, centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ok_child = centre.child(shift=1)
    too_young = centre.child(age=8, shift=1)
    book = Workbook()
    sheet = book.active
    sheet.append(["Child", "Group", "Applied at"])
    sheet.append([ok_child, "VLAB-1", "2026-08-20 10:00"])
    sheet.append([too_young, "VLAB-1", "2026-08-20 10:05"])
    book.save(tmp_path / "apps.xlsx")
    code, _, err = run(capsys, centre.db, "import", "applications", str(tmp_path / "apps.xlsx"))
    assert code == 3 and "row 3" in err and "12–17" in err
    with centre.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Enrolment)) == 0


@pytest.mark.parametrize("content", [b"", b"\x00\x01binary", b"child;group\n1;AVIA-1\n"])
def test_import_of_a_broken_file_is_explained(capsys, centre, tmp_path, content: bytes) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.csv"
    path.write_bytes(content)
    code, _, err = run(capsys, centre.db, "import", "applications", str(path))
    assert code == 3 and "Traceback" not in err and err.strip()
    assert run(capsys, centre.db, "import", "applications", str(tmp_path / "missing.csv"))[0] == 3
    (tmp_path / "fake.xlsx").write_bytes(b"not a zip")
    assert run(capsys, centre.db, "import", "applications", str(tmp_path / "fake.xlsx"))[0] == 3
