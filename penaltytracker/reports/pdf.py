"""The status summary as a PDF: A4 portrait, Japanese by default, fonts embedded.

Built with Qt's PDF writer (QtGui only, no widgets). The text is real text in the
embedded IPAex Gothic, so it can be selected and searched, Japanese included; the
charts are painted as vector drawings with the same font (pdf_charts.py), looking as
the app's matplotlib charts do, without loading matplotlib.

Gathering the figures (`collect`) needs the store; drawing (`render`) needs only those
figures, so the app can gather on its UI thread and draw on a worker thread.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from penaltytracker.core.model import ViolationRecord
from penaltytracker.messages import message
from penaltytracker.reports.notice_text import notice_lines
from penaltytracker.core.rules import RuleSet
from penaltytracker.core.shipping import ShippingSummary, WeekPoint
from penaltytracker.core.status import ShopStatus
from penaltytracker.core.weekly import WeekSummary
from penaltytracker.reports import fonts, pdf_charts
from penaltytracker.reports.chart_data import SEVERITY_COLOURS
from penaltytracker.reports.safe_write import WriteError, atomic_write

Progress = Callable[[int, str], None]  # (percent 0..100, what is being done)

DPI = 300  # layout resolution: fine enough that text advances are never rounded visibly
MARGIN_MM = 15
FOOTER_MM = 9
BASE_PT = 9.5
SHIPPING_WEEKS = 8

_T = {
    "ja": {
        "title": "違反点数 状況レポート", "shop": "店舗", "as_of": "基準日", "generated": "作成日時",
        "rules": "ルールセット", "status": "現在の状況", "level": "違反レベル", "no_level": "なし（レベルI未満）",
        "points": "年間累積違反点数", "pt": "{n}点", "to_next": "次のレベルまで",
        "to_next_value": "あと {n}点（レベル{lv}：{th}点）", "top": "最高レベル（V）に達しています",
        "sanctions": "適用中の制裁", "no_sanctions": "適用中の制裁はありません",
        "sanction": "{name}（レベル{lv}）：{end} まで（残り {left}日）", "fees": "今年の違約金",
        "reached": "今年到達したレベル", "reached_value": "レベル{lv}（{d}）", "training": "必須講習",
        "week": "前週からの変化", "week_span": "{a} 〜 {b} の7日間",
        "added": "加算された点数", "added_value": "+{n}点（{k}件）", "level_change": "違反レベル",
        "same": "（変化なし）", "up": "（上昇）", "down": "（低下）",
        "ending": "今後7日以内に終わる制裁", "none": "なし",
        "chart": "今年の累積違反点数",
        "table": "今年の違反一覧", "col_date": "加点日", "col_cat": "違反区分", "col_points": "点数",
        "col_title": "内容", "col_status": "状態", "active": "有効", "withdrawn": "取り消し済み",
        "no_rows": "今年の違反はありません",
        "total": "合計（有効分）",
        "shipping": "出荷状況（過去{w}週間）", "no_shipping": "過去{w}週間の出荷データはありません。",
        "ship_window": "納期遵守率", "ship_value": "{rate}（{a} 〜 {b}：出荷 {n}件、遅延 {k}件）",
        "target": "目標", "verdict": "判定", "target_value": "{t}以上（出荷{m}件以上で判定）", "meets": "達成", "misses": "未達",
        "not_judged": "判定対象外（出荷件数が{m}件未満）", "week_col": "週", "ship_col": "出荷件数",
        "late_col": "遅延件数", "rate_col": "納期遵守率",
        "page": "{p} / {n}", "footer": "{shop} ・ 基準日 {d}",
    },
    "en": {
        "title": "Violation points status report", "shop": "Shop", "as_of": "As of", "generated": "Generated",
        "rules": "Rule set", "status": "Current status", "level": "Level", "no_level": "None (below level I)",
        "points": "Points this year", "pt": "{n} points", "to_next": "Before the next level",
        "to_next_value": "{n} points left (level {lv} at {th} points)", "top": "At the highest level (V)",
        "sanctions": "Sanctions in force", "no_sanctions": "No sanctions in force",
        "sanction": "{name} (level {lv}): until {end} ({left} days left)", "fees": "Penalty fees this year",
        "reached": "Levels reached this year", "reached_value": "level {lv} ({d})", "training": "Compulsory training",
        "week": "Change since last week", "week_span": "the 7 days {a} to {b}",
        "added": "Points added", "added_value": "+{n} points ({k} violation(s))", "level_change": "Level",
        "same": " (no change)", "up": " (up)", "down": " (down)",
        "ending": "Sanctions ending in the next 7 days", "none": "none",
        "chart": "Points this year",
        "table": "Violations this year", "col_date": "Points date", "col_cat": "Category", "col_points": "Points",
        "col_title": "Title", "col_status": "Status", "active": "Active", "withdrawn": "Withdrawn",
        "no_rows": "No violations this year", "total": "Total (active)",
        "shipping": "Shipping (last {w} weeks)", "no_shipping": "No shipping data for the last {w} weeks.",
        "ship_window": "On-time rate", "ship_value": "{rate} ({a} to {b}: {n} shipments, {k} late)",
        "target": "Target", "verdict": "Result", "target_value": "{t} or more (judged from {m} shipments)", "meets": "met",
        "misses": "not met", "not_judged": "not judged (fewer than {m} shipments)", "week_col": "Week",
        "ship_col": "Shipments", "late_col": "Late", "rate_col": "On-time rate",
        "page": "{p} / {n}", "footer": "{shop} · as of {d}",
    },
}


def texts(lang: str) -> dict[str, str]:
    return _T["en" if lang == "en" else "ja"]


# --- the figures -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ShippingPart:
    summary: ShippingSummary
    weeks: tuple[WeekPoint, ...]

    @property
    def has_data(self) -> bool:
        return any(w.shipments for w in self.weeks)


@dataclass(frozen=True)
class ReportData:
    shop: str
    as_of: date
    generated_at: datetime
    status: ShopStatus
    violations: tuple[ViolationRecord, ...]  # this year's up to as_of, withdrawn ones included
    week: WeekSummary
    shipping: ShippingPart | None = field(default=None)
    marketplace: str = "rakuten"  # the shop's (reports/restrictions_pdf.py)
    restrictions: tuple = ()  # ((RestrictionRecord, contacts), ...)
    troubles: object = field(default=None)  # reports/troubles_pdf.py: open incidents, flagged order patterns


def collect(store, rules: RuleSet, shop: str, as_of: date) -> ReportData:
    """Everything the report shows, read from the store (raises StoreError for an unknown shop)."""
    from penaltytracker.core.status import compute_status
    from penaltytracker.store import list_violations, shipments
    from penaltytracker.store.reviews import week_first_day, week_summary

    # The violations are read once (this year and the one or two before that the week's
    # "before" and carried-over sanctions need); status, table and week all come from them.
    history = [r for year in range(week_first_day(as_of).year, as_of.year + 1)
               for r in list_violations(store, shop, year) if r.points_date <= as_of]
    from penaltytracker.store.notices import shop_notices

    notices = shop_notices(store, shop, tuple(range(week_first_day(as_of).year, as_of.year + 1)))
    status = compute_status(rules, shop, history, as_of, notices)
    records = tuple(r for r in history if r.points_date.year == as_of.year)
    week = week_summary(store, rules, shop, as_of, records=history, notices=notices)
    shipping = ShippingPart(shipments.shipping_summary(store, rules, shop, as_of),
                            tuple(shipments.weekly_shipping(store, shop, as_of, weeks=SHIPPING_WEEKS)))
    from penaltytracker.reports import restrictions_pdf
    from penaltytracker.reports.troubles_pdf import collect_troubles

    marketplace, restrictions = restrictions_pdf.collect(store, shop)
    return ReportData(shop=shop, as_of=as_of, generated_at=datetime.now(ZoneInfo(rules.timezone)), status=status,
                      violations=records, week=week, shipping=shipping, marketplace=marketplace,
                      restrictions=restrictions, troubles=collect_troubles(store, shop, as_of))


# --- Qt set-up -----------------------------------------------------------------------------------

_app: QGuiApplication | None = None
_family: str | None = None


def ensure_gui() -> str:
    """A QGuiApplication (offscreen when there is no display) and the Japanese font; its family.

    Call it on the main thread before rendering on another one.
    """
    global _app, _family
    if QGuiApplication.instance() is None:
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if headless and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _app = QGuiApplication([sys.argv[0] if sys.argv else "penaltytracker"])
    if _family is None:
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(fonts.pdf_font_data()))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            raise fonts.FontMissing("fonts.qt_cannot_load", path=str(fonts.font_path()))
        _family = families[0]
    return _family


# --- the document ---------------------------------------------------------------------------------

def _px(mm: float) -> int:
    """Device pixels (DPI) for painting directly."""
    return round(mm * DPI / 25.4)


def _css_px(mm: float) -> int:
    """HTML pixels: the document treats them as 1/96 inch and scales them to the device."""
    return round(mm * 96 / 25.4)


def _pct(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(f'<tr><td class="k" width="30%">{escape(k)}</td><td>{v}</td></tr>' for k, v in pairs)
    return f'<table class="kv" width="100%" cellspacing="0" cellpadding="{_css_px(1.2)}">{cells}</table>'


def _level_colour(rules: RuleSet, level: str | None) -> str:
    if level is None:
        return "#166534"
    index = [lv.name for lv in rules.levels].index(level)
    return SEVERITY_COLOURS[min(index, len(SEVERITY_COLOURS) - 1)] if index < 3 else "#b91c1c"


def _html(data: ReportData, rules: RuleSet, lang: str, charts: dict[str, pdf_charts.Chart]) -> str:
    t = texts(lang)
    s = data.status
    rule_name = rules.name_en if lang == "en" else rules.name_ja
    zone = data.generated_at.tzname() or ""
    head = [
        f'<p class="title">{escape(t["title"])}</p>',
        f'<p class="shop">{escape(data.shop)}</p>',
        f'<p class="meta">{escape(t["as_of"])}: <em>{data.as_of.isoformat()}</em>　　'
        f'{escape(t["generated"])}: {data.generated_at:%Y-%m-%d %H:%M} {escape(zone)}　　'
        f'{escape(t["rules"])}: {escape(rule_name)} {escape(rules.version)}</p>',
    ]

    # status block
    if s.level:
        lv = rules.level(s.level)
        training = lv.training_en if lang == "en" else lv.training_ja
        level_html = (f'<span style="color:{_level_colour(rules, s.level)}; font-size:13pt">'
                      f'{escape(s.level)}</span>　{escape(lv.description(lang))}')
    else:
        level_html, training = f'<em>{escape(t["no_level"])}</em>', ""
    pairs = [
        (t["level"], level_html),
        (t["points"], f'<span style="font-size:13pt"><em>{escape(t["pt"].format(n=s.points))}</em></span>'),
        (t["to_next"], escape(t["to_next_value"].format(n=s.points_to_next, lv=s.next_level, th=s.next_threshold)
                              if s.next_level else t["top"])),
    ]
    if s.active_sanctions:
        # Each says where its dates come from: Rakuten's notice, or the rule set's expectation.
        lines = [escape(t["sanction"].format(name=rules.sanction_name(w.kind, lang), lv=w.level,
                                             end=w.end.isoformat(), left=w.days_left(s.as_of))
                        + " " + message(f"status.source_{w.source}", lang))
                 for w in s.active_sanctions]
        pairs.append((t["sanctions"], "<br>".join(lines)))
    else:
        pairs.append((t["sanctions"], escape(t["no_sanctions"])))
    pairs.append((t["fees"], f"¥{s.penalty_fees_yen:,}"))
    noticed = notice_lines(s, lang)
    if noticed:
        pairs.append((message("status.notices_heading", lang), "<br>".join(escape(x) for x in noticed)))
    if s.levels_reached:
        pairs.append((t["reached"], escape(", ".join(
            t["reached_value"].format(lv=r.level, d=r.date.isoformat()) for r in s.levels_reached))))
    if training:
        pairs.append((t["training"], escape(training)))
    status_html = f'<p class="h">{escape(t["status"])}</p>' + _rows(pairs)

    # change since last week
    w = data.week
    if w.level_changed:
        move = t["up"] if w.level_went_up else t["down"]
    else:
        move = t["same"]
    ending = ("<br>".join(escape(t["sanction"].format(name=rules.sanction_name(x.kind, lang), lv=x.level,
                                                      end=x.end.isoformat(), left=x.days_left(w.as_of)))
                          for x in w.sanctions_ending) or escape(t["none"]))
    counted = [v for v in w.new_violations if v.counts]
    week_html = (
        f'<p class="h">{escape(t["week"])} <span class="sub">{escape(t["week_span"].format(a=w.week_start, b=w.as_of))}'
        f'</span></p>'
        + _rows([
            (t["added"], escape(t["added_value"].format(n=w.points_added, k=len(counted)))),
            (t["level_change"], escape(f"{w.level_before or '—'} → {w.level_after or '—'}{move}")),
            (t["ending"], ending),
        ])
    )

    chart_html = f'<p class="h">{escape(t["chart"])}</p><p align="center">{pdf_charts.chart_img(charts["points"])}</p>'

    # violations table: header repeats on every page it flows over
    head_row = "".join(f'<th align="{a}">{escape(t[k])}</th>' for k, a in (
        ("col_date", "left"), ("col_cat", "left"), ("col_points", "right"), ("col_title", "left"),
        ("col_status", "left")))
    body = []
    for i, v in enumerate(data.violations):
        shade = ' bgcolor="#f3f4f6"' if i % 2 else ""
        style = ' style="color:#6b7280"' if not v.counts else ""
        body.append(
            f"<tr{shade}{style}><td>{v.points_date.isoformat()}</td>"
            f"<td>{escape(rules.category_label(v.category, lang))}</td>"
            f'<td align="right">{v.points}</td><td>{escape(v.title)}</td>'
            f'<td>{escape(t["active"] if v.counts else t["withdrawn"])}</td></tr>')
    if body:
        body.append(f'<tr class="total"><td colspan="2"><em>{escape(t["total"])}</em></td>'
                    f'<td align="right"><em>{s.points}</em></td><td colspan="2"></td></tr>')
        table = (f'<table class="list" width="100%" cellspacing="0" cellpadding="{_css_px(1.0)}">'
                 f'<thead><tr bgcolor="#e5e7eb">{head_row}</tr></thead>{"".join(body)}</table>')
    else:
        table = f'<p>{escape(t["no_rows"])}</p>'
    # Qt drops a paragraph's top margin right after a table: a small blank line keeps sections apart.
    table_html = f'<p class="h">{escape(t["table"])}</p>{table}<p class="gap">&nbsp;</p>'

    # shipping
    weeks_n = SHIPPING_WEEKS
    ship_html = f'<p class="h">{escape(t["shipping"].format(w=weeks_n))}</p>'
    if data.shipping is None or not data.shipping.has_data:
        ship_html += f'<p>{escape(t["no_shipping"].format(w=weeks_n))}</p>'
    else:
        from penaltytracker.reports.shipping_pdf import criteria_html

        # The 最強配送 label's three shop criteria, each with its target and verdict (issue 13).
        ship_html += criteria_html(data.shipping.summary, lang, _css_px(1.0))
        if "shipping" in charts:
            ship_html += f'<p align="center">{pdf_charts.chart_img(charts["shipping"])}</p>'
        rows = "".join(
            f'<tr><td>{p.week_start.isoformat()} 〜 {p.week_end.isoformat()}</td><td align="right">{p.shipments}</td>'
            f'<td align="right">{p.late}</td><td align="right">{_pct(p.on_time_rate)}</td></tr>'
            for p in data.shipping.weeks)
        ship_html += (
            f'<table class="list" width="100%" cellspacing="0" cellpadding="{_css_px(1.0)}"><thead>'
            f'<tr bgcolor="#e5e7eb"><th align="left">{escape(t["week_col"])}</th>'
            f'<th align="right">{escape(t["ship_col"])}</th><th align="right">{escape(t["late_col"])}</th>'
            f'<th align="right">{escape(t["rate_col"])}</th></tr></thead>{rows}</table>')

    # No border-collapse on the tables: it looks the same here (no cell borders but the
    # total's top line, cellspacing 0) and Qt lays a collapsed table out twice as slowly.
    # No bold anywhere: IPAex has no bold face, and Qt's synthetic bold draws every word
    # twice, which doubles it in copied and searched text. Emphasis is colour and size.
    css = f"""
        em {{ font-style: normal; color: #111827; }}
        p {{ margin-top: 0; margin-bottom: 0; }}
        p.title {{ font-size: 10pt; color: #4b5563; }}
        p.shop {{ font-size: 18pt; margin-top: {_css_px(1)}px; margin-bottom: {_css_px(1)}px; }}
        p.meta {{ font-size: 8.5pt; color: #374151; margin-bottom: {_css_px(3)}px; }}
        p.h {{ font-size: 11.5pt; color: #1e3a8a; margin-top: {_css_px(5)}px;
               margin-bottom: {_css_px(1.5)}px; }}
        p.gap {{ font-size: 6pt; }}
        span.sub {{ font-size: 8.5pt; color: #4b5563; }}
        table.kv td.k {{ color: #4b5563; }}
        table.list {{ border: 0; }}
        table.list th {{ font-size: 8.5pt; font-weight: normal; color: #111827; }}
        table.list td {{ font-size: 8.5pt; }}
        tr.total td {{ border-top: 1px solid #9ca3af; }}
    """
    from penaltytracker.reports import restrictions_pdf

    # Restrictions come first; a shop on another marketplace has no points sections, only a note saying so.
    rakuten = status_html + week_html + chart_html + table_html + ship_html
    if not restrictions_pdf.has_points(data):
        rakuten = restrictions_pdf.no_points_html(data, lang)
    return (f"<html><head><style>{css}</style></head><body>"
            + "".join(head) + restrictions_pdf.section_html(data, lang) + rakuten + _troubles_html(data, lang)
            + "</body></html>")


def _troubles_html(data: ReportData, lang: str) -> str:
    from penaltytracker.reports.troubles_pdf import troubles_html

    return troubles_html(data.troubles, lang)


def render(data: ReportData, rules: RuleSet, lang: str = "ja", progress: Progress | None = None) -> bytes:
    """The PDF's bytes. Needs ensure_gui() to have run (on the main thread)."""
    if lang not in ("ja", "en"):
        raise ValueError(f"language must be ja or en, not {lang!r}")
    report = progress or (lambda _p, _m: None)
    t = texts(lang)
    family = ensure_gui()
    report(10, "charts")

    weeks = list(data.shipping.weeks) if data.shipping is not None and data.shipping.has_data else None
    charts = pdf_charts.report_charts(data.status, weeks, rules, lang, 210 - 2 * MARGIN_MM)
    report(35, "layout")

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(f"{t['title']} — {data.shop} ({data.as_of.isoformat()})")
    writer.setCreator("PenaltyTracker")

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont(family)
    font.setPointSizeF(BASE_PT)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    page_w = writer.width()
    footer_h = _px(FOOTER_MM)
    body_h = writer.height() - footer_h
    # Page size and pictures before the HTML: the document is then laid out once.
    doc.setPageSize(QSizeF(page_w, body_h))
    pdf_charts.add_places(doc, DPI)
    doc.setHtml(_html(data, rules, lang, {c.name: c for c in charts}))
    pages = doc.pageCount()
    places = pdf_charts.chart_rects(doc, charts, DPI)
    report(60, "pages")

    painter = QPainter()
    if not painter.begin(writer):
        raise WriteError("write.pdf_writer")
    try:
        footer_font = QFont(family)
        footer_font.setPointSizeF(8)
        for page in range(pages):
            if page:
                writer.newPage()
            top = page * body_h
            painter.save()
            painter.translate(0, -top)
            clip = QRectF(0, top, page_w, body_h)
            painter.setClipRect(clip)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.clip = clip
            doc.documentLayout().draw(painter, ctx)
            pdf_charts.paint_charts(painter, charts, places, clip, family)
            painter.restore()

            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            line_y = body_h + _px(3)
            painter.drawLine(QPointF(0, line_y), QPointF(page_w, line_y))
            text_box = QRectF(0, line_y + _px(1), page_w, footer_h - _px(4))
            painter.drawText(text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             t["footer"].format(shop=data.shop, d=data.as_of.isoformat()))
            painter.drawText(text_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             t["page"].format(p=page + 1, n=pages))
            report(60 + 35 * (page + 1) // pages, "pages")
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data())


def save(path: str | Path, data: ReportData, rules: RuleSet, lang: str = "ja",
         progress: Progress | None = None) -> Path:
    """Render and write whole or not at all (temporary file renamed into place)."""
    path = Path(path)
    content = render(data, rules, lang, progress)
    atomic_write(path, lambda fh: fh.write(content))
    if progress:
        progress(100, "done")
    return path


def write_status_report(path: str | Path, store, rules: RuleSet, shop: str, as_of: date, lang: str = "ja",
                        progress: Progress | None = None) -> Path:
    """Write the status summary PDF of `shop` on `as_of` to `path`.

    Raises StoreError for an unknown shop and WriteError when the file cannot be
    written; in both cases no file is left behind.
    """
    if lang not in ("ja", "en"):
        raise ValueError(f"language must be ja or en, not {lang!r}")
    ensure_gui()
    if progress:
        progress(0, "reading")
    data = collect(store, rules, shop, as_of)
    return save(path, data, rules, lang, progress)


__all__ = ["ReportData", "ShippingPart", "collect", "render", "save", "write_status_report", "ensure_gui",
           "texts", "WriteError"]
