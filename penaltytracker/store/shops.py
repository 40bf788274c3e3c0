"""Shops: add, rename, merge, remove; get-or-create that survives two writers at once.

Names are cleaned of invisible characters before they are stored and compared as they
look (core/names.py), so "さくら雑貨" with a leading BOM finds the shop "さくら雑貨"
instead of making a second one. Each function is one transaction and is written to
the audit log (entity "shop").

Merging moves every row that points at the shop: the tables are found from the schema's
foreign keys, so a table added later moves too.
"""

from __future__ import annotations

import getpass
import json

from sqlalchemy import Table, and_, exists, func, select, update
from sqlalchemy.orm import Session

from penaltytracker.core.names import clean_name, name_key
from penaltytracker.messages import Msg, catalogue
from penaltytracker.store.engine import Store, StoreError
from penaltytracker.store.schema import AuditEntry, Base, Shop, utcnow

ENTITY = "shop"
NAME_LIMIT = Shop.__table__.c.name.type.length


def _not_found(name: str) -> StoreError:
    # NotFound lives with the violations (callers catch it from there); imported here when
    # needed because violations.py re-exports this module's functions.
    from penaltytracker.store.violations import NotFound

    return NotFound("shop.not_found", shop=name)


def _audit(session: Session, shop_id: int, action: str, changes: dict) -> None:
    try:
        user = getpass.getuser()
    except Exception:  # no login name (some services, containers)
        user = ""
    session.add(AuditEntry(os_user=user, entity=ENTITY, entity_id=shop_id, action=action,
                           changes=json.dumps(changes, ensure_ascii=False, default=str)))


def _checked(name: str) -> str:
    cleaned = clean_name(name)
    if not cleaned:
        raise StoreError("shop.name_empty")
    if len(cleaned) > NAME_LIMIT:
        raise StoreError("shop.name_too_long", limit=NAME_LIMIT)
    return cleaned


def _find(session: Session, name: str) -> tuple[int, str] | None:
    """(id, stored name) of the shop `name` means: the exact name (an index lookup), else
    the one that looks the same (NFKC, invisible characters, spaces)."""
    exact = session.execute(select(Shop.id, Shop.name).where(Shop.name == name)).first()
    if exact is not None:
        return exact[0], exact[1]
    cleaned = clean_name(name)
    if cleaned != name:
        exact = session.execute(select(Shop.id, Shop.name).where(Shop.name == cleaned)).first()
        if exact is not None:
            return exact[0], exact[1]
    key = name_key(name)
    if not key:
        return None
    for sid, stored in session.execute(select(Shop.id, Shop.name).order_by(Shop.id)):
        if name_key(stored) == key:
            return sid, stored
    return None


# --- the functions the rest of the store has always used ---------------------------------

def add_shop(store: Store, name: str, marketplace: str | None = None) -> int:
    cleaned = _checked(name)
    with store.session() as s, s.begin():
        found = _find(s, cleaned)
        if found is not None:
            raise StoreError("shop.exists", shop=found[1])
        shop = Shop(name=cleaned)
        if marketplace is not None:  # a key or name of resources/marketplaces (store/restrictions.py)
            from penaltytracker.store.restrictions import _as_store_error, marketplaces

            with _as_store_error():
                shop.marketplace = marketplaces.check_marketplace(marketplace)
        s.add(shop)
        s.flush()
        _audit(s, shop.id, "create", {"name": [None, cleaned]})
        return shop.id


def list_shops(store: Store) -> list[str]:
    with store.session() as s:
        return list(s.scalars(select(Shop.name).order_by(Shop.name)))


def shop_id(session: Session, name: str) -> int:
    found = _find(session, name)
    if found is None:
        raise _not_found(name)
    return found[0]


def _ensure_shop(session: Session, name: str, cache: dict[str, int]) -> int:
    """The shop's id, creating the shop if it is new. Safe when another program creates
    the same shop at the same moment: the insert does nothing on a name already taken
    (committed meanwhile), and the row is read again."""
    if name not in cache:
        found = _find(session, name)
        if found is None:
            cleaned = _checked(name)
            # A shop made on the way (an import, a new name in a dialog) is in the audit of
            # the record that named it; add/rename/merge/remove are audited as shop changes.
            sid = _insert_if_new(session, cleaned)
            if sid is None:  # another program created it a moment ago
                sid = session.scalar(select(Shop.id).where(Shop.name == cleaned))
            found = (sid, cleaned)
        cache[name] = found[0]
    return cache[name]


def _insert_if_new(session: Session, name: str) -> int | None:
    """INSERT ... ON CONFLICT (name) DO NOTHING RETURNING id: the new id, or None if the
    name was taken meanwhile."""
    dialect = session.get_bind().dialect.name
    values = {"name": name, "created_at": utcnow()}
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert
        else:
            from sqlalchemy.dialects.postgresql import insert
        return session.execute(insert(Shop.__table__).values(**values)
                               .on_conflict_do_nothing(index_elements=["name"]).returning(Shop.__table__.c.id)).scalar()
    from sqlalchemy.exc import IntegrityError

    try:  # other databases: a savepoint, and a lost race reads the winner's row
        with session.begin_nested():
            return session.execute(Shop.__table__.insert().values(**values).returning(Shop.__table__.c.id)).scalar()
    except IntegrityError:
        return None


# --- rename, merge, remove ---------------------------------------------------------------

def shop_tables() -> list[tuple[Table, str]]:
    """Every (table, column) that points at a shop, from the schema's foreign keys."""
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is Shop.__table__ and fk.column.name == "id":
                found.append((table, fk.parent.name))
    return found


def shop_record_counts(store: Store, name: str) -> dict[str, int]:
    """How many rows of each table belong to the shop (tables with none left out)."""
    with store.session() as s:
        sid = shop_id(s, name)
        return _counts(s, sid)


def _counts(session: Session, sid: int) -> dict[str, int]:
    counts = {}
    for table, column in shop_tables():
        n = session.scalar(select(func.count()).select_from(table).where(table.c[column] == sid))
        if n:
            counts[table.name] = counts.get(table.name, 0) + n
    return counts


def rename_shop(store: Store, old: str, new: str) -> str:
    """Give the shop a new name; refused if another shop has (or looks like) that name.
    Hands back the name as stored."""
    cleaned = _checked(new)
    with store.session() as s, s.begin():
        found = _find(s, old)
        if found is None:
            raise _not_found(old)
        sid, stored = found
        other = _find(s, cleaned)
        if other is not None and other[0] != sid:
            raise StoreError("shop.rename_taken", shop=stored, new=other[1])
        if cleaned != stored:
            s.execute(update(Shop).where(Shop.id == sid).values(name=cleaned))
            _bump_versions(s, sid)
            _audit(s, sid, "rename", {"name": [stored, cleaned]})
        return cleaned


def merge_shops(store: Store, source: str, into: str) -> dict[str, int]:
    """Move every record of `source` to `into` and remove `source`, in one transaction.
    Hands back how many rows of each table moved. Refused when both shops hold a row
    that may exist only once per shop (the same order number, say)."""
    with store.session() as s, s.begin():
        src, dst = _find(s, source), _find(s, into)
        if src is None:
            raise _not_found(source)
        if dst is None:
            raise _not_found(into)
        if src[0] == dst[0]:
            raise StoreError("shop.merge_same", shop=src[1])
        _refuse_clashes(s, src, dst)
        moved = {}
        for table, column in shop_tables():
            values = {column: dst[0]}
            if "version" in table.c:  # an edit opened before the merge is refused, not misfiled
                values["version"] = table.c.version + 1
            result = s.execute(update(table).where(table.c[column] == src[0]).values(**values))
            if result.rowcount:
                moved[table.name] = moved.get(table.name, 0) + result.rowcount
        s.execute(Shop.__table__.delete().where(Shop.id == src[0]))
        _audit(s, src[0], "merge", {"name": [src[1], None], "merged_into": dst[1], "moved": moved})
        _audit(s, dst[0], "merge", {"merged_from": src[1], "moved": moved})
        return moved


def remove_shop(store: Store, name: str) -> None:
    """Remove a shop that holds no records; refused (with the counts) otherwise."""
    with store.session() as s, s.begin():
        found = _find(s, name)
        if found is None:
            raise _not_found(name)
        sid, stored = found
        counts = _counts(s, sid)
        if counts:
            raise StoreError("shop.not_empty", shop=stored, records=records_text(counts))
        s.execute(Shop.__table__.delete().where(Shop.id == sid))
        _audit(s, sid, "delete", {"name": [stored, None]})


def records_text(counts: dict[str, int]) -> list[Msg]:
    """Each table's count as a message ("違反 3件"), for the operator."""
    return [Msg(f"shop.records.{table}", n=n) if f"shop.records.{table}" in catalogue()
            else Msg("shop.records.other", table=table, n=n) for table, n in counts.items()]


def _bump_versions(session: Session, sid: int) -> None:
    # The records' shop name changed: an edit dialog opened before would save under the old name.
    for table, column in shop_tables():
        if "version" in table.c:
            session.execute(update(table).where(table.c[column] == sid).values(version=table.c.version + 1))


def _refuse_clashes(session: Session, src: tuple[int, str], dst: tuple[int, str]) -> None:
    for table, column in shop_tables():
        for columns, where in _unique_column_sets(table):
            if column not in columns:
                continue
            others = [c for c in columns if c != column]
            if not others:
                continue
            a, b = table.alias("a"), table.alias("b")
            same = and_(b.c[column] == dst[0], *[b.c[c] == a.c[c] for c in others])
            # A partial index (a 管理番号, where one is given) only holds its rows to it.
            given = [a.c[c] != "" for c in others] if where else []
            clash = session.execute(select(*[a.c[c] for c in others]).where(a.c[column] == src[0], *given,
                                                                             exists().where(same)).limit(3)).all()
            if clash:
                values = "、".join(", ".join(str(v) for v in row) for row in clash)
                what = Msg(f"shop.clash.{table.name}") if f"shop.clash.{table.name}" in catalogue() else table.name
                raise StoreError("shop.merge_clash", shop=src[1], into=dst[1], table=what, values=values)


def _unique_column_sets(table: Table) -> list[tuple[list[str], bool]]:
    """Each unique column set, and whether it holds only some rows (a partial index:
    the violations' 管理番号 where one is given)."""
    from sqlalchemy import UniqueConstraint

    sets = [([c.name for c in con.columns], False) for con in table.constraints if isinstance(con, UniqueConstraint)]
    sets += [([c.name for c in ix.columns], ix.dialect_options["sqlite"].get("where") is not None)
             for ix in table.indexes if ix.unique]
    return sets


__all__ = ["add_shop", "list_shops", "shop_id", "rename_shop", "merge_shops", "remove_shop",
           "shop_record_counts", "shop_tables", "records_text"]
