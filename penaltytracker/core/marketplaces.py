"""Marketplaces, restriction kinds and causes, and what a restricted seller may still do.

All of it is data (resources/marketplaces/marketplaces.toml); this module only reads it.
Qt-free and SQLAlchemy-free like the rest of core.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from penaltytracker.messages import Problem

RAKUTEN = "rakuten"


@dataclass(frozen=True)
class Label:
    ja: str
    en: str

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.ja


@dataclass(frozen=True)
class Marketplace:
    key: str
    name: Label
    points: bool  # under Rakuten's violation points system
    letter: str  # template key in letters.toml
    source: str
    still_allowed: dict[str, Label] = field(default_factory=dict)  # kind (or "default") -> text
    causes: dict[str, Label] = field(default_factory=dict)  # the marketplace's own wording
    buyer_notice: Label | None = None
    appeal_days: int | None = None
    hint: Label | None = None  # shown when a restriction is entered

    def label(self, lang: str = "ja") -> str:
        return self.name.text(lang)

    def allowed(self, kind: str, lang: str = "ja") -> str:
        found = self.still_allowed.get(kind) or self.still_allowed.get("default")
        return found.text(lang) if found else ""


@dataclass(frozen=True)
class Catalogue:
    version: str
    source: str
    default: str
    kinds: dict[str, Label]
    causes: dict[str, Label]
    marketplaces: dict[str, Marketplace]
    letters: dict

    def marketplace(self, key: str | None) -> Marketplace:
        key = (key or self.default).strip()
        found = self.marketplaces.get(key) or self._by_name(key)
        if found is None:
            raise Problem("marketplace.unknown", key=key, known=", ".join(self.marketplaces))
        return found

    def _by_name(self, text: str) -> Marketplace | None:
        low = text.lower()
        for m in self.marketplaces.values():
            if low in (m.name.ja.lower(), m.name.en.lower()):
                return m
        return None

    def kind(self, key: str) -> str:
        return self._key(key, self.kinds, "restriction.unknown_kind")

    def cause(self, key: str) -> str:
        return self._key(key, self.causes, "restriction.unknown_cause")

    @staticmethod
    def _key(text: str, table: dict[str, Label], code: str) -> str:
        text = (text or "").strip()
        if text in table:
            return text
        for key, label in table.items():  # typed in either language
            if text.lower() in (label.ja.lower(), label.en.lower()):
                return key
        raise Problem(code, value=text, known=", ".join(table))

    def kind_label(self, key: str, lang: str = "ja") -> str:
        found = self.kinds.get(key)
        return found.text(lang) if found else key

    def cause_label(self, key: str, lang: str = "ja", marketplace: str | None = None) -> str:
        if marketplace and marketplace in self.marketplaces:
            own = self.marketplaces[marketplace].causes.get(key)
            if own:
                return own.text(lang)
        found = self.causes.get(key)
        return found.text(lang) if found else key

    def marketplace_label(self, key: str, lang: str = "ja") -> str:
        found = self.marketplaces.get(key)
        return found.label(lang) if found else key


def _label(value, where: str) -> Label:
    if not isinstance(value, dict) or not isinstance(value.get("ja"), str) or not isinstance(value.get("en"), str):
        raise Problem("marketplace.bad_data", where=where)
    return Label(value["ja"], value["en"])


def _labels(table: dict, where: str) -> dict[str, Label]:
    return {k: _label(v, f"{where}.{k}") for k, v in (table or {}).items()}


def data_dir() -> Path:
    from penaltytracker.paths import resources_dir

    return resources_dir() / "marketplaces"


@lru_cache(maxsize=4)
def load(folder: str | None = None) -> Catalogue:
    """The catalogue from marketplaces.toml and letters.toml (bundled, or in `folder`)."""
    base = Path(folder) if folder else data_dir()
    from penaltytracker import toml_cache

    raw = toml_cache.load(base / "marketplaces.toml")
    letters = toml_cache.load(base / "letters.toml")
    markets = {}
    for key, m in raw.get("marketplaces", {}).items():
        where = f"marketplaces.{key}"
        markets[key] = Marketplace(
            key=key, name=_label(m, where), points=bool(m.get("points", False)),
            letter=m.get("letter", "inquiry"), source=m.get("source", ""),
            still_allowed=_labels(m.get("still_allowed"), where + ".still_allowed"),
            causes=_labels(m.get("causes"), where + ".causes"),
            buyer_notice=_label(m["buyer_notice"], where + ".buyer_notice") if "buyer_notice" in m else None,
            appeal_days=m.get("appeal_days"),
            hint=_label(m["hint"], where + ".hint") if "hint" in m else None)
    for m in markets.values():
        if m.letter not in letters:
            raise Problem("marketplace.bad_data", where=f"marketplaces.{m.key}.letter")
    cat = Catalogue(version=str(raw.get("version", "")), source=raw.get("source", ""),
                    default=raw.get("default", RAKUTEN), kinds=_labels(raw.get("kinds"), "kinds"),
                    causes=_labels(raw.get("causes"), "causes"), marketplaces=markets, letters=letters)
    if cat.default not in markets or "unknown" not in cat.causes or "other" not in cat.kinds:
        raise Problem("marketplace.bad_data", where="default")
    return cat


def check_marketplace(key: str | None) -> str:
    """The marketplace key for `key` (a key or a name in either language); Problem if unknown."""
    return load().marketplace(key).key


def has_points(key: str | None) -> bool:
    """True when the shop is under Rakuten's violation points system."""
    return load().marketplace(key).points


__all__ = ["Catalogue", "Label", "Marketplace", "RAKUTEN", "check_marketplace", "has_points", "load"]
