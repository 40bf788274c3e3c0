"""What if more points came? The level and sanctions that would follow; nothing is saved."""

from __future__ import annotations


from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget,
)

from penaltytracker.core.rules import RuleSet
from penaltytracker.core.status import what_if_day, ShopStatus, compute_status, level_rank, what_if
from penaltytracker.store.notices import shop_notices
from penaltytracker.store import status_violations
from penaltytracker.ui.i18n import yen
from penaltytracker.ui.ops import Ops
from penaltytracker.ui.style import card, heading
from penaltytracker.ui.widgets import DateField, LevelBadge, SanctionTable


def crossed_levels(rules: RuleSet, before: str | None, after: str | None) -> list:
    """The levels above `before` up to `after`, lowest first."""
    return [lv for lv in rules.levels if level_rank(before) < level_rank(lv.name) <= level_rank(after)]


class WhatIfPanel(QWidget):
    computed = Signal()

    def __init__(self, ops: Ops, rules: RuleSet, lang: str, today, parent=None):
        super().__init__(parent)
        self.setObjectName("whatIf")
        self.ops = ops
        self.rules = rules
        self.lang = lang
        self.today = today
        self.store = None
        self.shop: str | None = None
        self.before: ShopStatus | None = None
        self.after: ShopStatus | None = None
        self._generation = 0

        self.title = heading()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")
        self.points = QSpinBox()
        self.points.setObjectName("whatIfPoints")
        self.points.setRange(0, 1000)
        self.points.setValue(rules.categories[0].typical_points if rules.categories else 0)
        self.points.setMinimumWidth(90)
        self.on = DateField(optional=False)
        self.on.setObjectName("whatIfDate")
        self.on.set_value(today())
        self.points_label, self.on_label = QLabel(), QLabel()
        form = QHBoxLayout()
        for label, field in ((self.points_label, self.points), (self.on_label, self.on)):
            label.setBuddy(field)
            form.addWidget(label)
            form.addWidget(field)
            form.addSpacing(16)
        form.addStretch(1)

        self.before_title, self.after_title = heading(), heading()
        self.before_badge, self.after_badge = LevelBadge(96), LevelBadge(96)
        self.after_badge.setObjectName("whatIfBadge")
        self.before_text, self.after_text = QLabel(), QLabel()
        self.after_text.setObjectName("whatIfResult")
        for label in (self.before_text, self.after_text):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
        compare = QGridLayout()
        for col, (title, badge, text) in enumerate(((self.before_title, self.before_badge, self.before_text),
                                                    (self.after_title, self.after_badge, self.after_text))):
            box = card()
            lay = QHBoxLayout(box)
            lay.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
            inner = QVBoxLayout()
            inner.addWidget(title)
            inner.addWidget(text)
            inner.addStretch(1)
            lay.addLayout(inner, 1)
            compare.addWidget(box, 0, col)
        self.new_sanctions_title = heading()
        self.sanctions = SanctionTable()
        self.sanctions.setObjectName("whatIfSanctions")
        self.no_new = QLabel()
        self.no_new.setProperty("role", "muted")
        self.nothing_saved = QLabel()
        self.nothing_saved.setProperty("role", "muted")

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(compare)
        layout.addWidget(self.new_sanctions_title)
        layout.addWidget(self.no_new)
        layout.addWidget(self.sanctions)
        layout.addWidget(self.nothing_saved)
        layout.addStretch(1)

        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.compute)
        self.points.valueChanged.connect(self._timer.start)
        self.on.changed.connect(self._timer.start)
        self.retranslate()

    def set_store(self, store) -> None:
        self.store = store

    def set_shop(self, shop: str | None) -> None:
        self.shop = shop
        self.compute()

    def refresh(self) -> None:
        self.compute()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.title.setText(self.tr("What if more points came?"))
        self.intro.setText(self.tr("Enter the points of a possible violation and the day they would be added. "
                                   "The result shows the level and sanctions that would follow."))
        self.points_label.setText(self.tr("Points:"))
        self.on_label.setText(self.tr("Added on:"))
        self.on.retranslate()
        self.before_title.setText(self.tr("Now"))
        self.after_title.setText(self.tr("After"))
        self.new_sanctions_title.setText(self.tr("Sanctions in force on that day"))
        self.no_new.setText(self.tr("No sanction would be in force on that day."))
        self.nothing_saved.setText(self.tr("Nothing is saved."))
        self.sanctions.set_headers([self.tr("Sanction"), self.tr("Level"), self.tr("From"), self.tr("Until"),
                                    self.tr("Days left")])

    def compute(self) -> None:
        if self.store is None or self.shop is None:
            self.before = self.after = None
            self._show()
            return
        self._generation += 1
        generation = self._generation
        store, rules, shop = self.store, self.rules, self.shop
        on, points = self.on.value(), self.points.value()
        if on is None:
            return  # not a date (the field says why) or empty: the last result stays

        as_of = what_if_day(on, self.today())  # the whole year as it would stand, later points included

        def work():
            records = status_violations(store, rules, shop, as_of)
            notices = shop_notices(store, shop, (on.year - 1, on.year))
            return (compute_status(rules, shop, records, as_of, notices),
                    what_if(rules, shop, records, points, on, as_of=as_of, notices=notices))

        def done(result):
            if generation == self._generation:
                self.before, self.after = result
                self._show()
                self.computed.emit()

        self.ops.run(work, on_done=done, title=self.tr("Could not compute the what-if"))

    def _describe(self, s: ShopStatus) -> str:
        lines = [self.tr("<b>{points}</b> points in {year}").format(points=s.points, year=s.year)]
        if s.next_level:
            lines.append(self.tr("{n} points left before level {level}").format(n=s.points_to_next,
                                                                                level=s.next_level))
        lines.append(self.tr("Penalty fees this year: {fees}").format(fees=yen(s.penalty_fees_yen)))
        return "<br>".join(lines)

    def _crossed_text(self, crossed) -> str:
        """Every level the points would cross, and what the top level means (V: the contract)."""
        names = ("、" if self.lang == "ja" else ", ").join(lv.name for lv in crossed)
        text = (self.tr("<b style='color:#b91c1c'>Level {level} would be reached.</b>").format(level=names)
                if len(crossed) == 1 else
                self.tr("<b style='color:#b91c1c'>Levels {levels} would be reached.</b>").format(levels=names))
        top = self.rules.levels[-1]
        if crossed[-1].name == top.name:
            text += "<br><b>" + self.tr("Level {level}: {description}").format(
                level=top.name, description=top.description(self.lang)) + "</b>"
        return text

    def _show(self) -> None:
        if self.before is None or self.after is None:
            for badge in (self.before_badge, self.after_badge):
                badge.set_level(None, "", "—")
            self.before_text.setText(self.tr("Choose a shop first."))
            self.after_text.setText("")
            self.sanctions.show_windows([], self.rules, self.lang, self.today(), str)
            self.sanctions.hide()
            self.no_new.show()
            return
        b, a = self.before, self.after
        none = self.tr("None")
        self.before_badge.set_level(b.level, self.tr("Level {level}").format(level=b.level) if b.level else
                                    self.tr("No level"), none)
        self.after_badge.set_level(a.level, self.tr("Level {level}").format(level=a.level) if a.level else
                                   self.tr("No level"), none)
        self.before_text.setText(self._describe(b))
        after = self._describe(a)
        crossed = crossed_levels(self.rules, b.level, a.level)
        if crossed:
            after = self._crossed_text(crossed) + "<br>" + after
        self.after_text.setText(after)
        new = list(a.active_sanctions)
        self.sanctions.show_windows(new, self.rules, self.lang, a.as_of, lambda n: self.tr("{n} days").format(n=n))
        self.sanctions.setVisible(bool(new))
        self.no_new.setVisible(not new)
