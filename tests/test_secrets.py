"""Passwords never shown (issue 15), in every form a URL or a driver writes them: in
messages, tracebacks and the window title. The real command line, a real PostgreSQL URL."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from penaltytracker.redact import mask, secrets_in
from penaltytracker.store.engine import describe
from tests.conftest import run_cli


def shown(url: str, *args: str, debug: bool = False) -> tuple[int, str]:
    res = run_cli("--lang", "en", *args, db=url, env={"PENALTYTRACKER_DEBUG": "1"} if debug else {})
    return res.returncode, res.stdout.decode() + res.stderr.decode()


def query_form(pg_url: str, password: str | None = None) -> str:
    """The same database with the user and password as query parameters."""
    u = make_url(pg_url)
    return (f"postgresql+psycopg://{u.host}:{u.port}/{u.database}"
            f"?user={u.username}&password={password or u.password}")


@pytest.mark.postgres
def test_a_password_given_as_a_query_parameter_is_never_shown(pg_url):
    url = query_form(pg_url)
    password = make_url(pg_url).password
    code, text = shown(url, "shop", "add", "本店")
    assert code == 0, text
    assert password not in text
    wrong = query_form(pg_url, "Wr0ng-Query-PW")
    for debug in (False, True):
        code, text = shown(wrong, "shop", "list", debug=debug)
        assert code == 2, text
        assert "Wr0ng-Query-PW" not in text and "password=***" in text, text


@pytest.mark.postgres
def test_an_unencoded_at_sign_in_the_password_leaks_nothing(pg_url):
    u = make_url(pg_url)
    url = f"postgresql+psycopg://{u.username}:Sec@ret-Tail@{u.host}:{u.port}/{u.database}"
    for debug in (False, True):
        code, text = shown(url, "shop", "list", debug=debug)
        assert code == 2, text
        assert "ret-Tail" not in text and "Sec@" not in text, text


@pytest.mark.postgres
def test_a_port_that_is_not_a_number_exits_2_without_the_password(pg_url):
    u = make_url(pg_url)
    url = f"postgresql+psycopg://{u.username}:{u.password}@{u.host}:abc/{u.database}"
    code, text = shown(url, "shop", "list")
    assert code == 2, text
    assert "port" in text and u.password not in text


@pytest.mark.postgres
def test_the_window_title_hides_a_query_password(pg_url, qtbot):
    from penaltytracker.core.rules import load_rules
    from penaltytracker.store import open_store
    from penaltytracker.ui.i18n import Language
    from penaltytracker.ui.main_window import MainWindow
    from penaltytracker.ui.settings import AppSettings

    url = query_form(pg_url)
    store = open_store(url)
    window = MainWindow(store, load_rules(), Language(), AppSettings())
    qtbot.addWidget(window)
    try:
        assert make_url(pg_url).password not in window.windowTitle()
        assert "password=***" in window.windowTitle()
    finally:
        window.ops.wait_idle() if hasattr(window, "ops") else None
        window.close()
        store.close()


@pytest.mark.parametrize("text, secret", [
    ("postgresql://u:p@ss@host/db", "p@ss"),
    ("postgresql+psycopg://host/db?user=u&password=sekrit&sslmode=require", "sekrit"),
    ("postgresql://u:hunter22@host:abc/db", "hunter22"),
    ("connection failed: host=127.0.0.1 port=5432 password='se cret' dbname=x", "se cret"),
    ("conninfo: host=h password=plainPW user=u", "plainPW"),
    ("postgresql+psycopg://ops:a:b:c@h/d", "a:b:c"),
])
def test_mask_catches_every_form(text, secret):
    masked = mask(text)
    assert secret not in masked and "***" in masked, masked
    assert secret in secrets_in(text) or secret.strip("'") in secrets_in(text)


def test_describe_never_fails_and_never_leaks():
    assert describe("postgresql://u:p@ss@host/db") == "postgresql://u:***@host/db"
    assert "hunter22" not in describe("postgresql://u:hunter22@host:abc/db")
    assert describe("postgresql://host/db?password=sekrit") == "postgresql://host/db?password=***"
    assert describe("/tmp/store.sqlite3") == "/tmp/store.sqlite3"


def test_known_passwords_are_masked_wherever_they_appear():
    assert mask("driver said: bad option Sec@ret-Tail", secrets_in("postgresql://u:Sec@ret-Tail@h/d")) \
        == "driver said: bad option ***"
    assert "ret-Tail" not in mask("host 'ret-Tail@h' unknown", secrets_in("postgresql://u:Sec@ret-Tail@h/d"))
