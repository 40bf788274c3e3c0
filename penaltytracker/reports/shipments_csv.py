"""Order CSVs: the order lists operators export from RMS or keep in Excel, and our export.

An RMS order export covers one shop and has no shop column: the shop is given by the
operator (--shop, or the shop selected in the app). One order can take several rows
(one per item): its rows become one shipment (earliest promised date, latest ship
date). Columns are found by the default headers (English or Japanese) unless the
operator maps them; a field mapped to "" is read as absent.

Headers the reader does not know: one that looks like a misspelt known header
(`shiped_on`) is an error naming the nearest known one (difflib), unless the operator
marks the column ignored (`--map shiped_on=-`); others (an RMS export's 商品名, 金額, ...)
are left out and named to the caller (`ignored`), never read as anything.
A status column (注文ステータス) marks cancelled orders by the rule set's list of
cancelled statuses; an unknown status is an error naming the known ones.
"""

from __future__ import annotations

import csv
import difflib
import io
from dataclasses import replace
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Iterable

from penaltytracker.bulk import gc_paused
from penaltytracker.core.rules import RuleSet
from penaltytracker.core.shipping import ShipmentRecord, check_dates, days_late, shipment_record
from penaltytracker.messages import Msg, Problem as MessageProblem
from penaltytracker.reports.csv_io import (
    CsvImportError,
    CsvValueError,
    Problem,
    Table,
    decode,
    map_header,
    parse_date,
    read_bytes,
    read_table,
    unsafe_cell,
    write_csv,
)

class Said(Msg):
    """A problem's words as a message code (resources/i18n/messages.toml), kept in a
    csv_io.Problem's message: English when printed as text (as the other problems are),
    worded in the user's language by whoever knows it (`.text(lang)`); equal by code and
    parameters."""

    __slots__ = ()

    def __str__(self) -> str:
        return self.text("en")


EMPTY = Said("csv.cell_empty")


def _said(exc: Exception) -> Said | str:
    """A cell's problem (parse_date's, _contacted's) as a message, equal to the same one found again."""
    return Said(exc.code, **exc.params) if isinstance(exc, MessageProblem) else str(exc)


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
    "delivered_on": ("お届け日", "配達日", "配達完了日", "お届け完了日"),
    "status": ("注文ステータス", "ステータス", "受注ステータス"),
}
FIELDS = tuple(HEADERS)
REQUIRED = ("order_id", "promised_ship_date")
EXPORT_COLUMNS = ("shop", "order_id", "ordered_on", "promised_ship_date", "shipped_on", "delivered_on", "status",
                  "carrier", "cause", "customer_contacted", "note", "days_late")
# Columns our export writes that import does not read back (worked out again on export).
EXPORT_ONLY: dict[str, tuple[str, ...]] = {"days_late": ("遅延日数",)}
# The Japanese headers of our export (the first alias of each field).
JA_HEADERS = {name: names[0] for name, names in {**HEADERS, **EXPORT_ONLY}.items()}
IGNORE = "-"  # `--map 列名=-`: the column is not read
NEAR_CUTOFF = 0.85  # difflib ratio from which an unknown header is taken for a misspelt known one
_YES = {"1", "yes", "y", "true", "済", "済み", "連絡済み", "はい", "あり", "○"}
_NO = {"", "0", "no", "n", "false", "未", "未連絡", "いいえ", "なし", "×"}
_LIMITS = {"shop": 200, "order_id": 100, "carrier": 100}


def parse_mapping(text: str | None) -> dict[str, str]:
    """`field=column,field=column` (the --map option) → {field: column}; `column=-` marks a
    column ignored ({column: "-"}). CsvValueError (a ValueError, a message code) if malformed."""
    mapping: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise CsvValueError("csv.map_not_pair", part=part.strip())
        name, column = (p.strip() for p in part.split("=", 1))
        if column == IGNORE and name:
            mapping[name] = IGNORE
            continue
        if name not in HEADERS:
            raise CsvValueError("csv.map_unknown_field", name=name, fields=", ".join(FIELDS))
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
    reader = csv.reader(io.StringIO(decode(read_bytes(path, source), source), newline=""))
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
        raise CsvImportError(source, [Problem(reader.line_num, "", Msg("csv.unreadable", reason=str(exc)))]) from None
    if not header or not any(header):
        raise CsvImportError(source, [Problem(1, "", Msg("csv.empty"))])
    return Table(header, found)


def _contacted(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in _YES:
        return True
    if lowered in _NO:
        return False
    raise CsvValueError("shipping.csv_bad_contacted", text=text)


def _merge(first: ShipmentRecord, other: ShipmentRecord) -> ShipmentRecord:
    """Two rows of one order (one per item): the earliest promise, the latest ship and
    delivery dates; cancelled only when every row says so (the rest still ships)."""
    shipped = [d for d in (first.shipped_on, other.shipped_on) if d is not None]
    delivered = [d for d in (first.delivered_on, other.delivered_on) if d is not None]
    return replace(
        first,
        promised_ship_date=min(first.promised_ship_date, other.promised_ship_date),
        shipped_on=max(shipped) if shipped else None,
        delivered_on=max(delivered) if delivered else None,
        cancelled=first.cancelled and other.cancelled,
        ordered_on=first.ordered_on or other.ordered_on,
        carrier=first.carrier or other.carrier,
        cause=first.cause or other.cause,
        customer_contacted=first.customer_contacted or other.customer_contacted,
        note=first.note or other.note,
    )


def read_shipments(path: str | Path, rules: RuleSet, shop: str | None = None,
                   mapping: dict[str, str] | None = None, today: date | None = None,
                   ignored: list[str] | None = None) -> list[ShipmentRecord]:
    """Every order of the file, or CsvImportError naming every bad row and field.

    `today`: refuse ship and delivery dates after it. `ignored` (a list) receives the
    file's columns that were not read (unknown or marked ignored)."""
    with gc_paused():
        return _read_shipments(str(path), rules, shop, mapping, today, ignored)


def known_headers() -> list[str]:
    """Every header the reader knows, in both languages (for the nearest-header hint)."""
    return [name for field, aliases in {**HEADERS, **EXPORT_ONLY}.items() for name in (field, *aliases)]


def _unknown_columns(header: list[str], used: set[int], ignored: set[str]) -> tuple[list[Problem], list[str]]:
    """(problems for misspelt-looking headers, the other unknown or ignored columns)."""
    known = {h.lower(): h for h in known_headers()}
    problems: list[Problem] = []
    left_out: list[str] = []
    for i, name in enumerate(header):
        if i in used or not name:
            continue
        if name in ignored or name.lower() in known:  # marked ignored, or an export-only column
            left_out.append(name)
            continue
        near = difflib.get_close_matches(name.lower(), list(known), n=1, cutoff=NEAR_CUTOFF)
        if near:
            problems.append(Problem(1, name, Said("shipping.csv_misspelt_column", column=name,
                                                  nearest=known[near[0]])))
        else:
            left_out.append(name)
    return problems, left_out


def _read_shipments(source: str, rules: RuleSet, shop: str | None, mapping: dict[str, str] | None,
                    today: date | None = None, ignored: list[str] | None = None) -> list[ShipmentRecord]:
    mapping = dict(mapping or {})
    ignored_columns = {name for name, column in mapping.items() if column == IGNORE}
    for name in ignored_columns:
        del mapping[name]
    unknown = [name for name in mapping if name not in HEADERS]
    if unknown:
        raise CsvImportError(source, [Problem(1, name, Said("csv.unknown_field", fields=", ".join(FIELDS)))
                                      for name in unknown])
    shop = (shop or "").strip()
    table = read_table(source)
    absent = {name for name, column in mapping.items() if not column.strip()}
    required = tuple(f for f in REQUIRED if f not in absent)
    aliases = {name: names for name, names in HEADERS.items() if name not in absent}
    problems: list[Problem] = [Problem(1, name, Said("csv.required_left_out")) for name in absent
                               if name in REQUIRED]
    try:
        columns = map_header(table.header, aliases, source, required,
                             {k: v for k, v in mapping.items() if k not in absent})
    except CsvImportError as exc:
        raise CsvImportError(source, problems + exc.problems) from None
    if "shop" not in columns and not shop:
        problems.append(Problem(1, "shop", Said("csv.no_shop_column")))
    misspelt, left_out = _unknown_columns(table.header, set(columns.values()), ignored_columns)
    problems += misspelt
    if problems:
        raise CsvImportError(source, problems, columns)
    if ignored is not None:
        ignored[:] = left_out

    merged: dict[tuple[str, str], ShipmentRecord] = {}
    width = len(table.header)
    # Each field's cell by position; a field the file lacks reads the padded empty cell.
    at = itemgetter(*(columns.get(name, width) for name in FIELDS))
    days: dict[str, date | str] = {}  # a date's text → the date or the problem (dates repeat a lot)
    cause_keys: dict[str, str | None] = {}  # a cause's text → its key, None: unknown
    contacted_of: dict[str, bool | str] = {}  # a contacted cell → yes/no, or the problem
    status_of: dict[str, bool | None] = {}  # a status cell → cancelled or not, None: unknown
    strip = str.strip
    make = shipment_record
    shop_limit, order_limit, carrier_limit = _LIMITS["shop"], _LIMITS["order_id"], _LIMITS["carrier"]

    def parse_day(text: str) -> date | Said:
        try:
            found = parse_date(text)
        except ValueError as exc:
            found = _said(exc)
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
        cell_shop, order_id, promised_text, shipped_text, ordered_text, carrier, cause_text, contacted_text, note, \
            delivered_text, status_text = values
        before = len(problems)
        if n > width:
            problems.append(Problem(line, "", Said("csv.too_many_cells", cells=n, width=width)))
        row_shop = cell_shop or shop
        if not row_shop:
            problems.append(Problem(line, "shop", EMPTY))
        if not order_id:
            problems.append(Problem(line, "order_id", EMPTY))
        promised = shipped = ordered = delivered = None
        cancelled = False
        if status_text:
            cancelled = status_of.get(status_text, "")
            if cancelled == "":
                cancelled = status_of[status_text] = rules.shipping.status_cancelled(status_text)
            if cancelled is None:
                problems.append(Problem(line, "status", Said(
                    "shipping.csv_unknown_status", status=status_text,
                    cancelled=", ".join(rules.shipping.cancelled_statuses),
                    known=", ".join(rules.shipping.active_statuses))))
                cancelled = False
        if promised_text:
            promised = days.get(promised_text) or parse_day(promised_text)
            if promised.__class__ is not date:  # the problem's message
                problems.append(Problem(line, "promised_ship_date", promised))
        elif not cancelled:  # a cancelled order may have no promise: it is filed under its order date
            problems.append(Problem(line, "promised_ship_date", EMPTY))
        if shipped_text:
            shipped = days.get(shipped_text) or parse_day(shipped_text)
            if shipped.__class__ is not date:  # the problem's message
                problems.append(Problem(line, "shipped_on", shipped))
                shipped = None
        if ordered_text:
            ordered = days.get(ordered_text) or parse_day(ordered_text)
            if ordered.__class__ is not date:  # the problem's message
                problems.append(Problem(line, "ordered_on", ordered))
                ordered = None
        if delivered_text:
            delivered = days.get(delivered_text) or parse_day(delivered_text)
            if delivered.__class__ is not date:  # the problem's message
                problems.append(Problem(line, "delivered_on", delivered))
                delivered = None
        if promised is None and cancelled:
            promised = ordered
            if promised is None:
                problems.append(Problem(line, "promised_ship_date", Said("shipping.csv_cancelled_needs_date")))
        if shipped and ordered and shipped < ordered:
            problems.append(Problem(line, "shipped_on", Said("shipping.csv_shipped_before_ordered",
                                                             date=shipped.isoformat(), ordered=ordered.isoformat())))
        cause = ""
        if cause_text:
            if cause_text in cause_keys:
                cause = cause_keys[cause_text]
            else:
                found = rules.shipping_cause(cause_text)
                cause = cause_keys[cause_text] = found.key if found is not None else None
            if cause is None:
                known = ", ".join(f"{c.name_ja}/{c.key}" for c in rules.shipping_causes)
                problems.append(Problem(line, "cause", Said("shipping.csv_unknown_cause", cause=cause_text,
                                                            known=known)))
        contacted = contacted_of.get(contacted_text)
        if contacted is None:
            try:
                contacted = _contacted(contacted_text)
            except ValueError as exc:
                contacted = _said(exc)
            contacted_of[contacted_text] = contacted
        if contacted.__class__ is not bool:  # the problem's message
            problems.append(Problem(line, "customer_contacted", contacted))
        if len(row_shop) > shop_limit:
            problems.append(Problem(line, "shop", Said("csv.too_long", limit=shop_limit)))
        if len(order_id) > order_limit:
            problems.append(Problem(line, "order_id", Said("csv.too_long", limit=order_limit)))
        if len(carrier) > carrier_limit:
            problems.append(Problem(line, "carrier", Said("csv.too_long", limit=carrier_limit)))
        if len(problems) > before:
            continue
        record = make(row_shop, order_id, promised, shipped, ordered, carrier, cause, contacted, note, delivered,
                      cancelled)
        if today is not None or delivered is not None:
            wrong = check_dates(record, today)
            if wrong:
                problems += [Problem(line, "delivered_on" if p.code.startswith("shipping.delivered") else "shipped_on",
                                     Said(p.code, **p.params)) for p in wrong]
                continue
        key = (row_shop, order_id)
        earlier = merged.get(key)
        merged[key] = record if earlier is None else _merge(earlier, record)
    if problems:
        raise CsvImportError(source, problems, columns)  # each field named as the file's header writes it
    return list(merged.values())


# Status and contacted words of our export, per language; import reads both.
_WORDS = {"ja": {"cancelled": "キャンセル", "active": "有効", True: "済", False: "未"},
          "en": {"cancelled": "cancelled", "active": "active", True: "yes", False: "no"}}


def write_shipments(path: str | Path, records: Iterable[ShipmentRecord], as_of: date,
                    rules: RuleSet | None = None, lang: str = "ja") -> int:
    """Shipments in the form read_shipments reads back, plus how late each one is (days_late).

    Japanese (the default): Japanese headers and the Japanese names of causes, statuses
    and yes/no; English: the field names and keys. Without `rules` causes are written as keys."""
    lang = "en" if lang == "en" else "ja"
    words = _WORDS[lang]
    header = [JA_HEADERS[c] if lang == "ja" else c for c in EXPORT_COLUMNS]

    def cause(key: str) -> str:
        return rules.shipping_cause_label(key, lang) if rules is not None and key and lang == "ja" else key

    rows = (
        [r.shop, r.order_id, r.ordered_on.isoformat() if r.ordered_on else "", r.promised_ship_date.isoformat(),
         r.shipped_on.isoformat() if r.shipped_on else "", r.delivered_on.isoformat() if r.delivered_on else "",
         words["cancelled"] if r.cancelled else words["active"], r.carrier, cause(r.cause),
         words[bool(r.customer_contacted)], r.note, days_late(r, as_of)]
        for r in records
    )
    return write_csv(path, header, rows)


__all__ = ["Said", "CsvImportError", "HEADERS", "FIELDS", "REQUIRED", "EXPORT_COLUMNS", "EXPORT_ONLY", "JA_HEADERS", "IGNORE",
           "parse_mapping", "guess_mapping", "preview", "read_shipments", "write_shipments", "known_headers"]
