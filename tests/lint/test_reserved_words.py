"""The reserved-word lists behind the lint rule `reserved-word`.

The lists (zsgate/servers/reserved_words/) come from the vendors' documentation (see each data file's header).
These tests check the file format, facts taken from those pages, the expected
differences from SQLAlchemy's lists, the MariaDB 10.11 list against the local
MariaDB 10.11 server, and the MySQL 9.7 and MariaDB 11.8 lists against those servers.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import pytest

from zsgate import servers
from zsgate.servers import DEFAULT_TARGET
from zsgate.servers import NAMES as TARGETS
from zsgate.servers.target import RESERVED_WORDS as DATA_DIR

if TYPE_CHECKING:
    from pymysql.cursors import Cursor


def reserved_words(target: str) -> frozenset[str]:
    return servers.target(target).reserved_words


WORD = re.compile(r"[A-Z_][A-Z0-9_]*")

# MySQL 8.4 manual, "MySQL 8.4 New / Removed Keywords and Reserved Words" (vs 8.0).
NEW_IN_MYSQL_84 = {"MANUAL", "PARALLEL", "QUALIFY", "TABLESAMPLE"}
REMOVED_IN_MYSQL_84 = {"MASTER_BIND", "MASTER_SSL_VERIFY_SERVER_CERT"}
# MySQL's keyword history after 8.4, as the 9.7.4 server shows it (mysql-9.7.txt's header): reserved since
# (EXTERNAL, LIBRARY), reserved in 8.4 but accepted by 9.7 (MANUAL, PARALLEL, and _FILENAME, which is not
# in its KEYWORDS table at all).
RESERVED_AFTER_MYSQL_84 = {"EXTERNAL", "LIBRARY"}
FREED_AFTER_MYSQL_84 = {"MANUAL", "PARALLEL", "_FILENAME"}

# GreatSQL 8.0.32-27 manual, "保留字、关键字": reserved words added to MySQL's.
GREATSQL_EXTRA = {"CLOB", "CLUSTERING", "PLAN", "ROWNUM", "SEQUENCE_TABLE", "VARCHAR2"}

# MariaDB's "Reserved Words" page lists these, but MariaDB 10.11 accepts them
# as unquoted identifiers, so the data file leaves them out.
MARIADB_DOCS_LISTED_BUT_ACCEPTED = {
    "DATABASE", "GENERAL", "IGNORE_SERVER_IDS", "MASTER_HEARTBEAT_PERIOD",
    "OPTION", "SCHEMA", "SLOW", "WINDOW",
}  # fmt: skip
# MariaDB 10.11 refuses these, but the docs page leaves them out; the data file adds them.
MARIADB_REFUSED_BUT_NOT_IN_DOCS = {"MASTER_DEMOTE_TO_REPLICA", "MASTER_DEMOTE_TO_SLAVE", "PORTION", "_FILENAME"}

# Keywords (in MariaDB's information_schema.KEYWORDS) that are not reserved:
# the docs' "Exceptions" table (ACTION ... TIMESTAMP), then other ordinary ones.
MARIADB_NONRESERVED_SAMPLE = {
    "ACTION", "BIT", "DATE", "ENUM", "NO", "TEXT", "TIME", "TIMESTAMP",
    "COMMENT", "DATA", "ENGINE", "EVENT", "FIELDS", "FILE", "FIRST", "HASH",
    "HOST", "LEVEL", "MODE", "NAME", "OWNER", "PASSWORD", "PORT", "ROLE",
    "SERVER", "SIGNED", "START", "STATUS", "SYSTEM", "TYPE", "USER", "VALUE",
    "VIEW", "YEAR",
}  # fmt: skip


def _data_lines(target: str) -> list[str]:
    """Non-comment, non-blank lines of a target's data file, in file order."""
    text = (DATA_DIR / f"{target}.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


# --- the module and the files ---------------------------------------------


def test_targets_and_data_files_match() -> None:
    assert DEFAULT_TARGET in TARGETS
    assert sorted(path.stem for path in DATA_DIR.glob("*.txt")) == sorted(TARGETS)


@pytest.mark.parametrize("target", TARGETS)
def test_data_file_format(target: str) -> None:
    text = (DATA_DIR / f"{target}.txt").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert header and any("http" in line for line in header), "header must say where the list comes from"
    words = _data_lines(target)
    assert words, "list is empty"
    assert all(WORD.fullmatch(word) for word in words), [w for w in words if not WORD.fullmatch(w)]
    assert words == sorted(words), "words must be sorted"
    assert len(words) == len(set(words)), "duplicate words"


@pytest.mark.parametrize("target", TARGETS)
def test_reserved_words_reads_the_file(target: str) -> None:
    words = reserved_words(target)
    assert isinstance(words, frozenset)
    assert words == set(_data_lines(target))
    assert reserved_words(target) is words  # cached


def test_unknown_target_is_refused() -> None:
    with pytest.raises(ValueError, match=r"unknown target 'mysql-5\.7'; choose one of .*mariadb-10\.11"):
        reserved_words("mysql-5.7")


# --- facts from the documentation ------------------------------------------


def test_list_sizes() -> None:
    # 263 and 265 are skeema's MySQL 8.0 and 8.4 counts, which are the manuals' (R) words plus _FILENAME.
    assert len(reserved_words("mysql-8.0")) == 263
    assert len(reserved_words("mysql-8.4")) == 265
    assert len(reserved_words("greatsql-8.0")) == 263 + len(GREATSQL_EXTRA)
    assert len(reserved_words("mariadb-10.11")) == 246
    assert len(reserved_words("mysql-9.7")) == 264  # information_schema.KEYWORDS WHERE RESERVED = 1 on 9.7.4
    assert len(reserved_words("mariadb-11.8")) == 248  # what 11.8.9 refuses of its KEYWORDS, and _FILENAME


def test_core_sql_words_are_reserved_everywhere() -> None:
    core = {"SELECT", "FROM", "WHERE", "TABLE", "KEY", "INDEX", "ORDER", "GROUP", "INTERVAL", "EXCEPT", "INTERSECT"}
    for target in TARGETS:
        assert core <= reserved_words(target), target


def test_common_nonreserved_keywords_are_nowhere_reserved() -> None:
    # Nonreserved in MySQL's lists; among MariaDB's "Exceptions" or simply not listed.
    nonreserved = {"ACTION", "BIT", "DATE", "ENUM", "TEXT", "TIME", "TIMESTAMP", "STATUS", "USER", "COMMENT", "DATA"}
    for target in TARGETS:
        assert not nonreserved & reserved_words(target), target


def test_mysql_80_window_function_words() -> None:
    # Reserved from MySQL 8.0 (8.0.2 / 8.0.14); not on MariaDB's page, and MariaDB 10.11 accepts them.
    mysql_only = {"RANK", "WINDOW", "LATERAL", "CUBE", "CUME_DIST", "DENSE_RANK", "EMPTY", "JSON_TABLE", "OF"}
    assert mysql_only <= reserved_words("mysql-8.0")
    assert not mysql_only & reserved_words("mariadb-10.11")


def test_mysql_80_omits_words_reserved_only_in_early_80_releases() -> None:
    # The 8.0 manual: ADMIN nonreserved since 8.0.12, ARRAY/MEMBER reserved only in 8.0.17-8.0.18,
    # GET_MASTER_PUBLIC_KEY only in 8.0.4-8.0.10, PERSIST(_ONLY) nonreserved since 8.0.16, ROLE since 8.0.1.
    early = {"ADMIN", "ARRAY", "MEMBER", "GET_MASTER_PUBLIC_KEY", "PERSIST", "PERSIST_ONLY", "ROLE"}
    assert not early & reserved_words("mysql-8.0")


def test_mysql_84_is_80_plus_new_minus_removed() -> None:
    mysql80, mysql84 = reserved_words("mysql-8.0"), reserved_words("mysql-8.4")
    assert mysql84 >= NEW_IN_MYSQL_84 and not NEW_IN_MYSQL_84 & mysql80
    assert mysql80 >= REMOVED_IN_MYSQL_84 and not REMOVED_IN_MYSQL_84 & mysql84
    assert mysql84 == (mysql80 - REMOVED_IN_MYSQL_84) | NEW_IN_MYSQL_84


def test_filename_is_reserved_everywhere_but_on_mysql_97() -> None:
    # MySQL 8.0/8.4 manuals: "In addition, _FILENAME is reserved."; MariaDB 10.11 refuses it too.
    # MySQL 9.7 accepts it (test_mysql_97_list_is_exactly_what_the_server_refuses).
    for target in TARGETS:
        assert ("_FILENAME" in reserved_words(target)) is (target != "mysql-9.7"), target


def test_greatsql_is_mysql_80_plus_its_documented_words() -> None:
    assert reserved_words("greatsql-8.0") == reserved_words("mysql-8.0") | GREATSQL_EXTRA


def test_mariadb_only_words() -> None:
    # On MariaDB's page; nonreserved (RETURNING, OFFSET) or absent in MySQL 8.0's list.
    mariadb_only = {"CURRENT_ROLE", "DELETE_DOMAIN_ID", "DO_DOMAIN_IDS", "OFFSET", "RETURNING", "PAGE_CHECKSUM"}
    assert mariadb_only <= reserved_words("mariadb-10.11")
    assert not mariadb_only & reserved_words("mysql-8.0")
    # Annotated 11.7+ and 12.3+ on MariaDB's page: not reserved in 10.11.
    assert not {"VECTOR", "CONVERSION", "TO_DATE"} & reserved_words("mariadb-10.11")


def test_mariadb_list_follows_the_server_where_docs_disagree() -> None:
    mariadb = reserved_words("mariadb-10.11")
    assert not MARIADB_DOCS_LISTED_BUT_ACCEPTED & mariadb
    assert mariadb >= MARIADB_REFUSED_BUT_NOT_IN_DOCS


# --- cross-check with SQLAlchemy --------------------------------------------

# In SQLAlchemy's RESERVED_WORDS_MYSQL but not in our mysql-8.0 list. SQLAlchemy merges the
# 5.6, 5.7, 8.0 and 8.3 manuals, so it keeps words reserved in only some series or releases.
SQLALCHEMY_MYSQL_EXTRA_VS_80 = {
    "ADMIN": "reserved only before 8.0.12",
    "ARRAY": "reserved only in 8.0.17-8.0.18",
    "MEMBER": "reserved only in 8.0.17-8.0.18",
    "GET_MASTER_PUBLIC_KEY": "reserved only in 8.0.4-8.0.10",
    "PERSIST": "reserved only before 8.0.16",
    "PERSIST_ONLY": "reserved only in 8.0.2-8.0.15",
    "ROLE": "reserved only in 8.0.0",
    "PARSE_GCOL_EXPR": "removed in 8.0 (the 8.0 manual's removed list)",
    "GENERAL": "nonreserved in the 8.0 manual (older series)",
    "IGNORE_SERVER_IDS": "nonreserved in the 8.0 manual (older series)",
    "MASTER_HEARTBEAT_PERIOD": "nonreserved in the 8.0 manual (older series)",
    "SLOW": "nonreserved in the 8.0 manual (older series)",
    "SQL_AFTER_GTIDS": "nonreserved in the 8.0 manual (older series)",
    "SQL_BEFORE_GTIDS": "nonreserved in the 8.0 manual (older series)",
    "PARALLEL": "reserved from 8.2 (8.4 manual's new list)",
    "QUALIFY": "reserved from 8.3 (8.4 manual's new list)",
}
# In our mysql-8.0 list but not SQLAlchemy's: the manuals name _FILENAME in prose, not in the list.
OURS_EXTRA_VS_SQLALCHEMY_MYSQL_80 = {"_FILENAME"}

# In SQLAlchemy's RESERVED_WORDS_MARIADB but not ours: it unions in the docs' Oracle-mode table
# (POSITION came from an older revision of that table); the rest is MARIADB_DOCS_LISTED_BUT_ACCEPTED.
SQLALCHEMY_MARIADB_ORACLE_MODE = {
    "BODY", "ELSIF", "GOTO", "HISTORY", "OTHERS", "PACKAGE", "PERIOD", "POSITION",
    "RAISE", "ROWTYPE", "SYSTEM", "SYSTEM_TIME", "VERSIONING", "WITHOUT",
}  # fmt: skip
# In ours but not SQLAlchemy's: DELETE_DOMAIN_ID is on the docs page but missing from SQLAlchemy's copy;
# the rest is MARIADB_REFUSED_BUT_NOT_IN_DOCS.
OURS_EXTRA_VS_SQLALCHEMY_MARIADB = {"DELETE_DOMAIN_ID"} | MARIADB_REFUSED_BUT_NOT_IN_DOCS


def _upper(words: Iterable[str]) -> set[str]:
    return {word.upper() for word in words}


@pytest.fixture(scope="module")
def sqlalchemy_lists() -> tuple[set[str], set[str]]:
    """SQLAlchemy's (MySQL, MariaDB) reserved words, uppercased."""
    from sqlalchemy.dialects.mysql.reserved_words import RESERVED_WORDS_MARIADB, RESERVED_WORDS_MYSQL

    return _upper(RESERVED_WORDS_MYSQL), _upper(RESERVED_WORDS_MARIADB)


def _assert_mostly_agree(ours: frozenset[str], theirs: set[str]) -> None:
    assert len(ours & theirs) >= 0.9 * len(ours)


def test_mysql_80_against_sqlalchemy(sqlalchemy_lists: tuple[set[str], set[str]]) -> None:
    ours, theirs = reserved_words("mysql-8.0"), sqlalchemy_lists[0]
    _assert_mostly_agree(ours, theirs)
    assert ours - theirs == OURS_EXTRA_VS_SQLALCHEMY_MYSQL_80
    assert theirs - ours == set(SQLALCHEMY_MYSQL_EXTRA_VS_80)


def test_mysql_84_against_sqlalchemy(sqlalchemy_lists: tuple[set[str], set[str]]) -> None:
    # SQLAlchemy has QUALIFY and PARALLEL (8.3 manual) but not MANUAL/TABLESAMPLE (new in 8.4),
    # and still has the two words 8.4 removed.
    ours, theirs = reserved_words("mysql-8.4"), sqlalchemy_lists[0]
    _assert_mostly_agree(ours, theirs)
    assert ours - theirs == OURS_EXTRA_VS_SQLALCHEMY_MYSQL_80 | {"MANUAL", "TABLESAMPLE"}
    assert theirs - ours == (set(SQLALCHEMY_MYSQL_EXTRA_VS_80) - {"PARALLEL", "QUALIFY"}) | REMOVED_IN_MYSQL_84


def test_mariadb_against_sqlalchemy(sqlalchemy_lists: tuple[set[str], set[str]]) -> None:
    ours, theirs = reserved_words("mariadb-10.11"), sqlalchemy_lists[1]
    _assert_mostly_agree(ours, theirs)
    assert ours - theirs == OURS_EXTRA_VS_SQLALCHEMY_MARIADB
    assert theirs - ours == SQLALCHEMY_MARIADB_ORACLE_MODE | MARIADB_DOCS_LISTED_BUT_ACCEPTED


# --- the MariaDB list, proved on the local server ---------------------------

# MariaDB 10.11's default sql_mode (no ORACLE, no IGNORE_SPACE), set explicitly for the session.
MARIADB_1011_DEFAULT_SQL_MODE = (
    "STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION"
)


class ColumnNameProbe:
    """Tries words as unquoted column names on one connection, in a scratch database."""

    def __init__(self, cursor: Cursor) -> None:
        self.cursor = cursor

    def refused(self, word: str) -> bool:
        """True if the server rejects `word` as an unquoted column name with a syntax error."""
        import pymysql

        try:
            self.cursor.execute(f"CREATE TEMPORARY TABLE t ({word} INT)")
        except pymysql.err.ProgrammingError as error:
            if error.args[0] == 1064:  # ER_PARSE_ERROR
                return True
            raise
        self.cursor.execute("DROP TEMPORARY TABLE t")
        return False

    def keywords(self) -> set[str]:
        """All words of information_schema.KEYWORDS, uppercased."""
        self.cursor.execute("SELECT WORD FROM information_schema.KEYWORDS")
        return {row[0].upper() for row in self.cursor.fetchall()}


@pytest.fixture(scope="module")
def mariadb_probe(running_server_url: str) -> Iterator[ColumnNameProbe]:
    """One connection to the local MariaDB 10.11, in a scratch database dropped at the end."""
    import pymysql
    from sqlalchemy.engine import make_url

    url = make_url(running_server_url)
    connection = pymysql.connect(
        host=url.host or "127.0.0.1", port=url.port or 3306, user=url.username or "root", password=url.password or ""
    )
    database = f"zsgate_kw_{secrets.token_hex(6)}"
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT VERSION()")
            version = cursor.fetchone()[0]
            if not re.match(r"10\.11\.\d+-MariaDB", version):
                pytest.skip(f"the mariadb-10.11 list needs a MariaDB 10.11 server, found {version}")
            cursor.execute(f"SET SESSION sql_mode = '{MARIADB_1011_DEFAULT_SQL_MODE}'")
            cursor.execute(f"CREATE DATABASE `{database}`")
            try:
                cursor.execute(f"USE `{database}`")
                yield ColumnNameProbe(cursor)
            finally:
                cursor.execute(f"DROP DATABASE IF EXISTS `{database}`")
    finally:
        connection.close()


def test_mariadb_refuses_every_listed_word(mariadb_probe: ColumnNameProbe) -> None:
    accepted = [word for word in sorted(reserved_words("mariadb-10.11")) if not mariadb_probe.refused(word)]
    assert not accepted, f"MariaDB accepts these unquoted, so they are not reserved: {accepted}"


def test_mariadb_accepts_nonreserved_keywords(mariadb_probe: ColumnNameProbe) -> None:
    keywords = mariadb_probe.keywords()
    assert keywords >= MARIADB_NONRESERVED_SAMPLE, "the sample must be MariaDB keywords"
    assert not MARIADB_NONRESERVED_SAMPLE & reserved_words("mariadb-10.11")
    sample = MARIADB_NONRESERVED_SAMPLE | MARIADB_DOCS_LISTED_BUT_ACCEPTED
    refused = [word for word in sorted(sample) if mariadb_probe.refused(word)]
    assert not refused, f"MariaDB refuses these, so they are reserved: {refused}"


def test_mariadb_list_is_complete(mariadb_probe: ColumnNameProbe) -> None:
    """Every other keyword, and every word reserved only on another target, is accepted."""
    mariadb = reserved_words("mariadb-10.11")
    others = mariadb_probe.keywords() | set().union(*(reserved_words(target) for target in TARGETS))
    refused = [word for word in sorted(others - mariadb) if WORD.fullmatch(word) and mariadb_probe.refused(word)]
    assert not refused, f"MariaDB refuses these, but mariadb-10.11.txt lacks them: {refused}"


# --- the MySQL 9.7 list, proved on a MySQL 9.7 server; the 8.0 and 8.4 lists against its table ---


@pytest.fixture(scope="module")
def mysql97_probe() -> Iterator[ColumnNameProbe]:
    """One connection to a fresh MySQL 9.7 (docker:mysql-9.7), in its `zstack` database, default sql_mode."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from tests.conftest import require_engine
    from zsgate.engines import open_server

    require_engine("docker:mysql-9.7")
    with open_server("docker:mysql-9.7") as server:
        engine = create_engine(server.url.set(database="zstack"), poolclass=NullPool)
        connection = engine.raw_connection()
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT VERSION()")
                assert cursor.fetchone()[0].startswith("9.7.")
                yield ColumnNameProbe(cursor)
        finally:
            connection.close()
            engine.dispose()


def _reserved_in_table(probe: ColumnNameProbe) -> set[str]:
    probe.cursor.execute("SELECT WORD FROM information_schema.KEYWORDS WHERE RESERVED = 1")
    return {row[0].upper() for row in probe.cursor.fetchall()}


def test_mysql_97_list_is_exactly_what_the_server_refuses(mysql97_probe: ColumnNameProbe) -> None:
    mysql97 = reserved_words("mysql-9.7")
    assert mysql97 == _reserved_in_table(mysql97_probe)
    accepted = [word for word in sorted(mysql97) if not mysql97_probe.refused(word)]
    assert not accepted, f"MySQL 9.7 accepts these unquoted, so they are not reserved: {accepted}"
    others = mysql97_probe.keywords() - mysql97
    refused = [word for word in sorted(others) if WORD.fullmatch(word) and mysql97_probe.refused(word)]
    assert not refused, f"MySQL 9.7 refuses these, but mysql-9.7.txt lacks them: {refused}"
    assert not mysql97_probe.refused("_FILENAME")


def test_mysql_84_and_80_lists_follow_the_97_table_back_through_the_keyword_history(
    mysql97_probe: ColumnNameProbe,
) -> None:
    table = _reserved_in_table(mysql97_probe)
    mysql84 = (table - RESERVED_AFTER_MYSQL_84) | FREED_AFTER_MYSQL_84
    assert reserved_words("mysql-8.4") == mysql84
    assert reserved_words("mysql-8.0") == (mysql84 - NEW_IN_MYSQL_84) | REMOVED_IN_MYSQL_84
    # the words 8.4 removed are gone from 9.7's keywords altogether
    assert not REMOVED_IN_MYSQL_84 & mysql97_probe.keywords()


# --- the MariaDB 11.8 list, proved on a MariaDB 11.8 server ---

# MariaDB's keyword history from 10.11 to 11.8, as the 11.8.9 server shows it (mariadb-11.8.txt's header).
RESERVED_AFTER_MARIADB_1011 = {"VECTOR", "SQL_AFTER_GTIDS", "SQL_BEFORE_GTIDS"}
FREED_AFTER_MARIADB_1011 = {"MASTER_SSL_VERIFY_SERVER_CERT"}


@pytest.fixture(scope="module")
def mariadb118_probe() -> Iterator[ColumnNameProbe]:
    """One connection to a fresh MariaDB 11.8 (the embedded engine on its binary), in `zstack`, default sql_mode."""
    from tests.conftest import LOCAL_MARIADB_11_8, require_engine
    from tests.servers import pymysql_connect
    from zsgate.engines import open_server

    require_engine(LOCAL_MARIADB_11_8)
    with (
        open_server(LOCAL_MARIADB_11_8) as server,
        pymysql_connect(server.url, database="zstack") as connection,
        connection.cursor() as cursor,
    ):
        cursor.execute("SELECT VERSION()")
        assert cursor.fetchone()[0].startswith("11.8.")
        yield ColumnNameProbe(cursor)


def test_mariadb_118_list_is_exactly_what_the_server_refuses(mariadb118_probe: ColumnNameProbe) -> None:
    """11.8's KEYWORDS has no RESERVED column: the server's refusals are the proof, word by word."""
    mariadb118 = reserved_words("mariadb-11.8")
    accepted = [word for word in sorted(mariadb118) if not mariadb118_probe.refused(word)]
    assert not accepted, f"MariaDB 11.8 accepts these unquoted, so they are not reserved: {accepted}"
    others = mariadb118_probe.keywords() | set().union(*(reserved_words(target) for target in TARGETS))
    refused = [word for word in sorted(others - mariadb118) if WORD.fullmatch(word) and mariadb118_probe.refused(word)]
    assert not refused, f"MariaDB 11.8 refuses these, but mariadb-11.8.txt lacks them: {refused}"
    assert mariadb118 - mariadb118_probe.keywords() == {"_FILENAME"}


def test_mariadb_118_is_1011_with_its_new_words_and_without_the_freed_one() -> None:
    mariadb1011, mariadb118 = reserved_words("mariadb-10.11"), reserved_words("mariadb-11.8")
    assert mariadb118 == (mariadb1011 - FREED_AFTER_MARIADB_1011) | RESERVED_AFTER_MARIADB_1011
