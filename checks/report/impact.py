"""Impact results for people (a rich table, worst first) and for machines (JSON)."""

from __future__ import annotations

import json
from typing import TextIO

from rich.console import Console
from rich.table import Table

from zsgate.checks.impact.analyse import ImpactReport
from zsgate.checks.impact.online_ddl import Algorithm, Impact
from zsgate.sql.quoting import visible

STYLE = {Algorithm.INSTANT: "green", Algorithm.INPLACE: "yellow", Algorithm.COPY: "red"}


def cell(cost: Impact) -> str:
    """``copy/shared rebuild`` coloured by algorithm."""
    rebuild = " rebuild" if cost.rebuild else ""
    return f"[{STYLE[cost.algorithm]}]{cost.algorithm.value}/{cost.lock.value}{rebuild}[/]"


def write_text(report: ImpactReport, out: TextIO) -> None:
    console = Console(file=out, width=None if out.isatty() else 1000, highlight=False)
    targets = list(report.statements[0].targets) if report.statements else []
    table = Table("where", "table", "operation", *targets, box=None, header_style="bold")
    for statement in report.worst_first():
        costs = [cell(statement.targets[target]) for target in targets]
        table.add_row(f"{statement.path}:{statement.line}", statement.table, statement.operation, *costs)
    if report.statements:
        console.print(table)
    blocking = sum(any(cost.blocking for cost in s.targets.values()) for s in report.statements)
    console.print(
        f"{len(report.statements)} changes to existing tables in {report.files} files; "
        f"{blocking} copy the table or block writes on some target"
    )


def write_prechecks(report: ImpactReport, out: TextIO) -> None:
    """Each precheck as a comment saying what it finds, then its query: a file to ship and run. Names in
    the comment have their line breaks and other invisible characters escaped, so none ends the comment."""
    for check in report.prechecks:
        out.write(f"-- {visible(f'{check.path}:{check.line}: {check.finds}')}\n{check.sql};\n")


def write_prechecks_json(report: ImpactReport, out: TextIO) -> None:
    out.write(json.dumps({"prechecks": [check.as_dict() for check in report.prechecks]}, indent=2) + "\n")
