"""Screenshots of the window for README and for looking at the GUI as staff will (run under Xvfb).

    xvfb-run -a python -m enrol.devtools.screenshots --db demo.sqlite3 --out docs/screenshots --lang kk
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication

from enrol import i18n
from enrol.cli.parser import screen_size
from enrol.ui.screen import room_for_window, set_screen_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--lang", default="kk", choices=i18n.LANGUAGES)
    parser.add_argument("--group", help="group code to show on the groups page")
    parser.add_argument("--search", default="", help="text typed in the children search")
    parser.add_argument("--at", help="moment shown on the Now page, YYYY-MM-DDTHH:MM (e.g. the demo's peak)")
    parser.add_argument("--room", help="room code clicked on the Now page's floor plan and chosen on Rooms")
    parser.add_argument("--screen", default="1366x768", type=screen_size,
                        help="the screen the window fills (less a taskbar and a title bar), WxH")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("enrol-screenshots")
    QSettings().clear()
    from enrol.services.storage.database import open_database
    from enrol.ui.main_window import MainWindow

    db = open_database(args.db)
    set_screen_size(QSize(*args.screen))  # the commonest office laptop: what the README's pictures show
    window = MainWindow(db)
    window.set_language(args.lang)
    window.resize(room_for_window(window))
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for spec in window.specs:  # every page the role sees, built as a click on the navigation builds it
        page = window.show_page(spec.key)
        if page is window.children_page and args.search:
            page.search.setText(args.search)
            page._run_search()  # noqa: SLF001
        if page is window.children_page:
            page.table.selectRow(0)
        if page is window.groups_page and args.group:
            page.select_group(args.group)
        extra = _steer_admin_pages(window, page, args)
        for _ in range(5):
            app.processEvents()
        path = out / f"{page.objectName()}-{args.lang}.png"
        window.grab().save(str(path))
        print(path)
        for name, show in extra:  # a second picture of the same page (the Now page's heat map)
            show()
            for _ in range(5):
                app.processEvents()
            path = out / f"{name}-{args.lang}.png"
            window.grab().save(str(path))
            print(path)
    _reports_pictures(window, app, out, args.lang)
    window.close()
    return 0


def _reports_pictures(window, app, out: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The Reports page's three tabs (coverage, utilisation, attendance) for the current academic year."""
    if not hasattr(window, "show_page") or not window.has_page("reports"):
        return
    page = window.show_page("reports")
    page._academic_year()  # noqa: SLF001 - a dev tool steering the real page
    for index, name in enumerate(("reports-coverage", "reports-utilisation", "reports-attendance")):
        page.tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        path = out / f"{name}-{lang}.png"
        window.grab().save(str(path))
        print(path)


def _steer_admin_pages(window, page, args):  # type: ignore[no-untyped-def]
    """The building's pages at a chosen moment: Now at ``--at`` with ``--room`` clicked; the heat map as a second
    picture; the Timetable on the busiest room. Returns (file name, action) pairs for extra pictures."""
    import datetime as dt

    extra = []
    if page is getattr(window, "now_page", None):
        if args.at:
            page.set_moment(dt.datetime.fromisoformat(args.at))
        if args.room:
            page.show_room(args.room)
        page.tabs.setCurrentIndex(0)
        extra.append(("heatMap", lambda: page.tabs.setCurrentIndex(1)))
    if page is getattr(window, "rooms_page", None) and args.room:
        page.select_room(args.room)
    if page is getattr(window, "timetable_page", None) and args.room:
        page.choose("room", args.room)
    return extra


if __name__ == "__main__":
    sys.exit(main())
