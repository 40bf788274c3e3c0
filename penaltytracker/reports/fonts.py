"""The Japanese font (IPAex Gothic) that charts and PDFs draw with, on any machine.

The ttf ships inside the matplotlib-fontja package. Importing that package calls its
`japanize()`, which changes matplotlib's global settings, so the file is located via
the package spec instead of an import. A frozen (PyInstaller) app may carry the font
in resources/fonts, which is looked at first.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import tempfile
import time
from functools import lru_cache
from pathlib import Path

from penaltytracker.messages import Problem

FONT_FILE = "ipaexg.ttf"


class FontMissing(Problem, FileNotFoundError):
    """The Japanese font is not installed; Japanese text would show as empty boxes.
    A code (fonts.*) worded at the edge."""


def _candidates() -> list[Path]:
    found: list[Path] = []
    try:
        from penaltytracker.paths import resources_dir

        found.append(resources_dir() / "fonts" / FONT_FILE)
    except Exception:  # paths needs platformdirs; never let that hide the font
        pass
    try:
        spec = importlib.util.find_spec("matplotlib_fontja")  # locates, does not run the module
    except (ImportError, ValueError):
        spec = None
    if spec is not None:
        for folder in spec.submodule_search_locations or []:
            found.append(Path(folder) / "fonts" / FONT_FILE)
        if spec.origin:
            found.append(Path(spec.origin).parent / "fonts" / FONT_FILE)
    return found


@lru_cache(maxsize=1)
def font_path() -> Path:
    """Where IPAex Gothic (ipaexg.ttf) is on this machine."""
    candidates = _candidates()
    for path in candidates:
        if path.is_file():
            return path
    if not candidates:
        raise FontMissing("fonts.no_fontja", font=FONT_FILE)
    raise FontMissing("fonts.missing", font=FONT_FILE, looked=", ".join(str(p) for p in candidates))


_family: str | None = None


def configure_matplotlib() -> str:
    """Make matplotlib know IPAex Gothic and use it by default; return its family name.

    Safe to call many times: the font is registered once.
    """
    global _family
    import matplotlib
    from matplotlib import font_manager

    if _family is None:
        path = str(font_path())
        font_manager.fontManager.addfont(path)
        _family = font_manager.FontProperties(fname=path).get_name()
    # Keep other families as fallbacks for glyphs IPAex lacks; ours goes first.
    current = list(matplotlib.rcParams["font.sans-serif"])
    if not current or current[0] != _family:
        matplotlib.rcParams["font.sans-serif"] = [_family] + [f for f in current if f != _family]
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False  # IPAex has no U+2212 minus glyph
    return _family


# --- the PDF copy -------------------------------------------------------------------------------

PDF_FAMILY = "PenaltyTracker Gothic"  # IPA's licence keeps its name off fonts derived from it

# Code points that share a glyph with a more ordinary one (日 with the Kangxi radical ⽇,
# "—" with a combining stroke, ...). A PDF maps each glyph back to one code point, and Qt
# picks the lowest, so "基準日" would be stored as "基準⽇" and a search for it would fail.
# The PDF copy of the font leaves these out; the ordinary code point then wins.
_LOOKALIKE_RANGES = (
    (0x00A0, 0x00A0), (0x00AD, 0x00AD),  # no-break space, soft hyphen
    (0x02B0, 0x036F),  # modifier letters, combining marks
    (0x2000, 0x200F),  # typographic spaces
    (0x2E80, 0x2FDF),  # CJK and Kangxi radicals
    (0xF900, 0xFAFF), (0x2F800, 0x2FA1F),  # CJK compatibility ideographs
    (0xFE10, 0xFE4F),  # vertical and compatibility forms
)


def _lookalike(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _LOOKALIKE_RANGES)


@lru_cache(maxsize=1)
def pdf_font_data() -> bytes:
    """IPAex Gothic renamed to PDF_FAMILY, with each shared glyph mapped from one ordinary
    code point only, so that text copied or searched in the PDF is the text written.

    Building it takes fontTools 0.2-0.4 s, which every command-line report paid; the
    result is kept in the user cache folder and read back from there (a few ms). A
    missing, unreadable or damaged copy is rebuilt; the cache never fails a report.
    """
    source = font_path()
    cached = _cache_file(source)
    if cached is not None:
        data = _read_cached(cached)
        if data is not None:
            return data
    data = _build_pdf_font(source)
    if cached is not None:
        _write_cached(cached, data)
    return data


def _build_pdf_font(source: Path) -> bytes:
    import io
    from collections import defaultdict

    from fontTools.ttLib import TTFont  # ships with matplotlib

    font = TTFont(str(source), lazy=True, recalcTimestamp=False)  # the same bytes every time
    best = font.getBestCmap()
    by_glyph: dict[str, list[int]] = defaultdict(list)
    for cp, glyph in best.items():
        by_glyph[glyph].append(cp)
    drop = set()
    for cps in by_glyph.values():
        if len(cps) > 1:
            keep = min(cps, key=lambda cp: (_lookalike(cp), cp))
            drop.update(cp for cp in cps if cp != keep)
    for table in font["cmap"].tables:
        if table.isUnicode():
            for cp in drop:
                table.cmap.pop(cp, None)
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = PDF_FAMILY
        elif record.nameID == 6:
            record.string = PDF_FAMILY.replace(" ", "")
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


# --- the cached PDF copy ------------------------------------------------------------------------

# Bump when _build_pdf_font makes different bytes from the same source font. The family
# name, the left-out ranges and the fontTools version are part of the key anyway.
CACHE_FORMAT = 1
_MAGIC = b"PenaltyTracker PDF font\n"
_DIGEST = hashlib.sha256().digest_size
_CACHE_PREFIX = "pdf-font-"
_STALE_S = 30 * 24 * 3600


def _cache_dir() -> Path:
    from penaltytracker.paths import cache_dir

    return cache_dir()


def _cache_file(source: Path) -> Path | None:
    """Where the PDF copy of `source` is cached: named by the source file's path, size
    and modification time and everything else that shapes the copy. None when there is
    no cache folder to be had (the copy is then built every time, as before)."""
    try:
        import fontTools

        st = source.stat()
        key = repr((CACHE_FORMAT, PDF_FAMILY, _LOOKALIKE_RANGES, getattr(fontTools, "version", "?"),
                    str(source.resolve()), st.st_size, st.st_mtime_ns))
        name = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
        return _cache_dir() / "fonts" / f"{_CACHE_PREFIX}{name}.bin"
    except Exception:  # no platformdirs, no home folder, an unreadable font: no cache
        return None


def _read_cached(path: Path) -> bytes | None:
    """The cached font, or None when it is missing, unreadable or not whole."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + _DIGEST
    if len(blob) <= head or not blob.startswith(_MAGIC):
        return None
    digest, data = blob[len(_MAGIC):head], blob[head:]
    if hashlib.sha256(data).digest() != digest:
        return None
    try:
        os.utime(path)  # in use: see _write_cached
    except OSError:
        pass
    return data


def _write_cached(path: Path, data: bytes) -> None:
    """Keep `data` at `path`, whole or not at all (a temporary file renamed into place).
    Failing is silent: a read-only or full disk only means building the font again."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(_MAGIC + hashlib.sha256(data).digest() + data)
        os.replace(tmp, path)
        tmp = None
        # Copies for another font file or version go once unused for a month (reading
        # one touches it): another install on this machine may still be using one.
        stale = time.time() - _STALE_S
        for old in path.parent.glob(f"{_CACHE_PREFIX}*.bin"):
            if old.name != path.name and old.stat().st_mtime < stale:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
