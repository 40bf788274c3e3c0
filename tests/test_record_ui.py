"""Issue 12 in the window: dated withdrawals, appeals, and the notice winning on the
dashboard, each undoable."""

from __future__ import annotations

from datetime import date

from penaltytracker.store import get_violation, shop_status
from penaltytracker.store.notices import appeals_of
from tests.test_ui_app import TODAY, choose_shop, idle, make_window, qsettings_dir, rec  # noqa: F401


def _sanction_rows(window):
    m = window.dashboard.sanctions.model_
    return [[m.item(r, c).text() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_a_withdrawal_dated_in_the_past_leaves_earlier_days(qtbot, make_window, rules):
    window = make_window([rec("A店", "2026-02-10", 40)])
    choose_shop(qtbot, window, "A店")
    window.tabs.setCurrentWidget(window.log)
    qtbot.waitUntil(lambda: window.log.model.rowCount() == 1)
    window.log.select_row(0)
    window.set_status(get_violation(window.store, 1), "withdrawn")
    qtbot.waitUntil(lambda: getattr(window, "dialog", None) is not None and window.dialog.isVisible())
    window.dialog.on.set_value(date(2026, 3, 1))
    window.dialog.try_accept()
    qtbot.waitUntil(lambda: get_violation(window.store, 1).status == "withdrawn")
    idle(qtbot, window)
    assert shop_status(window.store, rules, "A店", date(2026, 2, 28)).points == 40
    assert shop_status(window.store, rules, "A店", date(2026, 3, 1)).points == 0
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: get_violation(window.store, 1).status == "active")


def test_a_withdrawal_before_the_points_date_is_refused_inline(qtbot, make_window):
    window = make_window([rec("A店", "2026-02-10", 40)])
    choose_shop(qtbot, window, "A店")
    window.set_status(get_violation(window.store, 1), "withdrawn")
    qtbot.waitUntil(lambda: getattr(window, "dialog", None) is not None and window.dialog.isVisible())
    window.dialog.on.set_value(date(2026, 2, 1))
    window.dialog.try_accept()
    assert window.dialog.isVisible() and "2026-02-10" in window.dialog.error.text()
    assert get_violation(window.store, 1).status == "active"


def test_the_notice_moves_the_dashboard_window_and_undo_puts_it_back(qtbot, make_window):
    window = make_window([rec("A店", "2026-06-08", 40)])  # level I: 7-day windows from 06-08
    choose_shop(qtbot, window, "A店")
    before = _sanction_rows(window)
    assert before and all(row[2] == "2026-06-08" and row[5] == "見込み" for row in before)
    assert window.record_notice()
    qtbot.waitUntil(lambda: getattr(window, "dialog", None) is not None and window.dialog.isVisible())
    dialog = window.dialog
    assert dialog.objectName() == "noticeDialog"
    tick, start, end = dialog.rows["ranking_restriction"]
    tick.setChecked(True)
    start.set_value(date(2026, 6, 10))
    end.set_value(date(2026, 6, 30))
    dialog.fee.setText("100,000")
    dialog.try_save()
    qtbot.waitUntil(lambda: any(r[5] == "通知" for r in _sanction_rows(window)))
    rows = {r[0]: r for r in _sanction_rows(window)}
    ranking = [r for r in rows.values() if r[5] == "通知"][0]
    assert (ranking[2], ranking[3]) == ("2026-06-10", "2026-06-30")
    # The rest of the notice shows beside the fees: what was billed, and that it is unpaid.
    assert "違約金（通知）：¥100,000" in window.dashboard.notice_text.text()
    assert "未払い" in window.dashboard.notice_text.text()
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: _sanction_rows(window) == before)


def test_an_appeal_filed_then_accepted_withdraws_from_its_date(qtbot, make_window, rules):
    window = make_window([rec("A店", "2026-02-10", 40)])
    choose_shop(qtbot, window, "A店")
    window.tabs.setCurrentWidget(window.log)
    qtbot.waitUntil(lambda: window.log.model.rowCount() == 1)
    window.log.select_row(0)
    assert window.show_appeals()
    qtbot.waitUntil(lambda: getattr(window, "dialog", None) is not None and window.dialog.objectName() == "appealDialog")
    window.dialog.day.set_value(date(2026, 2, 12))
    window.dialog.note.setText("誤認")
    window.dialog.try_save()
    qtbot.waitUntil(lambda: len(appeals_of(window.store, 1)) == 1)
    idle(qtbot, window)
    window.dialog = None
    qtbot.waitUntil(lambda: window.log.model.rowCount() == 1)
    window.log.select_row(0)
    assert window.show_appeals()
    qtbot.waitUntil(lambda: getattr(window, "dialog", None) is not None and window.dialog.objectName() == "appealDialog")
    assert window.dialog.pending is not None
    window.dialog.outcome.setCurrentIndex(window.dialog.outcome.findData("accepted"))
    window.dialog.day.set_value(date(2026, 3, 1))
    window.dialog.try_save()
    qtbot.waitUntil(lambda: get_violation(window.store, 1).status == "withdrawn")
    assert get_violation(window.store, 1).withdrawn_on == date(2026, 3, 1)
    assert shop_status(window.store, rules, "A店", date(2026, 2, 28)).points == 40
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: get_violation(window.store, 1).status == "active")
    assert appeals_of(window.store, 1)[0].outcome == "pending"


def test_import_says_what_it_added_and_what_was_already_recorded(qtbot, make_window, tmp_path):
    window = make_window([rec("A店", "2026-02-10", 5)])
    path = tmp_path / "v.csv"
    path.write_text("店舗,加点日,点数,区分,内容\nA店,2026-02-10,5,shipping_delay,\nA店,2026-03-01,15,,キャンセル\n",
                    encoding="cp932")
    op = window.import_file(str(path))
    qtbot.waitUntil(lambda: op.done, timeout=20_000)
    assert (op.result.added, op.result.unchanged) == (1, 1)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: "追加 1 件" in window.feedback.text()
                    and "登録済み 1 件" in window.feedback.text())


def test_the_history_says_an_old_withdrawal_has_no_date(qtbot, tmp_path):
    from penaltytracker.ui.audit_view import AuditModel

    entries = [{"at": __import__("datetime").datetime(2026, 12, 1), "user": "", "action": "migrate",
                "changes": {"withdrawn_on": [None, None], "note": "withdrawal_date_unknown"}}]
    ja = AuditModel(entries, "ja")
    cells = [ja.rows[i] for i in range(len(ja.rows))]
    assert any("加点日から取り消し" in c[5] for c in cells) and all(c[2] == "データファイルの更新" for c in cells)
    en = AuditModel(entries, "en")
    assert any("points date" in c[5] for c in en.rows)
