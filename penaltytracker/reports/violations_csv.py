"""Violation CSV: the import operators bring from spreadsheets, and our export of it."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from penaltytracker.core.model import ACTIVE, WITHDRAWN, ViolationRecord
from penaltytracker.reports.csv_io import (
    CsvImportError,
    Problem,
    cells_of,
    map_header,
    parse_date,
    parse_whole_number,
    read_table,
    unsafe_cell,
    write_csv,
)

COLUMNS = ("shop", "points_date", "points", "category", "title", "status", "occurred_on", "reference")
JAPANESE = {
    "shop": ("店舗", "店舗名"),
    "points_date": ("加点日",),
    "points": ("点数", "違反点数"),
    "category": ("区分", "違反区分"),
    "title": ("内容", "件名"),
    "status": ("状態",),
    "occurred_on": ("発生日",),
    "reference": ("管理番号",),
}
REQUIRED = ("shop", "points_date", "points")
_STATUS = {"": ACTIVE, "active": ACTIVE, "有効": ACTIVE, "withdrawn": WITHDRAWN, "取消": WITHDRAWN, "取り消し": WITHDRAWN}


def read_violations(path: str | Path) -> list[ViolationRecord]:
    """Every row of the file as a record, or CsvImportError naming every bad row."""
    source = str(path)
    table = read_table(path)
    columns = map_header(table.header, JAPANESE, source, REQUIRED)
    records: list[ViolationRecord] = []
    problems: list[Problem] = []
    for line, raw in table.rows:
        cells = {k: unsafe_cell(v) for k, v in cells_of(raw, columns).items()}
        row_problems = len(problems)
        if len(raw) > len(table.header):
            problems.append(Problem(line, "", f"{len(raw)} cells but the header has {len(table.header)}"))
        shop = cells.get("shop", "")
        if not shop:
            problems.append(Problem(line, "shop", "empty"))
        points_date = occurred = None
        try:
            points_date = parse_date(cells["points_date"])
        except ValueError as exc:
            problems.append(Problem(line, "points_date", str(exc) if cells["points_date"] else "empty"))
        if cells.get("occurred_on"):
            try:
                occurred = parse_date(cells["occurred_on"])
            except ValueError as exc:
                problems.append(Problem(line, "occurred_on", str(exc)))
        points = None
        try:
            points = parse_whole_number(cells["points"])
            if points < 0:
                problems.append(Problem(line, "points", f"must be 0 or more, not {points}"))
        except ValueError as exc:
            problems.append(Problem(line, "points", str(exc) if cells["points"] else "empty"))
        status = _STATUS.get(cells.get("status", "").lower())
        if status is None:
            problems.append(Problem(line, "status", f"must be active/withdrawn or 有効/取消, not {cells['status']!r}"))
        for name, limit in (("shop", 200), ("category", 100), ("title", 500), ("reference", 200)):
            if len(cells.get(name, "")) > limit:
                problems.append(Problem(line, name, f"longer than {limit} characters"))
        if len(problems) == row_problems:
            records.append(ViolationRecord(
                shop=shop, points_date=points_date, points=points, status=status,
                category=cells.get("category", ""), title=cells.get("title", ""),
                occurred_on=occurred, reference=cells.get("reference", ""),
            ))
    if problems:
        raise CsvImportError(source, problems)
    return records


def write_violations(path: str | Path, records: Iterable[ViolationRecord]) -> int:
    rows = (
        [r.shop, r.points_date.isoformat(), r.points, r.category, r.title, r.status,
         r.occurred_on.isoformat() if r.occurred_on else "", r.reference]
        for r in records
    )
    return write_csv(path, list(COLUMNS), rows)


__all__ = ["CsvImportError", "read_violations", "write_violations", "COLUMNS"]
