"""What differs on a Windows front-desk PC, simulated on Linux.

- the data folder comes from ``%LOCALAPPDATA%`` (platformdirs' Windows code, fed by the environment as it
  is on Windows when the shell API is not there), and is ``%LOCALAPPDATA%\\enrol`` as README and the setup's
  uninstaller say, not ``…\\enrol\\enrol``;
- a user name, folders and files with Cyrillic and Kazakh letters and spaces (``C:\\Users\\Әсем Нүсіпова``,
  ``Мои документы``);
- CSV files saved by Excel on Windows: CRLF line ends, a byte order mark, ``;``;
- an import file another program holds open (Excel locks what it opens: Windows refuses to read it) and an
  export over a file that cannot be written: one clear line naming the file, no traceback, nothing stored.

Not simulated here (README, "Windows"): Windows' own file locking semantics, the shell API behind
platformdirs, drive letters and UNC paths — those need a real Windows PC."""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import platformdirs
import platformdirs.windows
import pytest
from openpyxl import Workbook

from enrol import paths
from tests.cli.test_cli import run

EXCEL_CSV = ("\ufeffsurname;name;iin;guardian;phone\r\n"
             "Қасымова;Дана;150314600076;Қасымова Гүл;+77010000001\r\n"
             "Нүсіпова;Әсем;150314601232;Нүсіпова Гүлнар;+7 707 123 45 67\r\n")


@pytest.fixture
def windows_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``%LOCALAPPDATA%`` of a user whose name has Kazakh letters and a space, and platformdirs answering
    as it does on Windows."""
    local = tmp_path / "Users" / "Әсем Нүсіпова" / "AppData" / "Local"
    local.mkdir(parents=True)
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    monkeypatch.setenv("APPDATA", str(local.parent / "Roaming"))
    monkeypatch.delenv("ENROL_HOME", raising=False)
    monkeypatch.delenv("ENROL_DB", raising=False)
    # On Windows platformdirs asks the shell API (ctypes.windll); off Windows, the environment variables
    # the shell sets are the same answer.
    monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER", platformdirs.windows.get_win_folder_from_env_vars)

    def user_data_dir(appname: str | None = None, appauthor: str | bool | None = None, **options: object) -> str:
        return platformdirs.windows.Windows(appname=appname, appauthor=appauthor, **options).user_data_dir  # type: ignore[arg-type]

    monkeypatch.setattr(platformdirs, "user_data_dir", user_data_dir)
    return local


def test_data_folder_is_localappdata_enrol(windows_profile: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert paths.data_dir() == windows_profile / "enrol"
    assert paths.default_database_path() == windows_profile / "enrol" / "enrol.sqlite3"
    assert paths.log_dir() == windows_profile / "enrol" / "logs"
    # No --db: the default database lands in the data folder, created on the way. (The log file is opened
    # once per process, so within the test run it stays where the first test put it.)
    code, out, err = run(capsys, "db", "init")
    assert code == 0, err
    assert (windows_profile / "enrol" / "enrol.sqlite3").is_file()
    assert not (windows_profile / "enrol" / "enrol").exists(), "platformdirs' author folder must stay out"


def test_cyrillic_folders_with_spaces_and_excel_csv(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    documents = tmp_path / "Мои документы"
    (documents / "Экспорт 2026").mkdir(parents=True)
    db = str(documents / "Орталық 1.sqlite3")
    source = documents / "Жаңа балалар.csv"
    source.write_bytes(EXCEL_CSV.encode("utf-8"))
    assert run(capsys, "--db", db, "db", "init")[0] == 0
    code, out, err = run(capsys, "--db", db, "import", "children", str(source))
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "--json", "child", "list")
    children = json.loads(out)
    assert sorted(child["full_name"] for child in children) == ["Нүсіпова Әсем", "Қасымова Дана"]
    # CRLF: no carriage return left at a line's end (the phone is the last column)
    code, out, _ = run(capsys, "--db", db, "--json", "child", "show", "150314601232")
    assert code == 0 and "\\r" not in out and "\r" not in out
    assert "+7 707 123 45 67" in out or "+77071234567" in out
    exported = documents / "Экспорт 2026" / "балалар тізімі.csv"
    assert run(capsys, "--db", db, "export", "children", str(exported))[0] == 0
    assert "Нүсіпова" in exported.read_text(encoding="utf-8-sig")
    backup = documents / "Экспорт 2026" / "сақтық көшірме.sqlite3"
    code, out, err = run(capsys, "--db", db, "db", "backup", "-o", str(backup))
    assert code == 0 and backup.is_file(), err


def test_applications_csv_with_crlf(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "centre.sqlite3")
    assert run(capsys, "--db", db, "db", "init")[0] == 0
    assert run(capsys, "--db", db, "demo", "--children", "20", "--seed", "3")[0] == 0
    group = json.loads(run(capsys, "--db", db, "--json", "group", "list")[1])[0]["code"]
    child = json.loads(run(capsys, "--db", db, "--json", "child", "list", "--limit", "1")[1])[0]["id"]
    source = tmp_path / "заявки.csv"
    source.write_bytes(f"\ufeffchild;group;applied_at\r\n{child};{group};2026-08-20 10:00\r\n".encode())
    code, out, err = run(capsys, "--db", db, "--json", "import", "applications", str(source))
    # The row is read whole (the group code has no "\r" stuck to it): either allocated or refused by a rule
    # about the child, never "no group «ART-1\r»".
    assert "\r" not in err and "\\r" not in err, err
    if code == 0:
        assert json.loads(out)["rows"] == 1
    else:
        assert code == 3 and "There is no group" not in err, err


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_import_file_held_open_by_another_program(suffix: str, tmp_path: Path, capsys,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "centre.sqlite3")
    assert run(capsys, "--db", db, "db", "init")[0] == 0
    source = tmp_path / f"Жаңа балалар{suffix}"
    if suffix == ".csv":
        source.write_bytes(EXCEL_CSV.encode("utf-8"))
    else:
        book = Workbook()
        for line in EXCEL_CSV.lstrip("\ufeff").splitlines():
            book.active.append(line.split(";"))
        book.save(source)
    real_open = io.open

    def open_locked(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        # What Windows answers while Excel has the file open (ERROR_SHARING_VIOLATION, errno EACCES).
        if isinstance(file, (str, os.PathLike)) and Path(os.fspath(file)) == source:
            raise PermissionError(13, "The process cannot access the file because it is being used by another "
                                      "process", str(source))
        return real_open(file, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(io, "open", open_locked)
        code, out, err = run(capsys, "--db", db, "import", "children", str(source))
    lines = err.strip().splitlines()
    assert code == 3 and len(lines) == 1, (code, err)  # the input file, named, cannot be read: nothing stored
    assert "Traceback" not in err and f"Жаңа балалар{suffix}" in lines[0] and "cannot be read" in lines[0], err
    assert json.loads(run(capsys, "--db", db, "--json", "child", "list")[1]) == []


def test_export_over_a_file_that_cannot_be_written(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "centre.sqlite3")
    assert run(capsys, "--db", db, "db", "init")[0] == 0
    target = tmp_path / "Экспорт 2026" / "балалар.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"PK\x03\x04 an open workbook")  # a workbook: the output check lets it be replaced
    real_replace = os.replace

    def replace_locked(source, destination):  # type: ignore[no-untyped-def]
        # enrol writes a draft beside the target and renames it over; Windows refuses to replace a file that
        # Excel holds open (ERROR_ACCESS_DENIED, errno EACCES).
        if Path(os.fspath(destination)) == target:
            raise PermissionError(13, "Access is denied", str(target))
        return real_replace(source, destination)

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", replace_locked)
        code, out, err = run(capsys, "--db", db, "export", "children", str(target))
    lines = err.strip().splitlines()
    assert code == 5 and len(lines) == 1, (code, err)  # a file that cannot be written: a storage problem
    assert "Traceback" not in err and "балалар.xlsx" in lines[0], err
    assert target.read_bytes() == b"PK\x03\x04 an open workbook", "the other program's file must stay as it was"
    assert [path.name for path in target.parent.iterdir()] == [target.name], "the draft must not be left behind"
