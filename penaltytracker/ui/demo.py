"""A small, realistic demo store (screenshots, trying the app out): three shops, one at level II."""

from __future__ import annotations

from datetime import date

from penaltytracker.core.model import WITHDRAWN, ViolationRecord

DEMO_TODAY = date(2026, 6, 12)

_ROWS = [
    # shop, points date, points, category, title, reference, status, occurred, details
    ("うさぎ雑貨店", "2025-03-04", 5, "shipping_delay", "発送遅延（注文 3件）", "VP-2025-0131", "", "2025-02-26", ""),
    ("うさぎ雑貨店", "2025-08-19", 15, "seller_cancellation", "在庫切れによる出店者都合キャンセル", "VP-2025-0458", "",
     "2025-08-12", "在庫連携の遅れで欠品"),
    ("うさぎ雑貨店", "2025-11-02", 20, "misleading_listing", "商品ページの「送料無料」表示", "VP-2025-0702", "",
     "2025-10-28", ""),
    ("うさぎ雑貨店", "2026-01-20", 5, "shipping_delay", "年末年始の発送遅延", "VP-2026-0044", "", "2026-01-06", ""),
    ("うさぎ雑貨店", "2026-02-14", 15, "seller_cancellation", "出店者都合キャンセル（バレンタイン限定品）",
     "VP-2026-0118", "", "2026-02-09", "予約数が在庫を上回った"),
    ("うさぎ雑貨店", "2026-03-25", 20, "misleading_listing", "二重価格表示", "VP-2026-0263", "", "2026-03-18",
     "比較対照価格の根拠なし"),
    ("うさぎ雑貨店", "2026-04-18", 5, "customer_response", "問い合わせへの返信遅れ", "VP-2026-0311", WITHDRAWN,
     "2026-04-10", "異議申し立てにより取り消し"),
    ("うさぎ雑貨店", "2026-06-05", 15, "seller_cancellation", "出店者都合キャンセル", "VP-2026-0420", "", "2026-06-01", ""),
    ("うさぎ雑貨店", "2026-06-09", 5, "shipping_delay", "発送遅延（注文 2件）", "VP-2026-0437", "", "2026-06-03", ""),
    ("うさぎ雑貨店", "2026-06-11", 5, "shipping_delay", "発送遅延", "VP-2026-0449", "", "2026-06-06", ""),
    ("北海マルシェ", "2026-02-02", 0, "shipping_delay", "発送遅延（初回のため猶予）", "VP-2026-0071", "", "2026-01-28", ""),
    ("北海マルシェ", "2026-06-08", 35, "prohibited_item", "出品禁止商品（要冷蔵品の常温配送）", "VP-2026-0429", "",
     "2026-06-01", "該当商品 4 点を即日非公開"),
    ("こもれび食品 楽天市場店", "2026-03-02", 5, "customer_response", "レビューへの不適切な返信", "VP-2026-0190", "",
     "2026-02-25", ""),
    ("こもれび食品 楽天市場店", "2026-05-12", 15, "seller_cancellation", "出店者都合キャンセル", "VP-2026-0377", "",
     "2026-05-08", ""),
]


def demo_records() -> list[ViolationRecord]:
    records = []
    for shop, pdate, points, cat, title, ref, status, occurred, details in _ROWS:
        records.append(ViolationRecord(shop=shop, points_date=date.fromisoformat(pdate), points=points, category=cat,
                                       title=title, reference=ref, status=status or "active",
                                       occurred_on=date.fromisoformat(occurred) if occurred else None,
                                       details=details))
    return records


def build_demo_store(path) -> None:
    from penaltytracker.store import import_violations, open_store

    store = open_store(path)
    try:
        import_violations(store, demo_records())
    finally:
        store.close()
