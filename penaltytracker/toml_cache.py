"""TOML files read once: the parsed content is kept in the user cache folder.

Every command reads the message catalogue, the rule set and the marketplaces; parsing
their TOML took a fifth of a `status` command (issue 19). The parsed dict is kept as a
marshal file keyed by the file's path, size and modification time, so an edited file is
read again at once. The cache is never a reason to fail: anything wrong with it (missing,
damaged, not writable) means reading the file itself, as before.
"""

from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path

_FORMAT = 1


def _cache_file(path: Path) -> Path | None:
    try:
        from penaltytracker.paths import cache_dir

        import zlib  # a checksum, not a secret: hashlib would load OpenSSL (3 ms)

        key = f"{path.stem[:40]}-{zlib.crc32(os.fsencode(path)):08x}"
        return cache_dir() / "toml" / f"{key}.marshal"
    except Exception:  # noqa: BLE001 - no cache folder: no cache
        return None


def load(path: str | os.PathLike) -> dict:
    """tomllib's reading of `path` (same exceptions: OSError, UnicodeDecodeError,
    tomllib.TOMLDecodeError), from the cache when the file has not changed."""
    path = Path(path).resolve()
    info = os.stat(path)
    stamp = (_FORMAT, sys.version_info[:2], str(path), info.st_size, info.st_mtime_ns)
    cached = _cache_file(path)
    if cached is not None and not os.environ.get("PENALTYTRACKER_NO_TOML_CACHE"):
        try:
            kept_stamp, data = marshal.loads(cached.read_bytes())
            if tuple(kept_stamp) == stamp and isinstance(data, dict):
                return data
        except Exception:  # noqa: BLE001 - missing or damaged: read the file
            pass
    import tomllib  # 5 ms to load: only when the file is read

    data = tomllib.loads(path.read_bytes().decode("utf-8"))
    if cached is not None:
        _keep(cached, stamp, data)
    return data


def _keep(cached: Path, stamp: tuple, data: dict) -> None:
    try:
        payload = marshal.dumps((stamp, data))
    except ValueError:  # a value marshal cannot hold (a TOML date, say): not cached
        return
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        part = cached.with_name(f"{cached.name}.{os.getpid()}.part")
        part.write_bytes(payload)
        os.replace(part, cached)  # whole or not at all, whatever runs beside us
    except OSError:
        pass
