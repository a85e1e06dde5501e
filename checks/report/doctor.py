"""Doctor's report for a terminal (rich), a support ticket (Markdown) and tools (JSON), all from the one plain
dictionary ``DoctorReport.as_dict()`` gives, cut into the same sections: the verdict first."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

Report = dict[str, Any]
UNAPPLIED = "unapplied"  # a pending file, as validate sees it: listed with the pending files


@dataclass(frozen=True, slots=True)
class Section:
    """A titled table (or, without headers, a list of lines)."""

    title: str
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    empty: str


def verdict(report: Report) -> str:
    version = report["version"]
    return f"{'READY' if report['ready'] else 'NOT READY'}: {report['database']} ({report['server']}) at {version}"


def sections(report: Report) -> list[Section]:
    """The report's parts in reading order."""
    where = f"schema_version: last success {report['version']}"
    if report["out_of_order"]:
        where += f"; run out of order: {', '.join(report['out_of_order'])}"
    engine = report["engine"]
    expected = f"{report['expected_from'] or engine['spec'] or 'no engine'}; engine chosen: {engine['why']}"
    return [
        Section("Why", (), [(reason,) for reason in report["reasons"]], "nothing stands in the way"),
        Section(
            f"Where the database stands ({where})",
            ("version", "status", "detail"),
            [
                (item["version"], item["status"], item["detail"])
                for item in report["validate"]
                if item["status"] != UNAPPLIED
            ],
            "validate finds nothing but the pending files",
        ),
        Section(
            f"Drift from what {report['version']} leaves (replayed on {expected})",
            ("object", "kind", "change", "expected", "found"),
            [
                (item["object"], item["kind"], item["change"], item["expected"] or "-", item["found"] or "-")
                for item in report["drift"]
            ],
            "none" if report["expected_from"] else "not checked",
        ),
        Section(
            f"Pending files, in the order Flyway runs them ({len(report['pending'])})",
            ("version", "path"),
            [(item["version"], item["path"]) for item in report["pending"]],
            "none: the database is up to date",
        ),
        Section(
            "Prechecks: rows the pending changes would fail on",
            ("where", "finds", "rows", "sample"),
            [
                (f"{item['path']}:{item['line']}", item["finds"], _rows(item), "; ".join(item["sample"]))
                for item in report["prechecks"]
            ],
            "no data-dependent change to a table the database holds",
        ),
        Section(
            "Prechecks left to `zsgate verify`: changes to tables the pending files make (no row here meets them)",
            (),
            [(item,) for item in report["prechecks_on_new_tables"]],
            "none",
        ),
        Section(
            f"Changes that copy a table or block writes (at {report['rate_rows_per_second']:,.0f} rows/s)",
            ("where", "table", "operation", "algorithm/lock", "rows", "bytes", "estimate"),
            [
                (
                    f"{item['path']}:{item['line']}",
                    item["table"],
                    item["operation"],
                    f"{item['algorithm']}/{item['lock']}",
                    "-" if item["rows"] is None else f"~{item['rows']:,}",
                    "-" if item["bytes"] is None else f"{item['bytes']:,}",
                    "-" if item["estimate_seconds"] is None else f"{item['estimate_seconds']:,.1f} s",
                )
                for item in report["blocking"]
            ],
            "none",
        ),
        Section(
            "Not checked",
            ("what", "why"),
            [(item["what"], item["reason"]) for item in report["not_checked"]],
            "everything was checked",
        ),
        Section("Notes", (), [(note,) for note in report["notes"]], "none"),
    ]


def _rows(precheck: Report) -> str:
    rows = f"{precheck['rows']:,}"
    return f"{rows} (fixed by {precheck['fixed_by']})" if precheck["fixed_by"] else rows


def write_json(report: Report, out: TextIO) -> None:
    out.write(json.dumps(report, indent=2) + "\n")


def write_markdown(report: Report, out: TextIO) -> None:
    out.write(f"# {verdict(report)}\n")
    for section in sections(report):
        out.write(f"\n## {section.title}\n\n")
        if not section.rows:
            out.write(f"{section.empty.capitalize()}.\n")
        elif not section.headers:
            out.writelines(f"- {_markdown(row[0])}\n" for row in section.rows)
        else:
            out.write(_markdown_row(section.headers) + _markdown_row(tuple("---" for _ in section.headers)))
            out.writelines(_markdown_row(row) for row in section.rows)
    out.write(f"\n_zsgate doctor, {report['seconds']:.1f} s, read only._\n")


def _markdown_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(_markdown(cell) for cell in cells) + " |\n"


def _markdown(cell: str) -> str:
    return cell.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")


def write_text(report: Report, out: TextIO) -> None:
    console = Console(file=out, width=None if out.isatty() else 1000, highlight=False, markup=False)
    console.print(verdict(report), style="bold green" if report["ready"] else "bold red")
    for section in sections(report):
        console.print()
        console.print(section.title, style="bold")
        if not section.rows:
            console.print(f"  {section.empty}")
        elif not section.headers:
            for (line,) in section.rows:
                console.print(f"  - {line}")
        else:
            table = Table(*section.headers, box=None, header_style="bold", padding=(0, 2, 0, 2))
            for row in section.rows:
                table.add_row(*row)
            console.print(table)
    console.print(f"\n{report['seconds']:.1f} s, read only")
