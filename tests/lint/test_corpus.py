"""Real input: ZStack's schema history from V0.6 to V5.2.1, read from ../shared (never copied here)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.runner import lint_paths
from zsgate.files import sql_files
from zsgate.sql.parse import read_sql_file


def test_every_corpus_file_lints_without_a_crash_or_a_parse_error(corpus: Path) -> None:
    files, _ = sql_files([corpus])
    report = lint_paths([corpus], LintConfig())
    assert report.unreadable == []
    assert report.files == len(files) > 150
    assert report.statements > 2500
    assert [f for f in report.findings if f.rule == "parse-error"] == []


def test_every_corpus_statement_is_parsed_or_classified(corpus: Path) -> None:
    files, _ = sql_files([corpus])
    kinds: Counter[str] = Counter()
    for path in files:
        sql = read_sql_file(path)
        assert sql.errors == ()
        kinds.update(statement.tokens[0].token_type.name for statement in sql.statements)
    assert sum(kinds.values()) > 2500
    assert set(kinds) <= {
        "CREATE",
        "ALTER",
        "INSERT",
        "UPDATE",
        "DELETE",
        "DROP",
        "SELECT",
        "SET",
        "COMMAND",
        "USE",
        "REPLACE",
        "VAR",
        "TRUNCATE",
        "L_PAREN",
        "WITH",
        "RENAME",
        "PREPARE",
        "EXECUTE",
    }, kinds


def test_findings_read_by_hand_stay_found(corpus: Path) -> None:
    """A sample of true findings, checked by hand against the files."""
    report = lint_paths([corpus / "V0.6__schema.sql", corpus / "upgrade" / "V1.11__schema.sql"], LintConfig())
    got = {(Path(f.path).name, f.line, f.rule) for f in report.findings}
    assert ("V0.6__schema.sql", 1330, "reserved-word") in got  # a column named `system`, reserved in MySQL 8.0
    assert ("V0.6__schema.sql", 592, "nullable-unique-key") in got  # VmNicVO.usedIpUuid in a UNIQUE key
    assert ("V1.11__schema.sql", 15, "zero-date-default") in got  # DEFAULT '0000-00-00 00:00:00'


def test_zero_dates_are_findings_for_mysql_targets_only(corpus: Path) -> None:
    """ZStack's history has zero-date defaults that MySQL's default sql_mode refuses and MariaDB's accepts."""
    paths = [corpus / "upgrade" / "V1.11__schema.sql"]
    only = frozenset({"zero-date-default"})
    for target in ("mysql-8.0", "mysql-8.4", "mysql-9.7", "greatsql-8.0"):
        report = lint_paths(paths, LintConfig(select=only, target=target))
        assert ("V1.11__schema.sql", 15) in {(Path(f.path).name, f.line) for f in report.findings}, target
    for target in ("mariadb-10.11", "mariadb-11.8"):
        assert list(lint_paths(paths, LintConfig(select=only, target=target)).findings) == [], target


def test_mariadb_118_finds_no_reserved_word_in_the_history_it_replays(corpus: Path) -> None:
    """11.8.9 takes ZStack's whole history (tests/replay/test_replay.py), VECTOR and the GTID words included."""
    only = frozenset({"reserved-word"})
    assert list(lint_paths([corpus], LintConfig(select=only, target="mariadb-11.8")).findings) == []


def test_default_collation_fk_finds_keys_between_a_files_new_tables_and_older_ones(corpus: Path) -> None:
    """On 11.8 each finding is a key from a table its file creates to one it does not (or back): read from
    the files' text, not from the rule's own model of them."""
    only = frozenset({"default-collation-fk"})
    findings = lint_paths([corpus], LintConfig(select=only, target="mariadb-11.8")).findings
    assert (len(findings), len({f.path for f in findings})) == (299, 70)
    said = re.compile(r"^(?P<new>\w+)\.\w+ gets \w+ on mariadb-11.8, but (?P<old>\w+) made before")
    creates = re.compile(r"CREATE TABLE\s+(?:IF NOT EXISTS\s+)?(?:`?zstack`?\.)?`?(\w+)`?", re.IGNORECASE)
    for finding in findings:
        match = said.match(finding.message)
        assert match, finding.message
        created = set(creates.findall(Path(finding.path).read_text(encoding="utf-8")))
        assert match["new"] in created and match["old"] not in created, finding
