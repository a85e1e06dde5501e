"""Lint findings as text: plain lines when piped, coloured and grouped by file on a terminal."""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING, TextIO

from zsgate.checks.lint.findings import Finding, Fixes, LintReport, Severity
from zsgate.checks.report.batches import batches

if TYPE_CHECKING:
    from rich.console import Console


def summary(report: LintReport) -> str:
    """``3 findings (2 errors, 1 warning) in 2 of 5 files, 40 statements``."""
    errors = sum(f.severity is Severity.ERROR for f in report.findings)
    warnings = len(report.findings) - errors
    with_findings = len({f.path for f in report.findings})
    text = (
        f"{_count(len(report.findings), 'finding')} ({_count(errors, 'error')}, {_count(warnings, 'warning')}) "
        f"in {with_findings} of {_count(report.files, 'file')}, {_count(report.statements, 'statement')}"
    )
    if report.baselined:
        text += f"; {report.baselined} more in the baseline"
    if report.unreadable:
        text += f"; {_count(len(report.unreadable), 'file')} could not be read"
    return text


def fixed(fixes: Fixes | None) -> str | None:
    """``fixed 12 findings in 3 files (unquoted-identifier: 12)``; None when ``--fix`` changed nothing."""
    if fixes is None or not fixes.findings:
        return None
    rules = ", ".join(f"{rule}: {count}" for rule, count in sorted(fixes.per_rule.items()))
    return f"fixed {_count(fixes.findings, 'finding')} in {_count(fixes.files, 'file')} ({rules})"


def line(finding: Finding) -> str:
    """``path:line:col: CODE name message``."""
    return f"{finding.path}:{finding.line}:{finding.column}: {finding.code} {finding.rule} {finding.message}"


def write_plain(report: LintReport, out: TextIO) -> None:
    """A line per finding, many lines a write (:mod:`zsgate.checks.report.batches`)."""
    for problem in report.unreadable:
        out.write(f"{problem.where}: error: {problem.message}\n")
    lines = (line(finding) + "\n" for finding in report.findings)
    for batch in batches(lines):
        out.write("".join(batch))
    _write_ending(report, out)


def write_statistics(report: LintReport, out: TextIO) -> None:
    """One line per rule, as ``ruff --statistics``: ``count<TAB>code<TAB>[*] name`` (``[*]``: --fix fixes
    it), the most found first; then what cannot be read, and the summary."""
    rows = report.per_rule()
    count_width = max((len(str(count)) for _, count in rows), default=0)
    code_width = max((len(rule.code) for rule, _ in rows), default=0)
    for rule, count in rows:
        fixable = "[*]" if rule.fixable else "[ ]"
        out.write(f"{count:>{count_width}}\t{rule.code:<{code_width}}\t{fixable} {rule.name}\n")
    for problem in report.unreadable:
        out.write(f"{problem.where}: error: {problem.message}\n")
    _write_ending(report, out)


def _write_ending(report: LintReport, out: TextIO) -> None:
    if done := fixed(report.fixed):
        out.write(done + "\n")
    out.write(summary(report) + "\n")


def write_rich(report: LintReport, out: TextIO, console: Console | None = None) -> None:
    """Grouped by file with coloured severities (rich is imported only for a terminal)."""
    from rich.console import Console
    from rich.markup import escape

    console = console or Console(file=out)
    for problem in report.unreadable:
        console.print(f"[bold]{escape(problem.where)}[/]: [red]error:[/] {escape(problem.message)}", highlight=False)
    for path, findings in groupby(report.findings, key=lambda f: f.path):
        console.print(f"[bold underline]{escape(path)}[/]", highlight=False)
        for finding in findings:
            colour = "red" if finding.severity is Severity.ERROR else "yellow"
            console.print(
                f"  [dim]{finding.line}:{finding.column}[/]  [{colour}]{finding.code}[/] "
                f"[bold]{finding.rule}[/] {escape(finding.message)}",
                highlight=False,
            )
    if done := fixed(report.fixed):
        console.print(f"[green]{escape(done)}[/]", highlight=False)
    colour = "green" if not report.findings and not report.unreadable else "red"
    console.print(f"[{colour}]{escape(summary(report))}[/]", highlight=False)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
