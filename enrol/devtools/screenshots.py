"""Screenshots of the window for README and for looking at the GUI as staff will (run under Xvfb).

    xvfb-run -a python -m enrol.devtools.screenshots --db demo.sqlite3 --out docs/screenshots --lang kk
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from enrol import i18n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--lang", default="kk", choices=i18n.LANGUAGES)
    parser.add_argument("--group", help="group code to show on the groups page")
    parser.add_argument("--search", default="", help="text typed in the children search")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("enrol-screenshots")
    QSettings().clear()
    from enrol.services.database import open_database
    from enrol.ui.main_window import MainWindow

    db = open_database(args.db)
    window = MainWindow(db)
    window.resize(1400, 860)
    window.set_language(args.lang)
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for row, page in enumerate(window.pages):
        window._nav.setCurrentRow(row)  # noqa: SLF001 - a dev tool steering the real window
        if page is window.children_page and args.search:
            page.search.setText(args.search)
            page._run_search()  # noqa: SLF001
        if page is window.children_page:
            page.table.selectRow(0)
        if page is window.groups_page and args.group:
            page.select_group(args.group)
        for _ in range(5):
            app.processEvents()
        path = out / f"{page.objectName()}-{args.lang}.png"
        window.grab().save(str(path))
        print(path)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
