"""The ``zsgate`` command: wires options to one function, its result to a reporter, and that to an exit code.

Heavy libraries (SQLAlchemy, Alembic, testcontainers) are imported inside the commands that
need them, so ``zsgate lint`` starts fast enough for a pre-commit hook.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from zsgate import __version__, collector, servers
from zsgate.checks.impact.online_ddl import TARGETS as IMPACT_TARGETS
from zsgate.checks.report.progress import ProgressSettingError
from zsgate.engines import DEFAULT_SPEC, DOCKER_SPECS, ENGINE_ENV
from zsgate.engines.signals import first_received, piece_of_work
from zsgate.sql.limits import DEFAULT_LIMITS, SizeLimits, shown_size, size_in_bytes

if TYPE_CHECKING:
    from rich.console import Console
    from sqlalchemy.engine import URL

    from zsgate.checks.lint.baseline import Baseline
    from zsgate.checks.lint.findings import LintReport
    from zsgate.checks.report.progress import Bar
    from zsgate.checks.verify.run import CheckResult
    from zsgate.engines import EngineSpec
    from zsgate.generate.files import GeneratedFile, PendingRelease
    from zsgate.history.facts import ModelFacts

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130, as a shell reports Ctrl-C
TRACEBACK_ENV = "ZSGATE_TRACEBACK"  # set to 1 to see the traceback of an internal error

# what path options and arguments take, each made once (making one has click translate its name)
ANY_PATH = click.Path(path_type=Path)
FILE_PATH = click.Path(dir_okay=False, path_type=Path)
FOLDER_PATH = click.Path(file_okay=False, path_type=Path)
EXISTING_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)
EXISTING_FOLDER = click.Path(exists=True, file_okay=False, path_type=Path)


def shown(path: Path) -> str:
    """``path`` relative to the working directory when it is below it, as people type it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def fail(message: str) -> NoReturn:
    """Stop with exit 2 and a message: the run could not happen (bad input, no engine). After a SIGTERM or
    SIGINT the error is what the stop broke (a connection cut mid-query): the run stops as signalled."""
    if (signum := first_received()) is not None:
        stopped_by(signum)
    click.echo(f"zsgate: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def stopped_by(signum: int) -> NoReturn:
    """Stop with 128+N, as a shell reports signal N."""
    click.echo(f"zsgate: stopped by {signal.Signals(signum).name}", err=True)
    sys.exit(128 + signum)


class Finished(SystemExit):
    """A command's end that leaves nothing for the interpreter's teardown: no server, worker or temporary file,
    its output written. :func:`run` then ends the process at once, without freeing every object one by one
    (the last 50 ms of a lint of ZStack's history); a caller that catches SystemExit sees the same code."""


def run() -> NoReturn:
    """The `zsgate` command: click's own errors, 130 for Ctrl-C, 128+N for a signal, never a traceback."""
    try:
        main.main(standalone_mode=False)  # a command ends with sys.exit(code) when it has one
    except Finished as finished:
        _end_at_once(finished.code if isinstance(finished.code, int) else EXIT_OK)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except (click.Abort, KeyboardInterrupt):
        click.echo("zsgate: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except ProgressSettingError as error:  # any command that shows progress, before its work
        fail(str(error))
    except Exception as error:
        if (signum := first_received()) is not None:  # stopped mid-query: the driver's complaint is noise
            stopped_by(signum)
        if os.environ.get(TRACEBACK_ENV) == "1":
            raise
        click.echo(
            f"zsgate: internal error: {type(error).__name__}: {error}\n"
            f"Please report it with the output of the same command run with {TRACEBACK_ENV}=1.",
            err=True,
        )
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_OK)


def _end_at_once(code: int) -> NoReturn:
    """End the process with ``code`` once its output is out; where it cannot be flushed (a closed pipe), as
    Python ends it."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        sys.exit(code)
    os._exit(code)


class ByteSize(click.ParamType):
    """``4M``, ``512K``, ``1G`` or bytes; 0 for no limit."""

    name = "SIZE"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int:
        try:
            return value if isinstance(value, int) else size_in_bytes(str(value))
        except ValueError as error:
            self.fail(str(error), param, ctx)


class EngineOption(click.ParamType):
    """An engine spec, parsed as the option is read: what runs after sees an `EngineSpec`, never the text."""

    name = "SPEC"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> EngineSpec:
        from zsgate.engines import EngineSpec  # the engines and SQLAlchemy: only for the commands that run one

        try:
            return EngineSpec.parse(value if isinstance(value, str) else str(value))
        except ValueError as error:
            self.fail(str(error), param, ctx)


class DatabaseOption(click.ParamType):
    """A URL that names a database, parsed as the option is read; its password only in `URL.password`."""

    name = "URL"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> URL:
        from zsgate.engines.dsn import parse_url

        try:
            url = parse_url(str(value))
        except ValueError as error:
            self.fail(str(error), param, ctx)
        if not url.database:
            self.fail("needs a URL that names the database, e.g. mysql://root@127.0.0.1:3306/zstack", param, ctx)
        return url


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


ENGINE_HELP = (
    "local (a throwaway MariaDB/MySQL from binaries on PATH), local:PATH (the server binary at PATH), "
    f"{', '.join(DOCKER_SPECS)}, docker:IMAGE:TAG, or dsn:URL (an existing server without a zstack schema)."
)
engine_option = click.option(
    "--engine",
    type=EngineOption(),
    default=DEFAULT_SPEC,
    show_default=True,
    envvar=ENGINE_ENV,
    show_envvar=True,
    help=ENGINE_HELP,
)

statement_timeout_option = click.option(
    "--statement-timeout",
    type=click.FloatRange(min=0),
    default=600,
    show_default=True,
    metavar="SECONDS",
    help="Kill any statement that runs longer on the server, and fail there (file:line); 0: no limit.",
)
runner_option = click.option(
    "--runner",
    type=click.Choice(["flyway", "client"]),
    default="flyway",
    show_default=True,
    help="Read and send files as Flyway 3.2.1 (ZStack's deployer) or the mysql/mariadb client does.",
)

OptionDecorator = Callable[[Callable[..., None]], Callable[..., None]]


def release_option(help: str) -> OptionDecorator:
    """``--release X.Y.Z``: the release a command works on, as ``help`` says."""
    return click.option("--release", metavar="X.Y.Z", help=help)


models_option = click.option(
    "--models",
    metavar="MODULE|FILE.py",
    default="zsgate.schema",
    show_default=True,
    help="Where the models live: a module or a .py file that defines `metadata`.",
)
"""``--models``: the models a command works from, the project's by default."""


def sql_option(help: str) -> OptionDecorator:
    """``--sql FILE``, passed as ``upgrade``: the upgrade file a command reads instead of a release's."""
    return click.option("--sql", "upgrade", type=FILE_PATH, help=help)


def format_option(*formats: str) -> OptionDecorator:
    """``--format``, passed as ``output``: one of ``formats``, the first by default."""
    return click.option("--format", "output", type=click.Choice(formats), default=formats[0], show_default=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="zsgate")
@click.pass_context
def main(context: click.Context) -> None:
    """Generate, lint and prove ZStack's MySQL-family schema upgrades.

    \b
    models (schema/) --generate--> migrations/V<release>__schema.sql
                     --lint------> findings before merge
                     --impact----> algorithm, lock, rebuild of each change, per server
                     --verify----> proof on a real server before release
                     --report----> a release's review with an ER picture, for the pull request
                     --docs------> a page per table
    conf/db history  --replay----> every file, as Flyway 3.2.1 migrates, on a fresh server
                     --import----> models (a package) of what the replay leaves
                     --lock------> released files' checksums, which lint then guards
                     --doctor----> a customer's database read before its upgrade: ready or not, and why
    """
    context.with_resource(piece_of_work())  # the signals its guards catch are this command's alone


@main.command()
@release_option(
    "The release the models' changes go into: by default the newest not locked. With --history DIR: by default "
    "the release under development, DIR's newest version when a flyway.lock speaks for DIR (DIR's own, or "
    "--out's or the project's holding one of DIR's versions) and none holds that version; it is generated again "
    "from the versions before it. Else --release is needed."
)
@click.option("--check", is_flag=True, help="Write nothing; exit 1 listing what is pending (a diff of each file).")
@models_option
@click.option(
    "--out",
    type=FOLDER_PATH,
    default=None,
    help="Directory of the generated files (default: the project's migrations/).",
)
@click.option(
    "--history",
    type=EXISTING_FOLDER,
    default=None,
    help="A conf/db tree: the released schema is what it leaves, replayed on a throwaway server (--engine).",
)
@engine_option
@click.option(
    "--rebaseline",
    is_flag=True,
    help="Record the baseline models as they are now (they were wrong, and now match the released schema).",
)
def generate(
    release: str | None,
    check: bool,
    models: str,
    out: Path | None,
    history: Path | None,
    engine: EngineSpec,
    rebaseline: bool,
) -> None:
    """Generate upgrade and rollback SQL: the models minus the released history.

    The released history is the baseline recorded in baseline.json, then every V<release> file of the
    output folder (a release flyway.lock holds, exactly as it is on disk). Whatever the models hold
    that it lacks or holds otherwise goes into --release X (default: the newest release not locked;
    when that is locked, exit 2 naming what to pass), as V<release>__schema.sql and
    U<release>__schema.sql; model-facts.json is written for the linter. A locked file is never
    rewritten. While every change is an addition tagged with its release (since(...)), no server is
    needed; any other change is found on a throwaway server (--engine). A drop or a rename is
    declared in the models (see the README); a drop they do not acknowledge is refused by name (exit 2).

    With --history DIR, the released schema is what DIR's history leaves on a throwaway server:
    --check then names every difference between it and the models (exit 1), and writes nothing;
    without --check, the V/U pair of --release (see there) takes that schema to the models.
    """
    if history is not None:
        _generate_from_history(release, check, models, out, history, engine)
        return
    from zsgate.generate.files import ProjectError, drift, project_files, project_migrations, write
    from zsgate.generate.plan import PlanError
    from zsgate.generate.released import ReleaseError
    from zsgate.history.flyway import HistoryError
    from zsgate.history.lock import LockError
    from zsgate.schema.invariants import InvariantError
    from zsgate.schema.loading import ModelsError, load_metadata

    try:
        directory = out or project_migrations()
        metadata = load_metadata(models)
        project = project_files(metadata, directory, release, rebaseline)
    except InvariantError as error:
        for violation in error.violations:
            click.echo(f"zsgate: invariant broken: {violation}", err=True)
        sys.exit(EXIT_ERROR)
    except (ModelsError, PlanError, ProjectError, LockError, ReleaseError, HistoryError, ValueError) as error:
        fail(str(error))
    files, pending, stale = project.files, [], []
    if project.pending is not None:
        pending, made = _pending_release(project.pending, engine, directory)
        if project.pending.release is None and pending:
            for line in pending:
                click.echo(f"pending: {line}")
            if check:
                click.echo(f"zsgate: {len(pending)} differences from the released history are in no release", err=True)
                sys.exit(EXIT_FAILED)
            fail(f"{len(pending)} differences from the released history are in no release: pass {project.pending.hint}")
        files = [*files, *made]
        stale = [path for path in project.pending.written if path.name not in {file.name for file in made}]
    if not files and not stale:
        click.echo(f"nothing pending for {release}: the models add nothing the released history lacks")
        return
    if check:
        diff = drift(files, directory) + "".join(f"{path}: the models no longer give it\n" for path in stale)
        if diff:
            click.echo(diff.rstrip("\n"))
            for line in pending:
                click.echo(f"pending for {project.pending.release}: {line}")  # type: ignore[union-attr]
            click.echo("zsgate: generated files differ from the models; run `zsgate generate`", err=True)
            sys.exit(EXIT_FAILED)
        click.echo(f"nothing pending: {len(files)} generated files match the models")
        return
    directory.mkdir(parents=True, exist_ok=True)
    changed = write(files, directory)
    for file in files:
        path = directory / file.name
        click.echo(f"{'wrote' if path in changed else 'unchanged'} {shown(path)}")
    for path in stale:
        path.unlink()
        click.echo(f"removed {shown(path)} (the models no longer give it)")


def _pending_release(
    pending: PendingRelease, engine: EngineSpec, directory: Path
) -> tuple[list[str], list[GeneratedFile]]:
    """The model changes the released history lacks (as lines) and the files of the release they go into,
    found as ``generate --history`` finds them: the released history replayed on a throwaway server. The
    result is kept in generate's cache, keyed by everything it depends on."""
    import json
    import tempfile

    from sqlalchemy.exc import DBAPIError

    from zsgate.checks.replay.released import released_differences
    from zsgate.compare.schema import against_history
    from zsgate.engines import EngineError
    from zsgate.engines.execute import SqlFileError
    from zsgate.files import cache_folder, write_atomically
    from zsgate.generate.files import GeneratedFile, release_from_history
    from zsgate.generate.plan import PlanError
    from zsgate.generate.released import comparison_key, released_tree
    from zsgate.history.flyway import HistoryError
    from zsgate.history.lock import LockError

    key = comparison_key(pending.release, pending.recorded, pending.history, pending.metadata)
    cached = cache_folder("generate") / f"{key}.json"
    try:
        data = json.loads(cached.read_text(encoding="utf-8"))
        return list(data["pending"]), [GeneratedFile(name, text) for name, text in data["files"]]
    except (OSError, ValueError, KeyError, TypeError):
        pass  # none yet, or unreadable: compared again
    with tempfile.TemporaryDirectory(prefix="zsgate-released-") as temporary:
        tree = released_tree(Path(temporary) / "released", pending.recorded, pending.history)
        try:
            found = released_differences(engine, tree, pending.metadata)
        except (EngineError, SqlFileError, HistoryError) as error:
            where = str(error).replace(str(tree), shown(directory))
            fail(f"the released history ({pending.source}) does not build: {where}")
        except DBAPIError as error:
            fail(f"cannot use the server: {error.orig}")
        lines = [against_history(difference).replace(" in the history", " released") for difference in found]
        made: list[GeneratedFile] = []
        if pending.release is not None:
            try:
                made = release_from_history(found, pending.metadata, pending.release, tree, pending.source)
            except (PlanError, LockError) as error:
                fail(str(error))
    with contextlib.suppress(OSError):  # no cache: the next run compares again
        cached.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(cached, json.dumps({"pending": lines, "files": [[f.name, f.text] for f in made]}))
    return lines, made


def _generate_from_history(
    release: str | None, check: bool, models: str, out: Path | None, history: Path, engine: EngineSpec
) -> None:
    """``generate --history DIR``: the models against what DIR's history leaves."""
    from sqlalchemy.exc import DBAPIError

    from zsgate.checks.replay.released import released_differences
    from zsgate.compare.schema import against_history
    from zsgate.engines import EngineError
    from zsgate.engines.execute import SqlFileError
    from zsgate.generate.files import ProjectError, project_migrations, release_from_history, write
    from zsgate.generate.plan import PlanError
    from zsgate.history.flyway import HistoryError, read_history
    from zsgate.history.lock import LOCK_NAME, LockError, release_to_generate
    from zsgate.schema.loading import ModelsError, load_metadata

    try:
        metadata = load_metadata(models)
        versions = None
        if not check:
            directory = out or project_migrations()
            locks = [history / LOCK_NAME, directory / LOCK_NAME, project_migrations() / LOCK_NAME]
            chosen = release_to_generate(read_history(history), history, release, locks)
            versions = chosen.released
        found = released_differences(engine, history, metadata, versions)
    except (ModelsError, EngineError, SqlFileError, HistoryError, LockError, ProjectError, ValueError) as error:
        fail(str(error))
    except DBAPIError as error:
        fail(f"cannot use the server: {error.orig}")
    if check:
        for difference in found:
            click.echo(against_history(difference))
        if found:
            click.echo(f"zsgate: {len(found)} differences between the models and {shown(history)}", err=True)
            sys.exit(EXIT_FAILED)
        click.echo(f"the models agree with what {shown(history)} leaves ({len(metadata.tables)} tables)")
        return
    try:
        files = release_from_history(found, metadata, chosen.version, history)
    except PlanError as error:
        fail(str(error))
    if not files:
        click.echo(f"nothing to generate: the models agree with what {shown(history)} leaves")
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
@click.argument("paths", nargs=-1, type=ANY_PATH)
@format_option(*FORMATS)
@click.option(
    "--target",
    help="Server whose reserved words and default sql_mode apply: "
    + ", ".join(f"{name} (default)" if name == servers.DEFAULT_TARGET else name for name in servers.NAMES)
    + ".",
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
@click.option("--statistics", is_flag=True, help="Count the findings per rule instead of listing them.")
@click.option(
    "--baseline",
    type=ANY_PATH,
    help="Report only findings this baseline file does not record (default: [tool.zsgate.lint] baseline).",
)
@click.option(
    "--write-baseline",
    type=FILE_PATH,
    metavar="FILE",
    help="Record today's findings in FILE, for later runs' --baseline, and report none.",
)
@click.option("--explain", metavar="RULE", help="Explain one rule (name or code) with a bad and a good example.")
@click.option("--rules", "list_rules", is_flag=True, help="List every rule.")
@click.option("--config", type=FILE_PATH, help="pyproject.toml to read [tool.zsgate.lint] from.")
@click.option(
    "--facts",
    type=FILE_PATH,
    help="model-facts.json for tables the files do not define.",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Neither read nor write the lint cache (.zsgate_cache/ at the project root, or $ZSGATE_CACHE_DIR).",
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
    statistics: bool,
    baseline: Path | None,
    write_baseline: Path | None,
    explain: str | None,
    list_rules: bool,
    config: Path | None,
    facts: Path | None,
    no_cache: bool,
    limits: SizeLimits,
) -> None:
    """Lint upgrade SQL files (directories are searched for *.sql).

    Exit 0 when clean, 1 when a finding reaches --fail-on, 2 on usage errors or unreadable files.
    Silence a statement with `-- noqa: RULE[,RULE]` on its line. To adopt lint on an old history, record
    its findings with --write-baseline FILE; runs with --baseline FILE then report only new ones (a finding
    is known by its file, rule and statement text, so moved lines keep it known).
    """
    collector.for_a_long_read()  # before the imports: the collector walks less of what they make
    from zsgate.checks.lint.cache import LintCache
    from zsgate.checks.lint.config import ConfigError, UnknownRule, find_pyproject, load_config
    from zsgate.checks.lint.findings import Severity
    from zsgate.checks.lint.run import lint_run
    from zsgate.checks.report.progress import lint_progress

    if list_rules or explain:
        _explain_rules(explain)
        return
    if statistics and output not in ("text", "json"):
        fail(f"--statistics gives text or json, not {output}")
    if target is not None and target not in servers.NAMES:
        fail(f"--target {target!r} is not one of {', '.join(servers.NAMES)}")
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
        tables = _model_facts(facts) if facts else None
    except (OSError, ValueError, KeyError) as error:
        fail(f"{facts}: not a model-facts.json ({error})")
    baseline = None if write_baseline else baseline or settings.baseline
    known = _read_baseline(baseline) if baseline else None
    root = settings.source.parent if settings.source is not None else Path.cwd()
    cache = None if no_cache or fix else LintCache.at(root)
    try:
        with lint_progress(sys.stderr) as progress:
            if fix:
                from zsgate.checks.lint.runner import lint_paths

                report = lint_paths(
                    paths or (Path("."),), settings, tables, fix=True, limits=limits, baseline=known, progress=progress
                )
            else:
                report = lint_run(paths or (Path("."),), settings, tables, limits, known, progress, cache)
    except UnknownRule as error:
        fail(str(error))
    if write_baseline:
        _write_baseline(report, write_baseline)
        return
    _write_lint_report(report, output, statistics)
    if report.unreadable:
        raise Finished(EXIT_ERROR)
    if any(finding.severity.rank >= settings.fail_on.rank for finding in report.findings):
        raise Finished(EXIT_FAILED)
    raise Finished(EXIT_OK)


def _model_facts(path: Path) -> ModelFacts:
    """The model-facts.json a user names (its reader is imported only then)."""
    from zsgate.history.facts import ModelFacts

    return ModelFacts.from_json(path.read_text(encoding="utf-8"))


def _read_baseline(file: Path) -> Baseline:
    """The baseline ``file`` records (its reader is imported only then); exit 2 when it is not one."""
    from zsgate.checks.lint.baseline import Baseline, BaselineError

    try:
        return Baseline.read(file)
    except BaselineError as error:
        fail(str(error))


def _write_baseline(report: LintReport, file: Path) -> None:
    """Record the report's findings in ``file``; refused (exit 2) when a file could not be read, since its
    findings would be missing from the baseline."""
    from zsgate.checks.lint.baseline import Baseline
    from zsgate.checks.report import lint_text

    for problem in report.unreadable:
        click.echo(f"{problem.where}: error: {problem.message}", err=True)
    if report.unreadable:
        fail(f"{shown(file)} not written: {len(report.unreadable)} file(s) could not be read")
    baseline = Baseline.of(report.findings, file)
    try:
        baseline.write(file)
    except OSError as error:
        fail(f"{shown(file)}: {error.strerror or error}")
    if done := lint_text.fixed(report.fixed):
        click.echo(done)
    click.echo(f"wrote {shown(file)}: {baseline.total} findings in {baseline.files} files")


def _write_lint_report(report: LintReport, output: str, statistics: bool = False) -> None:
    """The report on stdout in ``output``'s format; what --fix did goes to stderr where stdout is a format
    with no place for it (sarif, github)."""
    from zsgate.checks.report import lint_machine, lint_text

    stream = sys.stdout
    if statistics:
        writer = lint_machine.write_statistics_json if output == "json" else lint_text.write_statistics
    elif output == "text":
        writer = lint_text.write_rich if stream.isatty() else lint_text.write_plain
    else:
        writer = {
            "json": lint_machine.write_json,
            "sarif": lint_machine.write_sarif,
            "github": lint_machine.write_github,
        }[output]
    writer(report, stream)
    if output in ("sarif", "github") and (done := lint_text.fixed(report.fixed)):
        click.echo(done, err=True)


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
@click.argument("paths", nargs=-1, required=True, type=ANY_PATH)
@click.option(
    "--target",
    "targets",
    multiple=True,
    metavar="TARGET",
    help=f"Server to predict for, repeatable: {', '.join(IMPACT_TARGETS)} (default: all).",
)
@format_option("text", "json")
@click.option(
    "--prechecks", is_flag=True, help="Print the SQL that finds the rows each data-dependent change would fail on."
)
def impact(paths: tuple[Path, ...], targets: tuple[str, ...], output: str, prechecks: bool) -> None:
    """Algorithm, lock and rebuild of each change to an existing table.

    Reads ALTER TABLE, CREATE/DROP INDEX, RENAME TABLE and the helper procedures (as the changes they
    make) against the tables the earlier statements leave: a file of a Flyway history after the
    history's earlier files, another against the models; in the session the file and the Flyway
    callbacks beside it leave (callbacks themselves, afterMigrate.sql ..., are not migrations: a file
    named is refused). With --prechecks, prints instead the queries that find the rows a NOT NULL,
    UNIQUE, narrowing or ENUM change would fail on. Exit 0, or 2 when a file cannot be read.
    """
    from zsgate.checks.impact.analyse import impact_paths
    from zsgate.checks.report import impact as render
    from zsgate.checks.report.as_json import write_json

    if unknown := [target for target in targets if target not in IMPACT_TARGETS]:
        fail(f"--target {unknown[0]!r} is not one of {', '.join(IMPACT_TARGETS)}")
    report = impact_paths(paths, targets or IMPACT_TARGETS)
    if prechecks:
        writer = render.write_prechecks_json if output == "json" else render.write_prechecks
    else:
        writer = write_json if output == "json" else render.write_text
    writer(report, sys.stdout)
    for error in report.errors:
        click.echo(f"zsgate: error: {error}", err=True)
    sys.exit(EXIT_ERROR if report.errors else EXIT_OK)


@main.command()
@engine_option
@sql_option("Upgrade file (default: the generated V<release>__schema.sql).")
@click.option(
    "--rollback",
    type=FILE_PATH,
    help="Rollback file (default: the generated U<release>__schema.sql).",
)
@release_option("Release to verify (default: the newest of the models and migrations/).")
@models_option
@click.option(
    "--helpers",
    type=FILE_PATH,
    help="Load helper procedures from this beforeMigrate.sql instead of zsgate's own.",
)
@runner_option
@click.option(
    "--resume/--no-resume",
    default=True,
    show_default=True,
    help="Check that the upgrade, stopped after any statement and run again, ends as a clean run does.",
)
@click.option(
    "--rows",
    type=click.IntRange(min=0),
    default=0,
    metavar="N",
    help="Grow every table the upgrade changes to N rows first, and report each statement's time "
    "(above 10,000,000 only with --force-rows).",
)
@click.option("--force-rows", is_flag=True, help="Accept a --rows above 10,000,000, whatever it costs.")
@statement_timeout_option
@format_option("text", "json")
@size_limit_options
def verify(
    engine: EngineSpec,
    upgrade: Path | None,
    rollback: Path | None,
    release: str | None,
    models: str,
    helpers: Path | None,
    runner: str,
    resume: bool,
    rows: int,
    force_rows: bool,
    statement_timeout: float,
    output: str,
    limits: SizeLimits,
) -> None:
    """Prove an upgrade on a real, throwaway server.

    Builds the pre-release baseline (helper procedures, tables, seed rows), applies the upgrade
    statement by statement, then checks: schema equals the models, a second run changes nothing,
    seed rows are intact, cascades / SET NULL / unique keys / NOT NULL behave, and the rollback
    returns to the baseline; then (resume) for every statement, stopped after it and run again, the
    upgrade ends as a clean run does. Exit 0 all pass, 1 a check failed, 2 the run could not happen.
    """
    from rich.console import Console

    from zsgate.checks.report.as_json import write_json
    from zsgate.checks.report.progress import progress
    from zsgate.checks.report.verify_text import print_statements, print_summary
    from zsgate.checks.verify.run import UnknownRelease, default_plan
    from zsgate.checks.verify.run import verify as run_verify
    from zsgate.checks.verify.scale import MAX_ROWS, growth_estimate
    from zsgate.engines import EngineError
    from zsgate.engines.execute import ApplyError, SqlFileError
    from zsgate.schema.loading import ModelsError, load_metadata
    from zsgate.sql.statements import Runner

    if rows > MAX_ROWS and not force_rows:
        fail(
            f"--rows {rows:,} is above {MAX_ROWS:,}: it would take {growth_estimate(rows)}; add --force-rows to run it"
        )
    try:
        plan = dataclasses.replace(
            default_plan(release, upgrade, rollback, helpers, Runner(runner), limits, load_metadata(models)),
            resume=resume,
            rows=rows,
            statement_timeout=statement_timeout,
        )
    except (UnknownRelease, ModelsError) as error:
        fail(str(error))
    console = Console(stderr=output == "json", soft_wrap=True)
    if output == "text":
        console.print(f"verifying {shown(plan.upgrade)} on {engine}", highlight=False)
    try:
        with progress(sys.stderr) as bar:
            report = run_verify(
                engine,
                plan,
                on_check=lambda check: _print_check(console, check, bar) if output == "text" else None,
                on_step=bar or (lambda description, done, total: None),
            )
    except (EngineError, SqlFileError) as error:
        fail(str(error))
    except ApplyError as error:
        fail(f"the baseline could not be built: {error}")
    if output == "json":
        write_json(report, sys.stdout)
    else:
        if rows:
            print_statements(console, report)
        print_summary(console, report)
    sys.exit(EXIT_OK if report.ok else EXIT_FAILED)


def _print_check(console: Console, check: CheckResult, bar: Bar | None) -> None:
    """A finished check's line, with the progress bar (if any) off the terminal meanwhile."""
    from zsgate.checks.report.verify_text import print_check

    with bar.hidden() if bar is not None else contextlib.nullcontext():
        print_check(console, check)


@main.command()
@click.argument("directory", type=EXISTING_FOLDER)
@engine_option
@click.option(
    "--database",
    type=DatabaseOption(),
    help="Migrate (or validate) this existing database, e.g. mysql://root@127.0.0.1:3306/zstack, not a fresh one; "
    "a history whose files name `zstack` themselves (ZStack's do) runs only on `zstack`.",
)
@click.option("--validate", is_flag=True, help="With --database: report edited, missing and unapplied versions.")
@click.option("--repair", is_flag=True, help="With --database: first drop failed rows, as `flyway repair` does.")
@runner_option
@statement_timeout_option
@format_option("text", "json")
@size_limit_options
def replay(
    directory: Path,
    engine: EngineSpec,
    database: URL | None,
    validate: bool,
    repair: bool,
    runner: str,
    statement_timeout: float,
    output: str,
    limits: SizeLimits,
) -> None:
    """Replay a conf/db history as Flyway 3.2.1's migrate does.

    On a fresh server (or --database): the beforeValidate callback, validation, beforeMigrate, then
    V0.6__schema.sql and every upgrade/V<version>__*.sql not yet in schema_version, in version order, each
    recorded in schema_version as Flyway records it, then afterMigrate. It stops at the first error
    (file:line and the server's message), recording the failed version as Flyway does. Exit 0 when all
    apply (or --validate finds nothing), 1 on an error or a discrepancy, 2 when it cannot run.
    """
    import pymysql
    from sqlalchemy.exc import DBAPIError

    from zsgate.checks.replay.run import migrate_database, validate_database
    from zsgate.checks.replay.run import replay as run_replay
    from zsgate.checks.replay.schema_version import MetadataLocked
    from zsgate.checks.report.as_json import write_json
    from zsgate.checks.report.progress import progress, replay_progress
    from zsgate.checks.report.replay_text import write_text
    from zsgate.engines import EngineError
    from zsgate.engines.execute import SqlFileError
    from zsgate.history.flyway import HistoryError, read_history
    from zsgate.sql.statements import Runner

    if (validate or repair) and database is None:
        fail("--validate and --repair need --database URL: they read an existing schema_version")
    try:
        pending = len(read_history(directory).migrations)
        if not pending:
            fail(f"{shown(directory)}: no V<version>__*.sql files (expected ZStack's conf/db folder)")
        reader = Runner(runner)
        with progress(sys.stderr) as bar:
            on_file = replay_progress(bar, pending if database is None else None)
            if database is None:
                report = run_replay(
                    engine, directory, reader, on_file, limits=limits, statement_timeout=statement_timeout
                )
            elif validate:
                report = validate_database(database, directory, reader, limits, statement_timeout)
            else:
                report = migrate_database(
                    database,
                    directory,
                    reader,
                    on_file=on_file,
                    repair=repair,
                    limits=limits,
                    statement_timeout=statement_timeout,
                )
    except (EngineError, SqlFileError, HistoryError, MetadataLocked, ValueError) as error:
        fail(str(error))
    except DBAPIError as error:
        fail(f"cannot use the database: {error.orig}")
    except pymysql.MySQLError as error:
        fail(f"cannot use the database: {error}")
    if output == "json":
        write_json(report, sys.stdout)
    else:
        write_text(report, pending, validate, sys.stdout, sys.stderr)
    sys.exit(EXIT_OK if report.ok else EXIT_FAILED)


@main.command()
@click.argument("directory", type=EXISTING_FOLDER)
@click.option(
    "--database",
    type=DatabaseOption(),
    required=True,
    help="The customer's database, e.g. mysql://reader@db:3306/zstack; an account with SELECT on it is enough.",
)
@click.option(
    "--engine",
    type=EngineOption(),
    default=None,
    envvar=ENGINE_ENV,
    show_envvar=True,
    help="Where the expected schema is replayed (default: a server of the customer's family and release found here:"
    " the installed one, $ZSGATE_ROOTFS_<TARGET>'s binary, docker:<target>; the report says which). " + ENGINE_HELP,
)
@click.option(
    "--rate",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    metavar="ROWS_PER_S",
    help="Rows a table copy moves per second, for the estimates (default: measured per server family, see README).",
)
@click.option(
    "--max-statement-time",
    type=click.FloatRange(min=0),
    default=60,
    show_default=True,
    metavar="SECONDS",
    help="Cut any precheck that runs longer on the server (reported as not checked); 0: no limit.",
)
@format_option("text", "json", "markdown")
def doctor(
    directory: Path,
    database: URL,
    engine: EngineSpec | None,
    rate: float | None,
    max_statement_time: float,
    output: str,
) -> None:
    """Whether a customer's database is ready for DIRECTORY's upgrade, read only.

    Reads only (its session is READ ONLY; nothing is created on the server): the last version in schema_version
    and what validate finds; drift from the schema the history leaves at that version (replayed on a server of
    the customer's release, or --engine; cached); the pending files in Flyway's order; the rows each pending
    NOT NULL, UNIQUE, narrowing, ENUM or foreign-key change would fail on, with sample keys; and the changes
    that copy a table or block writes on this server, with the table's rows, bytes and an estimated duration.
    Exit 0 ready, 1 not ready, 2 it could not run.
    """
    from zsgate.checks.doctor.readiness import no_progress
    from zsgate.checks.doctor.run import DoctorError
    from zsgate.checks.doctor.run import doctor as run_doctor
    from zsgate.checks.report import doctor as render
    from zsgate.checks.report.progress import progress
    from zsgate.engines import EngineError

    try:
        with progress(sys.stderr) as bar:
            report = run_doctor(database, directory, engine, rate, max_statement_time, on_progress=bar or no_progress)
    except (DoctorError, EngineError) as error:
        fail(str(error))
    writer = {"json": render.write_json, "markdown": render.write_markdown, "text": render.write_text}[output]
    writer(report.as_dict(), sys.stdout)
    sys.exit(EXIT_OK if report.ready else EXIT_FAILED)


@main.command()
@click.argument("directory", type=EXISTING_FOLDER)
@release_option("Lock the versions up to this release (default: every version).")
def lock(directory: Path, release: str | None) -> None:
    """Record released files' Flyway checksums and SHA-256 in flyway.lock.

    Writes DIRECTORY/flyway.lock (in one rename: a reader never sees half of it).
    Run it when a release is cut: `zsgate lint` then reports any locked file that changes, is renamed, moved
    or deleted. Versions already locked stay; a locked file that changed since is refused (exit 1), as
    locking it again would hide the edit. A lock of the first format (no SHA-256) is rewritten in the new one.
    """
    from zsgate.files import write_atomically
    from zsgate.history.flyway import HistoryError, read_history
    from zsgate.history.lock import LOCK_NAME, LockError, locked_for, read_lock, render_lock

    path = directory / LOCK_NAME
    try:
        history = read_history(directory)
        current = read_lock(path) if path.exists() or path.is_symlink() else {}
    except (HistoryError, LockError, OSError, ValueError) as error:
        fail(str(error))
    if not history.migrations:
        fail(f"{shown(directory)}: no V<version>__*.sql files (expected ZStack's conf/db folder)")
    try:
        entries = locked_for(history, release, current, path)
    except ValueError as error:  # a --release that is no version
        fail(f"--release {release}: {error}")
    except LockError as error:
        if error.path is not None:  # a file that cannot be locked
            fail(str(error))
        click.echo(f"zsgate: {error}", err=True)
        sys.exit(EXIT_FAILED)
    try:
        write_atomically(path, render_lock(entries))
    except OSError as error:
        fail(f"{shown(path)}: cannot write: {error.strerror or error}")
    added = len(entries) - len(current)
    hashed = sum(entry.sha256 is None for entry in current.values())
    upgraded = f", {hashed} given their SHA-256" if hashed else ""
    click.echo(f"{shown(path)}: {len(entries)} released versions ({added} added{upgraded})")


@main.command()
@release_option("Release to report on (default: the newest the models introduce).")
@sql_option("Report on this versioned file of a Flyway history (ZStack's conf/db) instead of a release of the models.")
@click.option(
    "--verify-json",
    multiple=True,
    type=FILE_PATH,
    help="Add verify's result: a file `zsgate verify --format json` wrote (repeatable, one per server).",
)
@format_option("markdown", "html")
@click.option("--out", type=ANY_PATH, help="Write here instead of standard output.")
@click.option(
    "--mermaid-js",
    type=EXISTING_FILE,
    help="With --format html: put this mermaid.min.js in the page instead of the Mermaid zsgate ships.",
)
def report(
    release: str | None,
    upgrade: Path | None,
    verify_json: tuple[Path, ...],
    output: str,
    out: Path | None,
    mermaid_js: Path | None,
) -> None:
    """A release's review for people, with an ER picture.

    Summary, ER picture of what it adds and its neighbours, impact, prechecks, lint, verify's results.

    Reads the release's generated upgrade file against the schema the models define before it (with --sql, a
    history's file against what the history's earlier files leave), and writes
    Markdown (GitHub draws its Mermaid picture; the first line is a marker a bot can find its comment by) or
    one self-contained HTML page (Mermaid inside it: it opens offline). Exit 0, or 2 when the release or a
    file cannot be read.
    """
    from zsgate.checks.lint.config import ConfigError, find_pyproject, load_config
    from zsgate.checks.report.html_page import html_page
    from zsgate.checks.report.release_markdown import release_markdown
    from zsgate.checks.review.release import ReviewError, review_history_file, review_models_release

    if release and upgrade:
        fail("--release and --sql name two different things to report on: give one")
    try:
        config = load_config(find_pyproject(Path.cwd()))
        if upgrade is not None:
            review = review_history_file(upgrade, config, verify_json)
        else:
            review = review_models_release(release, config, verify_json)
    except (ReviewError, ConfigError) as error:
        fail(str(error))
    text = release_markdown(review)
    if output == "html":
        text = html_page(text, f"Schema release {review.release}", mermaid_js)
    _write_output(text, out)


def _write_output(text: str, out: Path | None) -> None:
    """``text`` to ``out`` in one rename (no half-written file), or to standard output."""
    from zsgate.files import write_atomically

    if out is None:
        click.echo(text, nl=False)
        return
    if out.is_dir():
        fail(f"{shown(out)}: is a directory: --out names the file to write")
    try:
        write_atomically(out, text)
    except OSError as error:
        fail(f"{shown(out)}: cannot write: {error.strerror or error}")
    click.echo(f"wrote {shown(out)}", err=True)


@main.command()
@click.option("--out", required=True, type=ANY_PATH, help="Directory to write.")
@click.option(
    "--history",
    type=EXISTING_FOLDER,
    help="Document the schema this Flyway history (ZStack's conf/db) leaves instead of the models.",
)
def docs(out: Path, history: Path | None) -> None:
    """Schema docs: a Markdown page per table, with its picture.

    Writes index.md, tables/<table>.md, each with a Mermaid picture of the table's neighbourhood, and
    views/<view>.md. Each table's page lists its columns, keys, indexes, foreign keys out and in, the views
    over it, its triggers, and the release that added each part. Pages are replaced one by one (none is ever
    half-written); pages in DIR/tables and DIR/views of what the schema no longer has are removed. Exit 0, or
    2 when the schema cannot be read or a page cannot be written.
    """
    from zsgate.checks.report.docs_markdown import docs_pages
    from zsgate.checks.review.docs import DocsError, history_docs, model_docs
    from zsgate.files import write_atomically

    try:
        schema_docs = history_docs(history) if history else model_docs()
    except DocsError as error:
        fail(str(error))
    if out.exists() and not out.is_dir():
        fail(f"{shown(out)}: is a file: --out names the directory to write the pages in")
    pages = docs_pages(schema_docs)
    try:
        for name, text in pages.items():
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            write_atomically(out / name, text)
        folders = ("tables", "views")
        stale = [page for d in folders for page in (out / d).glob("*.md") if f"{d}/{page.name}" not in pages]
        for page in stale:
            page.unlink()
    except OSError as error:
        fail(f"{shown(out)}: cannot write: {error.strerror or error}")
    removed = f", removed {len(stale)} of tables or views no longer there" if stale else ""
    counts = f"{len(schema_docs.tables)} tables, {len(schema_docs.views)} views"
    click.echo(f"wrote {len(pages)} pages to {shown(out)} ({counts}{removed})")


@main.command("import")
@click.argument("directory", type=EXISTING_FOLDER)
@click.option(
    "--out",
    required=True,
    type=FOLDER_PATH,
    help="Folder of the Python package to write (its __init__.py exposes `metadata`).",
)
@engine_option
@click.option("--force", is_flag=True, help="Replace --out if it exists.")
@click.option(
    "--as-baseline",
    "baseline",
    is_flag=True,
    help="Write the project's baseline models: on zsgate.schema's Base, every table tagged since(BASELINE).",
)
def import_(directory: Path, out: Path, engine: EngineSpec, force: bool, baseline: bool) -> None:
    """Write a conf/db history's schema as SQLAlchemy models.

    Replays DIRECTORY as `zsgate replay` does on a throwaway server, reads every table, view and trigger it
    leaves, and writes them as a package at --out (one module per first letter of the tables' names), which
    `generate --models` and plain `metadata.create_all` take. The package appears whole or not at all.
    With --as-baseline the package is a project's baseline (schema/zstack): the project's own models, written
    once and edited by hand from then on.
    Exit 0, or 2 when the history does not replay (file:line and the server's message) or --out exists.
    """
    from zsgate.checks.report.progress import progress, replay_progress
    from zsgate.engines import EngineError
    from zsgate.engines.execute import SqlFileError
    from zsgate.history.flyway import HistoryError, read_history
    from zsgate.importer import ImportRefused, import_history
    from zsgate.importer.render import UnmodelledType

    try:
        with progress(sys.stderr) as bar:
            on_file = replay_progress(bar, len(read_history(directory).migrations))
            result = import_history(directory, out, engine, force, on_file, baseline)
    except (ImportRefused, EngineError, SqlFileError, HistoryError, UnmodelledType, ValueError) as error:
        fail(str(error))
    except OSError as error:
        fail(f"{shown(out)}: cannot write: {error.strerror or error}")
    click.echo(f"wrote {shown(out)}: {result.summary}")
