"""Order CSVs: the order lists operators export from RMS or keep in Excel, and our export.

An RMS order export covers one shop and has no shop column: the shop is given by the
operator (--shop, or the shop selected in the app). One order can take several rows
(one per item): its rows become one shipment (earliest promised date, latest ship
date). Columns are found by the default headers (English or Japanese) unless the
operator maps them; a field mapped to "" is read as absent.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Iterable

from penaltytracker.core.rules import RuleSet
from penaltytracker.core.shipping import ShipmentRecord, days_late
from penaltytracker.reports.csv_io import (
    CsvImportError,
    Problem,
    Table,
    decode,
    map_header,
    parse_date,
    read_table,
    unsafe_cell,
    write_csv,
)

# field -> the other names its column goes by (Japanese first: RMS and Excel headers)
HEADERS: dict[str, tuple[str, ...]] = {
    "shop": ("店舗", "店舗名"),
    "order_id": ("受注番号", "注文番号"),
    "promised_ship_date": ("出荷予定日", "発送予定日"),
    "shipped_on": ("出荷日", "発送日"),
    "ordered_on": ("注文日", "注文日時"),
    "carrier": ("配送業者", "配送会社"),
    "cause": ("遅延理由",),
    "customer_contacted": ("顧客連絡", "連絡済み"),
    "note": ("メモ", "備考"),
}
FIELDS = tuple(HEADERS)
REQUIRED = ("order_id", "promised_ship_date")
EXPORT_COLUMNS = ("shop", "order_id", "ordered_on", "promised_ship_date", "shipped_on", "carrier", "cause",
                  "customer_contacted", "note", "days_late")
_YES = {"1", "yes", "y", "true", "済", "済み", "連絡済み", "はい", "あり", "○"}
_NO = {"", "0", "no", "n", "false", "未", "未連絡", "いいえ", "なし", "×"}
_LIMITS = {"shop": 200, "order_id": 100, "carrier": 100}


def parse_mapping(text: str | None) -> dict[str, str]:
    """`field=column,field=column` (the --map option) → {field: column}. ValueError if malformed."""
    mapping: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise ValueError(f"--map: {part.strip()!r} is not field=column")
        name, column = (p.strip() for p in part.split("=", 1))
        if name not in HEADERS:
            raise ValueError(f"--map: unknown field {name!r} (fields: {', '.join(FIELDS)})")
        mapping[name] = column
    return mapping


def guess_mapping(header: list[str]) -> dict[str, str | None]:
    """Field → the file's column the default headers point at (None: not found)."""
    lowered = [h.strip().lower() for h in header]
    found: dict[str, str | None] = {}
    for name, aliases in HEADERS.items():
        found[name] = None
        for wanted in (name, *aliases):
            if wanted.lower() in lowered:
                found[name] = header[lowered.index(wanted.lower())]
                break
    return found


def preview(path: str | Path, rows: int = 5) -> Table:
    """The header and the first rows, for the mapping step (the rest is not parsed)."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CsvImportError(source, [Problem(0, "", f"cannot be read: {exc.strerror}")]) from None
    reader = csv.reader(io.StringIO(decode(data, source), newline=""))
    header: list[str] | None = None
    found: list[tuple[int, list[str]]] = []
    try:
        for cells in reader:
            if header is None:
                header = [c.strip() for c in cells]
            elif any(c.strip() for c in cells):
                found.append((reader.line_num, cells))
                if len(found) >= rows:
                    break
    except csv.Error as exc:
        raise CsvImportError(source, [Problem(reader.line_num, "", f"not readable as CSV ({exc})")]) from None
    if not header or not any(header):
        raise CsvImportError(source, [Problem(1, "", "the file is empty: a header row is needed")])
    return Table(header, found)


def _contacted(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in _YES:
        return True
    if lowered in _NO:
        return False
    raise ValueError(f"must be yes/no or 済/未, not {text!r}")


def _merge(first: ShipmentRecord, other: ShipmentRecord) -> ShipmentRecord:
    """Two rows of one order (one per item): the earliest promise, the latest ship date."""
    shipped = [d for d in (first.shipped_on, other.shipped_on) if d is not None]
    return replace(
        first,
        promised_ship_date=min(first.promised_ship_date, other.promised_ship_date),
        shipped_on=max(shipped) if shipped else None,
        ordered_on=first.ordered_on or other.ordered_on,
        carrier=first.carrier or other.carrier,
        cause=first.cause or other.cause,
        customer_contacted=first.customer_contacted or other.customer_contacted,
        note=first.note or other.note,
    )


def read_shipments(path: str | Path, rules: RuleSet, shop: str | None = None,
                   mapping: dict[str, str] | None = None) -> list[ShipmentRecord]:
    """Every order of the file, or CsvImportError naming every bad row and field."""
    source = str(path)
    mapping = dict(mapping or {})
    unknown = [name for name in mapping if name not in HEADERS]
    if unknown:
        raise CsvImportError(source, [Problem(1, name, f"unknown field (fields: {', '.join(FIELDS)})")
                                      for name in unknown])
    shop = (shop or "").strip()
    table = read_table(path)
    absent = {name for name, column in mapping.items() if not column.strip()}
    required = tuple(f for f in REQUIRED if f not in absent)
    aliases = {name: names for name, names in HEADERS.items() if name not in absent}
    problems: list[Problem] = [Problem(1, name, "required, cannot be left out") for name in absent
                               if name in REQUIRED]
    try:
        columns = map_header(table.header, aliases, source, required,
                             {k: v for k, v in mapping.items() if k not in absent})
    except CsvImportError as exc:
        raise CsvImportError(source, problems + exc.problems) from None
    if "shop" not in columns and not shop:
        problems.append(Problem(1, "shop", "the file has no shop column (店舗): name the shop (--shop)"))
    if problems:
        raise CsvImportError(source, problems)

    merged: dict[tuple[str, str], ShipmentRecord] = {}
    pairs = list(columns.items())
    days: dict[str, date | str] = {}  # a date's text → the date or the problem (dates repeat a lot)

    def parse_day(text: str) -> date:
        found = days.get(text)
        if found is None:
            try:
                found = parse_date(text)
            except ValueError as exc:
                found = str(exc)
            days[text] = found
        if isinstance(found, str):
            raise ValueError(found)
        return found

    width = len(table.header)
    for line, raw in table.rows:
        if len(raw) < width:
            raw = raw + [""] * (width - len(raw))  # short rows: the missing cells are empty
        cells = {k: raw[i].strip() for k, i in pairs}
        if "'" in "".join(cells.values()):  # only then can a cell need unquoting (rare)
            cells = {k: unsafe_cell(v) for k, v in cells.items()}
        before = len(problems)
        if len(raw) > len(table.header):
            problems.append(Problem(line, "", f"{len(raw)} cells but the header has {len(table.header)}"))
        row_shop = cells.get("shop", "") or shop
        if not row_shop:
            problems.append(Problem(line, "shop", "empty"))
        order_id = cells.get("order_id", "")
        if not order_id:
            problems.append(Problem(line, "order_id", "empty"))
        dates: dict[str, date | None] = {}
        for name in ("promised_ship_date", "shipped_on", "ordered_on"):
            text = cells.get(name, "")
            dates[name] = None
            if not text:
                if name in REQUIRED:
                    problems.append(Problem(line, name, "empty"))
                continue
            try:
                dates[name] = parse_day(text)
            except ValueError as exc:
                problems.append(Problem(line, name, str(exc)))
        if dates["shipped_on"] and dates["ordered_on"] and dates["shipped_on"] < dates["ordered_on"]:
            problems.append(Problem(line, "shipped_on", f"{dates['shipped_on']} is before the order date "
                                                        f"{dates['ordered_on']}"))
        cause_text = cells.get("cause", "")
        cause = ""
        if cause_text:
            found = rules.shipping_cause(cause_text)
            if found is None:
                known = ", ".join(f"{c.name_ja}/{c.key}" for c in rules.shipping_causes)
                problems.append(Problem(line, "cause", f"unknown cause {cause_text!r} (known: {known})"))
            else:
                cause = found.key
        contacted = False
        try:
            contacted = _contacted(cells.get("customer_contacted", ""))
        except ValueError as exc:
            problems.append(Problem(line, "customer_contacted", str(exc)))
        for name, limit in _LIMITS.items():
            value = row_shop if name == "shop" else cells.get(name, "")
            if len(value) > limit:
                problems.append(Problem(line, name, f"longer than {limit} characters"))
        if len(problems) > before:
            continue
        record = ShipmentRecord(
            shop=row_shop, order_id=order_id, promised_ship_date=dates["promised_ship_date"],
            shipped_on=dates["shipped_on"], ordered_on=dates["ordered_on"], carrier=cells.get("carrier", ""),
            cause=cause, customer_contacted=contacted, note=cells.get("note", ""),
        )
        key = (row_shop, order_id)
        merged[key] = _merge(merged[key], record) if key in merged else record
    if problems:
        raise CsvImportError(source, problems)
    return list(merged.values())


def write_shipments(path: str | Path, records: Iterable[ShipmentRecord], as_of: date) -> int:
    """Shipments in the form read_shipments reads back, plus days late on as_of."""
    rows = (
        [r.shop, r.order_id, r.ordered_on.isoformat() if r.ordered_on else "", r.promised_ship_date.isoformat(),
         r.shipped_on.isoformat() if r.shipped_on else "", r.carrier, r.cause,
         "yes" if r.customer_contacted else "no", r.note, days_late(r, as_of)]
        for r in records
    )
    return write_csv(path, list(EXPORT_COLUMNS), rows)


__all__ = ["CsvImportError", "HEADERS", "FIELDS", "REQUIRED", "EXPORT_COLUMNS", "parse_mapping",
           "guess_mapping", "preview", "read_shipments", "write_shipments"]
