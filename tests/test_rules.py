"""The rule set is data: the bundled file is complete, and a bad file names the bad key."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from penaltytracker.core.rules import LEVEL_NAMES, RuleSetError, load_rules, parse_rules
from penaltytracker.paths import default_rules_file


def raw_rules() -> dict:
    return tomllib.loads(default_rules_file().read_text(encoding="utf-8"))


def test_bundled_rule_set_matches_the_domain_reference(rules):
    assert [lv.name for lv in rules.levels] == list(LEVEL_NAMES)
    assert [lv.threshold for lv in rules.levels] == [35, 55, 75, 80, 100]
    assert [lv.penalty_fee_yen for lv in rules.levels] == [100_000, 400_000, 700_000, 1_000_000, 3_000_000]
    assert rules.level("I").sanctions == {"ranking_restriction": 7, "search_demotion": 7, "media_restriction": 7}
    assert rules.level("IV").sanctions["temporary_closure"] == 14
    assert "search_demotion" not in rules.level("IV").sanctions
    assert rules.level("V").sanctions["ranking_restriction"] == 56
    assert rules.shipping.on_time_target == 0.96 and rules.shipping.minimum_shipments == 100
    assert rules.category("seller_cancellation").typical_points == 15
    assert rules.category("出店者都合キャンセル").key == "seller_cancellation"
    assert rules.version and rules.effective_date.year == 2024
    for lv in rules.levels:
        assert lv.description_ja and lv.description_en and lv.source


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_edited_copy_is_used(tmp_path):
    text = default_rules_file().read_text(encoding="utf-8").replace("threshold = 35", "threshold = 30")
    assert load_rules(write(tmp_path, text)).level("I").threshold == 30


@pytest.mark.parametrize(
    "mutate, key",
    [
        (lambda r: r["levels"][1].__setitem__("threshold", 30), "levels[1] (level II).threshold"),
        (lambda r: r["levels"][0].pop("penalty_fee_yen"), "levels[0] (level I).penalty_fee_yen"),
        (lambda r: r["levels"][2]["sanctions"].__setitem__("ranking_restriction", "21"),
         "levels[2] (level III).sanctions.ranking_restriction"),
        (lambda r: r["levels"][0]["sanctions"].__setitem__("spa_day", 3), "levels[0] (level I).sanctions.spa_day"),
        (lambda r: r["shipping"].__setitem__("on_time_target", 96), "shipping.on_time_target"),
        (lambda r: r["ruleset"].__setitem__("effective_date", "someday"), "ruleset.effective_date"),
        (lambda r: r.pop("levels"), "levels"),
        (lambda r: r["levels"].pop(), "levels"),
        (lambda r: r["categories"].append(dict(r["categories"][0])), "categories[7].key"),
        (lambda r: r["levels"][0].__setitem__("threshold", True), "levels[0] (level I).threshold"),
    ],
)
def test_a_bad_rule_set_names_the_key(mutate, key):
    raw = raw_rules()
    mutate(raw)
    with pytest.raises(RuleSetError) as err:
        parse_rules(raw, Path("edited.toml"))
    assert key in str(err.value)
    assert "edited.toml" in str(err.value)


def test_unreadable_rule_files(tmp_path):
    with pytest.raises(RuleSetError, match="not found"):
        load_rules(tmp_path / "missing.toml")
    with pytest.raises(RuleSetError, match="not valid TOML"):
        load_rules(write(tmp_path, "[ruleset\nid="))
