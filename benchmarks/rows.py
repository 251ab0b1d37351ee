"""One row of the benchmark table, as README prints it and as ``--json`` gives it to scripts."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Row:
    """``ratio`` compares enrol with the floor measured in the same run so that higher is always better: a rate
    divided by the floor's rate, or the floor's time divided by enrol's time. ``None`` where there is no floor.
    ``verdict`` is "ok" or "MISSED" against the row's target, empty where the row has none."""

    work: str
    measured: str
    baseline: str
    ratio: float | None = None
    verdict: str = ""

    def cells(self) -> list[str]:
        return [self.work, self.measured, self.baseline, self.verdict]

    def as_json(self) -> dict[str, Any]:
        found = asdict(self)
        if self.ratio is not None:
            found["ratio"] = round(self.ratio, 3)
        return found


def judged(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def timed(work: str, seconds: float, note: str, *, target: float | None = None, unit: str = "ms") -> Row:
    """A row of one duration; ``target`` in seconds where the row has one."""
    shown = f"{seconds * 1000:.0f} ms" if unit == "ms" else f"{seconds:.2f} s"
    return Row(work, shown, note, None, "" if target is None else judged(seconds <= target))
