"""``zsgate report``: what a release does, for the people who review it.

The release's generated upgrade file is read by history's one reader and applied, as the server would, to
the schema the models define before the release: the changes that take effect are the summary, the tables
they add or change (with their foreign-key neighbours) the picture. Impact, prechecks and lint read the same
file; verify's result is what ``zsgate verify --format json`` wrote.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from zsgate.checks.impact.analyse import StatementImpact, impact_paths
from zsgate.checks.impact.online_ddl import TARGETS
from zsgate.checks.impact.prechecks import Precheck
from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.findings import Finding, LintReport, RuleInfo, Unreadable
from zsgate.checks.lint.runner import lint_paths
from zsgate.checks.review.diagram import Diagram, neighbourhood
from zsgate.history import changes as made
from zsgate.history.apply import apply, apply_one, expand, starting_schema
from zsgate.history.schema import Column, Index, Schema


class ReviewError(Exception):
    """The release cannot be reviewed: unknown, its file missing or unreadable, a verify result not one."""


@dataclass(frozen=True, slots=True)
class Part:
    """One row of the summary: a table, column, index or foreign key ``action`` (added, changed, dropped,
    renamed) by the release, and what it is."""

    table: str
    kind: str
    action: str
    name: str
    detail: str


@dataclass(frozen=True, slots=True)
class RuleFindings:
    rule: RuleInfo
    findings: tuple[Finding, ...]


@dataclass
class ReleaseReview:
    release: str
    path: str
    parts: list[Part]
    diagram: Diagram
    impact: list[StatementImpact]
    """Changes to existing tables, worst first."""
    prechecks: list[Precheck]
    lint: list[RuleFindings]
    problems: list[str] = field(default_factory=list)
    """What could not be read (impact's errors, lint's unreadable files), as ``path[:line]: message``."""
    verify: list[dict[str, object]] = field(default_factory=list)
    """What ``zsgate verify --format json`` wrote, one result per server."""


def review_release(
    release: str,
    upgrade: Path,
    before: Schema,
    config: LintConfig,
    verify_json: Sequence[Path] = (),
    in_history: bool = False,
) -> ReleaseReview:
    """Review ``upgrade`` (the release's V file) applied to ``before`` (the schema before it, helper procedures
    included). ``in_history``: ``before`` is what the earlier files of ``upgrade``'s Flyway history leave, which
    impact and lint then read for themselves."""
    verify = [_verify_result(path) for path in verify_json]  # a file that is not one stops it before any work
    changes = made.read_file(upgrade)
    if changes is None:
        raise ReviewError(f"{upgrade}: cannot be read as SQL")
    schema = before.copy()
    parts: list[Part] = []
    for change in changes:
        for one in expand(schema, change):  # a helper CALL: the changes it makes
            was = schema.column(one.table, one.old) if isinstance(one, made.ModifyColumn) else None
            if (done := apply_one(schema, one)) is not None:
                parts += _parts(done, was, schema)
    parts += _view_parts(before, schema)
    focus = [p.table for p in parts if p.kind != "view" and not (p.kind == "table" and p.action == "dropped")]
    impact = impact_paths([upgrade], TARGETS, None if in_history else before.copy())
    lint = lint_paths([upgrade], config)
    return ReleaseReview(
        release,
        _shown(upgrade),
        parts,
        neighbourhood(schema, focus),
        impact.worst_first(),
        impact.prechecks,
        _per_rule(lint),
        [*impact.errors, *(_unreadable(u) for u in lint.unreadable)],
        verify,
    )


def _view_parts(before: Schema, after: Schema) -> list[Part]:
    """Views the release adds, changes (a new definition, however it was made: ALTER, OR REPLACE, or DROP and
    CREATE again) and drops, by name; triggers it adds, moves to another table or event, and drops (a body
    is not compared)."""
    parts = []
    for name in sorted({*before.views, *after.views}, key=str.lower):
        was, now = before.views.get(name), after.views.get(name)
        if now is None:
            parts.append(Part(name, "view", "dropped", name, ""))
        elif was is None or was.definition != now.definition:
            reads = f"reads {', '.join(now.reads)}" if now.reads else ""
            parts.append(Part(name, "view", "added" if was is None else "changed", name, reads))
    for name in sorted({*before.triggers, *after.triggers}, key=str.lower):
        old, new = before.triggers.get(name), after.triggers.get(name)
        if new is None and old is not None:
            parts.append(Part(old.table, "trigger", "dropped", name, ""))
        elif new is not None and new != old:
            action = "added" if old is None else "changed"
            parts.append(Part(new.table, "trigger", action, name, f"{new.timing} {new.event}"))
    return parts


def _with_helpers(tables: Schema) -> Schema:
    """``tables`` with ZStack's helper procedures defined, as they are before any upgrade file runs."""
    schema = starting_schema(None, defines_helpers=False)
    schema.tables = tables.copy().tables
    return schema


def _per_rule(report: LintReport) -> list[RuleFindings]:
    findings: dict[str, list[Finding]] = {}
    for finding in report.findings:
        findings.setdefault(finding.code, []).append(finding)
    return [RuleFindings(rule, tuple(findings[rule.code])) for rule, _ in report.per_rule()]


def _unreadable(unreadable: Unreadable) -> str:
    return f"{unreadable.where}: {unreadable.message}"


def _verify_result(path: Path) -> dict[str, object]:
    """What ``zsgate verify --format json`` wrote: its ``ok``, ``engine`` and ``checks`` at least."""
    try:
        result = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ReviewError(f"{path}: cannot be read ({error.strerror or error})") from error
    except UnicodeDecodeError as error:
        raise ReviewError(f"{path}: cannot be read ({error})") from error
    except json.JSONDecodeError as error:
        raise ReviewError(f"{path}:{error.lineno}: not JSON ({error.msg})") from error
    if not isinstance(result, dict) or not isinstance(result.get("checks"), list) or "ok" not in result:
        raise ReviewError(f"{path}: not the output of `zsgate verify --format json` (no ok and checks)")
    return result


def column_sql(column: Column) -> str:
    """``VARCHAR(32) NOT NULL DEFAULT 0``: a column's type, nullability and default."""
    null = {True: " NULL", False: " NOT NULL", None: ""}[column.nullable]
    default = f" DEFAULT {column.default}" if column.default is not None else ""
    return f"{column.type_sql}{null}{default}"


def index_sql(index: Index) -> str:
    """``UNIQUE (hostUuid, sourceRoot(255))``."""
    prefixes = index.prefixes or (None,) * len(index.columns)
    listed = ", ".join(c if p is None else f"{c}({p})" for c, p in zip(index.columns, prefixes, strict=True))
    kind = "UNIQUE " if index.unique else "FULLTEXT " if index.fulltext else ""
    return f"{kind}({listed})"


def _parts(change: made.Change, was: Column | None, after: Schema) -> Iterator[Part]:  # noqa: C901, PLR0911, PLR0912 - one branch per kind of change
    """What one change that took effect adds, changes or drops (``was``: a modified column before)."""
    match change:
        case made.CreateTable(table=table):
            counts = (len(table.columns), len(table.indexes), len(table.foreign_keys))
            nouns = (("column", "columns"), ("index", "indexes"), ("foreign key", "foreign keys"))
            detail = ", ".join(f"{n} {noun[n != 1]}" for n, noun in zip(counts, nouns, strict=True))
            yield Part(table.name, "table", "added", table.name, detail)
        case made.CreateTableLike(name=name, source=source):
            yield Part(name, "table", "added", name, f"like {source}")
        case made.DropTables(names=names):
            for name in names:
                yield Part(name, "table", "dropped", name, "")
        case made.RenameTable(old=old, new=new):
            yield Part(new, "table", "renamed", new, f"from {old}")
        case made.AddColumn(table=table, column=column):
            yield Part(table, "column", "added", column.name, column_sql(column))
        case made.ModifyColumn(table=table, old=old, column=column):
            detail = f"{column_sql(was)} → {column_sql(column)}" if was else column_sql(column)
            name = column.name if old.lower() == column.name.lower() else f"{old} → {column.name}"
            yield Part(table, "column", "changed", name, detail)
        case made.AlterDefault(table=table, column=column, default=default):
            yield Part(table, "column", "changed", column, f"DEFAULT {default}" if default else "default dropped")
        case made.RenameColumn(table=table, old=old, new=new):
            yield Part(table, "column", "renamed", new, f"from {old}")
        case made.DropColumn(table=table, name=name):
            yield Part(table, "column", "dropped", name, "")
        case made.AddIndex(table=table, index=index):
            yield Part(table, "index", "added", index.name, index_sql(index))
        case made.AddPrimaryKey(table=table, columns=columns):
            yield Part(table, "index", "added", "PRIMARY", f"PRIMARY KEY ({', '.join(columns)})")
        case made.DropIndex(table=table, name=name):
            yield Part(table, "index", "dropped", name, "")
        case made.DropPrimaryKey(table=table):
            yield Part(table, "index", "dropped", "PRIMARY", "")
        case made.RenameIndex(table=table, old=old, new=new):
            yield Part(table, "index", "renamed", new, f"from {old}")
        case made.AddForeignKey(table=table, foreign_key=fk):
            target = f"{fk.references}({', '.join(fk.referenced)})"
            detail = f"({', '.join(fk.columns)}) → {target} ON DELETE {fk.on_delete or 'RESTRICT'}"
            yield Part(table, "foreign key", "added", fk.name, detail)
        case made.DropForeignKey(table=table, name=name):
            yield Part(table, "foreign key", "dropped", name, "")
        case made.Unread(table=table):
            yield Part(table, "table", "changed", table, "by a statement zsgate cannot read")
        case made.DefineProcedure() | made.DropProcedure() | made.CallProcedure():
            return
        case made.CreateView() | made.AlterView() | made.DropViews() | made.CreateTrigger() | made.DropTrigger():
            return  # views and triggers as the whole file leaves them: see _view_parts
        case _:
            table = getattr(change, "table", "")
            if table and table in after.tables:
                yield Part(table, "table", "changed", table, type(change).__name__)


def review_models_release(
    release: str | None, config: LintConfig, verify_json: Sequence[Path] = (), upgrade: Path | None = None
) -> ReleaseReview:
    """Review a release of the project's models (default: the newest) through its generated upgrade file
    (default: the one zsgate ships), against the schema the models define before it."""
    from zsgate.migrations import SHIPPED
    from zsgate.schema import metadata
    from zsgate.schema.as_history import model_schema
    from zsgate.schema.releases import BASELINE, releases

    known = [name for name in releases(list(metadata.sorted_tables)) if name != BASELINE]
    if not known:
        raise ReviewError("the models introduce no release after the baseline")
    release = release or known[-1]
    if release not in known:
        raise ReviewError(f"no release {release!r} in the models; they introduce: {', '.join(known)}")
    upgrade = upgrade or SHIPPED / f"V{release}__schema.sql"
    if not upgrade.is_file():
        raise ReviewError(f"{upgrade}: no such file; run `zsgate generate --release {release}`")
    previous = ([BASELINE, *known])[[BASELINE, *known].index(release) - 1]
    return review_release(release, upgrade, _with_helpers(model_schema(metadata, previous)), config, verify_json)


def review_history_file(upgrade: Path, config: LintConfig, verify_json: Sequence[Path] = ()) -> ReleaseReview:
    """Review one versioned file of a Flyway history (ZStack's conf/db) against what the history's earlier
    files leave (columns of tables they never create come from the project's models)."""
    from zsgate.history.facts import model_facts
    from zsgate.history.flyway import HistoryError, history_roots, read_history

    roots = history_roots([upgrade])
    if not upgrade.is_file() or not roots:
        raise ReviewError(f"{upgrade}: not a V<version>__<description>.sql file")
    try:
        history = read_history(roots[0])
    except (HistoryError, OSError) as error:
        raise ReviewError(f"{roots[0]}: {error}") from error
    schema = starting_schema(model_facts(), "beforeMigrate" in history.callbacks)
    here = upgrade.resolve()
    version = next((m.version for m in history.migrations if m.path.resolve() == here), "")
    if not version:
        raise ReviewError(f"{upgrade}: not a migration of the history at {roots[0]}")
    for path in history.files:
        if path.resolve() == here:
            break
        for change in made.read_file(path) or []:
            apply(schema, change)
    return review_release(version, upgrade, schema, config, verify_json, in_history=True)


def _shown(path: Path) -> str:
    """``path`` relative to the working directory when it is below it."""
    return str(path.resolve().relative_to(Path.cwd())) if path.resolve().is_relative_to(Path.cwd()) else str(path)
