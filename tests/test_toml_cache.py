"""TOML files read through the cache (penaltytracker/toml_cache.py) always say what the
file says now; the cache is never a reason to fail."""

from __future__ import annotations

import os
import tomllib

import pytest

from penaltytracker import toml_cache
from penaltytracker.core.rules import RuleSetError, load_rules
from penaltytracker.paths import default_rules_file


@pytest.fixture
def cache(isolated_home, monkeypatch):
    monkeypatch.delenv("PENALTYTRACKER_NO_TOML_CACHE", raising=False)
    return isolated_home / "cache"


def test_the_cache_gives_what_tomllib_gives(cache):
    path = default_rules_file()
    first = toml_cache.load(path)
    assert list(cache.rglob("*.marshal"))  # kept for the next command
    assert toml_cache.load(path) == first == tomllib.loads(path.read_text(encoding="utf-8"))


def test_an_edited_file_is_read_again(cache, tmp_path):
    path = tmp_path / "a.toml"
    path.write_text('x = "一"\n', encoding="utf-8")
    assert toml_cache.load(path) == {"x": "一"}
    stat = path.stat()
    path.write_text('x = "二"\n', encoding="utf-8")  # same size: the time tells it changed
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert toml_cache.load(path) == {"x": "二"}


def test_a_damaged_or_unwritable_cache_is_passed_over(cache, tmp_path):
    path = tmp_path / "b.toml"
    path.write_text("n = 1\n", encoding="utf-8")
    toml_cache.load(path)
    for kept in cache.rglob("*.marshal"):
        kept.write_bytes(b"\x00garbage")
    assert toml_cache.load(path) == {"n": 1}
    folder = next(cache.rglob("toml"))
    for kept in folder.iterdir():
        kept.unlink()
    folder.rmdir()
    folder.write_text("a file where the cache folder should be", encoding="utf-8")  # cannot be written
    path.write_text("n = 2\n", encoding="utf-8")
    os.utime(path, ns=(1, 2_000_000_000))
    assert toml_cache.load(path) == {"n": 2}
    assert toml_cache.load(path) == {"n": 2}


def test_a_bad_file_is_refused_every_time_with_its_line(cache, tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text(default_rules_file().read_text(encoding="utf-8") + "\n[broken\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(RuleSetError) as caught:
            load_rules(path)
        assert caught.value.code == "rules.bad_toml_at" and caught.value.params["line"] > 1
    assert load_rules(default_rules_file()).levels  # and the good one still reads
