"""Incidents: the triage record, its ticked steps, contacts and links. One transaction per
call, core values out, every change in the audit history (entity "incident")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from penaltytracker.core.incidents import (
    LINK_KINDS, Contact, IncidentRecord, Link, StepState, Troubles, load_troubles, minute_text, validate,
    validate_contact,
)
from penaltytracker.messages import Problem
from penaltytracker.store.engine import Store, StoreError
from penaltytracker.store.schema import (
    Incident, IncidentContact, IncidentLink, IncidentStep, Shipment, Shop, Violation, utcnow,
)
from penaltytracker.store.violations import NotFound, StaleEdit, _audit, _ensure_shop, shop_id

ENTITY = "incident"
_FIELDS = ("opened_at", "category", "summary", "affected", "branch", "stopped_at", "resumed_at", "resume_reason",
           "closed_on", "close_note")
_LIMITS = {"shop": 200}


def _troubles(troubles: Troubles | None) -> Troubles:
    return troubles or load_troubles()


def _refusal(check, *args) -> None:
    """Run a core check; its Problem becomes the store's refusal (same code and words), so
    the window and the command line treat it as any other refused change."""
    try:
        check(*args)
    except StoreError:
        raise
    except Problem as exc:
        raise StoreError(exc.code, **exc.params) from None


def _check(record: IncidentRecord, troubles: Troubles) -> None:
    _refusal(validate, record, troubles)
    if len(record.shop.strip()) > _LIMITS["shop"]:
        raise StoreError("incident.too_long", field="shop", limit=_LIMITS["shop"])


def _row(s: Session, incident_id: int) -> tuple[Incident, str]:
    found = s.execute(select(Incident, Shop.name).join(Shop, Shop.id == Incident.shop_id)
                      .where(Incident.id == incident_id)).first()
    if found is None:
        raise NotFound("incident.not_found", id=incident_id)
    return found[0], found[1]


def _to_record(s: Session, row: Incident, shop: str) -> IncidentRecord:
    steps = tuple(StepState(step, done) for step, done in s.execute(
        select(IncidentStep.step, IncidentStep.done_at).where(IncidentStep.incident_id == row.id)
        .order_by(IncidentStep.done_at, IncidentStep.id)))
    contacts = tuple(Contact(at=c.at, party=c.party, channel=c.channel, direction=c.direction, summary=c.summary,
                             id=c.id) for c in s.scalars(
        select(IncidentContact).where(IncidentContact.incident_id == row.id)
        .order_by(IncidentContact.at, IncidentContact.id)))
    links = tuple(Link(kind, target) for kind, target in s.execute(
        select(IncidentLink.kind, IncidentLink.target_id).where(IncidentLink.incident_id == row.id)
        .order_by(IncidentLink.kind, IncidentLink.target_id)))
    return IncidentRecord(shop=shop, id=row.id, version=row.version, steps=steps, contacts=contacts, links=links,
                          **{f: getattr(row, f) for f in _FIELDS})


def _values(record: IncidentRecord) -> dict:
    values = {f: getattr(record, f) for f in _FIELDS}
    for f in ("summary", "affected", "branch", "resume_reason", "close_note"):
        values[f] = (values[f] or "").strip()
    return values


def _touch(row: Incident) -> None:
    row.updated_at = utcnow()  # bumps the version: a stale edit elsewhere is refused


# --- one incident ---------------------------------------------------------------------------

def add_incident(store: Store, record: IncidentRecord, troubles: Troubles | None = None) -> IncidentRecord:
    """Open an incident. A record with an id (undo of a delete) comes back under that id with
    its ticked steps, contacts and links."""
    troubles = _troubles(troubles)
    _check(record, troubles)
    shop = record.shop.strip()
    with store.session() as s, s.begin():
        row = Incident(shop_id=_ensure_shop(s, shop, {}), **_values(record))
        if record.id is not None:
            row.id = record.id
        s.add(row)
        s.flush()
        for st in record.steps:
            if st.done_at is not None:
                s.add(IncidentStep(incident_id=row.id, step=st.step, done_at=st.done_at))
        for c in record.contacts:
            s.add(IncidentContact(incident_id=row.id, at=c.at, party=c.party, channel=c.channel.strip(),
                                  direction=c.direction, summary=c.summary.strip()))
        for link in record.links:
            s.add(IncidentLink(incident_id=row.id, kind=link.kind, target_id=link.target_id))
        s.flush()
        _audit(s, row.id, "create", {k: [None, v] for k, v in _values(record).items()} | {"shop": [None, shop]},
               entity=ENTITY)
        return _to_record(s, row, shop)


def get_incident(store: Store, incident_id: int) -> IncidentRecord:
    with store.session() as s:
        return _to_record(s, *_row(s, incident_id))


def list_incidents(store: Store, shop: str | None = None, *, open_only: bool = False,
                   as_of: date | None = None) -> list[IncidentRecord]:
    """The incidents (of one shop) opened by as_of's end, newest first; open_only: those
    still open on as_of (closed later counts as open then)."""
    with store.session() as s:
        q = select(Incident, Shop.name).join(Shop, Shop.id == Incident.shop_id)
        if shop:
            q = q.where(Incident.shop_id == shop_id(s, shop))
        if as_of is not None:
            q = q.where(Incident.opened_at < datetime.combine(as_of, datetime.max.time()))
        if open_only:
            q = q.where(Incident.closed_on.is_(None) if as_of is None
                        else or_(Incident.closed_on.is_(None), Incident.closed_on > as_of))
        q = q.order_by(Incident.opened_at.desc(), Incident.id.desc())
        return [_to_record(s, row, name) for row, name in s.execute(q)]


def update_incident(store: Store, record: IncidentRecord, troubles: Troubles | None = None) -> IncidentRecord:
    """Save the incident's own fields (not steps, contacts or links). Refused if stale."""
    troubles = _troubles(troubles)
    _check(record, troubles)
    if record.id is None:
        raise StoreError("incident.never_saved")
    try:
        with store.session() as s, s.begin():
            row, shop = _row(s, record.id)
            if record.version is not None and row.version != record.version:
                raise StaleEdit("incident.stale", id=record.id)
            changes = {}
            for f, new in _values(record).items():
                old = getattr(row, f)
                if old != new:
                    changes[f] = [old, new]
                    setattr(row, f, new)
            if record.shop.strip() != shop:
                changes["shop"] = [shop, record.shop.strip()]
                row.shop_id = _ensure_shop(s, record.shop.strip(), {})
                shop = record.shop.strip()
            if changes:
                s.flush()
                _audit(s, row.id, "edit", changes, entity=ENTITY)
            return _to_record(s, row, shop)
    except StaleDataError:
        raise StaleEdit("incident.stale", id=record.id) from None


def delete_incident(store: Store, incident_id: int) -> IncidentRecord:
    """Delete with its steps, contacts and links; hand back the whole record for undo."""
    with store.session() as s, s.begin():
        row, shop = _row(s, incident_id)
        record = _to_record(s, row, shop)
        for table in (IncidentStep, IncidentContact, IncidentLink):
            s.execute(delete(table).where(table.incident_id == incident_id))
        s.delete(row)
        _audit(s, incident_id, "delete", {k: [v, None] for k, v in _values(record).items()}, entity=ENTITY)
        return record


def _change(store: Store, incident_id: int, apply, troubles: Troubles | None = None) -> IncidentRecord:
    """Read, let `apply(session, row, record)` change it and say what for the audit, save."""
    troubles = _troubles(troubles)
    with store.session() as s, s.begin():
        row, shop = _row(s, incident_id)
        action, changes = apply(s, row, _to_record(s, row, shop), troubles)
        _touch(row)
        s.flush()
        after = _to_record(s, row, shop)
        _check(after, troubles)
        _audit(s, incident_id, action, changes, entity=ENTITY)
        return after


# --- the checklist ------------------------------------------------------------------------------

def tick_step(store: Store, incident_id: int, step: str, at: datetime | None,
              troubles: Troubles | None = None) -> IncidentRecord:
    """Tick a step at `at` (again: the new time wins); at=None unticks it."""

    def apply(s, row, record, troubles):
        known = [st.key for st in troubles.category(row.category).steps_for(row.branch)]
        if step not in known:
            raise StoreError("incident.unknown_step", step=step, category=row.category, known=", ".join(known))
        before = record.done_at(step)
        s.execute(delete(IncidentStep).where(IncidentStep.incident_id == row.id, IncidentStep.step == step))
        if at is not None:
            s.add(IncidentStep(incident_id=row.id, step=step, done_at=at))
        return ("tick" if at is not None else "untick"), {step: [minute_text(before) or None, minute_text(at) or None]}

    return _change(store, incident_id, apply, troubles)


# --- stop everything, resume ------------------------------------------------------------------------

def stop_selling(store: Store, incident_id: int, at: datetime | None) -> IncidentRecord:
    """Record when selling stopped ("stop everything"); at=None takes the record back."""

    def apply(s, row, record, troubles):
        if at is not None and row.stopped_at is not None:
            raise StoreError("incident.already_stopped", id=row.id, at=minute_text(row.stopped_at))
        if at is None and row.resumed_at is not None:
            raise StoreError("incident.already_resumed", id=row.id, at=minute_text(row.resumed_at))
        before, row.stopped_at = row.stopped_at, at
        return "stop" if at is not None else "unstop", {"stopped_at": [before, at]}

    return _change(store, incident_id, apply)


def resume_selling(store: Store, incident_id: int, at: datetime | None, reason: str = "") -> IncidentRecord:
    """Record when selling resumed and why; at=None takes it back."""

    def apply(s, row, record, troubles):
        if at is not None:
            if row.stopped_at is None:
                raise StoreError("incident.not_stopped", id=row.id)
            if row.resumed_at is not None:
                raise StoreError("incident.already_resumed", id=row.id, at=minute_text(row.resumed_at))
            if not reason.strip():
                raise StoreError("incident.reason_required")
        changes = {"resumed_at": [row.resumed_at, at], "resume_reason": [row.resume_reason, reason.strip()]}
        row.resumed_at, row.resume_reason = at, reason.strip() if at is not None else ""
        return "resume" if at is not None else "unresume", changes

    return _change(store, incident_id, apply)


# --- closing -------------------------------------------------------------------------------------------

def close_incident(store: Store, incident_id: int, on: date | None, note: str = "") -> IncidentRecord:
    """Close on `on` (on=None reopens)."""

    def apply(s, row, record, troubles):
        if on is not None and row.closed_on is not None:
            raise StoreError("incident.already_closed", id=row.id, on=row.closed_on.isoformat())
        changes = {"closed_on": [row.closed_on, on], "close_note": [row.close_note, note.strip()]}
        row.closed_on, row.close_note = on, note.strip() if on is not None else ""
        return "close" if on is not None else "reopen", changes

    return _change(store, incident_id, apply)


# --- contacts -------------------------------------------------------------------------------------------

def add_contact(store: Store, incident_id: int, contact: Contact) -> IncidentRecord:
    _refusal(validate_contact, contact)
    if len(contact.channel.strip()) > 100:
        raise StoreError("incident.too_long", field="channel", limit=100)

    def apply(s, row, record, troubles):
        s.add(IncidentContact(incident_id=row.id, at=contact.at, party=contact.party,
                              channel=contact.channel.strip(), direction=contact.direction,
                              summary=contact.summary.strip()))
        return "contact", {"contact": [None, {"at": minute_text(contact.at), "party": contact.party,
                                              "channel": contact.channel.strip(), "direction": contact.direction,
                                              "summary": contact.summary.strip()}]}

    return _change(store, incident_id, apply)


def delete_contact(store: Store, contact_id: int) -> tuple[int, Contact]:
    """Remove a contact; hand back (incident id, the contact) so undo can add it again."""
    with store.session() as s, s.begin():
        row = s.get(IncidentContact, contact_id)
        if row is None:
            raise NotFound("incident.contact_not_found", id=contact_id)
        contact = Contact(at=row.at, party=row.party, channel=row.channel, direction=row.direction,
                          summary=row.summary, id=row.id)
        incident = s.get(Incident, row.incident_id)
        s.delete(row)
        _touch(incident)
        _audit(s, row.incident_id, "uncontact", {"contact": [{"at": minute_text(row.at), "party": row.party,
                                                              "summary": row.summary}, None]}, entity=ENTITY)
        return row.incident_id, contact


# --- links to what the incident caused ------------------------------------------------------------------

def link(store: Store, incident_id: int, kind: str, target_id: int, *, remove: bool = False) -> IncidentRecord:
    """Link the incident to a violation or a late shipment of the same shop (remove=True unlinks)."""
    if kind not in LINK_KINDS:
        raise StoreError("incident.unknown_link_kind", kind=kind, known=", ".join(LINK_KINDS))

    def apply(s, row, record, troubles):
        where = (IncidentLink.incident_id == row.id, IncidentLink.kind == kind, IncidentLink.target_id == target_id)
        if remove:
            s.execute(delete(IncidentLink).where(*where))
            return "unlink", {kind: [target_id, None]}
        table = Violation if kind == "violation" else Shipment
        owner = s.scalar(select(table.shop_id).where(table.id == target_id))
        if owner is None:
            raise NotFound("incident.link_target_missing", kind=kind, id=target_id)
        if owner != row.shop_id:
            raise StoreError("incident.link_other_shop", kind=kind, id=target_id)
        if s.scalar(select(IncidentLink.id).where(*where)) is None:
            s.add(IncidentLink(incident_id=row.id, kind=kind, target_id=target_id))
        return "link", {kind: [None, target_id]}

    return _change(store, incident_id, apply)


def incidents_linked_to(store: Store, kind: str, target_id: int) -> list[int]:
    with store.session() as s:
        return list(s.scalars(select(IncidentLink.incident_id).where(
            IncidentLink.kind == kind, IncidentLink.target_id == target_id).order_by(IncidentLink.incident_id)))


def history(store: Store, incident_id: int) -> list[dict]:
    """The incident's audit history, oldest first."""
    import json

    from penaltytracker.store.schema import AuditEntry

    with store.session() as s:
        q = (select(AuditEntry).where(AuditEntry.entity == ENTITY, AuditEntry.entity_id == incident_id)
             .order_by(AuditEntry.at, AuditEntry.id))
        return [{"at": e.at, "user": e.os_user, "action": e.action, "changes": json.loads(e.changes)}
                for e in s.scalars(q)]


def without_ids(record: IncidentRecord) -> IncidentRecord:
    """The record as undo puts it back: its own id kept, contacts' ids dropped, no version."""
    return replace(record, version=None, contacts=tuple(replace(c, id=None) for c in record.contacts))


__all__ = [
    "ENTITY", "add_incident", "get_incident", "list_incidents", "update_incident", "delete_incident", "tick_step",
    "stop_selling", "resume_selling", "close_incident", "add_contact", "delete_contact", "link",
    "incidents_linked_to", "history", "without_ids",
]


# --- what is due (a source of store/reminders.py) ----------------------------------------------

from datetime import timedelta  # noqa: E402  (this section's own, kept with it)

from penaltytracker.core.reminders import Reminder, RuleName  # noqa: E402
from penaltytracker.messages import Msg  # noqa: E402

INCIDENT_OPEN = "incident_open"


class CategoryName(RuleName):
    """An incident's category, worded from the troubles file in the user's language."""

    def text(self, rules, lang: str) -> str:
        found = load_troubles().categories.get(self.key)
        return found.name(lang) if found else self.key


def remind_open_after_days() -> int:
    """Days an incident may stay open before it is listed as due (incidents.toml, [troubles]
    remind_open_after_days; a copy of the file without the key takes the bundled value)."""
    import tomllib

    from penaltytracker.core.incidents import troubles_file
    from penaltytracker.paths import resources_dir

    for path in (troubles_file(), resources_dir() / "troubles" / "incidents.toml"):
        try:
            with open(path, "rb") as fh:
                days = tomllib.load(fh).get("troubles", {}).get("remind_open_after_days")
        except (OSError, tomllib.TOMLDecodeError):
            continue
        if isinstance(days, int) and not isinstance(days, bool) and days >= 0:
            return days
    raise StoreError("incident.bad_data_file", file=str(troubles_file()),
                     detail=Msg("data.missing_or_wrong", what="troubles.remind_open_after_days"))


def reminders(store: Store, rules, as_of: date, within: int) -> list[Reminder]:
    """`incident_open`: open on as_of and opened at least remind_open_after_days before it;
    due that day. Says so when selling was never stopped (the standing rule: stop first)."""
    after = remind_open_after_days()
    found = []
    for r in list_incidents(store, open_only=True, as_of=as_of):
        due = r.opened_on + timedelta(days=after)
        if due > as_of:
            continue
        stopped = r.stopped_at is not None and r.stopped_at.date() <= as_of  # stopped later: not yet
        code = "reminder.incident_open" if stopped else "reminder.incident_open_not_stopped"
        found.append(Reminder(INCIDENT_OPEN, r.shop, due,
                              Msg(code, id=r.id, category=CategoryName("incident_category", r.category),
                                  opened=r.opened_on, days=(as_of - r.opened_on).days),
                              key=f"{INCIDENT_OPEN}:{r.shop}:{r.id}"))
    return found
