"""The Japanese font (IPAex Gothic) that charts and PDFs draw with, on any machine.

The ttf ships inside the matplotlib-fontja package. Importing that package calls its
`japanize()`, which changes matplotlib's global settings, so the file is located via
the package spec instead of an import. A frozen (PyInstaller) app may carry the font
in resources/fonts, which is looked at first.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

FONT_FILE = "ipaexg.ttf"


class FontMissing(FileNotFoundError):
    """The Japanese font is not installed; Japanese text would show as empty boxes."""


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
    looked = ", ".join(str(p) for p in candidates) or "(matplotlib-fontja is not installed)"
    raise FontMissing(f"the Japanese font {FONT_FILE} was not found; looked in: {looked}")


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
    code point only, so that text copied or searched in the PDF is the text written."""
    import io
    from collections import defaultdict

    from fontTools.ttLib import TTFont  # ships with matplotlib

    font = TTFont(str(font_path()), lazy=True)
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
