"""A release's review as Markdown (GitHub's flavour: tables, a ```mermaid fence GitHub draws, <details>).

Order is what a reviewer asks first: what is added and how it hangs off existing tables, then what it does on
each server, what can fail on existing rows, what lint says, and what verify proved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from zsgate.checks.impact.online_ddl import Impact
from zsgate.checks.report.mermaid import er_diagram
from zsgate.checks.review.diagram import Diagram
from zsgate.checks.review.release import ReleaseReview

MARKER = "<!-- zsgate-report -->"
"""The first line of every report: the workflow finds its pull-request comment by it."""

FINDINGS_SHOWN = 5
"""Findings listed per rule; the others are counted."""


def cell(text: object) -> str:
    """Text made safe for one Markdown table cell: pipes escaped, line breaks as spaces, HTML tags inert."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("\n", " ")


def code(text: str) -> str:
    """``text`` as a Markdown code span, whatever backticks it holds (CommonMark: a longer run of them fences
    it, and a space pads a backtick at either end)."""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows]
    return lines


def diagram_lines(diagram: Diagram) -> list[str]:
    """The picture as a ```mermaid fence, with a note of the neighbours left out."""
    lines = ["```mermaid", er_diagram(diagram).rstrip("\n"), "```"]
    if diagram.left_out:
        lines += ["", f"Left out of the picture, one more foreign key away: {', '.join(diagram.left_out)}."]
    if diagram.missing:
        lines += ["", f"Referenced but not in the schema: {', '.join(diagram.missing)}."]
    return lines


def cost(impact: Impact) -> str:
    rebuild = ", rebuild" if impact.rebuild else ""
    return f"{impact.algorithm.value} / {impact.lock.value}{rebuild}"


def release_markdown(review: ReleaseReview) -> str:
    """The whole review as one Markdown document, starting with :data:`MARKER`."""
    lines = [MARKER, f"# Schema release {review.release}", "", f"Upgrade file: {code(review.path)}", ""]
    lines += _summary(review)
    lines += ["", "## What it adds and how it hangs off existing tables", ""]
    lines += [
        "Tables the release adds or changes in full; their neighbours with the columns that tie them. "
        "An edge says the foreign key's columns and ON DELETE; `}o--||` many rows to exactly one, "
        "`o|` a parent that may be absent (a nullable key).",
        "",
    ]
    lines += diagram_lines(review.diagram)
    lines += ["", "## Impact on existing tables, worst first", ""] + _impact(review)
    lines += ["", "## Prechecks", ""] + _prechecks(review)
    lines += ["", "## Lint", ""] + _lint(review)
    if review.verify:
        lines += ["", "## Verify", ""]
        for result in review.verify:
            lines += _verify(result) + [""]
    if review.problems:
        lines += ["", "## Not read", ""] + [f"- {code(problem)}" for problem in review.problems]
    return "\n".join(lines) + "\n"


def _summary(review: ReleaseReview) -> list[str]:
    shown = {p.kind for p in review.parts}
    kinds = ("table", "column", "index", "foreign key", *(k for k in ("view", "trigger") if k in shown))
    counts = [
        (kind, *(sum(p.kind == kind and p.action == action for p in review.parts) for action in _ACTIONS))
        for kind in kinds
    ]
    lines = ["## Summary", ""]
    lines += table(["", *_ACTIONS], [(f"{kind}s" if kind != "index" else "indexes", *n) for kind, *n in counts])
    lines += ["", *table(["table", "what", "change", "name", "detail"], _rows(review))]
    return lines


_ACTIONS = ("added", "changed", "renamed", "dropped")


def _rows(review: ReleaseReview) -> list[tuple[str, ...]]:
    return [(code(p.table), p.kind, p.action, code(p.name), p.detail) for p in review.parts]


def _impact(review: ReleaseReview) -> list[str]:
    if not review.impact:
        return ["No change to an existing table."]
    targets = list(review.impact[0].targets)
    rows = [
        (f"{s.path.rsplit('/', 1)[-1]}:{s.line}", code(s.table), s.operation, *(cost(s.targets[t]) for t in targets))
        for s in review.impact
    ]
    return [*table(["where", "table", "operation", *targets], rows), "", "Each cell: algorithm / lock."]


def _prechecks(review: ReleaseReview) -> list[str]:
    if not review.prechecks:
        return ["None: no change can fail on the rows an existing database holds."]
    lines = ["Run these on a copy of the customer's database before the upgrade; each must return no row.", ""]
    for check in review.prechecks:
        lines += [f"- line {check.line}: {cell(check.finds)}", "", "  ```sql", f"  {check.sql};", "  ```"]
    return lines


def _lint(review: ReleaseReview) -> list[str]:
    if not review.lint:
        return ["No finding."]
    lines = table(
        ["rule", "severity", "findings"],
        [(f"{r.rule.code} `{r.rule.name}`", r.rule.severity.value, len(r.findings)) for r in review.lint],
    )
    for group in review.lint:
        lines += ["", f"<details><summary>{group.rule.code} {group.rule.name}: {group.rule.summary}</summary>", ""]
        lines += [f"- line {f.line}: {cell(f.message)}" for f in group.findings[:FINDINGS_SHOWN]]
        if len(group.findings) > FINDINGS_SHOWN:
            lines.append(f"- and {len(group.findings) - FINDINGS_SHOWN} more")
        lines += ["", "</details>"]
    return lines


def _verify(result: dict[str, object]) -> list[str]:
    checks = [check for check in result.get("checks", []) if isinstance(check, dict)]  # type: ignore[union-attr]
    verdict = "passed" if result.get("ok") else "FAILED"
    lines = [f"**{verdict}** on {cell(result.get('engine', '?'))} ({cell(result.get('server_version', '?'))}).", ""]
    rows = [
        (
            "✅" if check.get("ok") else "❌",
            check.get("name", ""),
            f"{check.get('seconds', '')} s",
            "; ".join(map(str, check.get("problems") or [])),
        )
        for check in checks
    ]
    passed = sum(bool(check.get("ok")) for check in checks)
    summary = f"{passed} of {len(checks)} checks passed"
    return [
        *lines,
        f"<details><summary>{summary}</summary>",
        "",
        *table(["", "check", "time", "problems"], rows),
        "",
        "</details>",
    ]
