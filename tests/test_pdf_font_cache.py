"""The PDF copy of the Japanese font (fonts.pdf_font_data) is built once and then read from
the user cache folder; a cache that is missing, damaged or unwritable never fails it."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from penaltytracker.reports import fonts


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache folder, a count of the builds, and pdf_font_data forgetting what it
    returned earlier in this process (before and after)."""
    folder = tmp_path / "cache"
    monkeypatch.setattr(fonts, "_cache_dir", lambda: folder)
    builds: list = []
    real = fonts._build_pdf_font

    def counted(source):
        builds.append(source)
        return real(source)

    monkeypatch.setattr(fonts, "_build_pdf_font", counted)
    fonts.pdf_font_data.cache_clear()
    yield folder, builds
    fonts.pdf_font_data.cache_clear()


def _again() -> bytes:
    """pdf_font_data as a new process would call it."""
    fonts.pdf_font_data.cache_clear()
    return fonts.pdf_font_data()


def _cached(folder):
    return sorted((folder / "fonts").glob("pdf-font-*.bin"))


def test_built_once_then_read_from_the_cache(cache):
    from fontTools.ttLib import TTFont

    folder, builds = cache
    first = fonts.pdf_font_data()
    assert len(builds) == 1 and len(_cached(folder)) == 1
    assert _again() == first
    assert len(builds) == 1  # read back, not built again
    import io

    names = {r.toUnicode() for r in TTFont(io.BytesIO(first))["name"].names if r.nameID in (1, 4)}
    assert names == {fonts.PDF_FAMILY}


@pytest.mark.parametrize("damage", ["empty", "truncated", "one byte changed", "not ours", "a folder"])
def test_a_damaged_cache_is_built_again_and_replaced(cache, damage):
    folder, builds = cache
    good = fonts.pdf_font_data()
    path = _cached(folder)[0]
    blob = path.read_bytes()
    if damage == "empty":
        path.write_bytes(b"")
    elif damage == "truncated":
        path.write_bytes(blob[: len(blob) // 2])
    elif damage == "one byte changed":
        middle = len(blob) // 2
        path.write_bytes(blob[:middle] + bytes([blob[middle] ^ 0xFF]) + blob[middle + 1:])
    elif damage == "not ours":
        path.write_bytes(b"\x00\x01\x00\x00" + b"x" * 1000)
    else:
        path.unlink()
        path.mkdir()  # unreadable as a file, and nothing can be renamed onto it
    assert _again() == good
    assert len(builds) == 2
    if damage != "a folder":
        assert _again() == good and len(builds) == 2  # the copy was replaced by a whole one
        assert path.read_bytes() == blob


def test_no_cache_folder_to_be_had_is_no_failure(cache, tmp_path, monkeypatch):
    _folder, builds = cache
    blocked = tmp_path / "a file"
    blocked.write_bytes(b"")
    monkeypatch.setattr(fonts, "_cache_dir", lambda: blocked / "PenaltyTracker")  # cannot be made
    first = fonts.pdf_font_data()
    assert _again() == first
    assert len(builds) == 2  # built every time, as before the cache
    assert not list(tmp_path.rglob("*.part"))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_a_read_only_cache_folder_is_no_failure(cache):
    folder, builds = cache
    (folder / "fonts").mkdir(parents=True)
    (folder / "fonts").chmod(0o500)
    try:
        assert _again() == _again()
        assert len(builds) == 2
    finally:
        (folder / "fonts").chmod(0o700)


def test_another_font_file_or_a_changed_one_has_its_own_copy(cache, tmp_path, monkeypatch):
    folder, builds = cache
    font = tmp_path / "ipaexg.ttf"
    shutil.copy(fonts.font_path(), font)
    monkeypatch.setattr(fonts, "font_path", lambda: font)
    fonts.pdf_font_data()
    assert len(builds) == 1
    stamp = font.stat().st_mtime + 60
    os.utime(font, (stamp, stamp))  # the font was replaced: the old copy no longer fits it
    _again()
    assert len(builds) == 2
    assert len(_cached(folder)) == 2  # the other copy may still be another install's
    _again()
    assert len(builds) == 2


def test_copies_unused_for_a_month_are_cleared_when_a_new_one_is_written(cache):
    folder, _builds = cache
    (folder / "fonts").mkdir(parents=True)
    old, recent = folder / "fonts" / "pdf-font-old.bin", folder / "fonts" / "pdf-font-recent.bin"
    for path in (old, recent):
        path.write_bytes(b"an earlier copy")
    month_ago = time.time() - 31 * 24 * 3600
    os.utime(old, (month_ago, month_ago))
    fonts.pdf_font_data()
    assert not old.exists() and recent.exists()
    assert len(_cached(folder)) == 2
