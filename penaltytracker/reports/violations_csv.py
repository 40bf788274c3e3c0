"""Violation CSV: the import operators bring from spreadsheets, and our export of it."""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Callable, Iterable

from penaltytracker.bulk import gc_paused
from penaltytracker.core.model import (
    ACTIVE, FIRST_YEAR, LAST_YEAR, MAX_POINTS, WITHDRAWN, ViolationRecord, violation_record,
)
from penaltytracker.messages import Msg, Problem as MessageProblem
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

COLUMNS = ("shop", "points_date", "points", "category", "title", "status", "occurred_on", "reference",
           "details", "corrective_action", "withdrawn_on")
JAPANESE = {
    "shop": ("店舗", "店舗名"),
    "points_date": ("加点日",),
    "points": ("点数", "違反点数"),
    "category": ("区分", "違反区分"),
    "title": ("内容", "件名"),
    "status": ("状態",),
    "occurred_on": ("発生日",),
    "reference": ("管理番号",),
    "details": ("詳細",),
    "corrective_action": ("是正措置",),
    "withdrawn_on": ("取消日", "取り消し日"),
}
REQUIRED = ("shop", "points_date", "points")
_STATUS = {"": ACTIVE, "active": ACTIVE, "有効": ACTIVE, "withdrawn": WITHDRAWN, "取消": WITHDRAWN, "取り消し": WITHDRAWN,
           "取り消し済み": WITHDRAWN, "取消済み": WITHDRAWN, "取消済": WITHDRAWN}
# What our export writes for a status, in each language.
_STATUS_TEXT = {"ja": {ACTIVE: "有効", WITHDRAWN: "取消"}, "en": {ACTIVE: "active", WITHDRAWN: "withdrawn"}}


class ViolationRows(list):
    """The records of a file, and the fields its columns hold (what an import may update)."""

    fields: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()  # columns of the file that were not read
    lines: tuple[int, ...] = ()  # the file's line of each record (for the store's refusals)


def read_violations(path: str | Path, rules=None) -> ViolationRows:
    """Every row of the file as a record, or CsvImportError naming every bad row. With
    `rules`, a category written as its name (in either language) is stored as its key."""
    with gc_paused():
        return _read_violations(str(path), rules)


def _read_violations(source: str, rules=None) -> ViolationRows:
    table = read_table(source)
    ignored = _refuse_unknown_columns(table.header, source)
    columns = map_header(table.header, JAPANESE, source, REQUIRED)
    _refuse_two_columns_for_one_field(table.header, source)
    records: list[ViolationRecord] = []
    lines: list[int] = []
    problems: list[Problem] = []
    width = len(table.header)
    at = itemgetter(*(columns.get(f, width) for f in _QUICK_FIELDS))  # absent: the padded empty cell
    days: dict[str, date | None] = {"": None}  # the quick path's dates by text (they repeat a lot)
    for line, raw in table.rows:
        record = _quick_record(raw, width, at, days)
        if record is None:
            record = _full_record(line, raw, columns, width, problems)
            if record is None:
                continue
        records.append(record)
        lines.append(line)
    if problems:
        raise CsvImportError(source, problems, columns)
    rows = ViolationRows(_category_keys(records, rules) if rules is not None else records)
    # A status column without a 取消日 column says nothing of withdrawal dates: keep them.
    rows.fields = tuple(f for f in COLUMNS if f in columns and f != "shop")
    rows.ignored = tuple(ignored)
    rows.lines = tuple(lines)
    return rows


def _category_keys(records: list[ViolationRecord], rules) -> list[ViolationRecord]:
    """Categories written as a rule-set name (我々の日本語の export) stored as their key."""
    keys: dict[str, str] = {}
    out = []
    for r in records:
        if r.category not in keys:
            found = rules.category(r.category) if r.category else None
            keys[r.category] = found.key if found else r.category
        key = keys[r.category]
        out.append(r if key == r.category else replace(r, category=key))
    return out


def _refuse_unknown_columns(header: list[str], source: str) -> list[str]:
    """A header that looks like a misspelt known one (a typo such as 'catgory') would be
    dropped without a word: refuse it, naming the nearest known header. Other columns a
    spreadsheet carries (メモ, 担当) are not read, and the import says so: the headers
    handed back."""
    known = {n.strip().lower(): n for f, names in JAPANESE.items() for n in (f, *names)}
    problems, ignored = [], []
    for name in header:
        h = name.strip().lower()
        if not h or h in known:
            continue
        near = difflib.get_close_matches(h, list(known), n=1, cutoff=0.8)
        if near:
            problems.append(Problem(1, name, Msg("csv.unknown_column_near", near=known[near[0]])))
        else:
            ignored.append(name.strip())
    if problems:
        raise CsvImportError(source, problems)
    return ignored


def _full_record(line: int, raw: list[str], columns: dict[str, int], width: int,
                 problems: list[Problem]) -> ViolationRecord | None:
    """The row read and checked in full: its record, or None with its problems added."""
    cells = {k: unsafe_cell(v) for k, v in cells_of(raw, columns, verbatim=_VERBATIM, names=("shop", "reference")).items()}
    row_problems = len(problems)
    if len(raw) > width:
        problems.append(Problem(line, "", Msg("csv.too_many_cells", cells=len(raw), width=width)))
    shop = cells.get("shop", "")
    if not shop:
        problems.append(Problem(line, "shop", Msg("csv.cell_empty")))
    points_date = occurred = None
    try:
        points_date = parse_date(cells["points_date"])
    except ValueError as exc:
        problems.append(Problem(line, "points_date", _said(exc) if cells["points_date"] else Msg("csv.cell_empty")))
    if cells.get("occurred_on"):
        try:
            occurred = parse_date(cells["occurred_on"])
        except ValueError as exc:
            problems.append(Problem(line, "occurred_on", _said(exc)))
    points = None
    try:
        points = parse_whole_number(cells["points"])
        if points < 0:
            problems.append(Problem(line, "points", Msg("csv.points_negative", value=points)))
    except ValueError as exc:
        problems.append(Problem(line, "points", _said(exc) if cells["points"] else Msg("csv.cell_empty")))
    status = _STATUS.get(cells.get("status", "").lower())
    if status is None:
        problems.append(Problem(line, "status", Msg("csv.bad_violation_status", value=cells["status"])))
    withdrawn_on = None
    if cells.get("withdrawn_on"):
        try:
            withdrawn_on = parse_date(cells["withdrawn_on"])
        except ValueError as exc:
            problems.append(Problem(line, "withdrawn_on", _said(exc)))
        else:
            if status == ACTIVE:
                problems.append(Problem(line, "withdrawn_on", Msg("csv.withdrawn_on_active")))
            elif points_date and withdrawn_on < points_date:
                problems.append(Problem(line, "withdrawn_on", Msg("csv.withdrawn_before_points_date",
                                                                  points_date=points_date.isoformat())))
    if points_date and occurred and occurred > points_date:
        problems.append(Problem(line, "occurred_on", Msg("csv.occurred_after_points_date",
                                                         points_date=points_date.isoformat())))
    for name, day in (("points_date", points_date), ("occurred_on", occurred), ("withdrawn_on", withdrawn_on)):
        if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
            problems.append(Problem(line, name, Msg("csv.year_out_of_range", text=day.isoformat(),
                                                    first=FIRST_YEAR, last=LAST_YEAR)))
    if points is not None and points > MAX_POINTS:
        problems.append(Problem(line, "points", Msg("csv.points_too_many", value=points, limit=f"{MAX_POINTS:,}")))
    for name, limit in _LIMITS:
        if len(cells.get(name, "")) > limit:
            problems.append(Problem(line, name, Msg("csv.too_long", limit=limit)))
    if len(problems) > row_problems:
        return None
    return ViolationRecord(
        shop=shop, points_date=points_date, points=points, status=status,
        category=cells.get("category", ""), title=cells.get("title", ""),
        occurred_on=occurred, reference=cells.get("reference", ""), details=cells.get("details", ""),
        corrective_action=cells.get("corrective_action", ""), withdrawn_on=withdrawn_on,
    )


# Text kept exactly as the user wrote it (names and references are cleaned instead).
_VERBATIM = ("title", "details", "corrective_action", "category")
def _said(exc: Exception):
    """A value's problem as a message (equal to the same problem found again)."""
    return Msg(exc.code, **exc.params) if isinstance(exc, MessageProblem) else str(exc)


_QUICK_FIELDS = ("shop", "points_date", "points", "category", "title", "status", "occurred_on", "reference",
                 "details", "corrective_action", "withdrawn_on")
# What the quick path leaves to the full reading: a cell with spaces around it (text is
# kept as written, other cells are stripped), invisible characters (names are cleaned).
_NOT_QUICK = re.compile(r"(^|,)\s|\s($|,)|[\ufeff\u200b-\u200d\u2060\x00-\x1f\x7f-\x9f\u3000]")
_LIMITS = (("shop", 200), ("category", 100), ("title", 500), ("reference", 200))


def _quick_date(text: str) -> date | None:
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.isascii():
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    return None


def _quick_record(raw: list[str], width: int, at: Callable[[list[str]], tuple],
                  days: dict[str, date | None]) -> ViolationRecord | None:
    """The record of a plain row (ISO dates, ASCII digits, a known status, nothing quoted
    by our formula guard, every limit kept), or None: the row is then read and checked in
    full (_full_record). Big files are almost all plain rows, and this way costs a
    microsecond or two a row (benchmarks/README.md); every row it accepts reads exactly as
    the full check would (tests/test_import_speedups.py compares the two)."""
    if len(raw) != width:
        return None
    if _NOT_QUICK.search(",".join(raw)):
        return None  # spaces around a cell, an invisible character: the full reading decides
    cells = list(raw)
    cells.append("")
    shop, day, points, category, title, status, occurred, reference, details, action, withdrawn = at(cells)
    if "'" in "".join(cells) or not shop or len(shop) > 200 or len(category) > 100 or len(title) > 500 \
            or len(reference) > 200 or withdrawn:
        return None
    if not (points.isascii() and points.isdigit() and len(points) <= 9):
        return None
    status = _STATUS.get(status.lower())
    points_date = days[day] if day in days else days.setdefault(day, _quick_date(day))
    occurred_on = days[occurred] if occurred in days else days.setdefault(occurred, _quick_date(occurred))
    if status is None or points_date is None or (occurred and occurred_on is None):
        return None
    if not FIRST_YEAR <= points_date.year <= LAST_YEAR or int(points) > MAX_POINTS or (
            occurred_on is not None and (occurred_on > points_date or occurred_on.year < FIRST_YEAR)):
        return None  # the full check names what is wrong
    # The checked values straight into the record, without the frozen dataclass's __init__.
    return violation_record(shop, points_date, int(points), status, category, title, occurred_on, reference,
                            details, action)


def _refuse_two_columns_for_one_field(header: list[str], source: str) -> None:
    # "shop" and "店舗" side by side: which one holds the truth? Refuse rather than guess.
    lowered = [h.strip().lower() for h in header]
    problems = []
    for fieldname, names in JAPANESE.items():
        spellings = {n.strip().lower() for n in (fieldname, *names)}
        found = [header[i] for i, h in enumerate(lowered) if h in spellings]
        if len({f.strip().lower() for f in found}) > 1:
            problems.append(Problem(1, fieldname, Msg("csv.two_columns_one_field", columns=" / ".join(found))))
    if problems:
        raise CsvImportError(source, problems)


def write_violations(path: str | Path, records: Iterable[ViolationRecord], lang: str = "en", rules=None) -> int:
    """Every field import reads, so the file reads back the same. In Japanese (what an
    Excel user expects): Japanese headers, category names and 有効/取消; import reads both."""
    ja = lang == "ja"
    header = [JAPANESE[f][0] if ja else f for f in COLUMNS]
    status_text = _STATUS_TEXT["ja" if ja else "en"]

    def category(key: str) -> str:
        return rules.category_label(key, lang) if (ja and rules is not None and rules.category(key)) else key

    rows = (
        [r.shop, r.points_date.isoformat(), r.points, category(r.category), r.title, status_text[r.status],
         r.occurred_on.isoformat() if r.occurred_on else "", r.reference, r.details, r.corrective_action,
         r.withdrawn_on.isoformat() if r.withdrawn_on else ""]
        for r in records
    )
    return write_csv(path, header, rows)


__all__ = ["CsvImportError", "read_violations", "write_violations", "COLUMNS"]
