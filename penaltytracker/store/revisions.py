"""The schema's revisions, read from the migration files without importing Alembic.

Opening a store whose schema is current needs only the head's name: loading Alembic for
it cost a quarter of a second at every start (benchmarks/README.md).
tests/test_benchmark_data.py checks these agree with Alembic's own reading.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_REVISION_LINE = re.compile(r'^(down_)?revision\s*=\s*(?:"([^"]+)"|None)\s*$', re.M)


@lru_cache(maxsize=1)
def revisions_from_files() -> tuple[frozenset[str], str] | None:
    """Every revision and the head. None when the files do not read plainly (one revision
    and one parent each, a single head): Alembic then decides."""
    revisions, parents = set(), set()
    try:
        for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
            found = _REVISION_LINE.findall(path.read_text(encoding="utf-8"))
            own = [rev for down, rev in found if not down]
            if len(own) != 1 or len(found) != 2:
                return None
            revisions.add(own[0])
            parents.update(rev for down, rev in found if down and rev)
    except OSError:
        return None
    heads = revisions - parents
    return (frozenset(revisions), heads.pop()) if len(heads) == 1 else None


def head_from_files() -> str | None:
    plain = revisions_from_files()
    return plain[1] if plain else None
