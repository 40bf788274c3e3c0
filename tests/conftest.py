"""Shared fixtures. Tests never need a display: Qt draws offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest
from hypothesis import settings as hypothesis_settings

from penaltytracker.core.rules import load_rules

# CI must be repeatable: the same examples every run (a new failing case found locally is
# added as an explicit example instead). Locally hypothesis keeps exploring.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


@pytest.fixture(scope="session")
def rules():
    return load_rules()


@pytest.fixture
def isolated_home(tmp_path, monkeypatch):
    """Point the user data and config folders at a temporary place."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("PENALTYTRACKER_DB", raising=False)
    monkeypatch.delenv("PENALTYTRACKER_RULES", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path, isolated_home) -> Path:
    return tmp_path / "store.sqlite3"


@pytest.fixture
def store(db_path):
    from penaltytracker.store import open_store

    s = open_store(db_path)
    yield s
    s.close()


def run_cli(*args: str, db: Path | None = None, env: dict | None = None, input: bytes | None = None):
    """Run the real command line in a subprocess; returns CompletedProcess with text output."""
    cmd = [sys.executable, "-m", "penaltytracker"]
    if db is not None:
        cmd += ["--db", str(db)]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(cmd + list(args), capture_output=True, env=full_env, input=input, timeout=120,
                          text=False)


@pytest.fixture
def cli(db_path):
    """cli('status', '--shop', 'A') → (returncode, stdout str, stderr str)."""

    def call(*args, env=None):
        res = run_cli(*args, db=db_path, env=env)
        return res.returncode, res.stdout.decode("utf-8"), res.stderr.decode("utf-8")

    return call


D = date


# --- reliability (issue 7): the same tests on SQLite and on PostgreSQL -----------------

@pytest.fixture
def pg_url():
    """A fresh PostgreSQL database for this test (URL with password); skipped when
    PENALTYTRACKER_TEST_PG_URL is unset, a failure when PENALTYTRACKER_REQUIRE_PG is set."""
    from tests.pg import fresh_database

    with fresh_database() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_target(request, tmp_path, isolated_home):
    """Where a store lives, as --db takes it: an SQLite file path, or a fresh PostgreSQL database URL."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.sqlite3")
        return
    from tests.pg import fresh_database

    with fresh_database() as url:
        yield url
