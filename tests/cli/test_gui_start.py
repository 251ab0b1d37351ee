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
