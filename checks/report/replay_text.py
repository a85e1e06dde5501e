"""Replay results for people: what stopped the run or was refused, the discrepancies found, one summary line."""

from __future__ import annotations

from typing import TextIO

from zsgate.checks.replay.run import ReplayReport


def write_text(report: ReplayReport, pending: int, validate: bool, out: TextIO, err: TextIO) -> None:
    """Errors and refusals to `err`; findings and the summary (of the history's `pending` migrations) to `out`."""
    for file in report.files:
        if file.error:
            err.write(f"error: {file.error}\n")
    for finding in report.refused:
        where = f"{finding.script}: version {finding.version} " if finding.version else ""
        err.write(f"refused: {where}{finding.kind}: {finding.detail}\n")
    for finding in report.findings:
        out.write(f"{finding.script}: version {finding.version} {finding.kind}: {finding.detail}\n")
    if validate:
        out.write(f"{len(report.findings)} discrepancies against schema_version in {report.engine}\n")
        return
    migrations = [file for file in report.files if file.version is not None]
    applied = sum(file.error is None for file in migrations)
    statements = sum(file.statements for file in report.files)
    seconds = sum(file.seconds for file in report.files)
    verb = "replayed" if report.ok else "stopped after"
    done = f", {report.already_applied} already applied" if report.already_applied else ""
    out.write(
        f"{verb} {applied} of {pending - report.already_applied} migrations{done} "
        f"({statements} statements with callbacks, {seconds:.1f}s) on {report.engine}: {report.tables} tables\n"
    )
