"""A log table that reads the store a page at a time: the violation log and the delay log.

The model never holds the whole log. It asks the store for the row count and the
first page; once the operator scrolls past the first few pages it asks (in the
background) for the ids of every matching row in display order, and further pages are
then read by id as the view paints them (through the operation helper, off the UI
thread); only a few pages are kept. The database sorts and filters. With a million
rows the first ones show at once, and every later page in milliseconds: no OFFSET deep
into a sorted million rows (a second a page). A log that is never scrolled never reads
the id list (about a second of background work on a million rows).

A subclass says how to read (`count_rows`, `read_page`, `read_ids`, `read_by_ids`, run
on a pool thread: no widgets, no `tr` there) and how to show a record (`data`).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Signal

from penaltytracker.ui.ops import Ops

PAGE_SIZE = 200
CACHED_PAGES = 8
WAITING_PAGES = 4  # pages asked for but not yet fetched; older wishes are dropped while scrolling
IDS_FROM_PAGE = 5  # pages before this one are read by OFFSET (cheap near the top); later ones by id


class PagedLogModel(QAbstractTableModel):
    loaded = Signal(int)  # the row count after a reload

    def __init__(self, ops: Ops, columns: int, flt: Any, sort_key: str, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.store = None
        self.filter = flt
        self.sort_key = sort_key
        self.descending = True
        self._columns = columns
        self._count = 0
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._wanted: list[int] = []
        self._in_flight: int | None = None
        self._generation = 0
        self._ids = None  # every row's id in display order, once loaded (for this generation)
        self._ids_asked = False  # the id list of this generation has been asked for
        self._counted = False  # the count and first page of this generation have arrived
        self.fetched_pages: list[int] = []  # every page read from the store (tests, diagnostics)

    # -- what a subclass supplies (run on a pool thread) -----------------------------------

    def count_rows(self, store, flt) -> int:
        raise NotImplementedError

    def read_page(self, store, flt, offset: int, limit: int, sort: str, descending: bool) -> list:
        raise NotImplementedError

    def read_ids(self, store, flt, sort: str, descending: bool) -> Sequence[int]:
        raise NotImplementedError

    def read_by_ids(self, store, ids: Sequence[int]) -> list:
        raise NotImplementedError

    def failure_title(self) -> str:
        """The heading of the error shown when a read fails (translated, on the UI thread)."""
        raise NotImplementedError

    # -- what to show ------------------------------------------------------------------

    def set_store(self, store) -> None:
        self.store = store
        self.reload()

    def set_filter(self, flt) -> None:
        if flt != self.filter:
            self.filter = flt
            self.reload()

    def reload(self) -> None:
        """Count again and forget cached pages (after a change or a new filter/sort)."""
        self._generation += 1
        generation = self._generation
        self._ids, self._ids_asked, self._counted = None, False, False
        if self.store is None:
            self._apply(generation, (0, []))
            return
        store, flt, sort, desc = self.store, self.filter, self.sort_key, self.descending
        count, page = self.count_rows, self.read_page

        def work():
            # The first page comes with the count, so the table never flashes empty rows.
            return count(store, flt), page(store, flt, 0, PAGE_SIZE, sort, desc)

        self.ops.run(work, on_done=lambda res: self._apply(generation, res), title=self.failure_title())

    def _ask_for_ids(self) -> None:
        """The id list of every matching row, asked once per reload and only when a page
        deep enough to need it is wanted (the first pages read by OFFSET cost nothing)."""
        if self._ids_asked or self.store is None:
            return
        self._ids_asked = True
        generation = self._generation
        store, flt, sort, desc, read = self.store, self.filter, self.sort_key, self.descending, self.read_ids
        self.ops.run(lambda: read(store, flt, sort, desc), on_done=lambda ids: self._ids_arrived(generation, ids),
                     title=self.failure_title())

    def _ids_arrived(self, generation: int, ids) -> None:
        if generation != self._generation:
            return
        self._ids = ids
        # Before the count has arrived, _apply compares the two; after it, a different
        # length means the store changed in between (a reload is coming anyway).
        if self._counted and len(ids) != self._count:
            self.beginResetModel()
            self._count = len(ids)
            self._pages.clear()
            self.endResetModel()

    def _apply(self, generation: int, result) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        count, first = result
        self.beginResetModel()
        # The id list may have come first (a small filtered log): keep it, it belongs to
        # this generation; only a list that disagrees with the count is dropped.
        if self._ids is not None and len(self._ids) != count:
            self._ids, self._ids_asked = None, False
        self._counted = True
        self._count = count
        self._pages.clear()
        self._wanted.clear()
        self._in_flight = None
        if first or count == 0:
            self._pages[0] = first
            self.fetched_pages.append(0)
        self.endResetModel()
        self.loaded.emit(count)

    # -- paging ------------------------------------------------------------------------

    def _record(self, row: int):
        """The record on `row`, or None while its page is read (it is then asked for)."""
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            self._want(page)
            return None
        self._pages.move_to_end(page)
        offset = row % PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def record_at(self, row: int):
        """The record on `row` if its page is loaded (the view only acts on what it shows)."""
        page = self._pages.get(row // PAGE_SIZE)
        if page is None or row % PAGE_SIZE >= len(page):
            return None
        return page[row % PAGE_SIZE]

    def _want(self, page: int) -> None:
        if page == self._in_flight:
            return
        if page in self._wanted:
            self._wanted.remove(page)
        self._wanted.append(page)  # newest wish last: it is what the operator looks at now
        del self._wanted[:-WAITING_PAGES]
        self._fetch_next()

    def _fetch_next(self) -> None:
        if self._in_flight is not None or not self._wanted or self.store is None:
            return
        page = self._wanted.pop()
        self._in_flight = page
        generation = self._generation
        store, flt, sort, desc = self.store, self.filter, self.sort_key, self.descending
        if self._ids is None and page >= IDS_FROM_PAGE:
            self._ask_for_ids()
        if self._ids is not None:
            ids, by_ids = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE], self.read_by_ids
            work = lambda: by_ids(store, ids)  # noqa: E731
        else:  # near the top, or the id list is still loading: read by position
            read = self.read_page
            work = lambda: read(store, flt, page * PAGE_SIZE, PAGE_SIZE, sort, desc)  # noqa: E731
        self.ops.run(work, on_done=lambda rows: self._page_arrived(generation, page, rows),
                     on_error=lambda _e: self._page_failed(generation), title=self.failure_title())

    def _page_failed(self, generation: int) -> None:
        if generation == self._generation:
            self._in_flight = None
            self._wanted.clear()

    def _page_arrived(self, generation: int, page: int, rows: list) -> None:
        if generation != self._generation:
            return
        self._in_flight = None
        self._pages[page] = rows
        self.fetched_pages.append(page)
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(self._count, first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self._columns - 1))
        self._fetch_next()

    def loaded_records(self):
        """(row, record) of every row already read, for finding records again after a reload."""
        for page, rows in self._pages.items():
            for offset, record in enumerate(rows):
                yield page * PAGE_SIZE + offset, record

    def loaded_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._columns


__all__ = ["PagedLogModel", "PAGE_SIZE", "CACHED_PAGES", "WAITING_PAGES", "IDS_FROM_PAGE"]
