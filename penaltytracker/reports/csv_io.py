"""Reading the CSV files operators bring (Excel in Japan, RMS exports) and writing ours.

Files arrive as UTF-8 (with or without BOM) or CP932, with CRLF or LF, dates written
2026-02-10 or 2026/2/10, sometimes with a time of day. Every problem is collected with
its line number (header = line 1) and field, so one run names them all.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator


@dataclass(frozen=True)
class Problem:
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", {self.field}" if self.field else "")
        return f"{where}: {self.message}"


class CsvImportError(ValueError):
    """The file is refused as a whole; `problems` names every bad row and field."""

    def __init__(self, source: str, problems: list[Problem]):
        self.source = source
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:200])
        more = f"\n  … and {len(problems) - 200} more" if len(problems) > 200 else ""
        super().__init__(f"{source}: nothing was imported, {len(problems)} problem(s):\n{shown}{more}")


def _line_at(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


# What Python's CP932 codec makes of bytes that are no CP932 text at all (0x80, 0xA0,
# 0xFD-0xFF): a file holding them is something else (Latin-1, binary), not Excel's CSV.
_NOT_CP932_TEXT = re.compile("[\x80\uf8f0-\uf8f3]")
_NOT_TEXT = "the file is neither UTF-8 nor CP932 (Shift_JIS) text"


def decode(data: bytes, source: str = "file") -> str:
    if b"\x00" in data:
        # UTF-16 text has NULs from the first line; a stray NUL is named where it is.
        line = _line_at(data, data.index(b"\x00"))
        raise CsvImportError(source, [Problem(line, "", "the file contains NUL bytes: not a CSV text file "
                                                        "(save it as UTF-8 or CP932)")])
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")  # a BOM promises UTF-8; a bad byte after it is an error
        except UnicodeDecodeError as exc:
            raise CsvImportError(source, [Problem(_line_at(data, 3 + exc.start), "",
                                                  "not valid UTF-8 text although the file is marked UTF-8 (BOM)")]) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    if any(b >= 0x80 for b in data[:utf8_error]):
        # Non-ASCII text read fine as UTF-8 up to here: a UTF-8 file with a damaged byte.
        # Read as CP932 it would be imported as garbled text instead of refused.
        raise CsvImportError(source, [Problem(_line_at(data, utf8_error), "", f"{_NOT_TEXT}: a byte that is not "
                                              "valid UTF-8 follows UTF-8 text")])
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError as exc:
        raise CsvImportError(source, [Problem(_line_at(data, exc.start), "", _NOT_TEXT)]) from None
    bad = _NOT_CP932_TEXT.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise CsvImportError(source, [Problem(line, "", _NOT_TEXT)])
    return text


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line number in the file, cells)


def read_table(path: str | Path) -> Table:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CsvImportError(str(path), [Problem(0, "", "file not found")]) from None
    except OSError as exc:
        raise CsvImportError(str(path), [Problem(0, "", f"cannot be read: {exc.strerror}")]) from None
    return parse_table(decode(data, str(path)), str(path))


def parse_table(text: str, source: str = "file") -> Table:
    lines = _plain_lines(text)
    if lines is not None:
        return _plain_table(lines, source)
    return _csv_table(text, source)


def _csv_table(text: str, source: str) -> Table:
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    try:
        next_line = 1  # where the next record starts
        for cells in reader:
            line, next_line = next_line, reader.line_num + 1
            if header is None:
                header = [c.strip() for c in cells]
                continue
            if not "".join(cells).strip():
                continue  # blank lines that spreadsheets leave at the end
            rows.append((line, cells))
    except csv.Error as exc:
        raise CsvImportError(source, [Problem(reader.line_num, "", f"not readable as CSV ({exc})")]) from None
    if not header or not any(header):
        raise CsvImportError(source, [Problem(1, "", "the file is empty: a header row is needed")])
    return Table(header, rows)


# What csv.reader reads otherwise than a split at line breaks and commas: the quote
# character, and the line breaks of str.splitlines that are no line break to csv
# (csv and io.StringIO(newline="") end a line at \n, \r\n or \r only).
_NOT_PLAIN = '"\v\f\x1c\x1d\x1e\x85\u2028\u2029'


def _plain_lines(text: str) -> list[str] | None:
    """The lines of a text that csv.reader reads as one record a line split at its commas
    (nothing quoted, no line over the field size limit), or None: csv.reader reads it.
    Files without a quoted cell are the usual big ones (our export quotes only cells with
    a comma, a quote or a line break), and this reads them three times as fast; every
    other file goes through csv.reader as before."""
    for c in _NOT_PLAIN:
        if c in text:
            return None
    lines = text.splitlines()
    if lines and max(map(len, lines)) > csv.field_size_limit():
        return None  # csv.reader refuses an over-long field: let it say so
    return lines


def _plain_table(lines: list[str], source: str) -> Table:
    """parse_table of a text _plain_lines accepted: the same header, rows and line numbers."""
    header = [c.strip() for c in lines[0].split(",")] if lines else None
    if not header or not any(header):
        raise CsvImportError(source, [Problem(1, "", "the file is empty: a header row is needed")])
    # Line n of the file is record n; rows of nothing but commas and spaces are skipped.
    rows = [(n, line.split(",")) for n, line in enumerate(lines[1:], 2) if line.replace(",", "").strip()]
    return Table(header, rows)


_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*$")


def parse_date(text: str) -> date:
    """2026-02-10, 2026/2/10, 2026/02/10 12:34:56 → date. ValueError with a plain reason."""
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.isascii():
        try:  # the usual 2026-02-10, at C speed (big imports read one or two per row)
            return date.fromisoformat(text)
        except ValueError:
            pass  # the full reading below says what is wrong
    m = _DATE.match(text)
    if not m:
        raise ValueError(f"not a date: {text!r} (use 2026-02-10 or 2026/02/10)")
    if m[4] is not None and (int(m[4]) > 23 or int(m[5]) > 59 or int(m[6] or 0) > 59):
        raise ValueError(f"no such time of day: {text!r}")  # the time is not kept, but 25:00 is a typo
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ValueError(f"no such date: {text!r}") from None


def parse_whole_number(text: str) -> int:
    cleaned = text.strip().replace(",", "")
    if not re.fullmatch(r"[+-]?\d{1,9}", cleaned):
        raise ValueError(f"not a whole number: {text!r}")
    return int(cleaned)


def map_header(header: list[str], aliases: dict[str, tuple[str, ...]], source: str,
               required: tuple[str, ...], overrides: dict[str, str] | None = None) -> dict[str, int]:
    """Field → column index, from English or Japanese headers (or explicit overrides)."""
    problems: list[Problem] = []
    lowered = [h.strip().lower() for h in header]
    for i, h in enumerate(lowered):
        if h and lowered.index(h) != i:
            problems.append(Problem(1, header[i], "this column appears twice"))
    found: dict[str, int] = {}
    for fieldname, names in aliases.items():
        wanted = [overrides[fieldname]] if overrides and fieldname in overrides else [fieldname, *names]
        for name in wanted:
            if name.strip().lower() in lowered:
                found[fieldname] = lowered.index(name.strip().lower())
                break
        else:
            if overrides and fieldname in overrides:
                problems.append(Problem(1, fieldname, f"no column named {overrides[fieldname]!r}"))
    for fieldname in required:
        if fieldname not in found and not any(p.field == fieldname for p in problems):
            names = " / ".join((fieldname, *aliases.get(fieldname, ())))
            problems.append(Problem(1, fieldname, f"required column missing ({names})"))
    if problems:
        raise CsvImportError(source, problems)
    return found


def cells_of(cells: list[str], columns: dict[str, int]) -> dict[str, str]:
    return {f: (cells[i].strip() if i < len(cells) else "") for f, i in columns.items()}


# Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def _guarded(text: str) -> bool:
    """Starts, after any apostrophes of our own guard, with a formula character."""
    return text.lstrip("'").startswith(_FORMULA_START)


def safe_cell(value: object) -> str:
    """A leading apostrophe makes spreadsheets show the cell as text. A text that already
    starts with apostrophes before a formula character gets one more, so that unsafe_cell
    gives it back exactly."""
    text = "" if value is None else str(value)
    if text.startswith("'") and _guarded(text):
        return "'" + text
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def unsafe_cell(text: str) -> str:
    """Undo safe_cell on our own export, so that export → import round-trips."""
    if len(text) > 1 and text[0] == "'" and _guarded(text[1:]):
        return text[1:]
    return text


def write_csv(path: str | Path, header: list[str], rows: Iterator[list[object]]) -> int:
    """UTF-8 with BOM and CRLF (what Excel in Japan opens correctly), written atomically."""
    from penaltytracker.reports.safe_write import atomic_write

    count = 0

    def produce(fh) -> None:
        nonlocal count
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([safe_cell(v) for v in row])
            count += 1

    atomic_write(path, produce, text=True, encoding="utf-8-sig")
    return count
