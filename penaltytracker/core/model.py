"""The operator's records as plain values, shared by every layer."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from datetime import date, datetime

from penaltytracker.core.dates import MAX_POINTS, SUPPORTED_YEARS  # noqa: F401  (MAX_POINTS: the record's limit)

ACTIVE = "active"
WITHDRAWN = "withdrawn"
STATUSES = (ACTIVE, WITHDRAWN)

# What the store can hold and the app reasons about (core/dates.py): a date outside these
# years, or points beyond MAX_POINTS, is a typing mistake (or an attack), refused on every path.
FIRST_YEAR = SUPPORTED_YEARS.start
LAST_YEAR = SUPPORTED_YEARS.stop - 1


@dataclass(frozen=True)
class ViolationRecord:
    """One violation as Rakuten's notice states it."""

    shop: str
    points_date: date  # 加点日: decides the year the points count in
    points: int
    status: str = ACTIVE
    category: str = ""
    title: str = ""
    occurred_on: date | None = None  # 発生日
    reference: str = ""  # Rakuten's notice reference (管理番号)
    details: str = ""
    corrective_action: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int | None = None  # the stored row's version, for refusing stale edits
    # The day a withdrawal took effect: the violation counts on every day before it and
    # not from it on. None on a withdrawn violation: withdrawn from its 加点日 (never counted;
    # older records and CSV rows marked 取消 with no date).
    withdrawn_on: date | None = None

    @property
    def counts(self) -> bool:
        """Counts today and from now on (not withdrawn)."""
        return self.status == ACTIVE

    def counts_on(self, day: date) -> bool:
        """Counted on `day`: added by then and not yet withdrawn."""
        if self.points_date > day:
            return False
        if self.status == ACTIVE:
            return True
        return self.withdrawn_on is not None and day < self.withdrawn_on

    @property
    def ever_counted(self) -> bool:
        """Counted on at least one day (a withdrawal dated after its 加点日)."""
        return self.status == ACTIVE or (self.withdrawn_on is not None and self.withdrawn_on > self.points_date)


# --- building many records fast (the CSV import) ------------------------------------------

def fast_constructor(cls, given: tuple[str, ...]):
    """A function making `cls(**dict(zip(given, values)))` from positional `values`, every
    other field at its default, for values the caller has already checked (the CSV
    readers' rows).

    The same record in every way (equal, the same hash, repr and attribute dict, just as
    frozen), made in half the time: a frozen dataclass's __init__ sets each field with
    its own object.__setattr__ call (1.2 µs for a ViolationRecord), a large part of
    reading a big file. `given` must be the class's first fields in their order (the dict
    then shares its keys) and name every field without a plain default; both are checked
    here, so a new required field cannot slip past. The class must have no __post_init__.
    tests/test_import_speedups.py checks that both ways give the same record."""
    names = tuple(f.name for f in fields(cls))
    if names[:len(given)] != given:
        raise TypeError(f"the fast {cls.__name__} must set its first fields in their order: {names}")
    rest = {}
    for f in fields(cls)[len(given):]:
        if f.default is MISSING:
            raise TypeError(f"{cls.__name__}.{f.name} has no plain default: the fast constructor must take it")
        rest[f.name] = f.default
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} has a __post_init__ the fast constructor would skip")

    def make(*values, _new=object.__new__, _zip=zip):
        record = _new(cls)
        attributes = record.__dict__
        attributes.update(_zip(given, values))
        attributes.update(rest)
        return record

    make.__name__ = make.__qualname__ = f"fast_{cls.__name__}"
    return make


# violation_record(shop, points_date, points, status, category, title, occurred_on, reference, details,
#                  corrective_action)
violation_record = fast_constructor(
    ViolationRecord, ("shop", "points_date", "points", "status", "category", "title", "occurred_on", "reference",
                      "details", "corrective_action"))
