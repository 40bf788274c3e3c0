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
from operator import itemgetter
from pathlib import Path
from typing import Iterable

from penaltytracker.bulk import gc_paused
from penaltytracker.core.rules import RuleSet
from penaltytracker.core.shipping import ShipmentRecord, days_late, shipment_record
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
    with gc_paused():
        return _read_shipments(str(path), rules, shop, mapping)


def _read_shipments(source: str, rules: RuleSet, shop: str | None,
                    mapping: dict[str, str] | None) -> list[ShipmentRecord]:
    mapping = dict(mapping or {})
    unknown = [name for name in mapping if name not in HEADERS]
    if unknown:
        raise CsvImportError(source, [Problem(1, name, f"unknown field (fields: {', '.join(FIELDS)})")
                                      for name in unknown])
    shop = (shop or "").strip()
    table = read_table(source)
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
    width = len(table.header)
    # Each field's cell by position; a field the file lacks reads the padded empty cell.
    at = itemgetter(*(columns.get(name, width) for name in FIELDS))
    days: dict[str, date | str] = {}  # a date's text → the date or the problem (dates repeat a lot)
    cause_keys: dict[str, str | None] = {}  # a cause's text → its key, None: unknown
    contacted_of: dict[str, bool | str] = {}  # a contacted cell → yes/no, or the problem
    strip = str.strip
    make = shipment_record
    shop_limit, order_limit, carrier_limit = _LIMITS["shop"], _LIMITS["order_id"], _LIMITS["carrier"]

    def parse_day(text: str) -> date | str:
        try:
            found = parse_date(text)
        except ValueError as exc:
            found = str(exc)
        days[text] = found
        return found

    for line, raw in table.rows:
        n = len(raw)
        if n != width:  # short rows: the missing cells are empty; extra cells are named below
            raw = raw + [""] * (width - n) if n < width else raw[:width]
        cells = list(map(strip, raw))
        cells.append("")
        values = at(cells)
        if "'" in "".join(values):  # only then can a cell need unquoting (rare)
            values = tuple(map(unsafe_cell, values))
        cell_shop, order_id, promised_text, shipped_text, ordered_text, carrier, cause_text, contacted_text, note \
            = values
        before = len(problems)
        if n > width:
            problems.append(Problem(line, "", f"{n} cells but the header has {width}"))
        row_shop = cell_shop or shop
        if not row_shop:
            problems.append(Problem(line, "shop", "empty"))
        if not order_id:
            problems.append(Problem(line, "order_id", "empty"))
        promised = shipped = ordered = None
        if promised_text:
            promised = days.get(promised_text) or parse_day(promised_text)
            if promised.__class__ is str:
                problems.append(Problem(line, "promised_ship_date", promised))
        else:
            problems.append(Problem(line, "promised_ship_date", "empty"))
        if shipped_text:
            shipped = days.get(shipped_text) or parse_day(shipped_text)
            if shipped.__class__ is str:
                problems.append(Problem(line, "shipped_on", shipped))
                shipped = None
        if ordered_text:
            ordered = days.get(ordered_text) or parse_day(ordered_text)
            if ordered.__class__ is str:
                problems.append(Problem(line, "ordered_on", ordered))
                ordered = None
        if shipped and ordered and shipped < ordered:
            problems.append(Problem(line, "shipped_on", f"{shipped} is before the order date {ordered}"))
        cause = ""
        if cause_text:
            if cause_text in cause_keys:
                cause = cause_keys[cause_text]
            else:
                found = rules.shipping_cause(cause_text)
                cause = cause_keys[cause_text] = found.key if found is not None else None
            if cause is None:
                known = ", ".join(f"{c.name_ja}/{c.key}" for c in rules.shipping_causes)
                problems.append(Problem(line, "cause", f"unknown cause {cause_text!r} (known: {known})"))
        contacted = contacted_of.get(contacted_text)
        if contacted is None:
            try:
                contacted = _contacted(contacted_text)
            except ValueError as exc:
                contacted = str(exc)
            contacted_of[contacted_text] = contacted
        if contacted.__class__ is str:
            problems.append(Problem(line, "customer_contacted", contacted))
        if len(row_shop) > shop_limit:
            problems.append(Problem(line, "shop", f"longer than {shop_limit} characters"))
        if len(order_id) > order_limit:
            problems.append(Problem(line, "order_id", f"longer than {order_limit} characters"))
        if len(carrier) > carrier_limit:
            problems.append(Problem(line, "carrier", f"longer than {carrier_limit} characters"))
        if len(problems) > before:
            continue
        record = make(row_shop, order_id, promised, shipped, ordered, carrier, cause, contacted, note)
        key = (row_shop, order_id)
        earlier = merged.get(key)
        merged[key] = record if earlier is None else _merge(earlier, record)
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
