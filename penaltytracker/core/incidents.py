"""Incidents (trouble triage): categories and their checklists from data, and the figures.

An incident is opened with a category; its checklist comes from
resources/troubles/incidents.toml (what to do now, whom to contact, when to resume),
each step ticked with the time it was done. "Stop everything" records when selling
stopped, and later when it resumed and why. Times are Japan time (naive datetimes in
the rule set's time zone): what the operator sees on the clock.

Pure: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from penaltytracker.messages import Msg, Problem

CATEGORIES = ("wrong_item", "wrong_quantity", "wrong_weight", "wrong_description", "partial_defect",
              "fatal_defect", "other")
PHASES = ("now", "contact", "resume")
PARTIES = ("buyer", "support", "other")
DIRECTIONS = ("out", "in")
LINK_KINDS = ("violation", "shipment")
OPEN, CLOSED = "open", "closed"


# --- the catalogue (data) ------------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    key: str
    phase: str
    ja: str
    en: str
    branch: str = ""  # "" or a branch key of rule 3 ("3(1)", "3(2)")

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.ja


@dataclass(frozen=True)
class Category:
    key: str
    rule: str
    name_ja: str
    name_en: str
    urgency_ja: str
    urgency_en: str
    stop_suggested: bool
    steps: tuple[Step, ...]

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_ja

    def urgency(self, lang: str) -> str:
        return self.urgency_en if lang == "en" else self.urgency_ja

    @property
    def branches(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.branch for s in self.steps if s.branch))

    def steps_for(self, branch: str = "") -> tuple[Step, ...]:
        """The checklist: every step, less the other branch's once a branch is chosen."""
        return tuple(s for s in self.steps if not s.branch or not branch or s.branch == branch)


@dataclass(frozen=True)
class Troubles:
    version: str
    source: str
    categories: dict[str, Category]
    phases: dict[str, dict[str, str]]
    branches: dict[str, dict[str, str]]

    def category(self, key: str) -> Category:
        found = self.categories.get(key)
        if found is None:
            raise Problem("incident.unknown_category", category=key, known=", ".join(self.categories))
        return found

    def phase_name(self, phase: str, lang: str) -> str:
        return self.phases.get(phase, {}).get("en" if lang == "en" else "ja", phase)

    def branch_name(self, branch: str, lang: str) -> str:
        return self.branches.get(branch, {}).get("en" if lang == "en" else "ja", branch)


def troubles_file() -> Path:
    override = os.environ.get("PENALTYTRACKER_TROUBLES")
    if override:
        return Path(override)
    from penaltytracker.paths import resources_dir  # no Qt/SQLAlchemy there

    return resources_dir() / "troubles" / "incidents.toml"


@lru_cache(maxsize=4)
def _load(path: str) -> Troubles:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise Problem("incident.bad_data_file", file=path, detail=str(exc)) from None
    try:
        head = data["troubles"]
        categories = {}
        for key, raw in data["categories"].items():
            steps = tuple(Step(key=s["key"], phase=s["phase"], ja=s["ja"], en=s["en"], branch=s.get("branch", ""))
                          for s in raw["steps"])
            for s in steps:
                if s.phase not in PHASES:
                    raise KeyError(f"categories.{key}.steps.{s.key}.phase")
            if len({s.key for s in steps}) != len(steps):
                raise KeyError(f"categories.{key}.steps (a key appears twice)")
            categories[key] = Category(key=key, rule=str(raw.get("rule", "")), name_ja=raw["name_ja"],
                                       name_en=raw["name_en"], urgency_ja=raw["urgency_ja"],
                                       urgency_en=raw["urgency_en"], stop_suggested=bool(raw["stop_suggested"]),
                                       steps=steps)
        return Troubles(version=str(head["version"]), source=str(head["source"]), categories=categories,
                        phases=dict(data.get("phases", {})), branches=dict(data.get("branches", {})))
    except (KeyError, TypeError) as exc:
        raise Problem("incident.bad_data_file", file=path, detail=Msg("data.missing_or_wrong", what=str(exc))) from None


def load_troubles(path: str | os.PathLike | None = None) -> Troubles:
    return _load(str(path or troubles_file()))


# --- an incident -----------------------------------------------------------------------------

@dataclass(frozen=True)
class StepState:
    step: str
    done_at: datetime | None = None


@dataclass(frozen=True)
class Contact:
    at: datetime
    party: str  # buyer / support / other
    channel: str = ""  # mail, phone, in-app message, …
    direction: str = "out"  # out: we wrote; in: they wrote
    summary: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Link:
    kind: str  # violation / shipment
    target_id: int


@dataclass(frozen=True)
class IncidentRecord:
    shop: str
    opened_at: datetime
    category: str
    summary: str = ""
    affected: str = ""  # the items or the lot
    branch: str = ""  # rule 3's branch once judged
    stopped_at: datetime | None = None
    resumed_at: datetime | None = None
    resume_reason: str = ""
    closed_on: date | None = None
    close_note: str = ""
    steps: tuple[StepState, ...] = ()  # what was ticked, by step key
    contacts: tuple[Contact, ...] = ()
    links: tuple[Link, ...] = ()
    id: int | None = None
    version: int | None = None

    @property
    def opened_on(self) -> date:
        return self.opened_at.date()

    def state(self, as_of: date | None = None) -> str:
        """Open until the day it was closed (a list for an earlier day shows it open)."""
        if self.closed_on is None or (as_of is not None and self.closed_on > as_of):
            return OPEN
        return CLOSED

    def done_at(self, step: str) -> datetime | None:
        for s in self.steps:
            if s.step == step:
                return s.done_at
        return None


@dataclass(frozen=True)
class ChecklistLine:
    step: Step
    done_at: datetime | None


def checklist(incident: IncidentRecord, troubles: Troubles) -> list[ChecklistLine]:
    """The category's steps in order, with the time each was ticked (None: not yet)."""
    category = troubles.category(incident.category)
    return [ChecklistLine(s, incident.done_at(s.key)) for s in category.steps_for(incident.branch)]


@dataclass(frozen=True)
class Figures:
    time_to_stop: timedelta | None  # opened → selling stopped
    time_to_first_contact: timedelta | None  # opened → the first contact logged
    stopped_for: timedelta | None  # stopped → resumed (or → as_of's end while still stopped)
    days_open: int  # calendar days from the day opened to the day closed (or as_of)
    steps_done: int
    steps_total: int


def figures(incident: IncidentRecord, troubles: Troubles, as_of: date) -> Figures:
    lines = checklist(incident, troubles)
    first_contact = min((c.at for c in incident.contacts), default=None)
    end = incident.closed_on if incident.closed_on is not None and incident.closed_on <= as_of else as_of
    stopped_for = None
    if incident.stopped_at is not None:
        until = incident.resumed_at or datetime.combine(as_of + timedelta(days=1), datetime.min.time())
        stopped_for = max(until - incident.stopped_at, timedelta(0))
    return Figures(
        time_to_stop=None if incident.stopped_at is None else incident.stopped_at - incident.opened_at,
        time_to_first_contact=None if first_contact is None else first_contact - incident.opened_at,
        stopped_for=stopped_for,
        days_open=max((end - incident.opened_on).days, 0),
        steps_done=sum(1 for line in lines if line.done_at is not None),
        steps_total=len(lines),
    )


def duration_text(value: timedelta | None, lang: str) -> str:
    """12分, 3時間5分, 2日4時間 (or 12 min, 3 h 5 min, 2 d 4 h); "—" for none."""
    if value is None:
        return "—"
    minutes = int(value.total_seconds() // 60)
    sign = "-" if minutes < 0 else ""
    minutes = abs(minutes)
    d, rest = divmod(minutes, 24 * 60)
    h, m = divmod(rest, 60)
    if lang == "en":
        parts = ([f"{d} d"] if d else []) + ([f"{h} h"] if h else []) + ([f"{m} min"] if m or not (d or h) else [])
        return sign + " ".join(parts if not d else parts[:2])
    parts = ([f"{d}日"] if d else []) + ([f"{h}時間"] if h else []) + ([f"{m}分"] if m or not (d or h) else [])
    return sign + "".join(parts if not d else parts[:2])


def validate(record: IncidentRecord, troubles: Troubles) -> None:
    """Refuse what cannot be an incident, naming the field."""
    if not record.shop.strip():
        raise Problem("incident.shop_required")
    category = troubles.category(record.category)
    if not isinstance(record.opened_at, datetime):
        raise Problem("incident.opened_required")
    if record.branch and record.branch not in category.branches:
        raise Problem("incident.unknown_branch", branch=record.branch, category=record.category,
                      known=", ".join(category.branches) or "—")
    if record.resumed_at is not None:
        if record.stopped_at is None:
            raise Problem("incident.not_stopped", id=record.id or "")
        if record.resumed_at < record.stopped_at:
            raise Problem("incident.resume_before_stop", resumed=_minute(record.resumed_at),
                          stopped=_minute(record.stopped_at))
    if record.closed_on is not None and record.closed_on < record.opened_on:
        raise Problem("incident.close_before_open", closed=record.closed_on.isoformat(),
                      opened=record.opened_on.isoformat())
    for c in record.contacts:
        validate_contact(c)


def validate_contact(c: Contact) -> None:
    if c.party not in PARTIES:
        raise Problem("incident.unknown_party", party=c.party, known=", ".join(PARTIES))
    if c.direction not in DIRECTIONS:
        raise Problem("incident.unknown_direction", direction=c.direction, known=", ".join(DIRECTIONS))
    if not isinstance(c.at, datetime):
        raise Problem("incident.contact_time_required")


def _minute(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def minute_text(value: datetime | None) -> str:
    return "" if value is None else _minute(value)


__all__ = [
    "CATEGORIES", "PHASES", "PARTIES", "DIRECTIONS", "LINK_KINDS", "OPEN", "CLOSED", "Step", "Category",
    "Troubles", "load_troubles", "StepState", "Contact", "Link", "IncidentRecord", "ChecklistLine", "checklist",
    "Figures", "figures", "duration_text", "validate", "validate_contact", "minute_text",
]
