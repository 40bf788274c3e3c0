"""File → Export PDF…: ask where, draw the status summary off the UI thread, offer to open it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from penaltytracker.core.rules import RuleSet
from penaltytracker.ui.i18n import in_language


def _t(lang: str) -> dict[str, str]:
    """The export's words in `lang` (penaltytracker_ja.ts, context PdfExport)."""
    w = in_language(lang)
    return {
        "choose_shop": w.translate("PdfExport", "Choose the shop for the PDF in the list above first."),
        "title": w.translate("PdfExport", "Export PDF"),
        "filter": w.translate("PdfExport", "PDF (*.pdf)"),
        "progress": w.translate("PdfExport", "Writing the PDF…"),
        "failed": w.translate("PdfExport", "The PDF could not be written"),
        "saved": w.translate("PdfExport", "The PDF was saved."),
        "open": w.translate("PdfExport", "Open it now?"),
    }


def default_file_name(shop: str, as_of: date) -> str:
    """e.g. 楽天ショップ_2026-06-17_status.pdf (characters no file system accepts replaced)."""
    safe = re.sub(r'[\\/:*?"<>|\s]+', "_", shop).strip("._") or "shop"
    return f"{safe}_{as_of.isoformat()}_status.pdf"


def export_pdf(parent: QWidget, store, rules: RuleSet, shop: str | None, as_of: date, lang: str,
               path: str | Path | None = None, ops=None):
    """Export the status summary of `shop`; returns the running Operation (None if cancelled).

    `path` skips the file dialog (scripts, tests). The work runs through the window's
    `ops` when it has one, so errors show the way every other error does.
    """
    from penaltytracker.reports import pdf

    t = _t(lang)
    if not shop:
        box = QMessageBox(QMessageBox.Icon.Information, t["title"], t["choose_shop"], QMessageBox.StandardButton.Ok,
                          parent)
        box.setObjectName("pdfChooseShopBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return None
    if path is None:
        start = str(Path.home() / default_file_name(shop, as_of))
        chosen, _filter = QFileDialog.getSaveFileName(parent, t["title"], start, t["filter"])
        if not chosen:
            return None
        path = chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"
    path = Path(path)
    if ops is None:
        ops = getattr(parent, "ops", None)
    if ops is None:
        from penaltytracker.ui.ops import Ops

        ops = Ops(parent)
    # Qt objects the drawing shares (the font) are set up here, on the UI thread; the
    # store is read here too (one shop, quick), then drawing and writing go to a worker.
    # The PDF's charts are Qt's own painting (reports/pdf_charts.py): no matplotlib needed.
    pdf.ensure_gui()
    data = pdf.collect(store, rules, shop, as_of)

    def done(written: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, t["title"], t["saved"],
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, parent)
        box.setObjectName("pdfSavedBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setInformativeText(f"{written}\n\n{t['open']}")
        box.setDefaultButton(QMessageBox.StandardButton.Open)

        def answered(button: int) -> None:
            if QMessageBox.StandardButton(button) == QMessageBox.StandardButton.Open:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

        box.finished.connect(answered)
        box.open()  # never blocks the event loop

    return ops.run(lambda: pdf.save(path, data, rules, lang), on_done=done, title=t["failed"],
                   progress=t["progress"])


__all__ = ["export_pdf", "default_file_name"]
