"""``enrol report coverage|utilisation|attendance`` and ``enrol year rollover``: the numbers of the
hand-counted centres of the unit tests through the command line, files written, bad input refused."""
from __future__ import annotations

import json

from openpyxl import load_workbook

from enrol.cli import main
from enrol.db.models import AuditEvent
from tests.unit.enrolment_centre import ACADEMIC_YEAR
from tests.unit.test_report_attendance import autumn  # noqa: F401 - fixture
from tests.unit.test_report_coverage import october  # noqa: F401 - fixture
from tests.unit.test_rollover import NEXT, centre  # noqa: F401 - fixture


def run(capsys, db, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--db", db.url.render_as_string(hide_password=False), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_coverage_json_and_files(capsys, october, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, out, _ = run(capsys, october.db, "--json", "report", "coverage", "--month", "2025-10")
    assert code == 0
    found = json.loads(out)
    assert (found["served"], found["free"], found["paid_only"], found["places"], found["free_places"]) == (4, 2, 2, 5, 2)
    assert (found["new"], found["returning"], found["period"]) == (2, 2, {"from": "2025-10-01", "to": "2025-10-31"})
    assert {line["key"]: line["children"] for line in found["by_funding"]}["paid"] == 3
    code, out, _ = run(capsys, october.db, "report", "coverage", "--from", "2025-09-01", "--to", "2025-11-30")
    assert code == 0 and "6" in out.splitlines()[1]
    workbook = tmp_path / "coverage.xlsx"
    code, _, _ = run(capsys, october.db, "report", "coverage", "--month", "2025-10", "-o", str(workbook))
    assert code == 0
    sheets = load_workbook(workbook)
    summary = {row[0]: row[1] for row in sheets["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Children served"] == 4 and summary["Free share, %"] == 50
    ages = list(sheets["By age"].iter_rows(min_row=2, values_only=True))
    assert ages[0][:3] == ("6 and younger", 1, 0)
    pdf = tmp_path / "coverage.pdf"
    code, _, _ = run(capsys, october.db, "--lang", "kk", "report", "coverage", "--month", "2025-10", "-o", str(pdf))
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")


def test_bad_input_exits_3(capsys, october, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, _, err = run(capsys, october.db, "report", "coverage", "--month", "2025-13")
    assert code == 3 and "month" in err
    code, _, err = run(capsys, october.db, "report", "coverage", "--from", "2025-10-10", "--to", "2025-10-01")
    assert code == 3
    code, _, err = run(capsys, october.db, "report", "utilisation", "-o", str(tmp_path / "x.docx"))
    assert code == 3 and "x.docx" in err


def test_utilisation_and_attendance(capsys, autumn, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, out, _ = run(capsys, autumn.db, "--json", "report", "attendance", "--from", "2025-10-01", "--to",
                       "2025-11-30")
    assert code == 0
    found = json.loads(out)
    assert (found["recorded"], found["present"], found["late"], found["absent"], found["excused"]) == (23, 5, 1, 15, 2)
    assert [(r["child_id"], r["streak"]) for r in found["at_risk"]] == [(autumn.kids[0], 4), (autumn.kids[3], 3)]
    with autumn.db.read() as session:  # names left the database: audited
        assert session.query(AuditEvent).filter(AuditEvent.action == "export.attendance_report").count() == 1
    code, out, _ = run(capsys, autumn.db, "--json", "report", "utilisation")
    found = json.loads(out)
    assert code == 0 and found["capacity"] == 1000 and len(found["week"]) == 7
    sheet = tmp_path / "attendance.xlsx"
    code, _, _ = run(capsys, autumn.db, "report", "attendance", "--from", "2025-10-01", "--to", "2025-11-30",
                     "-o", str(sheet))
    at_risk = list(load_workbook(sheet)["At risk"].iter_rows(min_row=2, values_only=True))
    assert code == 0 and [row[5] for row in at_risk] == [4, 3]


def test_year_rollover(capsys, centre) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, out, _ = run(capsys, centre.db, "--json", "year", "rollover")
    assert code == 0
    done = json.loads(out)
    assert (done["from"], done["to"], done["groups"], done["enrolled"]) == (ACADEMIC_YEAR, NEXT, 2, 3)
    assert [r["child_id"] for r in done["refused"]] == [centre.a]
    code, _, err = run(capsys, centre.db, "year", "rollover", "--from", ACADEMIC_YEAR)
    assert code == 4 and NEXT in err
    code, _, err = run(capsys, centre.db, "year", "close", "2025")
    assert code == 3
