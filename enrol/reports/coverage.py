"""The coverage report for the city: children served in the period, for free and paid, with charts
by funding, age, sex, direction, district and club, then every breakdown as a table.

Takes the plain ``Coverage`` the service returns (annotations only import it: reports never load services).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from enrol.domain.report_rules import CITY_TARGET_SHARE
from enrol.i18n import tr
from enrol.reports.charts import FREE, PAID, Bar, bar_chart, percent
from enrol.reports.layout import PORTRAIT, Section, build, cell, facts, frame_width, grid, styles

if TYPE_CHECKING:
    import datetime as dt

    from enrol.services.reporting.coverage import Coverage, Line

TOP_LINES = 12  # charts of long breakdowns (clubs, schools) show the largest; the tables show all


def _legend() -> list[tuple[str, object]]:
    return [(tr("free of charge"), FREE), (tr("paid"), PAID)]


def split_chart(lines: list[Line], *, title: str, width: float, top: int = TOP_LINES) -> Flowable:
    """Children per line, the free part dark: one bar per line (the largest ``top``)."""
    shown = lines if len(lines) <= top else sorted(lines, key=lambda line: -line.children)[:top]
    return bar_chart([Bar(line.label, line.children, part=line.free, text=str(line.children)) for line in shown],
                     width=width, title=title, legend=_legend(), label_share=0.45 if width < 300 else 0.3)


def funding_chart(coverage: Coverage, *, width: float) -> Flowable:
    bars = [Bar(line.label, line.children, part=None if line.key == "paid" else line.children, text=str(line.children))
            for line in coverage.by_funding]
    bars = [Bar(b.label, b.value, part=b.part if b.part is not None else 0, text=b.text) for b in bars]
    return bar_chart(bars, width=width, title=tr("Children by funding of their places"), legend=_legend(),
                     label_share=0.45)


def share_chart(coverage: Coverage, *, width: float) -> Flowable:
    """The free share of children and of places against the city's target."""
    bars = [Bar(tr("children served for free"), round((coverage.free_share or 0) * 100),
                text=percent(coverage.free_share)),
            Bar(tr("free places"), round((coverage.free_place_share or 0) * 100),
                text=percent(coverage.free_place_share))]
    return bar_chart(bars, width=width, title=tr("Share served for free"), maximum=100, label_share=0.45,
                     reference=(CITY_TARGET_SHARE * 100, tr("city target {share}", share=percent(CITY_TARGET_SHARE))))


def _pair(left: Flowable, right: Flowable, width: float) -> Table:
    table = Table([[left, right]], colWidths=[width / 2, width / 2], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return table


def summary_facts(coverage: Coverage, width: float) -> Flowable:
    return facts([
        (tr("Period"), coverage.period.label),
        (tr("Children served"), str(coverage.served)),
        (tr("Served for free"), f"{coverage.free_children} ({percent(coverage.free_share)})"),
        (tr("Paid places only"), str(coverage.paid_only)),
        (tr("Places (enrolments)"), tr("{places}, of them free {free} ({share})", places=coverage.places,
                                        free=coverage.free_places, share=percent(coverage.free_place_share))),
        (tr("New / returning"), f"{coverage.new} / {coverage.returning}"),
    ], width)


def _table(lines: list[Line], width: float) -> Table:
    widths = [width - 4 * 22 * mm] + [22 * mm] * 4
    rows: list[list[object]] = [[tr("Group of children"), tr("Children"), tr("free of charge"), tr("paid"),
                                 tr("free share")]]
    for line in lines:
        rows.append([cell(line.label, widths[0]), str(line.children), str(line.free), str(line.paid),
                     percent(line.free / line.children if line.children else None)])
    return grid(rows, widths, extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT")])


def coverage_story(coverage: Coverage) -> list[Flowable]:
    width = frame_width(PORTRAIT)
    half = width / 2 - 6
    story: list[Flowable] = [Section(tr("Coverage report"), coverage.period.label), summary_facts(coverage, width),
                             Spacer(1, 4 * mm)]
    story.append(_pair(share_chart(coverage, width=half), funding_chart(coverage, width=half), width))
    story.append(Spacer(1, 4 * mm))
    story.append(_pair(split_chart(coverage.by_age, title=tr("By age"), width=half),
                       split_chart(coverage.by_sex, title=tr("By sex"), width=half), width))
    story.append(Spacer(1, 4 * mm))
    story.append(_pair(split_chart(coverage.by_direction, title=tr("By direction"), width=half),
                       split_chart(coverage.by_district, title=tr("By district"), width=half), width))
    story.append(Spacer(1, 4 * mm))
    story.append(split_chart(coverage.by_club, title=tr("By club"), width=width))
    story.append(Paragraph(tr("A child is counted once in each line they belong to: a child in two clubs counts in "
                              "both, so club and funding lines may add up to more than the children served."),
                           styles().small))
    for _key, title, lines in coverage.breakdowns():
        story.append(CondPageBreak(30 * mm))
        story.append(Paragraph(title, styles().heading))
        story.append(_table(lines, width))
    return story


def render_coverage(coverage: Coverage, *, printed_at: dt.datetime) -> bytes:
    return build(coverage_story(coverage), pagesize=PORTRAIT, centre=coverage.centre, printed_at=printed_at,
                 title=f"{tr('Coverage report')} {coverage.period.label}")


__all__ = ["coverage_story", "render_coverage", "split_chart"]
