"""The `dsn:` engine on an existing server: it creates and drops only `zstack`, and never shows a password."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pymysql
import pytest
import sqlalchemy
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from tests.conftest import STUB_MODELS
from tests.servers import pymysql_connect
from zsgate.engines import SCHEMA, EngineRefused, EngineSpec, EngineUnavailable, Server, open_server
from zsgate.engines.dsn import parse_url

SECRET = "Sup3r-s3cret/pw@1"  # a password with characters URLs must quote


def databases(url: URL) -> set[str]:
    engine = sqlalchemy.create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return {row[0] for row in connection.exec_driver_sql("SHOW DATABASES")}
    finally:
        engine.dispose()


def run_accounts(url: URL) -> set[str]:
    """The per-run accounts zsgate made on the server at `url`."""
    engine = sqlalchemy.create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            users = connection.exec_driver_sql("SELECT user FROM mysql.user WHERE user LIKE 'zsgate_run_%%'")
            return {row[0] for row in users}
    finally:
        engine.dispose()


@pytest.fixture
def server_url(running_server_url: str) -> URL:
    url = make_url(running_server_url)
    if SCHEMA in databases(url):
        pytest.skip(f"{url.render_as_string(hide_password=True)} already has a `{SCHEMA}` database of its own")
    return url


def test_creates_zstack_for_the_run_and_drops_only_that(server_url: URL) -> None:
    before = databases(server_url)
    with open_server(f"dsn:{server_url.render_as_string(hide_password=False)}") as server:
        assert databases(server.url) == before | {SCHEMA, "zsgate_claim"}
        assert server.url.database is None and server.url.drivername == "mysql+pymysql"
        assert server.family in ("mariadb", "mysql")
        assert (server.url.host, server.url.port) == (server_url.host, server_url.port)
        assert server.description.endswith(f" at {server.url}")
    assert databases(server_url) == before


def test_refuses_a_server_that_has_a_zstack_and_leaves_it_as_it_was(
    server_url: URL, existing_zstack: pymysql.Connection
) -> None:
    with (
        pytest.raises(EngineRefused, match=f"already has a `{SCHEMA}` database"),
        open_server(f"dsn:{server_url.render_as_string(hide_password=False)}"),
    ):
        pytest.fail("ran beside someone else's zstack")
    with existing_zstack.cursor() as cursor:
        cursor.execute(f"SELECT `uuid` FROM `{SCHEMA}`.`ManagementNodeVO`")
        assert cursor.fetchall() == (("theirs",),)


def test_the_run_has_an_account_of_its_own_limited_to_zstack_and_drops_it(server_url: URL) -> None:
    with open_server(f"dsn:{server_url.render_as_string(hide_password=False)}") as server:
        user = server.zstack_url.username
        assert user is not None and user.startswith("zsgate_run_") and run_accounts(server_url) == {user}
        account = sqlalchemy.create_engine(server.zstack_url, poolclass=NullPool)
        with account.connect() as connection:
            grants = [row[0] for row in connection.exec_driver_sql("SHOW GRANTS")]
        account.dispose()
        assert grants[0].startswith(f"GRANT USAGE ON *.* TO `{user}`@")
        assert len(grants) == 2 and grants[1].startswith(f"GRANT ALL PRIVILEGES ON `{SCHEMA}`.* TO `{user}`@")
    assert run_accounts(server_url) == set()  # none left, a killed run's included


def test_an_account_that_cannot_make_the_runs_account_is_refused_saying_what_it_needs() -> None:
    with open_server("local") as local:
        admin = sqlalchemy.create_engine(local.url, poolclass=NullPool)
        with admin.begin() as connection:
            connection.exec_driver_sql(f"CREATE USER 'gate'@'localhost' IDENTIFIED BY '{SECRET}'")
            connection.exec_driver_sql("GRANT ALL PRIVILEGES ON *.* TO 'gate'@'localhost'")  # no GRANT OPTION
            connection.exec_driver_sql(f"DROP DATABASE `{SCHEMA}`")  # the local engine's own claim
        url = local.url.set(username="gate", password=SECRET)
        with (
            pytest.raises(EngineRefused, match="needs CREATE USER, SELECT on mysql.user and ALL PRIVILEGES") as refused,
            open_server(f"dsn:{url.render_as_string(hide_password=False)}"),
        ):
            pytest.fail("ran upgrades as an account it could not confine")
        assert "s3cret" not in str(refused.value)
        with admin.connect() as connection:  # the claim is given back
            assert SCHEMA not in set(connection.exec_driver_sql("SHOW DATABASES").scalars())
        admin.dispose()


def test_a_failed_login_names_the_server_but_not_the_password(server_url: URL) -> None:
    wrong = server_url.set(username="zsgate_nobody", password=SECRET)
    with pytest.raises(EngineUnavailable) as raised, open_server(f"dsn:{wrong.render_as_string(hide_password=False)}"):
        pytest.fail("logged in with a made-up password")
    message = str(raised.value)
    assert "Access denied" in message and "zsgate_nobody:***@" in message
    assert SECRET not in message and "s3cret" not in message
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_an_unreachable_server_names_it_but_not_the_password() -> None:
    with (
        pytest.raises(EngineUnavailable, match="Can't connect") as raised,
        open_server(f"dsn:mysql://root:{SECRET.replace('/', '%2F').replace('@', '%40')}@127.0.0.1:1/"),
    ):
        pytest.fail("connected to port 1")
    assert "s3cret" not in str(raised.value)


@pytest.mark.usefixtures("mariadb_binaries")
def test_a_server_with_a_password_keeps_it_out_of_description_and_repr() -> None:
    """A user with a password on a throwaway local server, reached through `dsn:`."""
    with open_server("local") as local:
        admin = sqlalchemy.create_engine(local.url, poolclass=NullPool)
        with admin.begin() as connection:
            connection.exec_driver_sql(f"CREATE USER 'gate'@'localhost' IDENTIFIED BY '{SECRET}'")
            connection.exec_driver_sql("GRANT ALL PRIVILEGES ON *.* TO 'gate'@'localhost' WITH GRANT OPTION")
            connection.exec_driver_sql(f"DROP DATABASE `{SCHEMA}`")  # the local engine's own claim
        admin.dispose()
        url = local.url.set(username="gate", password=SECRET)
        with open_server(f"dsn:{url.render_as_string(hide_password=False)}") as server:
            assert server.url.password == SECRET  # usable ...
            for shown in (server.description, repr(server), str(server), str(server.url)):
                assert "s3cret" not in shown  # ... and never shown
            assert isinstance(server, Server) and "gate:***@localhost" in server.description


def test_urls_become_pymysql_urls_and_a_dsn_engine_selects_no_database() -> None:
    url = parse_url("mysql://user:pw@db.example:3307/zstack?charset=utf8mb4")
    assert (url.drivername, url.host, url.port, url.database) == ("mysql+pymysql", "db.example", 3307, "zstack")
    assert url.password == "pw" and dict(url.query) == {"charset": "utf8mb4"}
    spec = EngineSpec.parse("dsn:mysql://user:pw@db.example:3307/zstack")
    assert spec.url is not None and spec.url.database is None
    assert parse_url("mysql://user@db?Passwd=pw").password == "pw" and not parse_url("mysql://u@db/?passwd=pw").query
    assert parse_url("mariadb://root@localhost").drivername == "mysql+pymysql"
    with pytest.raises(ValueError, match="mysql:// or mariadb://"):
        parse_url("postgresql://user:pw@host/db")
    with pytest.raises(ValueError) as raised:
        parse_url("not a url, with hunter2 in it")
    assert "hunter2" not in str(raised.value)


HOLDER = """
import sys, time
from zsgate.engines import open_server

with open_server(sys.argv[1]):
    print("claimed", flush=True)
    time.sleep(120)
"""


def test_a_killed_runs_zstack_is_reclaimed_by_the_next_run_and_a_live_runs_is_refused(server_url: URL) -> None:
    spec = f"dsn:{server_url.render_as_string(hide_password=False)}"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, spec], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "claimed\n"
        with pytest.raises(EngineRefused, match="another zsgate run is using `zstack`"), open_server(spec):
            pytest.fail("took the zstack of a live run")
        assert SCHEMA in databases(server_url), "the live run's zstack was touched"
    finally:
        holder.kill()
        holder.wait()
    assert SCHEMA in databases(server_url), "nothing cleans up after SIGKILL but the next run"
    killed_runs_account = run_accounts(server_url)
    assert len(killed_runs_account) == 1
    with open_server(spec) as server, sqlalchemy.create_engine(server.url, poolclass=NullPool).connect() as connection:
        assert connection.exec_driver_sql(f"SHOW TABLES FROM `{SCHEMA}`").all() == []
        assert run_accounts(server_url) == {server.zstack_url.username}
    assert SCHEMA not in databases(server_url) and "zsgate_claim" not in databases(server_url)
    assert run_accounts(server_url) == set()


def claimed_by_a_killed_run(spec: str) -> None:
    """What a SIGKILLed run leaves: its `zstack` and its claim record, and no lock holder."""
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, spec], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "claimed\n"
    finally:
        holder.kill()
        holder.wait()


def fill(connection: pymysql.Connection) -> None:
    """Make `zstack` someone's real database: a table with a row."""
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE IF NOT EXISTS `{SCHEMA}`")
        cursor.execute(f"CREATE TABLE `{SCHEMA}`.`ManagementNodeVO` (`uuid` VARCHAR(32) PRIMARY KEY)")
        cursor.execute(f"INSERT INTO `{SCHEMA}`.`ManagementNodeVO` VALUES ('theirs')")


def rows_of(connection: pymysql.Connection) -> tuple[tuple[object, ...], ...]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT `uuid` FROM `{SCHEMA}`.`ManagementNodeVO`")
        return cursor.fetchall()


@pytest.fixture
def admin(server_url: URL) -> Iterator[pymysql.Connection]:
    """A connection of the server's own user; `zstack` and the claim record are dropped afterwards."""
    connection = pymysql_connect(server_url, autocommit=True)
    try:
        yield connection
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS `{SCHEMA}`")
            cursor.execute("DROP DATABASE IF EXISTS `zsgate_claim`")
        connection.close()


@pytest.fixture
def existing_zstack(admin: pymysql.Connection) -> pymysql.Connection:
    """Someone else's `zstack` database, with a table and a row in it."""
    fill(admin)
    return admin


def test_a_zstack_made_by_hand_after_a_killed_verify_is_refused_and_kept(
    server_url: URL, admin: pymysql.Connection, tmp_path: Path
) -> None:
    """kill -9 of `zsgate verify` leaves its `zstack` and its claim; someone drops that `zstack` and creates
    a real one: the next verify refuses it (exit 2, one line) instead of dropping it."""
    spec = f"dsn:{server_url.render_as_string(hide_password=False)}"
    verify = [sys.executable, "-m", "zsgate", "verify", "--models", STUB_MODELS, "--engine", spec]
    killed = subprocess.Popen(verify, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path)
    try:
        while not {SCHEMA, "zsgate_claim"} <= databases(server_url):
            assert killed.poll() is None, "verify ended before it claimed `zstack`"
    finally:
        killed.kill()
        killed.wait()
    with admin.cursor() as cursor:
        cursor.execute(f"DROP DATABASE `{SCHEMA}`")
    fill(admin)
    again = subprocess.run(verify, capture_output=True, text=True, cwd=tmp_path)
    assert again.returncode == 2, again.stdout + again.stderr
    assert "a `zstack` database (1 tables) with no zsgate mark" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1 and "Traceback" not in again.stderr
    assert rows_of(admin) == (("theirs",),)


@pytest.mark.parametrize("rows", [True, False], ids=["with-rows", "empty"])
def test_a_claim_record_beside_a_zstack_without_the_mark_is_refused(
    server_url: URL, admin: pymysql.Connection, rows: bool
) -> None:
    """Someone's `zstack` beside a `zsgate_claim` database (made by hand, or by a run killed between creating
    `zstack` and marking it): without the mark inside it, zsgate cannot prove it made that `zstack`."""
    with admin.cursor() as cursor:
        cursor.execute("CREATE DATABASE `zsgate_claim`")
        cursor.execute("CREATE TABLE `zsgate_claim`.`run` (`id` CHAR(32) NOT NULL)")
        cursor.execute("INSERT INTO `zsgate_claim`.`run` VALUES (REPLACE(UUID(), '-', ''))")
        cursor.execute(f"CREATE DATABASE `{SCHEMA}`")
    if rows:
        fill(admin)
    spec = f"dsn:{server_url.render_as_string(hide_password=False)}"
    with pytest.raises(EngineRefused, match="with no zsgate mark"), open_server(spec):
        pytest.fail("took a zstack zsgate cannot prove it made")
    assert SCHEMA in databases(server_url)
    if rows:
        assert rows_of(admin) == (("theirs",),)


def test_a_leftover_whose_mark_is_not_the_recorded_runs_is_refused(server_url: URL, admin: pymysql.Connection) -> None:
    """A killed run's `zstack` restored from a dump after a later run: its mark names another run."""
    spec = f"dsn:{server_url.render_as_string(hide_password=False)}"
    claimed_by_a_killed_run(spec)
    with admin.cursor() as cursor:
        cursor.execute("UPDATE `zsgate_claim`.`run` SET `id` = REPLACE(UUID(), '-', '')")
    with pytest.raises(EngineRefused, match="the mark of a zsgate run other than the last one"), open_server(spec):
        pytest.fail("took a zstack another run made")
    assert SCHEMA in databases(server_url)


def test_a_zstack_replaced_during_a_run_is_left_to_its_owner(server_url: URL, admin: pymysql.Connection) -> None:
    spec = f"dsn:{server_url.render_as_string(hide_password=False)}"
    with open_server(spec):
        with admin.cursor() as cursor:
            cursor.execute(f"DROP DATABASE `{SCHEMA}`")
        fill(admin)
    assert rows_of(admin) == (("theirs",),)
    assert "zsgate_claim" not in databases(server_url)


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("foo=1", "the URL's query names no connection setting pymysql knows: foo"),  # pymysql's TypeError before
        ("ssl_ca=/nonexistent/ca.pem", "cannot connect to mysql+pymysql://gate:***@127.0.0.1:3306?ssl_ca="),
    ],
    ids=["unknown setting", "unreadable TLS file"],
)
def test_a_url_query_the_driver_cannot_use_is_one_line_without_the_password(query: str, said: str) -> None:
    dsn = f"dsn:mysql://gate:QXZJsecret@127.0.0.1:3306/?{query}"
    verify = [sys.executable, "-m", "zsgate", "verify", "--models", STUB_MODELS, "--engine", dsn]
    result = subprocess.run(verify, capture_output=True, text=True)
    assert result.returncode == 2, result.stdout + result.stderr
    assert said in result.stdout + result.stderr
    assert "internal error" not in result.stderr and "QXZJsecret" not in result.stdout + result.stderr
