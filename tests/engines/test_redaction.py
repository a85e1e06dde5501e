"""No output of any command holds a password from `--engine`, however the URL around it is spelled."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import URL

from tests.conftest import STUB_MODELS
from tests.servers import pymysql_connect, server_for_dsn, set_password
from zsgate.cli import main
from zsgate.engines import EngineSpec
from zsgate.engines.redact import password_of, scrub

# Letters that make a password distinctive, then anything a user may paste, URL syntax included.
PASSWORDS = st.builds(
    lambda head, tail: head + tail,
    st.text("QXZJKW", min_size=4, max_size=4),
    st.text("abc019@:/?#%&=+ !$*()[]{}'\"\\~`;,.", min_size=0, max_size=16),
)
# Where a user may put the password, and whether the URL is then one zsgate accepts (None: it depends on the
# password, typed raw). `{where}` is the server's address, `{encoded}` the password percent-encoded.
SHAPES: dict[str, bool | None] = {
    "dsn:mysql://gate:{raw}@{where}": None,
    "dsn:mysql://gate:{encoded}@{where}": True,
    "dsn:mysql+pymysql://gate@{where}&password={encoded}": True,
    "dsn:mariadb://gate@{where}&passwd={encoded}": True,
    "dsn:mysql://gate@{where}&PWD={encoded}": True,
    "dsn:mysql://gate@{where}&PassWord={plus}": True,
    "dsn:mysql://gate@{where}&charset=utf8mb4&password={raw}": None,
    "dsn:mysql://gate@{where}&password={encoded}&password={encoded}": False,
    "dsn:mysql://gate:{encoded}@{where}&passwd={encoded}": False,
    "dsn:mysql://gate:{raw}@": False,
}
UNREACHABLE = "127.0.0.1:1/zstack?connect_timeout=1"  # nothing answers on port 1
COMMANDS = {
    "verify": ["verify", "--models", str(STUB_MODELS), "--no-resume"],
    "verify-json": ["verify", "--models", str(STUB_MODELS), "--no-resume", "--format", "json"],
    "replay": ["replay", "{history}"],
    "replay-json": ["replay", "{history}", "--format", "json"],
    "replay-database": ["replay", "{history}", "--database"],  # the spec without `dsn:`
    "verify-env": ["verify", "--models", str(STUB_MODELS), "--no-resume"],  # the spec in ZSGATE_ENGINE
}


def spellings(password: str) -> set[str]:
    return {password, quote(password), quote(password, safe=""), quote_plus(password), repr(password)[1:-1]}


def leaked(password: str, output: str) -> bool:
    return any(form in output for form in spellings(password))


def spec_for(shape: str, password: str, where: str) -> str:
    return shape.format(raw=password, encoded=quote(password, safe=""), plus=quote_plus(password), where=where)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("conf-db")
    (directory / "V0.6__schema.sql").write_text("CREATE TABLE t (id INT PRIMARY KEY);\n")
    return directory


@pytest.fixture(scope="module")
def root(mariadb_binaries: None) -> Iterator[URL]:
    with server_for_dsn() as url, pymysql_connect(url) as connection, connection.cursor() as cursor:
        cursor.execute("CREATE DATABASE flyway")  # for `replay --database`
        yield url


def run(command: str, spec: str, history: Path) -> tuple[int, str]:
    args = [arg.format(history=history) for arg in COMMANDS[command]]
    given = {"replay-database": [spec.removeprefix("dsn:")], "verify-env": []}.get(command, ["--engine", spec])
    result = CliRunner().invoke(main, [*args, *given], env={"ZSGATE_ENGINE": spec if command == "verify-env" else None})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output + (result.stderr or "")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(password=PASSWORDS, shape=st.sampled_from(list(SHAPES)), command=st.sampled_from(list(COMMANDS)))
def test_no_command_prints_the_password_of_an_unreachable_server(
    history: Path, password: str, shape: str, command: str
) -> None:
    code, output = run(command, spec_for(shape, password, UNREACHABLE), history)
    assert code == 2, output  # nothing answers, or the URL is refused
    assert not leaked(password, output), output


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    password=PASSWORDS,
    shape=st.sampled_from(list(SHAPES)),
    command=st.sampled_from(list(COMMANDS)),
    right=st.booleans(),
)
@example(
    password="QXZJ p@ss/w:rd", shape="dsn:mysql+pymysql://gate@{where}&password={encoded}", command="verify", right=True
)
@example(
    password="QXZJ p@ss/w:rd", shape="dsn:mariadb://gate@{where}&passwd={encoded}", command="verify-json", right=True
)
@example(password="QXZJ p@ss/w:rd", shape="dsn:mysql://gate@{where}&PWD={encoded}", command="replay", right=True)
@example(password="QXZJ p@ss/w:rd", shape="dsn:mysql://gate@{where}&PassWord={plus}", command="replay-json", right=True)
@example(password="QXZJ p@ss/w:rd", shape="dsn:mysql://gate:{encoded}@{where}", command="replay-database", right=True)
@example(password="QXZJ p@ss/w:rd", shape="dsn:mysql://gate:{encoded}@{where}", command="verify-env", right=True)
def test_no_command_prints_the_password_of_a_server_it_logs_in_to_or_not(
    root: URL, history: Path, password: str, shape: str, command: str, right: bool
) -> None:
    """The summary line and the JSON report of a run that logged in, and the error of one that did not."""
    set_password(root, password if right else "QXZJ-another-password")
    where = f"localhost/flyway?unix_socket={quote(str(root.query['unix_socket']))}"
    code, output = run(command, spec_for(shape, password, where), history)
    accepted = SHAPES[shape]
    if right and accepted:
        assert code == 0, output
        if command.endswith("json"):
            assert "gate:***@localhost" in json.loads(output)["engine"]
    elif not right or accepted is False:
        assert code == 2, output
    assert not leaked(password, output), output


@given(password=PASSWORDS, shape=st.sampled_from([shape for shape, accepted in SHAPES.items() if accepted]))
def test_a_parsed_spec_shows_no_password_and_connects_with_it(password: str, shape: str) -> None:
    spec = EngineSpec.parse(spec_for(shape, password, "db:3306/?charset=utf8mb4"))
    assert spec.url is not None and spec.url.password == password
    for shown in (str(spec), repr(spec), f"{spec}", format(spec), json.dumps({"engine": spec}), str(spec.url)):
        assert not leaked(password, shown), shown
    assert str(spec) == "dsn:mysql+pymysql://gate:***@db:3306?charset=utf8mb4"


@given(password=PASSWORDS, shape=st.sampled_from(list(SHAPES)))
def test_a_spec_that_is_refused_says_so_without_the_password(password: str, shape: str) -> None:
    try:
        spec = EngineSpec.parse(spec_for(shape, password, "db:3306/?charset=utf8mb4"))
    except ValueError as error:
        assert not leaked(password, str(error)), str(error)
    else:
        assert not leaked(password, f"{spec!r} {spec}")


def test_the_password_is_what_lies_between_the_users_colon_and_the_last_at() -> None:
    assert password_of("mysql://u:p@ss:w/rd@host:3306/db") == "p@ss:w/rd"
    assert password_of("mysql://u@host/") is None
    assert password_of("local") is None


def test_scrub_removes_every_spelling_and_leaves_short_passwords_alone() -> None:
    assert scrub("denied for p@ssw0rd and p%40ssw0rd", "p@ssw0rd") == "denied for *** and ***"
    assert scrub("abc: denied", "abc") == "abc: denied"  # 3 characters: too common to hunt in free text
