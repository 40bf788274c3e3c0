"""Reading the CSV files operators bring (Excel in Japan, RMS exports) and writing ours.

Files arrive as UTF-8 (with or without BOM) or CP932, with CRLF or LF, dates written
2026-02-10 or 2026/2/10, sometimes with a time of day. Every problem is collected with
its line number (header = line 1) and field, so one run names them all.
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from penaltytracker import messages
from penaltytracker.core.dates import SUPPORTED_YEARS, plain_iso_day
from penaltytracker.messages import Msg


@dataclass(frozen=True)
class Problem:
    """One bad place in a file: its line (header = 1, 0 = the file as a whole), the field
    (our name, e.g. "points_date"; "" = the whole line) and what is wrong: a Msg (code and
    parameters, messages.toml), a messages.Problem (e.g. parse_date's error), or an older
    caller's English sentence, shown as it is."""

    line: int
    field: str
    message: str | Msg | messages.Problem

    def what(self, lang: str = messages.DEFAULT_LANGUAGE) -> str:
        if isinstance(self.message, (Msg, messages.Problem)):
            return self.message.text(lang)
        return str(self.message)

    def text(self, lang: str = messages.DEFAULT_LANGUAGE, names: dict[str, str] | None = None) -> str:
        """Worded in `lang`, the field named as the file's own header writes it (`names`)."""
        field = (names or {}).get(self.field, self.field)
        if self.line <= 0:
            return messages.message("csv.problem_in_file", lang, what=self.what(lang))
        if field:
            return messages.message("csv.problem_at_field", lang, line=self.line, field=field, what=self.what(lang))
        return messages.message("csv.problem_at_line", lang, line=self.line, what=self.what(lang))

    def __str__(self) -> str:
        return self.text("en")


SHOWN_PROBLEMS = 200


class CsvImportError(messages.Problem, ValueError):
    """The file is refused as a whole; `problems` names every bad row and field. Worded
    in the user's language like every Problem ("取り込みませんでした。問題 5 件：…");
    `columns` (map_header's answer, or {field: header as written}) names each field as
    the file's header writes it."""

    def __init__(self, source: str, problems: list[Problem], columns: dict | None = None):
        self.source = source
        self.problems = problems
        self.names = dict(getattr(columns, "names", None) or (columns if _all_text(columns) else {}))
        super().__init__("csv.refused", source=source, count=len(problems),
                         problems=_Worded(problems[:SHOWN_PROBLEMS], self.names),
                         more=Msg("csv.more_problems", count=len(problems) - SHOWN_PROBLEMS)
                         if len(problems) > SHOWN_PROBLEMS else "")


def _all_text(columns: dict | None) -> bool:
    return bool(columns) and all(isinstance(v, str) for v in columns.values())


class _Worded(Msg):
    """The list of problems as one parameter, worded when the message is."""

    def __init__(self, problems: list[Problem], names: dict[str, str]):
        super().__init__("csv.problem_list")
        self.problems, self.names = problems, names

    def text(self, lang: str = messages.DEFAULT_LANGUAGE) -> str:
        return "\n".join("  " + p.text(lang, self.names) for p in self.problems)


class CsvValueError(messages.Problem, ValueError):
    """A cell that does not read as what it must be (parse_date, parse_whole_number):
    a code and parameters; str() is the English sentence."""


class Columns(dict):
    """map_header's answer: field → column index, and `names`: field → the header as the
    file writes it (for messages)."""

    names: dict[str, str]


# Characters that cannot be seen but make two names differ: BOM / zero-width no-break
# space, zero-width space / non-joiner / joiner, word joiner, and control characters.
_INVISIBLE = re.compile("[\ufeff\u200b-\u200d\u2060\x00-\x1f\x7f-\x9f]")


def clean_name(text: str) -> str:
    """A name or a reference as it is meant: without invisible characters and without the
    spaces around it (also the ideographic space). Titles and notes are kept as written."""
    return _INVISIBLE.sub("", text).strip(" \u3000\t")


def read_bytes(path: str | Path, source: str | None = None) -> bytes:
    """The bytes of a regular file, or CsvImportError. A FIFO, a device or a folder is
    refused at once (reading one would hang or never end)."""
    source = str(path) if source is None else source
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise CsvImportError(source, [Problem(0, "", Msg("csv.file_not_found"))]) from None
    except IsADirectoryError:
        raise CsvImportError(source, [Problem(0, "", Msg("csv.not_a_file", kind=Msg("csv.kind_folder")))]) from None
    except OSError as exc:
        raise CsvImportError(source, [Problem(0, "", Msg("csv.cannot_read", reason=exc.strerror or str(exc)))]) \
            from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = "folder" if stat.S_ISDIR(mode) else "fifo" if stat.S_ISFIFO(mode) else \
                "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "socket" if stat.S_ISSOCK(mode) else "other"
            raise CsvImportError(source, [Problem(0, "", Msg("csv.not_a_file", kind=Msg(f"csv.kind_{kind}")))])
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb") as fh:
            fd = -1
            return fh.read()
    except OSError as exc:
        raise CsvImportError(source, [Problem(0, "", Msg("csv.cannot_read", reason=exc.strerror or str(exc)))]) \
            from None
    finally:
        if fd >= 0:
            os.close(fd)


def _line_at(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


# What Python's CP932 codec makes of bytes that are no CP932 text at all (0x80, 0xA0,
# 0xFD-0xFF): a file holding them is something else (Latin-1, binary), not Excel's CSV.
_NOT_CP932_TEXT = re.compile("[\x80\uf8f0-\uf8f3]")


def _refuse(source: str, line: int, code: str, field: str = "", **params) -> CsvImportError:
    return CsvImportError(source, [Problem(line, field, Msg(code, **params))])


def decode(data: bytes, source: str = "file") -> str:
    if b"\x00" in data:
        # UTF-16 text has NULs from the first line; a stray NUL is named where it is.
        raise _refuse(source, _line_at(data, data.index(b"\x00")), "csv.nul_bytes")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")  # a BOM promises UTF-8; a bad byte after it is an error
        except UnicodeDecodeError as exc:
            raise _refuse(source, _line_at(data, 3 + exc.start), "csv.bad_utf8_after_bom") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    if any(b >= 0x80 for b in data[:utf8_error]):
        # Non-ASCII text read fine as UTF-8 up to here: a UTF-8 file with a damaged byte.
        # Read as CP932 it would be imported as garbled text instead of refused.
        raise _refuse(source, _line_at(data, utf8_error), "csv.bad_utf8")
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError as exc:
        raise _refuse(source, _line_at(data, exc.start), "csv.not_text") from None
    bad = _NOT_CP932_TEXT.search(text)
    if bad:
        raise _refuse(source, text.count("\n", 0, bad.start()) + 1, "csv.not_text")
    mixed = _utf8_line_in_cp932(data)
    if mixed:
        raise _refuse(source, mixed, "csv.mixed_encodings")
    return text


def _utf8_line_in_cp932(data: bytes) -> int | None:
    """The first line of a CP932 file that is UTF-8 Japanese instead (a row pasted in from
    another file): read as CP932 it would be imported as mojibake (日本 → 譌･譛ｬ). A line
    counts as UTF-8 when it has multi-byte characters and reads whole as UTF-8, which
    CP932 Japanese all but never does (its kana start with 0x82/0x83, never a UTF-8 start)."""
    for number, line in enumerate(data.split(b"\n"), 1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        return number
    return None


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line number in the file, cells)


def read_table(path: str | Path) -> Table:
    source = str(path)
    return parse_table(decode(read_bytes(path, source), source), source)


def parse_table(text: str, source: str = "file") -> Table:
    lines = _plain_lines(text)
    if lines is not None:
        return _plain_table(lines, source)
    return _csv_table(text, source)


def _csv_table(text: str, source: str) -> Table:
    # strict: a quote left open, or text after a closing quote, is an error naming the
    # line, not a cell that swallows the rows after it.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    next_line = 1  # where the next record starts
    try:
        for cells in reader:
            line, next_line = next_line, reader.line_num + 1
            if header is None:
                header = [c.strip() for c in cells]
                if any("\n" in c or "\r" in c for c in cells):
                    raise _refuse(source, 1, "csv.line_break_in_header")
                continue
            if not "".join(cells).strip():
                continue  # blank lines that spreadsheets leave at the end
            if next_line - line > 1:
                _refuse_swallowed_rows(source, line, cells, len(header))
            rows.append((line, cells))
    except csv.Error as exc:
        if "end of data" in str(exc):
            raise _refuse(source, next_line, "csv.unterminated_quote") from None
        if "expected after" in str(exc):
            raise _refuse(source, reader.line_num, "csv.text_after_quote") from None
        raise _refuse(source, reader.line_num, "csv.unreadable", reason=str(exc)) from None
    if not header or not any(header):
        raise _refuse(source, 1, "csv.empty")
    return Table(header, rows)


def _refuse_swallowed_rows(source: str, line: int, cells: list[str], width: int) -> None:
    """A quoted cell over several lines holding what reads as whole rows of the file: a
    quote closed in the wrong place (or where the next quoted cell opens). A title over
    two lines is fine; a title holding "本店,2026-02-11,20,…" swallowed a row."""
    if width < 2:
        return
    for index, cell in enumerate(cells):
        if "\n" not in cell and "\r" not in cell:
            continue
        for extra in cell.splitlines()[1:]:
            if extra.count(",") >= max(width - 1, 2):
                raise _refuse(source, line, "csv.swallowed_rows", last=line + cell.count("\n"))


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
        raise _refuse(source, 1, "csv.empty")
    # Line n of the file is record n; rows of nothing but commas and spaces are skipped.
    rows = [(n, line.split(",")) for n, line in enumerate(lines[1:], 2) if line.replace(",", "").strip()]
    return Table(header, rows)


_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*$")


def parse_date(text: str) -> date:
    """2026-02-10, 2026/2/10, 2026/02/10 12:34:56 → date, within the years the app
    supports (core.dates.SUPPORTED_YEARS). CsvValueError (a ValueError) with a plain reason."""
    found = plain_iso_day(text)  # the usual 2026-02-10 (big imports read one or two per row)
    if found is not None:
        return found
    m = _DATE.match(text)
    if not m:
        raise CsvValueError("csv.not_a_date", text=repr(text))
    if m[4] is not None and (int(m[4]) > 23 or int(m[5]) > 59 or int(m[6] or 0) > 59):
        raise CsvValueError("csv.no_such_time", text=repr(text))  # the time is not kept, but 25:00 is a typo
    try:
        found = date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise CsvValueError("csv.no_such_date", text=repr(text)) from None
    if found.year not in SUPPORTED_YEARS:
        raise CsvValueError("csv.year_out_of_range", text=repr(text), first=SUPPORTED_YEARS.start,
                            last=SUPPORTED_YEARS.stop - 1)
    return found


def parse_whole_number(text: str) -> int:
    cleaned = text.strip().replace(",", "")
    if not re.fullmatch(r"[+-]?\d{1,9}", cleaned):
        raise CsvValueError("csv.not_a_whole_number", text=repr(text))
    return int(cleaned)


def map_header(header: list[str], aliases: dict[str, tuple[str, ...]], source: str,
               required: tuple[str, ...], overrides: dict[str, str] | None = None) -> Columns:
    """Field → column index, from English or Japanese headers (or explicit overrides).
    Linear in the header's width (a dictionary of the lowered names, not a search each)."""
    problems: list[Problem] = []
    lowered = [h.strip().lower() for h in header]
    first: dict[str, int] = {}
    for i, h in enumerate(lowered):
        if not h:
            continue
        if h in first:
            problems.append(Problem(1, header[i], Msg("csv.column_twice")))
        else:
            first[h] = i
    found = Columns()
    found.names = {}
    for fieldname, names in aliases.items():
        wanted = [overrides[fieldname]] if overrides and fieldname in overrides else [fieldname, *names]
        for name in wanted:
            index = first.get(name.strip().lower())
            if index is not None:
                found[fieldname] = index
                found.names[fieldname] = header[index]
                break
        else:
            if overrides and fieldname in overrides:
                problems.append(Problem(1, fieldname, Msg("csv.no_such_column", column=repr(overrides[fieldname]))))
    for fieldname in required:
        if fieldname not in found and not any(p.field == fieldname for p in problems):
            names = " / ".join((fieldname, *aliases.get(fieldname, ())))
            problems.append(Problem(1, fieldname, Msg("csv.required_column_missing", names=names)))
    if problems:
        raise CsvImportError(source, problems, found)
    return found


def line_break_problems(table: Table, columns: dict[str, int], multiline: Iterable[str]) -> list[Problem]:
    """A line break in a cell of a field that cannot hold one (a shop, a date, a number:
    everything but `multiline`, e.g. titles and notes) is a quote closed in the wrong
    place: one problem per such cell, naming its line and field."""
    allowed = frozenset(multiline)
    checked = [(f, i) for f, i in columns.items() if f not in allowed]
    found = []
    for line, cells in table.rows:
        for f, i in checked:
            if i < len(cells) and ("\n" in cells[i] or "\r" in cells[i]):
                found.append(Problem(line, f, Msg("csv.line_break_in_cell")))
    return found


def cells_of(cells: list[str], columns: dict[str, int], *, verbatim: Iterable[str] = (),
             names: Iterable[str] = ()) -> dict[str, str]:
    """The cells of a row by field, stripped of the spaces around them; fields in
    `verbatim` (titles, notes: text as the user wrote it) are kept exactly, and fields in
    `names` (shop names, references) are cleaned of invisible characters (clean_name)."""
    verbatim, names = frozenset(verbatim), frozenset(names)
    found = {}
    for f, i in columns.items():
        value = cells[i] if i < len(cells) else ""
        found[f] = value if f in verbatim else clean_name(value) if f in names else value.strip()
    return found


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
