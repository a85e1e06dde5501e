"""No output of any command holds a password from `--engine`, however the URL around it is spelled."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zsgate.cli import main
from zsgate.engines.redact import password_of, scrub, secrets_of, shown_spec

# Letters that make a password distinctive, then anything a user may paste, URL syntax included.
PASSWORDS = st.builds(
    lambda head, tail: head + tail,
    st.text("QXZJKW", min_size=4, max_size=4),
    st.text("abc019@:/?#%&=+ !$*()[]{}'\"\\~`;,.", min_size=0, max_size=16),
)
SHAPES = (
    "dsn:mysql://zsgate:{raw}@127.0.0.1:1/",
    "dsn:mysql+pymysql://zsgate:{encoded}@127.0.0.1:1/zstack",
    "dsn:mariadb://zsgate:{raw}@localhost:1",
    "dsn:mysql://zsgate@127.0.0.1:1/?password={encoded}",
    "dsn:mysql://zsgate:{raw}@",
    "dsn:mysql://zsgate:{raw}@127.0.0.1:1/?charset=utf8mb4&password={encoded}",
)


def leaked(password: str, output: str) -> bool:
    return any(form in output for form in {password, quote(password, safe=""), quote_plus(password)})


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("conf-db")
    (directory / "V0.6__schema.sql").write_text("CREATE TABLE t (id INT PRIMARY KEY);\n")
    return directory


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(password=PASSWORDS, shape=st.sampled_from(SHAPES), command=st.sampled_from(["verify", "json", "replay"]))
def test_no_command_prints_the_password(history: Path, password: str, shape: str, command: str) -> None:
    spec = shape.format(raw=password, encoded=quote(password, safe=""))
    args = {
        "verify": ["verify", "--engine", spec],
        "json": ["verify", "--format", "json", "--engine", spec],
        "replay": ["replay", str(history), "--engine", spec],
    }[command]
    result = CliRunner().invoke(main, args)
    output = result.output + (result.stderr or "")
    assert result.exit_code == 2, output  # nothing answers on port 1, or the URL is refused
    assert not leaked(password, output), output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@given(password=PASSWORDS, shape=st.sampled_from(SHAPES))
def test_the_shown_spec_masks_every_password(password: str, shape: str) -> None:
    spec = shape.format(raw=password, encoded=quote(password, safe=""))
    assert not leaked(password, shown_spec(spec))


def test_the_password_is_what_lies_between_the_users_colon_and_the_last_at() -> None:
    assert password_of("mysql://u:p@ss:w/rd@host:3306/db") == "p@ss:w/rd"
    assert password_of("mysql://u@host/") is None
    assert password_of("local") is None
    assert (
        shown_spec("dsn:mysql://u:p@ss@host:3306/db?password=x&a=b")
        == "dsn:mysql://u:***@host:3306/db?password=***&a=b"
    )


def test_scrub_removes_every_spelling_and_leaves_short_passwords_to_the_shown_spec() -> None:
    secrets = secrets_of("dsn:mysql://u:p%40ssw0rd@host/")
    assert scrub("denied for p@ssw0rd and p%40ssw0rd", secrets) == "denied for *** and ***"
    assert secrets_of("dsn:mysql://u:abc@host/") == frozenset()  # 3 characters: too common to hunt in free text
