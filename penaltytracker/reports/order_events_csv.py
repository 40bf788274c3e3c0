"""Order-event files: a marketplace's cancelled-orders or returns report, a spreadsheet, and
our exports (order events, incidents).

Anchors are Amazon's reports: the order reports (GET_FLAT_FILE_ALL_ORDERS_DATA_*:
amazon-order-id, purchase-date, order-status, product-name, sku, asin, item-price; the
Japanese pending-orders report adds payment-type) and the returns report
(GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE: Order ID, Order date, Return request date,
Return request status, ASIN, Merchant SKU, Item Name, Return Reason, Order Amount).
Amazon's flat files are tab-separated: a header with tabs and no commas is read so.
Times with an offset (2026-02-10T03:34:56+00:00) are turned into Japan time.

Buyer data stays minimal: only a column the operator names buyer (buyer, 購入者, or
--map buyer=COLUMN) is read; names, mail addresses and phone numbers are never read.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable

from penaltytracker.core.incidents import IncidentRecord, Troubles, figures, minute_text
from penaltytracker.core.order_events import LIMITS, OrderCatalogue, OrderEvent
from penaltytracker.messages import Msg, Problem as MessageProblem
from penaltytracker.reports.csv_io import (
    CsvImportError, CsvValueError, Problem, Table, decode, map_header, parse_date, parse_table, read_bytes,
    unsafe_cell, write_csv,
)

JST = timezone(timedelta(hours=9))  # Japan has no summer time

# field -> the other names its column goes by (Amazon's headers, Japanese seller pages, ours)
HEADERS: dict[str, tuple[str, ...]] = {
    "shop": ("店舗", "店舗名"),
    "order_id": ("amazon-order-id", "order-id", "order id", "注文番号", "注文ID", "受注番号"),
    "occurred_at": ("return request date", "purchase-date", "order date", "日時", "注文日時", "注文日", "date"),
    "event": ("イベント", "種別"),
    "status": ("order-status", "return request status", "ステータス", "注文ステータス", "状態"),
    "buyer": ("購入者",),
    "item": ("product-name", "item name", "商品名"),
    "asin": ("ASIN",),
    "sku": ("merchant sku", "出品者SKU", "SKU"),
    "payment": ("payment-method", "payment-type", "支払い方法", "決済方法"),
    "cancelled_by": ("cancelled-by", "キャンセル者"),
    "subtotal": ("item-price", "order amount", "小計", "金額"),
    "shipping_cost": ("送料", "往復送料"),
    "days_tied_up": ("拘束日数",),
    "reason": ("return reason", "cancel-reason", "キャンセル理由", "返品理由", "理由"),
    "note": ("メモ", "備考"),
}
FIELDS = tuple(HEADERS)
REQUIRED = ("order_id", "occurred_at")
EXPORT_COLUMNS = ("shop", "order_id", "occurred_at", "event", "status", "buyer", "item", "asin", "sku", "payment",
                  "cancelled_by", "subtotal", "shipping_cost", "days_tied_up", "reason", "note")
INCIDENT_COLUMNS = ("id", "shop", "opened_at", "category", "summary", "affected", "branch", "stopped_at",
                    "resumed_at", "resume_reason", "closed_on", "close_note", "steps_done", "steps_total",
                    "minutes_to_stop", "minutes_to_first_contact", "days_open", "contacts", "links")

_DATETIME = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"
                       r"(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|JST|UTC)?\s*$")


def parse_datetime(text: str) -> datetime:
    """2026-02-10, 2026/2/10 12:34, 2026-02-10T12:34:56, 2026-02-10T03:34:56+00:00 (→ JST),
    2026-02-10 12:34 JST → a naive datetime in Japan time, to the minute. CsvValueError (a
    ValueError, a message code) says why."""
    m = _DATETIME.match(text)
    if not m:
        raise CsvValueError("csv.not_a_datetime", text=text)
    day = parse_date(f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}")
    hour, minute = int(m[4] or 0), int(m[5] or 0)
    if hour > 23 or minute > 59 or int(m[6] or 0) > 59:
        raise CsvValueError("csv.no_such_time", text=repr(text))
    value = datetime(day.year, day.month, day.day, hour, minute)
    zone = m[7]
    if zone and zone not in ("JST",):
        if zone in ("Z", "UTC"):
            offset = timedelta(0)
        else:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        value = (value.replace(tzinfo=timezone(offset)).astimezone(JST)).replace(tzinfo=None)
    return value


def parse_yen(text: str) -> int:
    """1,980 / ¥1,980 / 1980.00 / JPY 1980 → 1980 (whole yen). CsvValueError if not an amount."""
    cleaned = re.sub(r"^(JPY|¥|￥)\s*|\s*円$", "", text.strip()).replace(",", "")
    if not re.fullmatch(r"\d{1,9}(\.\d+)?", cleaned):
        raise CsvValueError("csv.not_yen", text=text)
    return int(round(float(cleaned)))


def parse_mapping(text: str | None) -> dict[str, str]:
    """`field=column,field=column` (the --map option) → {field: column}. CsvValueError (a
    ValueError) if malformed."""
    mapping: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise CsvValueError("csv.map_not_pair", part=part.strip())
        name, column = (p.strip() for p in part.split("=", 1))
        if name not in HEADERS:
            raise CsvValueError("csv.map_unknown_field", name=name, fields=", ".join(FIELDS))
        mapping[name] = column
    return mapping


def _table(path: str) -> Table:
    """Comma-separated, or tab-separated as Amazon's flat files are."""
    text = decode(read_bytes(path), path)  # a folder or a FIFO is refused, not read
    first = text.split("\n", 1)[0]
    if "\t" not in first or "," in first:
        return parse_table(text, path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t")
    header, rows, next_line = None, [], 1
    try:
        for cells in reader:
            line, next_line = next_line, reader.line_num + 1
            if header is None:
                header = [c.strip() for c in cells]
            elif "".join(cells).strip():
                rows.append((line, cells))
    except csv.Error as exc:
        raise CsvImportError(path, [Problem(reader.line_num, "", Msg("csv.unreadable", reason=str(exc)))]) from None
    return Table(header or [], rows)


def file_header(path: str | Path) -> list[str]:
    """The file's header row (for the app's mapping step)."""
    return _table(str(path)).header


def _event_of(row: dict[str, str], catalogue: OrderCatalogue, returns_report: bool,
              default_event: str | None) -> str | None:
    """The event a row records, "" for a row that is no event (shipped), None: unknown."""
    if row.get("event"):
        return catalogue.event_key(row["event"])
    status = row.get("status", "").strip().lower()
    if returns_report:
        reason = row.get("reason", "").strip().lower()
        refused = any(r and r in reason for r in catalogue.refused_reasons)
        return "receive_refused" if refused else catalogue.return_event
    if status in catalogue.skip_statuses:
        return ""
    if status in catalogue.event_of_status:
        return catalogue.event_of_status[status]
    if default_event:
        return default_event
    return None


def read_order_events(path: str | Path, catalogue: OrderCatalogue, shop: str | None = None,
                      mapping: dict[str, str] | None = None, default_event: str | None = None) -> list[OrderEvent]:
    """Every event of the file, or CsvImportError naming every bad row and field."""
    source = str(path)
    mapping = dict(mapping or {})
    shop = (shop or "").strip()
    table = _table(source)
    absent = {name for name, column in mapping.items() if not column.strip()}
    aliases = {name: names for name, names in HEADERS.items() if name not in absent}
    columns = map_header(table.header, aliases, source, tuple(f for f in REQUIRED if f not in absent),
                         {k: v for k, v in mapping.items() if k not in absent})
    problems: list[Problem] = []
    if "shop" not in columns and not shop:
        problems.append(Problem(1, "shop", Msg("csv.no_shop_column")))
    if default_event and default_event not in catalogue.events:
        problems.append(Problem(1, "event", Msg("order.unknown_event", event=default_event,
                                                known=", ".join(catalogue.events))))
    lowered = {h.strip().lower() for h in table.header}
    returns_report = "return request date" in lowered or "return request status" in lowered
    if problems:
        raise CsvImportError(source, problems, columns)

    found: dict[tuple, OrderEvent] = {}
    width = len(table.header)
    for line, raw in table.rows:
        cells = [unsafe_cell(c.strip()) for c in raw] + [""] * max(0, width - len(raw))
        row = {f: cells[i] if i < len(cells) else "" for f, i in columns.items()}
        before = len(problems)
        if len(raw) > width:
            problems.append(Problem(line, "", Msg("csv.too_many_cells", cells=len(raw), width=width)))
        row_shop = row.get("shop") or shop
        if not row_shop:
            problems.append(Problem(line, "shop", Msg("csv.cell_empty")))
        if not row.get("order_id"):
            problems.append(Problem(line, "order_id", Msg("csv.cell_empty")))
        at = None
        try:
            at = parse_datetime(row.get("occurred_at", ""))
        except ValueError as exc:
            problems.append(Problem(line, "occurred_at",
                                    _said(exc) if row.get("occurred_at") else Msg("csv.cell_empty")))
        event = _event_of(row, catalogue, returns_report, default_event)
        if event is None:
            what = row.get("event") or row.get("status")
            problems.append(Problem(line, "event" if row.get("event") else "status",
                                    Msg("order.unknown_event", event=what, known=", ".join(catalogue.events)) if what
                                    else Msg("order.csv_event_empty")))
        payment = catalogue.payment_key(row.get("payment", ""))
        if payment is None:
            problems.append(Problem(line, "payment", Msg("order.unknown_payment", payment=row["payment"],
                                                         known=", ".join(catalogue.payments))))
        who = catalogue.cancelled_by_key(row.get("cancelled_by", ""))
        if who is None:
            problems.append(Problem(line, "cancelled_by", Msg("order.unknown_cancelled_by", who=row["cancelled_by"],
                                                              known=", ".join(catalogue.cancelled_by))))
        numbers: dict[str, int | None] = {}
        for name in ("subtotal", "shipping_cost", "days_tied_up"):
            text = row.get(name, "")
            numbers[name] = None
            if text:
                try:
                    numbers[name] = parse_yen(text)
                except ValueError as exc:
                    problems.append(Problem(line, name, _said(exc)))
        for name, limit in LIMITS.items():
            value = row_shop if name == "shop" else row.get(name, "")
            if len(value) > limit:
                problems.append(Problem(line, name, Msg("csv.too_long", limit=limit)))
        if len(problems) > before or event == "":
            continue
        e = OrderEvent(shop=row_shop, order_id=row["order_id"], occurred_at=at, event=event,
                       buyer=row.get("buyer", ""), item=row.get("item", ""), asin=row.get("asin", ""),
                       sku=row.get("sku", ""), payment=payment, cancelled_by=who, status=row.get("status", ""),
                       reason=row.get("reason", ""), note=row.get("note", ""), **numbers)
        earlier = found.get(e.key())
        if earlier is None:
            found[e.key()] = e
        elif e.subtotal is not None:  # one order, several items: one event, the amounts added up
            from dataclasses import replace

            found[e.key()] = replace(earlier, subtotal=(earlier.subtotal or 0) + e.subtotal)
    if problems:
        raise CsvImportError(source, problems, columns)  # each field named as the file's header writes it
    return list(found.values())


def _said(exc: Exception) -> Msg | str:
    """A cell's problem as a message (parse_datetime's and parse_yen's are codes)."""
    return Msg(exc.code, **exc.params) if isinstance(exc, MessageProblem) else str(exc)


def _n(value) -> str:
    return "" if value is None else str(value)


def write_order_events(path: str | Path, events: Iterable[OrderEvent]) -> int:
    """The event log in the form read_order_events reads back (UTF-8 with BOM, CRLF)."""
    rows = ([e.shop, e.order_id, e.occurred_at.strftime("%Y-%m-%d %H:%M"), e.event, e.status, e.buyer, e.item,
             e.asin, e.sku, e.payment, e.cancelled_by, _n(e.subtotal), _n(e.shipping_cost), _n(e.days_tied_up),
             e.reason, e.note] for e in events)
    return write_csv(path, list(EXPORT_COLUMNS), rows)


def _minutes(value) -> str:
    return "" if value is None else str(int(value.total_seconds() // 60))


def write_incidents(path: str | Path, incidents: Iterable[IncidentRecord], troubles: Troubles, as_of: date) -> int:
    """Every incident with its figures on as_of (steps done, minutes to stop and to first contact)."""

    def rows():
        for r in incidents:
            f = figures(r, troubles, as_of)
            yield [r.id, r.shop, minute_text(r.opened_at), r.category, r.summary, r.affected, r.branch,
                   minute_text(r.stopped_at), minute_text(r.resumed_at), r.resume_reason,
                   r.closed_on.isoformat() if r.closed_on else "", r.close_note, f.steps_done, f.steps_total,
                   _minutes(f.time_to_stop), _minutes(f.time_to_first_contact), f.days_open, len(r.contacts),
                   " ".join(f"{link.kind}:{link.target_id}" for link in r.links)]

    return write_csv(path, list(INCIDENT_COLUMNS), rows())


__all__ = ["HEADERS", "FIELDS", "REQUIRED", "EXPORT_COLUMNS", "INCIDENT_COLUMNS", "parse_datetime", "parse_yen",
           "parse_mapping", "file_header", "read_order_events", "write_order_events", "write_incidents", "JST"]
