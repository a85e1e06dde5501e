"""The ``zsgate`` command: wires options to one function, its result to a reporter, and that to an exit code.

Heavy libraries (SQLAlchemy, Alembic, testcontainers) are imported inside the commands that
need them, so ``zsgate lint`` starts fast enough for a pre-commit hook.
"""

from __future__ import annotations

import functools
import gc
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from zsgate import __version__
from zsgate.sql.limits import DEFAULT_LIMITS, SizeLimits, shown_size, size_in_bytes

if TYPE_CHECKING:
    from zsgate.checks.lint.findings import LintReport

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


def shown(path: Path) -> str:
    """``path`` relative to the working directory when it is below it, as people type it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def fail(message: str) -> NoReturn:
    """Stop with exit 2 and a message: the run could not happen (bad input, no engine)."""
    click.echo(f"zsgate: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


class ByteSize(click.ParamType):
    """``4M``, ``512K``, ``1G`` or bytes; 0 for no limit."""

    name = "SIZE"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int:
        try:
            return value if isinstance(value, int) else size_in_bytes(str(value))
        except ValueError as error:
            self.fail(str(error), param, ctx)


def size_limit_options(command: Callable[..., None]) -> Callable[..., None]:
    """``--max-file-size`` and ``--max-statement-size``, passed to ``command`` as one ``limits``."""

    @functools.wraps(command)
    def with_limits(*args: object, max_file_size: int, max_statement_size: int, **kwargs: object) -> None:
        command(*args, limits=SizeLimits(max_file_size, max_statement_size), **kwargs)

    largest_file = click.option(
        "--max-file-size",
        type=ByteSize(),
        default=shown_size(DEFAULT_LIMITS.file_bytes),
        show_default=True,
        help="Refuse (exit 2) a larger SQL file; 0: no limit. ZStack's largest is 63 KiB.",
    )
    largest_statement = click.option(
        "--max-statement-size",
        type=ByteSize(),
        default=shown_size(DEFAULT_LIMITS.statement_bytes),
        show_default=True,
        help="Refuse (exit 2) a SQL file with a larger statement; 0: no limit. ZStack's largest is 29 KiB.",
    )
    return largest_file(largest_statement(with_limits))


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="zsgate")
def main() -> None:
    """Generate, lint and prove ZStack's MySQL-family schema upgrades.

    \b
    models (schema/) --generate--> migrations/V<release>__schema.sql
                     --lint------> findings before merge
                     --verify----> proof on a real server before release
    conf/db history  --replay----> every file, in Flyway's order, on a fresh server
    """


@main.command()
@click.option("--release", metavar="X.Y.Z", help="Generate only this release's files.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 with a diff if committed files differ.")
@click.option(
    "--models",
    metavar="MODULE|FILE.py",
    default="zsgate.schema",
    show_default=True,
    help="Where the models live: a module or a .py file that defines `metadata`.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Directory of the generated files (default: the project's migrations/).",
)
def generate(release: str | None, check: bool, models: str, out: Path | None) -> None:
    """Generate upgrade and rollback SQL from the models.

    Writes V<release>__schema.sql and U<release>__schema.sql for every release after the
    baseline, plus model-facts.json for the linter. Refuses (exit 2) models that break an
    invariant, naming Table.column and the rule.
    """
    from zsgate.migrations.generate import MIGRATIONS, drift, generated_files, write
    from zsgate.migrations.plan import PlanError
    from zsgate.schema.invariants import InvariantError
    from zsgate.schema.loading import ModelsError, load_metadata

    directory = out or MIGRATIONS
    try:
        files = generated_files(load_metadata(models), release)
    except InvariantError as error:
        for violation in error.violations:
            click.echo(f"zsgate: invariant broken: {violation}", err=True)
        sys.exit(EXIT_ERROR)
    except (ModelsError, PlanError, ValueError) as error:
        fail(str(error))
    if check:
        if diff := drift(files, directory):
            click.echo(diff.rstrip("\n"))
            click.echo("zsgate: generated files differ from the models; run `zsgate generate`", err=True)
            sys.exit(EXIT_FAILED)
        click.echo(f"{len(files)} generated files match the models")
        return
    directory.mkdir(parents=True, exist_ok=True)
    changed = write(files, directory)
    for file in files:
        path = directory / file.name
        click.echo(f"{'wrote' if path in changed else 'unchanged'} {shown(path)}")


FORMATS = ("text", "json", "sarif", "github")


def _names(values: tuple[str, ...]) -> frozenset[str] | None:
    """Rule names from repeated and/or comma-separated flags; None when not given."""
    names = {name.strip() for value in values for name in value.split(",") if name.strip()}
    return frozenset(names) if names else None


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "output", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option(
    "--target", help="Server whose reserved words apply: mysql-8.0 (default), mysql-8.4, greatsql-8.0, mariadb-10.11."
)
@click.option(
    "--select",
    multiple=True,
    metavar="RULES",
    help="Run only these rules: names, codes or code prefixes (ZS3), comma-separated.",
)
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules (names or codes, comma-separated).")
@click.option(
    "--fail-on", type=click.Choice(["error", "warning"]), help="Lowest severity that fails the run (default: error)."
)
@click.option("--fix", is_flag=True, help="Rewrite files in place to fix what can be fixed (unquoted-identifier).")
@click.option("--explain", metavar="RULE", help="Explain one rule (name or code) with a bad and a good example.")
@click.option("--rules", "list_rules", is_flag=True, help="List every rule.")
@click.option(
    "--config", type=click.Path(dir_okay=False, path_type=Path), help="pyproject.toml to read [tool.zsgate.lint] from."
)
@click.option(
    "--facts",
    type=click.Path(dir_okay=False, path_type=Path),
    help="model-facts.json for tables the files do not define.",
)
@size_limit_options
def lint(
    paths: tuple[Path, ...],
    output: str,
    target: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    fix: bool,
    explain: str | None,
    list_rules: bool,
    config: Path | None,
    facts: Path | None,
    limits: SizeLimits,
) -> None:
    """Lint upgrade SQL files (directories are searched for *.sql).

    Exit 0 when clean, 1 when a finding reaches --fail-on, 2 on usage errors or unreadable files.
    Silence a statement with `-- noqa: RULE[,RULE]` on its line.
    """
    from zsgate.checks.lint.config import ConfigError, find_pyproject, load_config
    from zsgate.checks.lint.context import TableFacts
    from zsgate.checks.lint.findings import Severity
    from zsgate.checks.lint.runner import UnknownRule, lint_paths
    from zsgate.checks.lint.targets import TARGETS

    if list_rules or explain:
        _explain_rules(explain)
        return
    # Tokens and trees are kept until the end: a rarer collector saves a third of the parse time.
    gc.set_threshold(100_000, 20, 20)
    if target is not None and target not in TARGETS:
        fail(f"--target {target!r} is not one of {', '.join(TARGETS)}")
    try:
        selected, ignored = _names(select), _names(ignore)
        if selected is not None and ignored is None:
            ignored = frozenset()  # rules selected on the command line run even if the config ignores them
        settings = load_config(config or find_pyproject(Path.cwd())).override(
            select=selected,
            ignore=ignored,
            target=target,
            fail_on=Severity(fail_on) if fail_on else None,
        )
    except ConfigError as error:
        fail(str(error))
    try:
        tables = TableFacts.from_json(facts.read_text(encoding="utf-8")) if facts else None
    except (OSError, ValueError, KeyError) as error:
        fail(f"{facts}: not a model-facts.json ({error})")
    try:
        report = lint_paths(paths or (Path("."),), settings, tables, fix=fix, limits=limits)
    except UnknownRule as error:
        fail(str(error))
    _write_lint_report(report, output)
    if report.unreadable:
        sys.exit(EXIT_ERROR)
    if any(finding.severity.rank >= settings.fail_on.rank for finding in report.findings):
        sys.exit(EXIT_FAILED)


def _write_lint_report(report: LintReport, output: str) -> None:
    from zsgate.checks.report import lint_machine, lint_text

    stream = sys.stdout
    if output == "text":
        writer = lint_text.write_rich if stream.isatty() else lint_text.write_plain
    else:
        writer = {
            "json": lint_machine.write_json,
            "sarif": lint_machine.write_sarif,
            "github": lint_machine.write_github,
        }[output]
    writer(report, stream)


def _explain_rules(explain: str | None) -> None:
    """One rule's documentation, or a table of every rule."""
    from rich.console import Console
    from rich.table import Table

    from zsgate.checks.lint.rules import RULES, find_rule

    console = Console()
    if explain:
        rule = find_rule(explain)
        if rule is None:
            fail(f"no rule named {explain!r}; `zsgate lint --rules` lists them")
        info = rule.info()
        click.echo(f"{info.code} {info.name} ({info.severity.value}{', fixable' if rule.fixable else ''})")
        click.echo(info.explanation)
        return
    table = Table("code", "name", "severity", "fix", "what it finds")
    for rule in RULES:
        info = rule.info()
        table.add_row(info.code, info.name, info.severity.value, "yes" if rule.fixable else "", info.summary)
    console.print(table)


@main.command()
@click.option(
    "--engine",
    default="local",
    show_default=True,
    metavar="SPEC",
    help="local (a throwaway MariaDB/MySQL from binaries on PATH), docker:mysql-8.0, docker:mysql-8.4, "
    "docker:greatsql-8.0, docker:IMAGE:TAG, or dsn:URL (an existing server without a zstack schema).",
)
@click.option(
    "--sql",
    "upgrade",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Upgrade file (default: the generated V<release>__schema.sql).",
)
@click.option(
    "--rollback",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Rollback file (default: the generated U<release>__schema.sql).",
)
@click.option("--release", metavar="X.Y.Z", help="Release to verify (default: the newest the models introduce).")
@click.option(
    "--helpers",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Load helper procedures from this beforeMigrate.sql instead of zsgate's own.",
)
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text", show_default=True)
@size_limit_options
def verify(
    engine: str,
    upgrade: Path | None,
    rollback: Path | None,
    release: str | None,
    helpers: Path | None,
    output: str,
    limits: SizeLimits,
) -> None:
    """Prove an upgrade on a real, throwaway server.

    Builds the pre-release baseline (helper procedures, tables, seed rows), applies the upgrade
    statement by statement, then checks: schema equals the models, a second run changes nothing,
    seed rows are intact, cascades / SET NULL / unique keys / NOT NULL behave, and the rollback
    returns to the baseline. Exit 0 all pass, 1 a check failed, 2 the run could not happen.
    """
    from rich.console import Console

    from zsgate.checks.report.verify_text import print_check, print_summary, write_json
    from zsgate.checks.verify.apply import ApplyError, SqlFileError
    from zsgate.checks.verify.run import PlanError, default_plan
    from zsgate.checks.verify.run import verify as run_verify
    from zsgate.engines import EngineError

    try:
        plan = default_plan(release, upgrade, rollback, helpers, limits)
    except PlanError as error:
        fail(str(error))
    console = Console(stderr=output == "json", soft_wrap=True)
    if output == "text":
        console.print(f"verifying {shown(plan.upgrade)} on {engine}", highlight=False)
    try:
        report = run_verify(
            engine, plan, on_check=lambda check: print_check(console, check) if output == "text" else None
        )
    except (EngineError, SqlFileError, ValueError) as error:
        fail(str(error))
    except ApplyError as error:
        fail(f"the baseline could not be built: {error}")
    if output == "json":
        write_json(report, sys.stdout)
    else:
        print_summary(console, report)
    sys.exit(EXIT_OK if report.ok else EXIT_FAILED)


@main.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--engine", default="local", show_default=True, metavar="SPEC", help="As for `zsgate verify`.")
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text", show_default=True)
@size_limit_options
def replay(directory: Path, engine: str, output: str, limits: SizeLimits) -> None:
    """Replay a ZStack schema history (conf/db) on a fresh server.

    Applies V0.6__schema.sql, the beforeValidate/beforeMigrate callbacks and every
    upgrade/V<version>__schema.sql in version order, statement by statement, and stops at the first
    error (file:line and the server's message). Exit 0 when all apply, 1 on an error, 2 when it
    cannot run.
    """
    from zsgate.checks.replay import history
    from zsgate.checks.replay import replay as run_replay
    from zsgate.checks.verify.apply import SqlFileError
    from zsgate.engines import EngineError

    files = history(directory)
    if not files:
        fail(f"{shown(directory)}: no V<version>__schema.sql files (expected ZStack's conf/db folder)")
    try:
        report = run_replay(engine, files, limits=limits)
    except (EngineError, SqlFileError, ValueError) as error:
        fail(str(error))
    if output == "json":
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        statements = sum(file.statements for file in report.files)
        seconds = sum(file.seconds for file in report.files)
        for file in report.files:
            if file.error:
                click.echo(f"error: {file.error}", err=True)
        verb = "replayed" if report.ok else "stopped after"
        click.echo(
            f"{verb} {len(report.files)} of {len(files)} files ({statements} statements, {seconds:.1f}s) "
            f"on {report.engine}: {report.tables} tables in zstack"
        )
    sys.exit(EXIT_OK if report.ok else EXIT_FAILED)
