"""The window's start skips the full parser (it imports every command's services): only a plain request for
the window takes that path, anything else still meets argparse and its usage errors."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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



def _python(code: str, tmp_path: Path) -> str:
    """In a process of its own: the start turns the collector off and freezes objects, and this test process
    must keep its own collector, application and logging as they are."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_start_that_fails_leaves_the_garbage_collector_on(tmp_path: Path) -> None:
    """The start runs without the cyclic collector (its objects live as long as the window); whatever ends it,
    the collector is on again afterwards."""
    home = tmp_path / "home"
    home.write_text("a file where the data folder should be", encoding="utf-8")
    code = ("import gc, os\n"
            f"os.environ['ENROL_HOME'] = {str(home)!r}\n"
            "from enrol.cli import main\n"
            "print(gc.isenabled(), main(['--lang', 'en', 'gui', '--smoke']), gc.isenabled())\n")
    assert _python(code, tmp_path) == "True 5 True"


def test_the_start_garbage_is_collected_once_and_the_rest_stays_frozen(tmp_path: Path) -> None:
    code = ("import gc, weakref\n"
            "from enrol.ui.app import collect_start_garbage\n"
            "class Cycle: pass\n"
            "gc.disable()\n"
            "one = Cycle(); one.me = one; gone = weakref.ref(one); del one\n"
            "kept = Cycle()\n"
            "gc.freeze(); gc.enable(); gc.collect()\n"
            "print(gone() is not None, end=' ')  # frozen: no collection reaches it\n"
            "collect_start_garbage()\n"
            "print(gone() is None, gc.get_freeze_count() > 0, gc.isenabled())\n")
    assert _python(code, tmp_path) == "True True True True"
