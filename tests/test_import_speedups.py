"""The CSV import's quick paths (issue 8, benchmarks/README.md) read and store exactly what
the full paths do: every text splits into the rows csv.reader reads, every row the quick
reader accepts is the record the full check makes, the fast record constructors make the
same records as the classes, the column-by-column checks refuse with the same error as the
record-by-record ones, and an import's rows and audit entries are what they were.

No test here is timed: speed is the benchmark's business."""

from __future__ import annotations

import csv
import dataclasses
import enum
import gc
import getpass
import io
import json
import pickle
import sqlite3
from contextlib import closing, contextmanager
from dataclasses import replace
from datetime import date
from operator import itemgetter

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from penaltytracker.core.model import ViolationRecord, fast_constructor, violation_record
from penaltytracker.core.shipping import ShipmentRecord, shipment_record
from penaltytracker.reports import shipments_csv, violations_csv
from penaltytracker.reports.csv_io import (
    CsvImportError,
    Problem,
    _csv_table,
    _plain_lines,
    decode,
    map_header,
    parse_date,
    parse_table,
    unsafe_cell,
)
from penaltytracker.reports.shipments_csv import HEADERS, read_shipments, write_shipments
from penaltytracker.reports.violations_csv import JAPANESE, REQUIRED, read_violations, write_violations
from penaltytracker.store import StoreError, audit_history, import_violations, list_violations, open_store
from penaltytracker.store import shipments as store_shipments
from penaltytracker.store import violation_import as store_violations

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def outcome(read, *args):
    """What a reader gives: ("ok", value) or ("refused", every problem)."""
    try:
        return "ok", read(*args)
    except CsvImportError as exc:
        return "refused", [(p.line, p.field, p.message) for p in exc.problems]


def table_outcome(read, text):
    kind, value = outcome(read, text, "file.csv")
    return (kind, value.header, value.rows) if kind == "ok" else (kind, value)


# --- splitting a text into rows ---------------------------------------------------------------

# Every character csv.reader or str.splitlines treats specially, and some plain ones.
PIECES = [",", '"', "\r", "\n", "\r\n", " ", "\u3000", "\t", "\x00", "a", "あ", "'", "=", "1", "-", "/",
          "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
PLAIN_PIECES = [p for p in PIECES if not (set(p) & set('"\v\f\x1c\x1d\x1e\x85\u2028\u2029'))]
any_text = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)
plain_text = st.lists(st.sampled_from(PLAIN_PIECES), max_size=80).map("".join)


@SETTINGS
@given(text=any_text)
@example(text="")
@example(text="\r\n")
@example(text="a,b\r\rc,d\n\n ,\u3000,\ne,f")
@example(text='a\n"b,\nc"')
def test_every_text_splits_into_the_rows_csv_reader_reads(text):
    assert table_outcome(parse_table, text) == table_outcome(_csv_table, text)


@SETTINGS
@given(text=plain_text)
@example(text="shop,points\r\nA,1\rB,2\n\nC,3\r\n , ,\r\n")
def test_texts_without_quotes_take_the_plain_split_and_read_the_same(text):
    assert _plain_lines(text) is not None  # the quick split is what is being compared here
    assert table_outcome(parse_table, text) == table_outcome(_csv_table, text)


@contextmanager
def field_size_limit(limit: int):
    before = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(before)


def test_an_over_long_cell_is_refused_as_csv_reader_refuses_it():
    with field_size_limit(20):
        for text in ("shop,points\r\n" + "x" * 30 + ",1\r\n", "shop,points\r\n" + "x" * 8 + "," + "y" * 15 + "\r\n"):
            assert table_outcome(parse_table, text) == table_outcome(_csv_table, text)
        assert table_outcome(parse_table, "shop,points\r\n" + "x" * 30 + ",1\r\n")[0] == "refused"


def test_our_own_exports_take_the_plain_split(tmp_path):
    path = tmp_path / "v.csv"
    write_violations(path, [ViolationRecord(shop=f"店舗{i}", points_date=date(2026, 2, 10), points=5,
                                            title=f"通知 {i}", reference=f"R-{i}") for i in range(50)])
    assert _plain_lines(decode(path.read_bytes())) is not None


# --- violation rows: the quick reader against the full check ----------------------------------

# Per field: cells the quick reader takes, other good cells, and bad ones.
PLAIN_TEXTS = ["本店", "a", "x" * 100, "\u3000全角\u3000", " 本店 ", "=1+2", "-5"]
TEXTS = PLAIN_TEXTS + ["", "'=cmd", "''=x", "'plain", "a'b", "x" * 101, "x" * 200, "x" * 201, "x" * 500, "x" * 501]
PLAIN_CELLS = {
    "shop": PLAIN_TEXTS, "points_date": ["2026-02-10", " 2025-12-31 "], "points": ["5", "0", "05", " 15 ", "123456789"],
    "category": PLAIN_TEXTS + [""], "title": PLAIN_TEXTS + [""], "reference": PLAIN_TEXTS + [""],
    "status": ["", "active", "Active", " withdrawn ", "WITHDRAWN", "有効", "取消", "取り消し"],
    "occurred_on": ["", "2026-02-07"], "details": PLAIN_TEXTS + [""], "corrective_action": PLAIN_TEXTS + [""],
    "withdrawn_on": [""], None: PLAIN_TEXTS,
}
OTHER_CELLS = {
    "shop": TEXTS, "category": TEXTS, "title": TEXTS, "reference": TEXTS, None: TEXTS,
    "points_date": ["2026/02/10", "2026-2-10", "2026-02-10 12:34", "2026-02-10T12:34:56", "2026-02-30", "2026-13-01",
                    "2025-02-29", "２０２６-02-10", "2026-02-1x", "2026-02-10 25:00", "x", ""],
    "points": ["+5", "-1", "1,000", "１２", "٣", "1234567890", "1.5", "", "x"],
    "status": ["deleted", "'active"],
    "occurred_on": ["2026/02/07", "2026-02-31", "x", "2026-02-07 09:00"],
    "details": TEXTS, "corrective_action": TEXTS,
    "withdrawn_on": ["2026-03-01", "2026/3/1", "x", "2026-01-01"],  # with 有効, or before 加点日: refused
}
HEADERS_IN = {"shop": ["shop", "店舗", "店舗名"], "points_date": ["points_date", "加点日"], "points": ["点数", "points"],
              "category": ["区分", "category"], "title": ["内容", "title"], "status": ["状態", "status"],
              "occurred_on": ["発生日", "occurred_on"], "reference": ["管理番号", "reference"],
              "details": ["詳細", "details"], "corrective_action": ["是正措置", "corrective_action"],
              "withdrawn_on": ["取消日", "withdrawn_on"]}


@st.composite
def violation_files(draw):
    """A header (any order, optional columns left out or an unknown one added) and rows:
    mostly plain ones (what the quick reader is for), some with other or bad cells, some
    short or long."""
    fields = list(REQUIRED) + [f for f in violations_csv.COLUMNS if f not in REQUIRED and draw(st.booleans())]
    fields = draw(st.permutations(fields))
    header = [draw(st.sampled_from(HEADERS_IN[f])) for f in fields]
    if draw(st.booleans()):
        header.insert(draw(st.integers(0, len(header))), "メモ")
        fields.insert(header.index("メモ"), None)
    rows = []
    for _ in range(draw(st.integers(0, 8))):
        odd = draw(st.sampled_from([0, 0, 0.1, 0.5]))  # the share of cells that are not plain
        row = [draw(st.sampled_from(OTHER_CELLS[f] if draw(st.floats(0, 1)) < odd else PLAIN_CELLS[f]))
               for f in fields]
        cut = draw(st.sampled_from([0, 0, 0, 0, 0, 1, -1]))
        rows.append(row[:cut] if cut < 0 else row + ["extra"] * cut)
    return header, rows


def full_read(header, rows):
    """The rows read with the full check only (what every row went through before the
    quick path): the records, or every problem."""
    columns = map_header(header, JAPANESE, "file.csv", REQUIRED)
    problems: list[Problem] = []
    records = [violations_csv._full_record(n, row, columns, len(header), problems) for n, row in enumerate(rows, 2)]
    if problems:
        return "refused", [(p.line, p.field, p.message) for p in problems]
    return "ok", records


@SETTINGS
@given(file=violation_files())
def test_the_quick_reader_gives_exactly_the_full_checks_record(file):
    header, rows = file
    columns = map_header(header, JAPANESE, "file.csv", REQUIRED)
    width = len(header)
    at = itemgetter(*(columns.get(f, width) for f in violations_csv._QUICK_FIELDS))
    days: dict = {"": None}
    for n, row in enumerate(rows, 2):
        fast = violations_csv._quick_record(list(row), width, at, days)
        problems: list[Problem] = []
        full = violations_csv._full_record(n, list(row), columns, width, problems)
        if fast is not None:
            assert problems == [] and fast == full, row
            assert type(fast) is ViolationRecord and list(vars(fast).items()) == list(vars(full).items())


def csv_bytes(header, rows, encoding="utf-8-sig", newline="\r\n") -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator=newline).writerows([header, *rows])
    return buf.getvalue().encode(encoding, errors="replace")


@SETTINGS
@given(file=violation_files(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp932"]),
       newline=st.sampled_from(["\r\n", "\n"]))
def test_a_file_reads_as_the_full_check_of_every_row_reads_it(tmp_path, file, encoding, newline):
    header, rows = file
    data = csv_bytes(header, rows, encoding, newline)
    path = tmp_path / "violations.csv"
    path.write_bytes(data)
    table = _csv_table(decode(data), str(path))  # csv.reader, as before the plain split
    expected = full_read(table.header, [row for _, row in table.rows])
    if expected[0] == "refused":  # the lines in the file, not the row numbers
        lines = [line for line, _ in table.rows]
        expected = ("refused", [(lines[n - 2], f, m) for n, f, m in expected[1]])
    got = outcome(read_violations, path)
    assert got == expected
    if got[0] == "ok":
        assert [list(vars(r).items()) for r in got[1]] == [list(vars(r).items()) for r in expected[1]]


def test_a_refused_file_still_names_every_bad_row(tmp_path):
    path = tmp_path / "v.csv"
    path.write_text("shop,points_date,points,status\r\n本店,2026-02-10,5,\r\n,2026-02-10,5,\r\n"
                    "本店,2026-02-30,5,\r\n本店,2026/02/10,x,\r\n本店,2026-02-10 25:00,5,\r\n本店,2026-02-10,5,gone\r\n",
                    encoding="utf-8")
    with pytest.raises(CsvImportError) as info:
        read_violations(path)
    assert [(p.line, p.field) for p in info.value.problems] == [
        (3, "shop"), (4, "points_date"), (5, "points"), (6, "points_date"), (7, "status")]


# --- the fast record constructors -------------------------------------------------------------

texts = st.text(max_size=20)
days = st.dates(date(2000, 1, 1), date(2040, 12, 31))


@SETTINGS
@given(values=st.tuples(texts, days, st.integers(0, 10**9), st.sampled_from(["active", "withdrawn"]), texts, texts,
                        st.none() | days, texts, texts, texts))
def test_violation_record_is_the_same_record_as_the_class_makes(values):
    fast = violation_record(*values)
    names = ("shop", "points_date", "points", "status", "category", "title", "occurred_on", "reference", "details",
             "corrective_action")
    slow = ViolationRecord(**dict(zip(names, values)))
    same_record(fast, slow)


@SETTINGS
@given(values=st.tuples(texts, texts, days, st.none() | days, st.none() | days, texts, texts, st.booleans(), texts,
                        st.none() | days, st.booleans()))
def test_shipment_record_is_the_same_record_as_the_class_makes(values):
    fast = shipment_record(*values)
    names = ("shop", "order_id", "promised_ship_date", "shipped_on", "ordered_on", "carrier", "cause",
             "customer_contacted", "note", "delivered_on", "cancelled")
    slow = ShipmentRecord(**dict(zip(names, values)))
    same_record(fast, slow)


def same_record(fast, slow) -> None:
    assert type(fast) is type(slow)
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert list(vars(fast).items()) == list(vars(slow).items())  # every field, defaults included, in order
    assert pickle.loads(pickle.dumps(fast)) == slow
    assert replace(fast) == slow and dataclasses.astuple(fast) == dataclasses.astuple(slow)
    name = dataclasses.fields(fast)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(fast, name, "changed")
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(fast, name)
    assert fast == slow


def test_a_fast_constructor_that_would_differ_from_the_class_is_refused():
    @dataclasses.dataclass(frozen=True)
    class Two:
        a: str
        b: int
        c: str = ""

    assert fast_constructor(Two, ("a", "b"))("x", 1) == Two("x", 1)
    with pytest.raises(TypeError, match="Two.b"):  # a required field it would not set
        fast_constructor(Two, ("a",))
    with pytest.raises(TypeError, match="first fields in their order"):
        fast_constructor(Two, ("b", "a"))
    with pytest.raises(TypeError, match="first fields in their order"):
        fast_constructor(Two, ("a", "b", "d"))

    @dataclasses.dataclass(frozen=True)
    class Checked:
        a: str

        def __post_init__(self):
            pass

    with pytest.raises(TypeError, match="__post_init__"):
        fast_constructor(Checked, ("a",))


# --- order CSVs: the reader against the row-by-row reading it replaced ------------------------

def reference_read_shipments(table, columns, rules, shop: str):
    """read_shipments' row loop as it was before issue 8 (a dict of cells a row, every
    check spelled out), kept here to compare with. Its problems are message codes now."""
    Said = shipments_csv.Said
    problems: list[Problem] = []
    merged: dict = {}
    width = len(table.header)
    for line, raw in table.rows:
        if len(raw) < width:
            raw = raw + [""] * (width - len(raw))
        cells = {k: raw[i].strip() for k, i in columns.items()}
        if "'" in "".join(cells.values()):
            cells = {k: unsafe_cell(v) for k, v in cells.items()}
        before = len(problems)
        if len(raw) > width:
            problems.append(Problem(line, "", Said("csv.too_many_cells", cells=len(raw), width=width)))
        row_shop = cells.get("shop", "") or shop
        if not row_shop:
            problems.append(Problem(line, "shop", Said("csv.cell_empty")))
        order_id = cells.get("order_id", "")
        if not order_id:
            problems.append(Problem(line, "order_id", Said("csv.cell_empty")))
        # Issue 13: the order status, first; a cancelled order may lack its promised date.
        status_text, cancelled = cells.get("status", ""), False
        if status_text:
            found = rules.shipping.status_cancelled(status_text)
            if found is None:
                problems.append(Problem(line, "status", shipments_csv.Said(
                    "shipping.csv_unknown_status", status=status_text,
                    cancelled=", ".join(rules.shipping.cancelled_statuses),
                    known=", ".join(rules.shipping.active_statuses))))
            cancelled = bool(found)
        dates: dict = {}
        for name in ("promised_ship_date", "shipped_on", "ordered_on", "delivered_on"):
            text = cells.get(name, "")
            dates[name] = None
            if not text:
                if name in shipments_csv.REQUIRED and not cancelled:
                    problems.append(Problem(line, name, Said("csv.cell_empty")))
                continue
            try:
                dates[name] = parse_date(text)
            except ValueError as exc:
                problems.append(Problem(line, name, Said(exc.code, **exc.params)))
        if not cells.get("promised_ship_date", "") and cancelled:
            dates["promised_ship_date"] = dates["ordered_on"]
            if dates["ordered_on"] is None:
                problems.append(Problem(line, "promised_ship_date", Said("shipping.csv_cancelled_needs_date")))
        if dates["shipped_on"] and dates["ordered_on"] and dates["shipped_on"] < dates["ordered_on"]:
            problems.append(Problem(line, "shipped_on", Said("shipping.csv_shipped_before_ordered",
                                                             date=dates["shipped_on"].isoformat(),
                                                             ordered=dates["ordered_on"].isoformat())))
        cause_text = cells.get("cause", "")
        cause = ""
        if cause_text:
            found = rules.shipping_cause(cause_text)
            if found is None:
                known = ", ".join(f"{c.name_ja}/{c.key}" for c in rules.shipping_causes)
                problems.append(Problem(line, "cause", Said("shipping.csv_unknown_cause", cause=cause_text,
                                                            known=known)))
            else:
                cause = found.key
        contacted = False
        try:
            contacted = shipments_csv._contacted(cells.get("customer_contacted", ""))
        except ValueError as exc:
            problems.append(Problem(line, "customer_contacted", Said(exc.code, **exc.params)))
        for name, limit in (("shop", 200), ("order_id", 100), ("carrier", 100)):
            value = row_shop if name == "shop" else cells.get(name, "")
            if len(value) > limit:
                problems.append(Problem(line, name, Said("csv.too_long", limit=limit)))
        if len(problems) > before:
            continue
        record = ShipmentRecord(
            shop=row_shop, order_id=order_id, promised_ship_date=dates["promised_ship_date"],
            shipped_on=dates["shipped_on"], ordered_on=dates["ordered_on"], carrier=cells.get("carrier", ""),
            cause=cause, customer_contacted=contacted, note=cells.get("note", ""),
            delivered_on=dates["delivered_on"], cancelled=cancelled,
        )
        delivered, shipped, ordered = dates["delivered_on"], dates["shipped_on"], dates["ordered_on"]
        if delivered is not None and shipped is not None and delivered < shipped:
            problems.append(Problem(line, "delivered_on", shipments_csv.Said(
                "shipping.delivered_before_shipped", order=order_id, date=delivered.isoformat(),
                shipped=shipped.isoformat())))
        if delivered is not None and ordered is not None and delivered < ordered:
            problems.append(Problem(line, "delivered_on", shipments_csv.Said(
                "shipping.delivered_before_ordered", order=order_id, date=delivered.isoformat(),
                ordered=ordered.isoformat())))
        if len(problems) > before:
            continue
        key = (row_shop, order_id)
        merged[key] = shipments_csv._merge(merged[key], record) if key in merged else record
    if problems:
        return "refused", [(p.line, p.field, p.message) for p in problems]
    return "ok", list(merged.values())


GOOD_ORDER_CELLS = {
    "shop": ["楽天ショップA", " 楽天ショップB "],
    "order_id": ["350987-20261001-00001", "350987-20261001-00002", " 350987-20261001-00001 ", "A-3"],
    "promised_ship_date": ["2026-10-02", "2026/10/02", "2026/10/03 12:00:00"],
    "shipped_on": ["", "2026-10-02", "2026/10/01", "2026-10-06 16:40"],
    "ordered_on": ["", "2026-10-01", "2026/09/30 09:15:02"],
    "carrier": ["", "ヤマト運輸", " 佐川急便 "],
    "cause": ["", "在庫切れ", "out_of_stock", "OUT_OF_STOCK", "天候・災害"],
    "customer_contacted": ["", "yes", "済", "No", "○"],
    "note": ["", "メモ", "a'b"],
    "delivered_on": ["", "2026-10-07", "2026/10/08 10:00"],
    "status": ["", "発送済", "キャンセル", "Cancelled", "キャンセル確定"],
    None: ["タオル", ""],
}
BAD_ORDER_CELLS = {
    "shop": ["", "'=x", "x" * 201], "order_id": ["", "'-1", "x" * 101], "promised_ship_date": ["2026-02-30", "", "x"],
    "shipped_on": ["2026-10-32", "2026-09-01"], "ordered_on": ["2026-13-01", "2026-10-07"],
    "carrier": ["'+81", "x" * 101], "cause": ["なぞ", "'在庫切れ"], "customer_contacted": ["たぶん"],
    "note": ["'=SUM(A1)"], "delivered_on": ["2026-09-29", "2026-99-01"], "status": ["なぞ"], None: ["'=1"],
}


@st.composite
def order_files(draw):
    fields = ["order_id", "promised_ship_date"] + [f for f in HEADERS if f not in ("order_id", "promised_ship_date")
                                                   and draw(st.booleans())]
    fields = draw(st.permutations(fields))
    header = [draw(st.sampled_from((f, *HEADERS[f]))) for f in fields]
    if draw(st.booleans()):
        header.insert(draw(st.integers(0, len(header))), "商品名")
        fields.insert(header.index("商品名"), None)
    rows = []
    for _ in range(draw(st.integers(0, 8))):
        odd = draw(st.sampled_from([0, 0, 0, 0.1, 0.3]))  # the share of cells that are bad or odd
        row = [draw(st.sampled_from(BAD_ORDER_CELLS[f] if draw(st.floats(0, 1)) < odd else GOOD_ORDER_CELLS[f]))
               for f in fields]
        cut = draw(st.sampled_from([0] * 8 + [1, -1, -2]))
        rows.append(row[:cut] if cut < 0 else row + ["extra"] * cut)
    return header, rows, draw(st.sampled_from(["楽天ショップA", " 楽天ショップC ", ""]))


@SETTINGS
@given(file=order_files(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp932"]),
       newline=st.sampled_from(["\r\n", "\n"]))
def test_an_order_file_reads_as_the_row_by_row_reading_read_it(tmp_path, rules, file, encoding, newline):
    header, rows, shop = file
    data = csv_bytes(header, rows, encoding, newline)
    path = tmp_path / "orders.csv"
    path.write_bytes(data)
    got = outcome(read_shipments, path, rules, shop)
    try:
        table = _csv_table(decode(data), str(path))
        columns = map_header(table.header, HEADERS, str(path), shipments_csv.REQUIRED)
    except CsvImportError:
        assert got[0] == "refused"
        return
    if "shop" not in columns and not shop.strip():
        assert got[0] == "refused"
        return
    expected = reference_read_shipments(table, columns, rules, shop.strip())
    assert got == expected
    if got[0] == "ok":
        assert [list(vars(r).items()) for r in got[1]] == [list(vars(r).items()) for r in expected[1]]


def test_orders_exported_read_back_unchanged(tmp_path, rules):
    records = [ShipmentRecord(shop="楽天ショップA", order_id=f"350987-20261001-{i:05d}",
                              promised_ship_date=date(2026, 10, 2), shipped_on=date(2026, 10, 2 + i % 3),
                              ordered_on=date(2026, 10, 1), carrier="ヤマト運輸", cause="out_of_stock" if i % 3 else "",
                              customer_contacted=i % 2 == 0, note="'=1" if i == 3 else "")
               for i in range(20)]
    path = tmp_path / "orders.csv"
    write_shipments(path, records, date(2026, 10, 28))
    assert read_shipments(path, rules) == records


# --- the store's column-by-column checks ------------------------------------------------------

class Points(enum.IntEnum):
    FIVE = 5


GOOD_VIOLATION = ViolationRecord(shop="本店", points_date=date(2026, 2, 10), points=5, title="通知")
BAD_VIOLATION_VALUES = [
    ("shop", ""), ("shop", "   "), ("shop", "x" * 201), ("shop", " " + "x" * 200 + " "), ("shop", None),
    ("points", -1), ("points", True), ("points", 1.5), ("points", "3"), ("points", None), ("points", Points.FIVE),
    ("points", 10**12), ("status", "deleted"), ("status", None), ("status", "ACTIVE"), ("status", ["active"]),
    ("category", "x" * 101), ("category", "x" * 100), ("title", "x" * 501), ("title", " " * 600),
    ("title", None), ("reference", "x" * 201), ("reference", 12),
]


def first_error(check, records):
    """The error check() raises for the first record it refuses (None: every one passes)."""
    for r in records:
        try:
            check(r)
        except Exception as exc:  # noqa: BLE001 - any error, compared by type and text
            return type(exc), str(exc)
    return None


@SETTINGS
@given(changes=st.lists(st.tuples(st.integers(0, 5), st.sampled_from(BAD_VIOLATION_VALUES)), max_size=3),
       shops=st.lists(st.sampled_from(["本店", " 本店 ", "二号店"]), min_size=6, max_size=6))
def test_violations_are_refused_with_the_error_of_the_first_bad_record(changes, shops):
    records = [replace(GOOD_VIOLATION, shop=shop) for shop in shops]
    for i, (name, value) in changes:
        records[i] = replace(records[i], **{name: value})
    expected = first_error(store_violations._validate, records)
    if expected is None:
        assert store_violations._validate_all(records) == [r.shop.strip() for r in records]
    else:
        with pytest.raises(expected[0]) as info:
            store_violations._validate_all(records)
        assert str(info.value) == expected[1]


GOOD_ORDER = ShipmentRecord(shop="楽天ショップA", order_id="A-1", promised_ship_date=date(2026, 10, 2))


# --- what an import writes --------------------------------------------------------------------

def notices() -> list[ViolationRecord]:
    return [
        ViolationRecord(shop=" 本店 ", points_date=date(2026, 2, 10), points=5, category="listing",
                        title='商品ページ "表示" \\ 違反', reference="R-1", occurred_on=date(2026, 2, 7)),
        ViolationRecord(shop="二号店", points_date=date(2025, 12, 31), points=0, status="withdrawn",
                        title="猶予 🙏\n改行", details="詳細", corrective_action="修正済み"),
        ViolationRecord(shop="本店", points_date=date(2026, 1, 1), points=80, title="\u3000", reference="'=1"),
        ViolationRecord(shop="三号店", points_date=date(2026, 3, 3), points=15),
    ]


def test_an_import_writes_the_rows_and_audit_entries_it_always_wrote(store):
    # Four copies, each notice's 管理番号 its own (one 管理番号 is one notice).
    records = [replace(r, reference=f"{r.reference}-{i}" if r.reference else "") for i in range(4) for r in notices()]
    assert import_violations(store, records).added == len(records)
    stored = sorted(list_violations(store), key=lambda r: r.id)
    assert [r.id for r in stored] == list(range(1, len(records) + 1))  # in the order given
    user = getpass.getuser()
    for record, row in zip(records, stored):
        assert row == replace(record, shop=record.shop.strip(), id=row.id, created_at=row.created_at,
                              updated_at=row.created_at, version=1)
        [entry] = audit_history(store, row.id)
        assert entry["action"] == "import" and entry["user"] == user and entry["at"] == row.created_at
        # The {field: [null, value]} every import wrote, field by field, in order.
        assert list(entry["changes"].items()) == list(json.loads(store_violations._created_json(record)).items())
    with closing(sqlite3.connect(store.sqlite_path)) as conn:
        shops = conn.execute("SELECT name FROM shops ORDER BY id").fetchall()
    assert shops == [("本店",), ("二号店",), ("三号店",)]  # created in the order the records name them
    [summary] = audit_history(store, 0)
    assert summary["changes"] == {"rows": len(records), "added": len(records), "updated": 0, "unchanged": 0}


def shipment_rows(db_path) -> dict:
    with closing(sqlite3.connect(db_path)) as conn:
        return {(shop, row[0]): tuple(row) for shop, *row in conn.execute(
            "SELECT shops.name, order_id, ordered_on, promised_ship_date, shipped_on, carrier, cause, "
            "customer_contacted, note, version FROM shipments JOIN shops ON shops.id = shop_id")}


def orders() -> list[ShipmentRecord]:
    return [
        ShipmentRecord(shop="楽天ショップA", order_id=" A-1 ", promised_ship_date=date(2026, 10, 2),
                       carrier=" ヤマト運輸 ", cause=" out_of_stock ", customer_contacted=1, note=" メモ "),
        ShipmentRecord(shop="楽天ショップA", order_id="A-2", promised_ship_date=date(2026, 10, 3),
                       shipped_on=date(2026, 10, 5), ordered_on=date(2026, 10, 1), customer_contacted=""),
        ShipmentRecord(shop=" 楽天ショップB", order_id="B-1", promised_ship_date=date(2026, 10, 4)),
        ShipmentRecord(shop="楽天ショップA", order_id="A-1", promised_ship_date=date(2026, 10, 1), note="後の行"),
        ShipmentRecord(shop="楽天ショップB", order_id=" B-2", promised_ship_date=date(2026, 10, 2),
                       carrier=" ヤマト運輸 ", cause=" out_of_stock ", customer_contacted=1, note=" メモ "),
    ]


def test_new_orders_are_stored_alike_in_a_new_shop_and_beside_known_orders(tmp_path, isolated_home):
    """The first import of a shop takes the quick way (nothing to compare with); a shop with
    orders compares each one. Both store a new order the same way."""
    fresh, beside = tmp_path / "fresh.sqlite3", tmp_path / "beside.sqlite3"
    s = open_store(fresh)
    assert store_shipments.upsert_shipments(s, orders()) == (4, 0)
    s.close()
    s = open_store(beside)
    known = [ShipmentRecord(shop=shop, order_id="Z-9", promised_ship_date=date(2026, 9, 1))
             for shop in ("楽天ショップA", "楽天ショップB")]
    store_shipments.upsert_shipments(s, known)
    assert store_shipments.upsert_shipments(s, orders()) == (4, 0)
    s.close()
    rows = shipment_rows(fresh)
    assert {k: v for k, v in shipment_rows(beside).items() if k[1] != "Z-9"} == rows
    assert rows[("楽天ショップA", "A-1")] == ("A-1", None, "2026-10-01", None, "", "", 0, "後の行", 1)  # the later wins
    assert rows[("楽天ショップB", "B-2")] == ("B-2", None, "2026-10-02", None, "ヤマト運輸", "out_of_stock", 1, " メモ ", 1)
    assert rows[("楽天ショップA", "A-2")] == ("A-2", "2026-10-01", "2026-10-03", "2026-10-05", "", "", 0, "", 1)


# --- the paused collector ---------------------------------------------------------------------

@pytest.mark.parametrize("enabled", [True, False])
def test_reading_and_importing_leave_the_collector_as_they_found_it(tmp_path, store, enabled):
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text("shop,points_date,points\r\n本店,2026-02-10,5\r\n", encoding="utf-8")
    bad.write_text("shop,points_date,points\r\n本店,2026-02-30,5\r\n", encoding="utf-8")
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        import_violations(store, read_violations(good))
        assert gc.isenabled() is enabled
        with pytest.raises(CsvImportError):
            read_violations(bad)
        assert gc.isenabled() is enabled
        with pytest.raises(StoreError):
            import_violations(store, [replace(GOOD_VIOLATION, points=-1)])
        assert gc.isenabled() is enabled
        with pytest.raises(StoreError):
            store_shipments.upsert_shipments(store, [replace(GOOD_ORDER, order_id="")])
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_orders_import_and_reimport_alike_on_every_database(store_target):
    """The new orders go in as one batch on SQLite and as rows of values on PostgreSQL;
    both hold what the orders say, and a re-import updates by shop and order number."""
    s = open_store(store_target)
    try:
        assert store_shipments.upsert_shipments(s, orders()) == (4, 0)
        assert store_shipments.upsert_shipments(s, orders()) == (0, 0)
        stored = {(r.shop, r.order_id): r for r in store_shipments.list_shipments(s)}
        assert set(stored) == {("楽天ショップA", "A-1"), ("楽天ショップA", "A-2"), ("楽天ショップB", "B-1"),
                               ("楽天ショップB", "B-2")}
        assert replace(stored[("楽天ショップB", "B-2")], id=None, version=None) == ShipmentRecord(
            shop="楽天ショップB", order_id="B-2", promised_ship_date=date(2026, 10, 2), carrier="ヤマト運輸",
            cause="out_of_stock", customer_contacted=True, note=" メモ ")
        assert stored[("楽天ショップA", "A-1")].note == "後の行"
        later = [replace(orders()[1], shipped_on=date(2026, 10, 6), cause="peak_season"),
                 ShipmentRecord(shop="楽天ショップB", order_id="B-3", promised_ship_date=date(2026, 10, 9))]
        assert store_shipments.upsert_shipments(s, later) == (1, 1)
        a2 = store_shipments.find_shipment(s, "楽天ショップA", "A-2")
        assert (a2.shipped_on, a2.cause, a2.version) == (date(2026, 10, 6), "peak_season", 2)
    finally:
        s.close()
