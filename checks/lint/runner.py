"""Lint files: read → split → parse → rules → findings (and, with ``fix``, edits written back)."""

from __future__ import annotations

import functools
import multiprocessing
import os
import re
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from zsgate.checks.lint.config import LintConfig, names_rule
from zsgate.checks.lint.context import FileContext, Parsed, TableFacts, model_facts
from zsgate.checks.lint.ddl import names
from zsgate.checks.lint.findings import Finding, LintReport, Silenced, Unreadable, is_silenced
from zsgate.checks.lint.history import FileChanges, file_changes, read_file_changes, schema_findings
from zsgate.checks.lint.lenient import parse_as_names
from zsgate.checks.lint.rule import Edit, Rule
from zsgate.checks.lint.rules import RULES
from zsgate.checks.lint.targets import reserved_words

from zsgate.files import write_atomically
from zsgate.sql.calls import read_call
from zsgate.sql.parse import SqlReadError, parse_statement, read_sql_file
from zsgate.sql.split import SqlFile, Statement, split_sql

T = TypeVar("T")
NOQA = re.compile(r"noqa(?::\s*(?P<names>[\w\-]+(?:\s*,\s*[\w\-]+)*)(?:\s*:\s*(?P<reason>\S.*))?)?", re.IGNORECASE)


class UnknownRule(ValueError):
    """A rule name or code that no rule has."""


@dataclass(frozen=True, slots=True)
class FileResult:
    """One file's findings and the edits that would fix the fixable ones."""

    path: str
    statements: int
    findings: list[Finding]
    edits: list[Edit]
    failures: list[str]
    """Rules that crashed on a statement (a zsgate bug): reported, and the run exits 2."""
    changes: FileChanges | None = None
    """What the file changes in the schema, for the rules over the schema (run once every file is read)."""


def sql_files(paths: Iterable[Path]) -> tuple[list[Path], list[Unreadable]]:
    """The ``*.sql`` files under ``paths`` (directories recursively, in name order, skipping hidden
    directories such as ``.git`` and ``.venv``)."""
    files: list[Path] = []
    missing: list[Unreadable] = []
    for path in paths:
        if path.is_dir():
            files += sorted(
                p
                for p in path.rglob("*.sql")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts[:-1])
            )
        elif path.is_file():
            files.append(path)
        else:
            missing.append(Unreadable(str(path), "no such file or directory"))
    return files, missing


def check_rule_names(config: LintConfig) -> None:
    """Refuse configuration that names rules which do not exist."""
    named = set(config.select or ()) | set(config.ignore)
    for ignored in config.per_file_ignores.values():
        named |= ignored
    if unknown := sorted(
        name for name in named if not any(names_rule(frozenset({name}), r.name, r.code) for r in RULES)
    ):
        raise UnknownRule(f"unknown rule(s): {', '.join(unknown)} (see `zsgate lint --explain`)")


def lint_paths(
    paths: Iterable[Path],
    config: LintConfig,
    facts: TableFacts | None = None,
    fix: bool = False,
    jobs: int | None = None,
) -> LintReport:
    """Lint every SQL file under ``paths`` (on several cores when there are many); with ``fix``, write
    the fixes, then report what is left."""
    check_rule_names(config)
    files, unreadable = sql_files(paths)
    lint_one = functools.partial(lint_file, config=config, facts=facts, fix=fix)
    statements, findings, changes = 0, list[Finding](), list[FileChanges]()
    for result in _map(lint_one, files, jobs):
        if isinstance(result, Unreadable):
            unreadable.append(result)
        else:
            statements += result.statements
            findings += result.findings
            unreadable += [Unreadable(result.path, failure) for failure in result.failures]
            changes += [result.changes] if result.changes else []
    read_many = functools.partial(_map, read_file_changes, jobs=jobs)
    findings += schema_findings(changes, config, facts or model_facts(), read_many)
    return LintReport(len(files) + len(unreadable), statements, sorted(findings), unreadable, [r.info() for r in RULES])


def lint_file(
    path: Path, config: LintConfig, facts: TableFacts | None = None, fix: bool = False
) -> FileResult | Unreadable:
    """Lint one file; with ``fix``, write its fixes atomically and lint it again."""
    try:
        sql = read_sql_file(path)
    except SqlReadError as error:
        return Unreadable(str(path), error.message)
    result = lint_sql(sql, config, facts)
    if fix and result.edits:
        fixed = apply_edits(sql.text, result.edits)
        bom = "\ufeff" if path.read_bytes().startswith(b"\xef\xbb\xbf") else ""
        write_atomically(path, bom + fixed)
        result = lint_sql(split_sql(fixed, sql.path), config, facts)
    return result


PARALLEL_FROM = 32
"""Files below this many are linted in this process: starting workers would cost more than it saves."""


def _map(function: Callable[[Path], T], items: list[Path], jobs: int | None) -> list[T]:
    """``map`` over a pool of forked workers when it pays (many files, several cores, fork available)."""
    jobs = jobs or min(os.cpu_count() or 1, 8)
    if jobs < 2 or len(items) < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return list(map(function, items))
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(function, items, chunksize=4))


def lint_text(
    text: str, path: str = "<string>", config: LintConfig | None = None, facts: TableFacts | None = None
) -> FileResult:
    """Lint SQL held in memory, on its own (what the tests and the file linter share)."""
    config = config or LintConfig()
    result = lint_sql(split_sql(text, path), config, facts)
    if result.changes is not None:
        result.findings.extend(schema_findings([result.changes], config, facts or model_facts()))
    return result


def lint_sql(sql: SqlFile, config: LintConfig, facts: TableFacts | None = None) -> FileResult:
    """Every enabled rule over the statements of one split file; the rules over the schema run later, on
    its ``changes`` (see :func:`zsgate.checks.lint.history.schema_findings`)."""
    rules = [rule for rule in RULES if config.enabled(rule.name, rule.code, sql.path)]
    reserved = reserved_words(config.target)
    parsed = [_parse(statement, reserved) for statement in sql.statements]
    context = FileContext(sql, reserved, config.target, tuple(parsed))
    findings: list[Finding] = []
    edits: list[Edit] = []
    silenced = _noqa_lines(sql)
    failures: list[str] = []
    for item in parsed:
        for rule in rules:
            try:
                hits = list(rule.check(item, context))
            except Exception as error:  # noqa: BLE001 - a bug in one rule must not hide the other findings
                failures.append(f"line {item.statement.line}: rule {rule.name} failed ({error!r}); please report it")
                continue
            for hit in hits:
                finding = _finding(rule, hit.start, hit.message, context)
                if not is_silenced(finding, silenced, rule.noqa_needs_reason):
                    findings.append(finding)
                    if hit.edit is not None:
                        edits.append(hit.edit)
    for rule in rules:
        finished = [_finding(rule, hit.start, hit.message, context) for hit in rule.finish(context)]
        findings += [finding for finding in finished if not is_silenced(finding, silenced, rule.noqa_needs_reason)]
    return FileResult(sql.path, len(sql.statements), findings, edits, failures, file_changes(sql, parsed, silenced))


def _parse(statement: Statement, reserved: frozenset[str]) -> Parsed:
    expression = parse_statement(statement)
    if expression is None and statement.tokens:
        expression = parse_as_names(statement, reserved)
    return Parsed(statement, expression, read_call(statement.tokens), tuple(names(expression)))


def _noqa_lines(sql: SqlFile) -> Silenced:
    """Line -> rule names and codes its ``-- noqa: ...`` comment silences (empty: every rule), and whether
    it says why (``-- noqa: rule: reason``)."""
    silenced = {}
    for comment in sql.comments:
        if match := NOQA.search(comment.text):
            listed = match.group("names")
            names = frozenset(n.strip() for n in listed.split(",")) if listed else frozenset()
            silenced[comment.line] = (names, bool(match.group("reason")))
    return silenced


def _finding(rule: Rule, start: int, message: str, context: FileContext) -> Finding:
    line, column = context.sql.location(max(start, 0))
    return Finding(context.sql.path, line, column, rule.code, rule.name, rule.severity, message)


def apply_edits(text: str, edits: list[Edit]) -> str:
    """``text`` with the edits applied; an edit overlapping an earlier one is left for the next run."""
    pieces, position = [], 0
    for edit in sorted(set(edits), key=lambda e: (e.start, e.end)):
        if edit.start < position:
            continue
        pieces += [text[position : edit.start], edit.replacement]
        position = edit.end
    return "".join(pieces) + text[position:]
