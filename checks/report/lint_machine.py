"""Lint findings for machines: JSON, SARIF 2.1.0 (GitHub code scanning) and GitHub workflow commands."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO, TypeVar
from urllib.parse import quote

from zsgate import __version__
from zsgate.checks.lint.findings import Finding, LintReport, PackedFindings, Severity
from zsgate.checks.report.batches import batches

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
HELP_URI = "https://github.com/zstackio/zsgate#rules"
_Key = TypeVar("_Key")
_Value = TypeVar("_Value")


def write_json(report: LintReport, out: TextIO) -> None:
    """``{"files", "statements", "findings": [...], "unreadable": [...]}``, one finding per line, then
    ``"baselined"`` (findings the baseline left out) and, with ``--fix``, ``"fixed"``: ``{"files",
    "findings", "rules": {name: count}}``.

    Each finding is encoded on its own: ``json.dumps(indent=...)`` would take Python's slow encoder,
    a fifth of a corpus run's output time; and the strings findings repeat (paths, rules, messages) are
    encoded once each. They are written as they are encoded: a large file's findings would take as much
    memory again as one string."""
    out.write(f'{{\n  "files": {report.files},\n  "statements": {report.statements},\n  "findings": [')
    _write_lines(out, _findings_json(report.findings))
    out.write('],\n  "unreadable": [')
    _write_lines(out, (json.dumps({"path": p.path, "line": p.line, "message": p.message}) for p in report.unreadable))
    fixed = ""
    if report.fixed is not None:
        rules = dict(sorted(report.fixed.per_rule.items()))
        done = {"files": report.fixed.files, "findings": report.fixed.findings, "rules": rules}
        fixed = f',\n  "fixed": {json.dumps(done)}'
    out.write(f'],\n  "baselined": {report.baselined}{fixed}\n}}\n')


class _Remembered(dict[_Key, _Value]):
    """``make(key)`` of each key asked for, made once: a corpus run's 7,000 findings hold a few hundred distinct
    paths, rules and messages. Forgotten every ``_REMEMBERED`` keys: a large file's findings
    have many."""

    def __init__(self, make: Callable[[_Key], _Value]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: _Key) -> _Value:
        if len(self) >= _REMEMBERED:
            self.clear()
        made = self[key] = self._make(key)
        return made


_REMEMBERED = 4096


def _findings_json(findings: Iterable[Finding]) -> Iterator[str]:
    """Each finding as ``json.dumps`` writes ``{"path", "line", "column", "code", "rule", "severity", "message"}``,
    none made a Finding, the JSON around its line and column made once for the findings that share it (a third of
    the time of making each a Finding and encoding its fields)."""
    kinds, rows = (findings if isinstance(findings, PackedFindings) else _packed(findings)).rows()
    text = _Remembered(json.dumps)

    def after_column(code: str, rule: str, severity: Severity, message: str) -> str:
        named = f'"code": {text[code]}, "rule": {text[rule]}, "severity": {text[severity.value]}'
        return f', {named}, "message": {text[message]}}}'

    before_line = _Remembered(lambda path: f'{{"path": {json.dumps(path)}, "line": ')
    after = _Remembered(lambda shared: after_column(*shared))
    for kind, line, column in rows:
        path, code, rule, severity, message, _ = kinds[kind]
        yield f'{before_line[path]}{line}, "column": {column}{after[code, rule, severity, message]}'


def _packed(findings: Iterable[Finding]) -> PackedFindings:
    packed = PackedFindings()
    packed.extend(findings)
    return packed


def _write_lines(out: TextIO, items: Iterable[str], indent: str = "  ") -> None:
    """Items of a JSON list whose own lines are indented by ``indent``: each item (JSON as ``json.dumps`` writes
    it at the outermost level) on lines of its own, indented one level more, and the list's closing indentation;
    many items a write (:mod:`zsgate.checks.report.batches`)."""
    inner = "\n" + indent + "  "
    lines = (item.replace("\n", inner) for item in items)
    separator = inner
    for batch in batches(lines):
        out.write(separator + ("," + inner).join(batch))
        separator = "," + inner
    if separator != inner:
        out.write("\n" + indent)


def write_statistics_json(report: LintReport, out: TextIO) -> None:
    """``[{"code", "name", "count", "fixable"}, ...]``, the most found rule first, as ``ruff --statistics``."""
    rows = [
        {"code": rule.code, "name": rule.name, "count": count, "fixable": rule.fixable}
        for rule, count in report.per_rule()
    ]
    out.write(json.dumps(rows, indent=2) + "\n")


def write_sarif(report: LintReport, out: TextIO) -> None:
    """One SARIF run whose rules carry their explanation as help text, written as ``json.dumps(indent=2)`` writes
    it but a result at a time, as :func:`write_json` does: a 20 MB file's 190,000 results, held as objects and then
    as one string, took a run to 1.1 GB, not 160 MB."""
    rules = [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.summary},
            "help": {"text": rule.explanation},
            "defaultConfiguration": {"level": _level(rule.severity)},
        }
        for rule in report.rules
    ]
    tool = {"driver": {"name": "zsgate", "version": __version__, "informationUri": HELP_URI, "rules": rules}}
    tool_json = json.dumps(tool, indent=2).replace("\n", "\n      ")
    out.write(
        f'{{\n  "$schema": {json.dumps(SARIF_SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    {{\n'
        f'      "tool": {tool_json},\n      "results": ['
    )
    text, uris = _Remembered(json.dumps), _Remembered(lambda path: json.dumps(_uri(path)))
    index = {rule.code: position for position, rule in enumerate(report.rules)}
    results = (
        _located(
            f'"ruleId": {text[finding.code]},\n  "ruleIndex": {index[finding.code]},\n'
            f'  "level": {text[_level(finding.severity)]}',
            text[f"{finding.rule}: {finding.message}"],
            uris[finding.path],
            finding.line,
            finding.column,
        )
        for finding in report.findings
    )
    _write_lines(out, results, "      ")
    successful = json.dumps(not report.unreadable)
    out.write(
        f'],\n      "invocations": [\n        {{\n          "executionSuccessful": {successful},\n'
        '          "toolExecutionNotifications": ['
    )
    notifications = (
        _located('"level": "error"', text[problem.message], uris[problem.path], problem.line)
        for problem in report.unreadable
    )
    _write_lines(out, notifications, "          ")
    out.write("]\n        }\n      ]\n    }\n  ]\n}\n")


def _located(head: str, message: str, uri: str, line: int | None, column: int | None = None) -> str:
    """A SARIF result or notification as ``json.dumps(indent=2)`` writes it: its first members ``head`` (encoded,
    one a line), its message (encoded) and its one physicalLocation: the file (its encoded URI), and the line (and
    column) where known."""
    region = ""
    if line:
        start_column = f',\n          "startColumn": {column}' if column else ""
        region = f',\n        "region": {{\n          "startLine": {line}{start_column}\n        }}'
    return (
        f'{{\n  {head},\n  "message": {{\n    "text": {message}\n  }},\n  "locations": [\n    {{\n'
        f'      "physicalLocation": {{\n        "artifactLocation": {{\n          "uri": {uri}\n        }}{region}\n'
        "      }\n    }\n  ]\n}"
    )


def write_github(report: LintReport, out: TextIO) -> None:
    """``::error file=…,line=…,col=…,title=…::message`` lines GitHub turns into annotations, many a write."""
    for problem in report.unreadable:
        line = f",line={problem.line}" if problem.line else ""
        out.write(f"::error file={_property(problem.path)}{line}::{_data(problem.message)}\n")
    for batch in batches(map(_annotation, report.findings)):
        out.write("".join(batch))


def _annotation(finding: Finding) -> str:
    properties = (
        f"file={_property(finding.path)},line={finding.line},col={finding.column},"
        f"title={_property(f'{finding.code} {finding.rule}')}"
    )
    return f"::{_level(finding.severity)} {properties}::{_data(finding.message)}\n"


def _level(severity: Severity) -> str:
    return "error" if severity is Severity.ERROR else "warning"


def _uri(path: str) -> str:
    """A relative URI reference, as SARIF requires: ``V1 #2.sql`` is ``V1%20%232.sql``."""
    return quote(path.replace("\\", "/").removeprefix("./"), safe="/")


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
