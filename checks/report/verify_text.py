"""Verify results for people (a rich checklist with timings) and for machines (JSON)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from zsgate.checks.verify.run import CheckResult, VerifyReport


def print_check(console: Console, check: CheckResult) -> None:
    """One line per check as it finishes, its problems under it."""
    mark = "[green]✓[/]" if check.ok else "[red]✗[/]"
    console.print(f"{mark} {check.name:<11} [dim]{check.seconds:6.3f}s[/]", highlight=False)
    for problem in check.problems:
        console.print(f"    [red]{escape(problem)}[/]", highlight=False)


def print_summary(console: Console, report: VerifyReport) -> None:
    if report.baseline is not None:
        console.print(f"baseline: {report.baseline.tables} tables, {report.baseline.rows} rows", highlight=False)
    total = sum(check.seconds for check in report.checks)
    failed = [check.name for check in report.checks if not check.ok]
    if failed:
        console.print(f"[red]verify failed[/] on {escape(report.engine)}: {', '.join(failed)} ({total:.2f}s of checks)")
    else:
        console.print(
            f"[green]verified[/] on {escape(report.engine)}: {len(report.checks)} checks passed in {total:.2f}s"
        )


def print_statements(console: Console, report: VerifyReport) -> None:
    """Each upgrade statement's time, slowest first, with impact's prediction for this server."""
    table = Table(box=None, header_style="bold")
    table.add_column("line", justify="right")
    table.add_column("seconds", justify="right")
    table.add_column("predicted", no_wrap=True)
    table.add_column("statement", no_wrap=True, overflow="ellipsis", max_width=40)
    for timing in sorted(report.statements, key=lambda t: -t.seconds):
        table.add_row(str(timing.line), f"{timing.seconds:.3f}", timing.predicted, escape(timing.sql))
    console.print(table)
