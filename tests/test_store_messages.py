"""Store refusals that were English sentences, now codes worded in the user's language:
a shop's marketplace, a review's date, a live restore that fails, a broken data file."""

from __future__ import annotations

import pytest

from penaltytracker.messages import Problem, text
from penaltytracker.store import StoreError, add_shop
from penaltytracker.store.backup import BackupError
from penaltytracker.store.restrictions import shop_marketplace
from penaltytracker.store.reviews import mark_review_done
from penaltytracker.store.violations import NotFound


def test_an_unknown_shop_s_marketplace(store):
    with pytest.raises(NotFound) as err:
        shop_marketplace(store, "無名店舗")
    assert err.value.text("ja") == "店舗「無名店舗」は登録されていません"
    assert err.value.text("en") == "no shop named 無名店舗"


def test_a_review_date_that_is_no_date(store):
    add_shop(store, "本店")
    with pytest.raises(StoreError) as err:
        mark_review_done(store, "本店", "2026-02-10")
    assert err.value.text("ja") == "週次レビューの日付が日付ではありません（'2026-02-10'）"
    assert err.value.text("en") == "review date must be a date, not '2026-02-10'"


def test_a_live_restore_from_a_file_that_is_no_database(store, db_path, tmp_path):
    from penaltytracker.store.live_restore import restore_in_place

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all, " * 400)
    with pytest.raises(BackupError) as err:
        restore_in_place(db_path, junk, keep=lambda: db_path)
    ja, en = err.value.text("ja"), err.value.text("en")
    assert ja.startswith(f"「{db_path}」に復元できません（") and ja.endswith("データファイルは変更されていません。")
    assert en.startswith(f"cannot restore into {db_path}: ") and en.endswith("; the store was not changed")


@pytest.mark.parametrize("loader, head, ja_start", [
    ("penaltytracker.core.incidents:load_troubles", '[troubles]\nversion = "1"\n', "トラブルの分類ファイル"),
    ("penaltytracker.core.order_events:load_order_catalogue", "[order_events]\nversion = 1\n", "不審な注文の設定ファイル"),
])
def test_a_data_file_with_a_missing_table(tmp_path, loader, head, ja_start):
    import importlib

    module, name = loader.split(":")
    path = tmp_path / "broken.toml"
    path.write_text(head, encoding="utf-8")
    with pytest.raises(Problem) as err:
        getattr(importlib.import_module(module), name)(path)
    assert text(err.value, "ja").startswith(ja_start) and "項目がないか、正しくありません：" in text(err.value, "ja")
    assert "missing or wrong: " in text(err.value, "en")
