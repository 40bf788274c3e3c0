"""The evidence text of abusive orders, for a report to the marketplace's seller support.

What operators found works: objective facts, never emotion. One plain sentence of what
repeats ("同一商品が3日間に5回注文・キャンセルされました（代金引換）。"), then the history
numbered (①, ②, … or 1., 2., …), each entry with the date and time (JST), the order ID,
the payment method, the item name, ASIN and SKU, the subtotal and the status. The
text is the same for the clipboard, a text file and the PDF (Qt's PDF writer, the
embedded Japanese font, as reports/pdf.py).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Sequence

from penaltytracker.core.order_events import BUYER, ITEM, OrderCatalogue, OrderEvent, cost_of

_T = {
    "ja": {
        "item": "同一商品が{days}日間に{n}回{phrase}{payments}。",
        "buyer": "同一の購入者（{buyer}）により{days}日間に{n}回{phrase}{payments}。",
        "selection": "{days}日間に{n}回{phrase}{payments}。",
        "mixed": "注文され、{list}がありました", "mixed_item": "{name}{n}回", "mixed_join": "・",
        "payments": "（{list}）", "payment_join": "・",
        "shop": "店舗：{shop}", "span": "期間：{a} 〜 {b}（JST）",
        "when": "{at}（JST）", "order": "注文番号：{v}", "payment": "支払い方法：{v}", "name": "商品名：{v}",
        "codes": "ASIN：{asin}／SKU：{sku}", "subtotal": "小計：{v}", "status": "ステータス：{v}",
        "by": "{who}による", "extra_join": "・", "extra": "{main}（{extra}）",
        "unknown": "不明", "none": "—", "indent": "　",
        "cost": "出品者の負担：往復送料 {yen}、在庫の拘束 延べ{days}日", "title": "不審な注文の記録",
    },
    "en": {
        "item": "The same item was ordered {n} times in {days} days and {phrase}{payments}.",
        "buyer": "The same buyer ({buyer}) ordered {n} times in {days} days and {phrase}{payments}.",
        "selection": "Orders were placed {n} times in {days} days and {phrase}{payments}.",
        "mixed": "then {list}", "mixed_item": "{name} ×{n}", "mixed_join": ", ",
        "payments": " ({list})", "payment_join": ", ",
        "shop": "Shop: {shop}", "span": "Period: {a} to {b} (JST)",
        "when": "{at} JST", "order": "Order ID: {v}", "payment": "Payment method: {v}", "name": "Item: {v}",
        "codes": "ASIN: {asin} / SKU: {sku}", "subtotal": "Subtotal: {v}", "status": "Status: {v}",
        "by": "by the {who}", "extra_join": ", ", "extra": "{main} ({extra})",
        "unknown": "unknown", "none": "—", "indent": "   ",
        "cost": "Cost to the seller: shipping both ways {yen}, stock tied up {days} days in all",
        "title": "Record of suspicious orders",
    },
}

# ①..⑳, ㉑..㉟, ㊱..㊿: Unicode has circled numbers up to 50; later entries go on as "51."
_CIRCLED = ([chr(0x2460 + i) for i in range(20)] + [chr(0x3251 + i) for i in range(15)]
            + [chr(0x32B1 + i) for i in range(15)])


_CANCELS = {"cancel", "pending_cancel"}


def texts(lang: str) -> dict[str, str]:
    return _T["en" if lang == "en" else "ja"]


def number_mark(n: int, numbering: str = "circled") -> str:
    """The mark of entry n (1-based): ① … ㊿ then 51., or 1., 2., …"""
    if numbering == "circled" and 1 <= n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    return f"{n}."


def _yen(value: int | None, t: dict) -> str:
    return t["unknown"] if value is None else f"¥{value:,}"


def _minute(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M")


def _phrase(events: Sequence[OrderEvent], catalogue: OrderCatalogue, lang: str) -> str:
    counts = Counter(e.event for e in events)
    t = texts(lang)
    if set(counts) <= _CANCELS:  # pending or not, what repeats is "ordered and cancelled"
        counts = Counter({"cancel": len(events)})
    if len(counts) == 1:
        key = next(iter(counts))
        return catalogue.events[key].phrase(lang) if key in catalogue.events else key
    listed = t["mixed_join"].join(t["mixed_item"].format(name=catalogue.event_name(k, lang), n=n)
                                  for k, n in counts.most_common())
    return t["mixed"].format(list=listed)


def summary_sentence(events: Sequence[OrderEvent], catalogue: OrderCatalogue, kind: str, key: str = "",
                     lang: str = "ja") -> str:
    """The one plain sentence of what repeats, first line of the evidence."""
    t = texts(lang)
    events = sorted(events, key=lambda e: (e.occurred_at, e.order_id))
    days = (events[-1].occurred_at.date() - events[0].occurred_at.date()).days + 1
    payments = list(dict.fromkeys(catalogue.payment_name(e.payment, lang) for e in events if e.payment))
    shown = t["payments"].format(list=t["payment_join"].join(payments)) if payments else ""
    template = t["buyer"] if kind == BUYER else t["item"] if kind == ITEM else t["selection"]
    return template.format(days=days, n=len(events), phrase=_phrase(events, catalogue, lang), payments=shown,
                           buyer=key)


def _status(e: OrderEvent, catalogue: OrderCatalogue, t: dict, lang: str) -> str:
    main = catalogue.event_name(e.event, lang)
    extra = [x for x in (e.status.strip(),
                         t["by"].format(who=catalogue.cancelled_by_name(e.cancelled_by, lang)) if e.cancelled_by
                         else "") if x and x != main]
    return t["extra"].format(main=main, extra=t["extra_join"].join(extra)) if extra else main


def entry_lines(n: int, e: OrderEvent, catalogue: OrderCatalogue, lang: str, numbering: str) -> list[str]:
    t = texts(lang)
    pad = t["indent"]
    return [
        f"{number_mark(n, numbering)} {t['when'].format(at=_minute(e.occurred_at))}",
        pad + t["order"].format(v=e.order_id),
        pad + t["payment"].format(v=catalogue.payment_name(e.payment, lang) if e.payment else t["unknown"]),
        pad + t["name"].format(v=e.item or t["unknown"]),
        pad + t["codes"].format(asin=e.asin or t["none"], sku=e.sku or t["none"]),
        pad + t["subtotal"].format(v=_yen(e.subtotal, t)),
        pad + t["status"].format(v=_status(e, catalogue, t, lang)),
    ]


def evidence_text(events: Sequence[OrderEvent], catalogue: OrderCatalogue, *, kind: str, key: str = "",
                  shop: str = "", lang: str | None = None, numbering: str | None = None) -> str:
    """The whole evidence: the sentence, the shop and period, then every event numbered
    (oldest first), and what it cost the seller when that was recorded."""
    if not events:
        return ""
    lang = lang or catalogue.lang
    numbering = numbering or catalogue.numbering
    t = texts(lang)
    events = sorted(events, key=lambda e: (e.occurred_at, e.order_id))
    lines = [summary_sentence(events, catalogue, kind, key, lang)]
    if shop:
        lines.append(t["shop"].format(shop=shop))
    lines.append(t["span"].format(a=_minute(events[0].occurred_at), b=_minute(events[-1].occurred_at)))
    for n, e in enumerate(events, 1):
        lines.append("")
        lines.extend(entry_lines(n, e, catalogue, lang, numbering))
    yen, days = cost_of(list(events))
    if yen or days:
        lines.append("")
        lines.append(t["cost"].format(yen=f"¥{yen:,}", days=days))
    return "\n".join(lines) + "\n"


def save_text(path: str | Path, text: str) -> Path:
    """UTF-8 with BOM and CRLF (what Notepad and Excel in Japan read right), written whole or not at all."""
    from penaltytracker.reports.safe_write import atomic_write

    atomic_write(path, lambda fh: fh.write(text.replace("\r\n", "\n").replace("\n", "\r\n")), text=True,
                 encoding="utf-8-sig")
    return Path(path)


def evidence_pdf(text: str, title: str = "", lang: str = "ja") -> bytes:
    """The text on A4 pages in the embedded Japanese font (searchable, copyable). Needs
    pdf.ensure_gui() to have run on the main thread."""
    from html import escape

    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    from penaltytracker.reports.pdf import BASE_PT, DPI, MARGIN_MM, ensure_gui
    from penaltytracker.reports.safe_write import WriteError

    family = ensure_gui()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(title or texts(lang)["title"])
    writer.setCreator("PenaltyTracker")
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont(family)
    font.setPointSizeF(BASE_PT + 0.5)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    heading = f'<p style="font-size:13pt; color:#1e3a8a">{escape(title)}</p>' if title else ""
    body = "".join(f"<p>{escape(line) or '&nbsp;'}</p>" for line in text.splitlines())
    doc.setHtml(f"<html><body>{heading}{body}</body></html>")
    painter = QPainter()
    if not painter.begin(writer):
        raise WriteError("write.pdf_writer")
    try:
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QAbstractTextDocumentLayout

        height = writer.height()
        for page in range(doc.pageCount()):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.clip = QRectF(0, page * height, writer.width(), height)
            doc.documentLayout().draw(painter, ctx)
            painter.restore()
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data())


def save_pdf(path: str | Path, text: str, title: str = "", lang: str = "ja") -> Path:
    from penaltytracker.reports.safe_write import atomic_write

    content = evidence_pdf(text, title, lang)
    atomic_write(path, lambda fh: fh.write(content))
    return Path(path)


__all__ = ["texts", "number_mark", "summary_sentence", "entry_lines", "evidence_text", "save_text", "evidence_pdf",
           "save_pdf"]
