"""Names in a prechecks file stay names: whatever a table, column or ENUM member is called, the file
`zsgate impact --prechecks` prints sends the real `mariadb` client exactly its queries, and nothing else.

What the client sends is read from the server's general log, so the proof rests on the client and the
server, not on zsgate's own splitter.
"""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.conftest import unavailable
from tests.servers import client_command, pymysql_connect
from zsgate.checks.impact.analyse import ImpactReport, parsed, statement_alterations
from zsgate.checks.impact.prechecks import Precheck, prechecks
from zsgate.checks.impact.session import Session
from zsgate.checks.report.impact import write_prechecks
from zsgate.cli import main
from zsgate.engines import Server
from zsgate.history.schema import Schema
from zsgate.sql.quoting import identifier, string
from zsgate.sql.split import split_sql

DATABASE = "prechecked"
# Names as a hostile file may give them: any character the server allows in a quoted name (not NUL), with the
# marks that end comments, strings, names and statements more often than chance would draw them.
HOSTILE = st.lists(
    st.one_of(
        st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)),
        st.sampled_from(["\n", "\r", "`", "'", '"', "%", "--", "/*", "*/", "#", ";", "\\", "\u2028", "\u202e"]),
        st.sampled_from(["\nDROP TABLE victim; -- ", "\ndelimiter //\n", "\n\\! touch pwned\n"]),
    ),
    min_size=1,
    max_size=8,
).map("".join)


@pytest.fixture(scope="module")
def server(mariadb_binaries: None) -> Iterator[Server]:
    """A throwaway server whose general log records every statement the client sends it."""
    from zsgate.engines import EngineUnavailable, open_server

    try:
        with open_server("local") as server:
            with pymysql_connect(server.url, autocommit=True) as connection, connection.cursor() as cursor:
                cursor.execute(f"CREATE DATABASE {DATABASE}")
                # the log keeps utf8mb3 text, which loses characters beyond the BMP that a string may hold
                cursor.execute("ALTER TABLE mysql.general_log MODIFY argument MEDIUMTEXT CHARSET utf8mb4 NOT NULL")
                cursor.execute("SET GLOBAL log_output = 'TABLE', GLOBAL general_log = 1")
            yield server
    except EngineUnavailable as error:
        unavailable(str(error))


def sent_by_client(server: Server, script: str) -> list[str]:
    """The statements the `mariadb` client sends for ``script`` (errors do not stop it: ``--force``)."""
    command, env = client_command(server.url, DATABASE)
    with pymysql_connect(server.url, autocommit=True) as connection, connection.cursor() as cursor:
        cursor.execute("TRUNCATE mysql.general_log")
        subprocess.run(
            [*command, "--force", "--default-character-set=utf8mb4"],
            input=script.encode(),
            env=env,
            cwd=server.directory,  # where a `\!` shell command would leave its mark
            capture_output=True,
            check=False,
            timeout=60,
        )
        cursor.execute(
            "SELECT argument FROM mysql.general_log WHERE command_type = 'Query' AND thread_id <> CONNECTION_ID()"
            " ORDER BY event_time"
        )
        return [row[0] for row in cursor.fetchall()]


def hostile_prechecks(path: str, table: str, column: str, other: str, member: str) -> list[Precheck]:
    """The prechecks of changes to an existing table whose names are the ones given."""
    created = (
        f"CREATE TABLE {identifier(table)} ({identifier(column)} VARCHAR(32) NULL,"
        f" {identifier(other)} ENUM({string(member)}, 'kept') NULL);"
    )
    changed = (
        f"ALTER TABLE {identifier(table)} MODIFY {identifier(column)} VARCHAR(32) NOT NULL,"
        f" ADD UNIQUE KEY `k` ({identifier(column)}, {identifier(other)}),"
        f" MODIFY {identifier(other)} ENUM('kept') NULL;"
    )
    schema = Schema()
    list(statement_alterations(parsed(split_sql(created)), schema, None))
    alter = split_sql(changed, path)
    if len(alter.statements) != 1:
        return []
    ((statement, alterations),) = statement_alterations(parsed(alter), schema, None, Session())
    return prechecks(statement.path, statement.line, alterations)


def printed(checks: list[Precheck]) -> str:
    out = io.StringIO()
    write_prechecks(ImpactReport(prechecks=checks), out)
    return out.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=HOSTILE, table=HOSTILE, column=HOSTILE, other=HOSTILE, member=HOSTILE)
def test_the_client_sends_exactly_the_prechecks_whatever_the_names(
    server: Server, path: str, table: str, column: str, other: str, member: str
) -> None:
    assume(column.lower() != other.lower() and member != "kept")
    # the client drops the CR of a CR LF everywhere, inside a quoted name too: no quoting can keep it
    assume(not any("\r\n" in name for name in (table, column, other)))
    checks = hostile_prechecks(path, table, column, other, member)
    assume(len(checks) == 3)  # NULLs, duplicates, the removed ENUM member: sqlglot read every name
    assert sent_by_client(server, printed(checks)) == [check.sql for check in checks]


def test_a_table_name_holding_a_statement_does_not_drop_the_victim(server: Server, tmp_path: Path) -> None:
    """The reproduction of issue 13's defect 2, run as the README says: the printed file, the plain client."""
    from click.testing import CliRunner

    table = "t\nDROP TABLE victim; -- x"
    history = tmp_path / "db"
    history.mkdir()
    (history / "V1__create.sql").write_text(
        f"CREATE TABLE IF NOT EXISTS {identifier(table)} (`id` INT PRIMARY KEY, `c` VARCHAR(32) NULL);\n"
    )
    (history / "V2__change.sql").write_text(f"ALTER TABLE {identifier(table)} MODIFY `c` VARCHAR(32) NOT NULL;\n")
    result = CliRunner().invoke(main, ["impact", "--prechecks", str(history)])
    assert result.exit_code == 0, result.output
    with pymysql_connect(server.url, database=DATABASE, autocommit=True) as connection:
        with connection.cursor() as cursor:
            cursor.execute("CREATE TABLE `victim` (`id` INT)")
            cursor.execute((history / "V1__create.sql").read_text())
        try:
            command, env = client_command(server.url, DATABASE)
            run = subprocess.run(command, input=result.output.encode(), env=env, capture_output=True, timeout=60)
            assert run.returncode == 0, run.stderr
            with connection.cursor() as cursor:
                cursor.execute("SHOW TABLES")
                assert {row[0] for row in cursor.fetchall()} == {"victim", table}
        finally:
            with connection.cursor() as cursor:
                cursor.execute("DROP TABLE IF EXISTS `victim`")
                cursor.execute(f"DROP TABLE IF EXISTS {identifier(table)}")


def test_the_comment_shows_invisible_characters_escaped() -> None:
    (check,) = [c for c in hostile_prechecks("V2__x.sql", "a\nb\u202ec", "c", "d", "e") if "NULL" in c.finds][:1]
    assert printed([check]).splitlines()[0] == "-- V2__x.sql:1: a\\u000ab\\u202ec.c holds NULL"
