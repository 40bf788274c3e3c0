"""Incidents from the command line: open, list, tick steps, stop and resume, contacts, links, close."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import datetime

from penaltytracker.cli.context import BadInput, Context
from penaltytracker.messages import Problem, message


def register(sub, import_sub, export_sub) -> None:
    from penaltytracker.cli.commands import day
    from penaltytracker.cli.parser import h

    inc = sub.add_parser("incident", help=h("incident"))
    inc = inc.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = inc.add_parser("add", help=h("incident_add"))
    p.add_argument("--shop", required=True)
    p.add_argument("--on", required=True, type=moment, help=h("incident_on"))
    p.add_argument("--category", required=True, help=h("incident_category"))
    p.add_argument("--summary", default="")
    p.add_argument("--affected", default="", help=h("incident_affected"))
    p.add_argument("--branch", default="", help=h("incident_branch"))
    p.add_argument("--stop-all", action="store_true", help=h("incident_stop_all"))
    p.set_defaults(handler=incident_add)

    p = inc.add_parser("list", help=h("incident_list"))
    p.add_argument("--shop", required=True)
    p.add_argument("--open", action="store_true", help=h("incident_open"))
    p.add_argument("--as-of", type=day, help=h("as_of"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=incident_list)

    p = inc.add_parser("show", help=h("incident_show"))
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=incident_show)

    p = inc.add_parser("steps", help=h("incident_steps"))
    p.add_argument("--category", required=True)
    p.set_defaults(handler=incident_steps)

    p = inc.add_parser("tick", help=h("incident_tick"))
    p.add_argument("id", type=int)
    p.add_argument("step")
    p.add_argument("--at", type=moment)
    p.add_argument("--undo", action="store_true", help=h("incident_undo"))
    p.set_defaults(handler=incident_tick)

    p = inc.add_parser("stop", help=h("incident_stop"))
    p.add_argument("id", type=int)
    p.add_argument("--at", type=moment)
    p.set_defaults(handler=incident_stop)

    p = inc.add_parser("resume", help=h("incident_resume"))
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True)
    p.add_argument("--at", type=moment)
    p.set_defaults(handler=incident_resume)

    p = inc.add_parser("contact", help=h("incident_contact"))
    p.add_argument("id", type=int)
    p.add_argument("--party", required=True, choices=("buyer", "support", "other"))
    p.add_argument("--channel", default="", help=h("incident_channel"))
    p.add_argument("--direction", default="out", choices=("out", "in"), help=h("incident_direction"))
    p.add_argument("--summary", default="")
    p.add_argument("--at", type=moment)
    p.set_defaults(handler=incident_contact)

    p = inc.add_parser("link", help=h("incident_link"))
    p.add_argument("id", type=int)
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--violation", type=int)
    target.add_argument("--shipment", type=int)
    p.add_argument("--remove", action="store_true")
    p.set_defaults(handler=incident_link)

    p = inc.add_parser("close", help=h("incident_close"))
    p.add_argument("id", type=int)
    p.add_argument("--on", required=True, type=day)
    p.add_argument("--note", default="")
    p.set_defaults(handler=incident_close)
    p = inc.add_parser("reopen", help=h("incident_reopen"))
    p.add_argument("id", type=int)
    p.set_defaults(handler=incident_reopen)

    p = export_sub.add_parser("incidents", help=h("export_incidents"))
    p.add_argument("file")
    p.add_argument("--shop")
    p.add_argument("--as-of", type=day)
    p.set_defaults(handler=export_incidents)


# --- argument types ---------------------------------------------------------------------------

def moment(text: str) -> tuple[datetime, bool]:
    """YYYY-MM-DD[THH:MM] → (the time, whether a time of day was given)."""
    from penaltytracker.reports.order_events_csv import parse_datetime

    from penaltytracker.cli.parser import current_language

    try:
        return parse_datetime(text), re.search(r"\d:\d\d", text) is not None
    except ValueError as exc:  # the reader's own words are English: say it in the user's language
        lang = current_language()
        said = exc.text(lang) if isinstance(exc, Problem) else message("cli.bad_moment", lang, value=text)
        raise argparse.ArgumentTypeError(said) from None


def now_in_japan(ctx: Context) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo(ctx.rules().timezone)).replace(tzinfo=None, second=0, microsecond=0)


def when(ctx: Context, given) -> datetime:
    """The time given, or now; a date alone is today's current time, another day's 00:00."""
    now = now_in_japan(ctx)
    if given is None:
        return now
    value, has_time = given
    if not has_time and value.date() == now.date():
        return now
    return value


def troubles():
    from penaltytracker.core.incidents import load_troubles

    try:
        return load_troubles()
    except Problem as exc:
        raise BadInput(exc) from None


def _category(key: str):
    try:
        return troubles().category(key)
    except Problem as exc:
        raise BadInput(exc) from None


# --- handlers -----------------------------------------------------------------------------------

def incident_add(ctx: Context, args) -> int:
    from penaltytracker.core.incidents import IncidentRecord
    from penaltytracker.store.incidents import add_incident

    _category(args.category)
    opened = when(ctx, args.on)
    record = IncidentRecord(shop=args.shop, opened_at=opened, category=args.category, summary=args.summary,
                            affected=args.affected, branch=args.branch,
                            stopped_at=opened if args.stop_all else None)
    saved = ctx.guard(add_incident, ctx.store(), record, troubles())
    print(saved.id)
    return 0


def _iso(value) -> str | None:
    return None if value is None else value.isoformat(timespec="minutes") if isinstance(value, datetime) \
        else value.isoformat()


def _minutes(value) -> int | None:
    return None if value is None else int(value.total_seconds() // 60)


def incident_json(r, as_of, lang: str) -> dict:
    from penaltytracker.core.incidents import checklist, figures

    t = troubles()
    f = figures(r, t, as_of)
    return {
        "id": r.id, "shop": r.shop, "category": r.category, "category_name": t.category(r.category).name(lang),
        "opened_at": _iso(r.opened_at), "opened_on": r.opened_on.isoformat(), "summary": r.summary,
        "affected": r.affected, "branch": r.branch or None, "stopped_at": _iso(r.stopped_at),
        "resumed_at": _iso(r.resumed_at), "resume_reason": r.resume_reason or None, "state": r.state(as_of),
        "closed_on": _iso(r.closed_on),
        "checklist": [{"step": line.step.key, "phase": line.step.phase, "branch": line.step.branch or None,
                       "text": line.step.text(lang), "done_at": _iso(line.done_at)} for line in checklist(r, t)],
        "contacts": [{"at": _iso(c.at), "party": c.party, "channel": c.channel, "direction": c.direction,
                      "summary": c.summary} for c in r.contacts],
        "links": [{"kind": link.kind, "id": link.target_id} for link in r.links],
        "minutes_to_stop": _minutes(f.time_to_stop), "minutes_to_first_contact": _minutes(f.time_to_first_contact),
        "days_open": f.days_open, "steps_done": f.steps_done, "steps_total": f.steps_total,
    }


def _dump(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()


def incident_list(ctx: Context, args) -> int:
    from penaltytracker.core.incidents import figures
    from penaltytracker.store.incidents import list_incidents

    as_of = args.as_of or ctx.today()
    records = ctx.guard(list_incidents, ctx.store(), args.shop, open_only=args.open, as_of=as_of)
    if args.json:
        _dump([incident_json(r, as_of, ctx.lang) for r in records])
        return 0
    t = troubles()
    for r in records:
        f = figures(r, t, as_of)
        state = message(f"incident.state.{r.state(as_of)}", ctx.lang)
        stopped = message("incident.cli.stopped", ctx.lang) if r.stopped_at and not r.resumed_at else ""
        print("\t".join([str(r.id), r.opened_at.strftime("%Y-%m-%d %H:%M"), t.category(r.category).name(ctx.lang),
                         state, f"{f.steps_done}/{f.steps_total}", stopped, r.summary]))
    return 0


def incident_show(ctx: Context, args) -> int:
    from penaltytracker.core.incidents import DIRECTIONS, PARTIES, checklist, duration_text, figures
    from penaltytracker.store.incidents import get_incident

    r = ctx.guard(get_incident, ctx.store(), args.id)
    as_of = ctx.today()
    if args.json:
        _dump(incident_json(r, as_of, ctx.lang))
        return 0
    t = troubles()
    cat = t.category(r.category)
    f = figures(r, t, as_of)
    lang = ctx.lang
    print(f"{r.id}\t{r.shop}\t{cat.name(lang)}\t{message(f'incident.state.{r.state(as_of)}', lang)}")
    print(cat.urgency(lang))
    for line in checklist(r, t):
        mark = "[x]" if line.done_at else "[ ]"
        done = line.done_at.strftime(" %Y-%m-%d %H:%M") if line.done_at else ""
        branch = f" {line.step.branch}" if line.step.branch else ""
        print(f"{mark} {line.step.key} ({t.phase_name(line.step.phase, lang)}{branch}){done}: {line.step.text(lang)}")
    print(message("incident.cli.figures", lang, stop=duration_text(f.time_to_stop, lang),
                  contact=duration_text(f.time_to_first_contact, lang), days=f.days_open))
    for c in r.contacts:
        party = message(f"incident.cli.party.{c.party}", lang) if c.party in PARTIES else c.party
        direction = message(f"incident.cli.direction.{c.direction}", lang) if c.direction in DIRECTIONS else c.direction
        print(f"  {c.at:%Y-%m-%d %H:%M}\t{party}\t{direction}\t{c.channel}\t{c.summary}")
    return 0


def incident_steps(ctx: Context, args) -> int:
    t = troubles()
    cat = _category(args.category)
    print(f"{cat.name(ctx.lang)}: {cat.urgency(ctx.lang)}")
    for s in cat.steps:
        branch = f" {s.branch}" if s.branch else ""
        print(f"{s.key}\t{t.phase_name(s.phase, ctx.lang)}{branch}\t{s.text(ctx.lang)}")
    return 0


def incident_tick(ctx: Context, args) -> int:
    from penaltytracker.store.incidents import tick_step

    at = None if args.undo else when(ctx, args.at)
    saved = ctx.guard(tick_step, ctx.store(), args.id, args.step, at, troubles())
    done = saved.done_at(args.step)
    print(message("incident.cli.ticked" if done else "incident.cli.unticked", ctx.lang, id=saved.id, step=args.step,
                  at=done.strftime("%Y-%m-%d %H:%M") if done else ""))
    return 0


def incident_stop(ctx: Context, args) -> int:
    from penaltytracker.store.incidents import stop_selling

    saved = ctx.guard(stop_selling, ctx.store(), args.id, when(ctx, args.at))
    print(message("incident.cli.stopped_at", ctx.lang, id=saved.id, at=saved.stopped_at.strftime("%Y-%m-%d %H:%M")))
    return 0


def incident_resume(ctx: Context, args) -> int:
    from penaltytracker.store.incidents import resume_selling

    saved = ctx.guard(resume_selling, ctx.store(), args.id, when(ctx, args.at), args.reason)
    print(message("incident.cli.resumed_at", ctx.lang, id=saved.id, at=saved.resumed_at.strftime("%Y-%m-%d %H:%M")))
    return 0


def incident_contact(ctx: Context, args) -> int:
    from penaltytracker.core.incidents import Contact
    from penaltytracker.store.incidents import add_contact

    contact = Contact(at=when(ctx, args.at), party=args.party, channel=args.channel, direction=args.direction,
                      summary=args.summary)
    saved = ctx.guard(add_contact, ctx.store(), args.id, contact)
    print(message("incident.cli.contact_logged", ctx.lang, id=saved.id, n=len(saved.contacts)))
    return 0


def incident_link(ctx: Context, args) -> int:
    from penaltytracker.store.incidents import link

    kind, target = ("violation", args.violation) if args.violation is not None else ("shipment", args.shipment)
    saved = ctx.guard(link, ctx.store(), args.id, kind, target, remove=args.remove)
    print(" ".join(f"{x.kind}:{x.target_id}" for x in saved.links))
    return 0


def incident_close(ctx: Context, args) -> int:
    from penaltytracker.store.incidents import close_incident

    saved = ctx.guard(close_incident, ctx.store(), args.id, args.on, args.note)
    print(message("incident.cli.closed", ctx.lang, id=saved.id, on=saved.closed_on.isoformat()))
    return 0


def incident_reopen(ctx: Context, args) -> int:
    from penaltytracker.store.incidents import close_incident

    saved = ctx.guard(close_incident, ctx.store(), args.id, None)
    print(message("incident.cli.reopened", ctx.lang, id=saved.id))
    return 0


def export_incidents(ctx: Context, args) -> int:
    from penaltytracker.reports.order_events_csv import write_incidents
    from penaltytracker.store.incidents import list_incidents

    records = ctx.guard(list_incidents, ctx.store(), args.shop)
    count = ctx.guard(write_incidents, args.file, records, troubles(), args.as_of or ctx.today())
    print(message("incident.cli.exported", ctx.lang, n=count, file=args.file))
    return 0


__all__ = ["register", "moment", "when", "now_in_japan"]
