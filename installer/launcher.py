"""Entry point of the frozen enrol: the same ``enrol.cli:main`` as the ``enrol`` console script.

PyInstaller needs a script, not an entry point. On Windows the windowed ``enrol-gui.exe`` starts from this
file too: with no command it opens the GUI, as ``enrol`` does.
"""
import os
import sys


def _give_windowed_program_streams() -> None:
    # A windowed Windows executable has no console: sys.stdout and sys.stderr are None, and enrol's CLI and
    # argparse write to them (an error line, `--help`). Writing into the void is better than a crash.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process


if __name__ == "__main__":
    _give_windowed_program_streams()
    from enrol.cli import main

    sys.exit(main())
