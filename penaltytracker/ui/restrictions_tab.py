"""The 「制限・凍結」 tab in the main window: one call from MainWindow.__init__ adds it.

Kept out of ui/main_window.py so the window's own file changes by one line; the page
listens to the window's signals like any page added with add_page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from penaltytracker.ui.restrictions_page import RestrictionsPage


def install(window) -> RestrictionsPage:
    """Add the 「制限・凍結」 tab to the main window (its own Ctrl+N shortcut), listening to the
    window's store, shop, data and language signals like any page added with add_page."""
    from PySide6.QtGui import QAction, QKeySequence

    page = RestrictionsPage(window.ops, window.undo_stack, window.lang, window.today, window.current_shop, window,
                            load_when_shown=True)
    index = window.add_page(page, "")
    action = QAction(window)
    action.setObjectName("pageRestrictions")
    action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
    action.triggered.connect(lambda _c=False: window.tabs.setCurrentWidget(page))
    window.addAction(action)
    window.view_menu.insertAction(window.view_menu.actions()[len(window.page_actions)], action)

    def retitle(_code=None) -> None:
        title = QCoreApplication.translate("RestrictionsPage", "Restrictions")
        window.tabs.setTabText(window.tabs.indexOf(page), title)
        action.setText(title)

    def language(code: str) -> None:
        page.set_language(code)
        retitle()

    window.store_changed.connect(lambda store: (page.set_store(store), page.refresh()))
    window.shop_changed.connect(lambda _shop: page.refresh())
    window.language_changed.connect(language)
    page.set_store(window.store)
    retitle()
    page.refresh()
    window.restrictions = page
    return page


__all__ = ["install"]
