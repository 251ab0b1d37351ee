"""The window's start skips the full parser (it imports every command's services): only a plain request for
the window takes that path, anything else still meets argparse and its usage errors."""
from __future__ import annotations

import pytest

from enrol.cli import _gui_request


@pytest.mark.parametrize(("argv", "expected"), [
    ([], (None, None, False)),
    (["gui"], (None, None, False)),
    (["--db", "x.sqlite3", "gui", "--smoke"], ("x.sqlite3", None, True)),
    (["--lang=ru", "--db=postgresql://h/db"], ("postgresql://h/db", "ru", False)),
    (["--lang", "kk", "gui"], (None, "kk", False)),
])
def test_a_plain_request_for_the_window_is_recognised(argv: list[str], expected: tuple) -> None:  # type: ignore[type-arg]
    assert _gui_request(argv) == expected


@pytest.mark.parametrize("argv", [
    ["--help"], ["gui", "--help"], ["--lang", "xx"], ["--db"], ["--smoke"], ["gui", "gui"], ["child", "list"],
    ["gui", "--smoke", "--smoke"], ["--version", "gui"],
])
def test_anything_else_goes_through_the_parser(argv: list[str]) -> None:
    assert _gui_request(argv) is None


def test_a_start_that_fails_leaves_the_garbage_collector_on(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The start runs without the cyclic collector (its objects live as long as the window); whatever ends it,
    the collector is on again afterwards."""
    import gc

    from enrol.cli import main

    home = tmp_path / "home"
    home.write_text("a file where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("ENROL_HOME", str(home))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert gc.isenabled()
    assert main(["--lang", "en", "gui", "--smoke"]) == 5
    assert gc.isenabled()
