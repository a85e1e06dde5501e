"""``zsgate verify``: on a fresh server, baseline → upgrade → checks, each timed.

Checks, in order: ``upgrade`` (the file applies, each data-dependent change after its precheck),
``schema`` (the models, exactly), ``idempotent`` (a second run changes nothing), ``data`` (seed rows
unchanged), ``behaviour`` (cascades, SET NULL, unique keys, NOT NULL as the models say), ``rollback``
(back to the baseline, and up again) and ``resume`` (stopped after any statement and run again, it
ends as a clean run).
"""

from __future__ import annotations

import functools
import gc
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, MetaData
from sqlalchemy.exc import DBAPIError, SAWarning

from zsgate.checks.impact.analyse import file_prechecks
from zsgate.checks.verify import baseline
from zsgate.checks.verify.behaviour import behaviour_problems, changed_by
from zsgate.checks.verify.resume import Snapshot, resume_problems, take
from zsgate.checks.verify.scale import StatementTime, apply_timed, grow, predictions, touched_tables
from zsgate.compare.fingerprint import Fingerprint, Watch
from zsgate.compare.schema import schema_problems
from zsgate.engines import EngineSpec, Server, open_server
from zsgate.engines.execute import ApplyError, apply, connect, load, set_session
from zsgate.engines.signals import first_received
from zsgate.engines.watchdog import DEFAULT_STATEMENT_TIMEOUT
from zsgate.generate.files import PendingRelease
from zsgate.generate.plan import upgrade_releases
from zsgate.generate.released import released_tree
from zsgate.history.flyway import read_history
from zsgate.history.helpers import SQL as HELPERS_SQL
from zsgate.schema.releases import BASELINE, as_of
from zsgate.servers import target, target_of
from zsgate.sql.limits import DEFAULT_LIMITS, SizeLimits
from zsgate.sql.statements import Runner, SqlFile, Statement

warnings.filterwarnings("ignore", "Cannot correctly sort tables", SAWarning)  # ZStack's foreign keys have cycles

SESSION = (
    f"SET SESSION sql_mode = '{target('mysql-8.0').sql_mode}', explicit_defaults_for_timestamp = ON, "
    "foreign_key_checks = 1"
)
"""MySQL 8's defaults on every family: its whole default sql_mode (strict dates, ONLY_FULL_GROUP_BY), NULL
into a NOT NULL TIMESTAMP is an error, and foreign keys are checked (ZStack's beforeMigrate.sql turns that
off for the session)."""


@dataclass
class CheckResult:
    """One check: did it pass, how long it took, and what was wrong."""

    name: str
    ok: bool
    seconds: float
    problems: list[str] = field(default_factory=list)


@dataclass
class VerifyReport:
    """What ``zsgate verify`` found on one server."""

    engine: str
    server_version: str
    checks: list[CheckResult]
    statements: list[StatementTime] = field(default_factory=list)
    """Each upgrade statement's time on the first run, with impact's prediction for this server."""
    baseline: baseline.Seeded | None = None
    """The baseline's size as built (before --rows grew any table)."""

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)

    def as_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "engine": self.engine,
            "server_version": self.server_version,
            "baseline": self.baseline.as_dict() if self.baseline else None,
            "checks": [
                {"name": c.name, "ok": c.ok, "seconds": round(c.seconds, 3), "problems": c.problems}
                for c in self.checks
            ],
            "statements": [statement.as_dict() for statement in self.statements],
        }


@dataclass(frozen=True)
class Plan:
    """What to verify: the upgrade and rollback files, the models they must produce, the helpers."""

    upgrade: Path
    rollback: Path
    metadata: MetaData
    release: str
    helpers: Path = HELPERS_SQL
    runner: Runner = Runner.FLYWAY  # how files are read and sent: as ZStack's deployer does, by default
    resume: bool = True
    """Run the ``resume`` check (an upgrade stopped after any statement and run again ends as a clean one)."""
    rows: int = 0
    """Grow every table the upgrade changes to this many rows before it runs (0: the seed rows only)."""
    limits: SizeLimits = DEFAULT_LIMITS
    """How large the files may be."""
    statement_timeout: float = DEFAULT_STATEMENT_TIMEOUT
    """Seconds any statement may run before it is killed and its check fails (0: no limit)."""
    released: PendingRelease | None = None
    """What the release upgrades when the models' tags cannot say it (a release generated as a diff): the
    recorded baseline and the versioned files before it; None: the models as of the release before."""


class UnknownRelease(ValueError):
    """The release asked for is not one the models introduce."""


def default_plan(
    release: str | None = None,
    upgrade: Path | None = None,
    rollback: Path | None = None,
    helpers: Path | None = None,
    runner: Runner = Runner.FLYWAY,
    limits: SizeLimits = DEFAULT_LIMITS,
    metadata: MetaData | None = None,
) -> Plan:
    """The plan for ``release`` (default: the newest) of ``metadata`` (default: the project's models) with the
    generated files and zsgate's helpers."""
    from zsgate.generate.files import released_history
    from zsgate.generate.plan import upgrade_releases
    from zsgate.generate.released import Versions
    from zsgate.migrations import SHIPPED

    if metadata is None:
        from zsgate.schema import metadata

    known = Versions.of(upgrade_releases(metadata), SHIPPED).names()
    release = release or known[-1]
    if release not in known:
        raise UnknownRelease(f"no release {release!r} in the models or {SHIPPED}; there are: {', '.join(known)}")
    return Plan(
        upgrade=upgrade or SHIPPED / f"V{release}__schema.sql",
        rollback=rollback or SHIPPED / f"U{release}__schema.sql",
        metadata=metadata,
        release=release,
        helpers=helpers or HELPERS_SQL,
        runner=runner,
        limits=limits,
        released=released_history(metadata, SHIPPED, release),
    )


OnStep = Callable[[str, int, "int | None"], None]
"""Told what a run is doing, how much of it is done, and of how much (None: unknown)."""


def _nothing(description: str, done: int, total: int | None) -> None:
    pass


@contextmanager
def verified(
    engine: EngineSpec | str,
    plan: Plan,
    on_check: Callable[[CheckResult], None] = lambda result: None,
    on_step: OnStep = _nothing,
) -> Iterator[tuple[VerifyReport, Server]]:
    """Run every check of ``plan`` on a fresh server from ``engine`` and keep it, upgraded, until exit."""
    paths = (plan.upgrade, plan.rollback, plan.helpers)
    files = _Files(*(load(path, plan.runner, plan.limits) for path in paths), _released(plan))  # before a server
    building = functools.partial(on_step, "building the baseline", 0, None)
    with _long_lived_frozen() as freeze:
        models = None if files.released else as_of(plan.metadata, previous_release(plan.metadata, plan.release))
        if models is None:  # a released history: its tables are known once it is built
            built = baseline.released_preparation(
                files.released, files.helpers, SESSION, plan.statement_timeout, building
            )
        else:
            built = baseline.preparation(models, files.helpers, SESSION, plan.statement_timeout, building)
        on_step("starting the server", 0, None)
        with (
            open_server(engine, built) as server,
            connect(server, SESSION, statement_timeout=plan.statement_timeout) as connection,
        ):
            before = models if models is not None else baseline.reflected(connection)
            run = _Run(connection, plan, files, server, before, on_check, on_step)
            freeze()  # the run's copies of the models too
            yield run.all(), server


@contextmanager
def _long_lived_frozen() -> Iterator[Callable[[], None]]:
    """Leave what is alive (the modules, the models), and what the given function is called after, out of the
    garbage collector's passes until the end: each full pass walks every object it tracks, ZStack's 600 models
    are hundreds of thousands, and a run's own garbage makes about ten passes (1.5 s of a 6 s run)."""
    gc.freeze()
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()


def verify(
    engine: EngineSpec | str,
    plan: Plan,
    on_check: Callable[[CheckResult], None] = lambda result: None,
    on_step: OnStep = _nothing,
) -> VerifyReport:
    """Run every check of ``plan`` on a fresh server from ``engine``; the server is always cleaned up."""
    with verified(engine, plan, on_check, on_step) as (report, _):
        return report


def previous_release(metadata: MetaData, release: str) -> str:
    """The release an upgrade to ``release`` starts from (the baseline for the first one)."""
    releases = [BASELINE, *upgrade_releases(metadata)]
    return releases[releases.index(release) - 1]


@dataclass(frozen=True)
class _Files:
    """The plan's files, read and split once."""

    upgrade: SqlFile
    rollback: SqlFile
    helpers: SqlFile
    released: tuple[SqlFile, ...] = ()
    """The released history's versioned files (its recorded baseline first), when the plan has one."""


def _released(plan: Plan) -> tuple[SqlFile, ...]:
    """The plan's released history, read and split as its runner reads it."""
    if plan.released is None:
        return ()
    with tempfile.TemporaryDirectory(prefix="zsgate-released-") as temporary:
        tree = released_tree(Path(temporary), plan.released.recorded, plan.released.history)
        return tuple(load(migration.path, plan.runner, plan.limits) for migration in read_history(tree).migrations)


class _Run:
    """One verification on one connection: the checks share the fingerprints taken along the way."""

    def __init__(
        self,
        connection: Connection,
        plan: Plan,
        files: _Files,
        server: Server,
        before: MetaData,
        on_check: Callable[[CheckResult], None],
        on_step: OnStep,
    ) -> None:
        self.connection, self.files, self.server, self.on_check = connection, files, server, on_check
        self.on_step = on_step
        self.plan = plan
        self.baseline = before
        self.target = as_of(plan.metadata, plan.release) if plan.released is None else plan.released.metadata
        self.results: list[CheckResult] = []
        self.lost: str | None = None  # why the connection is gone, once it is
        self.timings: list[StatementTime] = []

    def all(self) -> VerifyReport:
        """On the baseline the server was prepared with, grow tables if asked, then run every check."""
        self.seeded = baseline.data_digest(self.connection, self.baseline, self.target)
        size = baseline.Seeded(len(self.seeded), sum(count for count, _ in self.seeded.values()))
        self.snapshot: Snapshot | None = None
        if self.plan.resume:
            self.snapshot = take(self.connection, self.baseline, self.files.upgrade)
        grown = touched_tables(self.files.upgrade) if self.plan.rows else []
        for table in grown:
            step = f"growing {table} to {self.plan.rows:,} rows"
            try:
                grow(self.connection, table, self.plan.rows, functools.partial(self.on_step, step))
            except DBAPIError as error:
                raise ApplyError(table, 0, f"cannot grow to {self.plan.rows} rows: {error.orig or error}") from None
        self.seeded.update(baseline.data_digest(self.connection, self.baseline, self.target, only=set(grown)))
        self.schema = Watch(self.connection)  # the whole schema read once; then the tables that changed
        self.base_print = self.schema.first
        checks = [
            ("schema", self._schema),
            ("idempotent", self._idempotent),
            ("data", self._data),
            ("behaviour", self._behaviour),
            ("rollback", self._rollback),
            *([("resume", self._resume)] if self.plan.resume else []),
        ]
        self.total = 1 + len(checks)
        if self._check("upgrade", self._upgrade):
            for name, check in checks:
                if self.lost is None:
                    self._check(name, check)
                else:
                    self._record(
                        CheckResult(name, False, 0.0, [f"not run: the connection to the server was lost ({self.lost})"])
                    )
        else:
            for name, _ in checks:
                self._record(CheckResult(name, False, 0.0, ["not run: the upgrade did not apply"]))
        return VerifyReport(self.server.description, self.server.version, self.results, self.timings, size)

    def _check(self, name: str, check: Callable[[], list[str]]) -> bool:
        self.on_step(f"check {name}", len(self.results), self.total)
        started = time.perf_counter()
        try:
            problems = check()
        except ApplyError as error:
            problems = [str(error)]
        except DBAPIError as error:
            if first_received() is not None:  # stopped mid-query: the run ends, this is no failed check
                raise
            if error.connection_invalidated:  # the server died or dropped us: no later check can run
                self.lost = str(error.orig or error)
            problems = [f"the server failed during the check: {error.orig or error}"]
        return self._record(CheckResult(name, not problems, time.perf_counter() - started, problems))

    def _record(self, result: CheckResult) -> bool:
        self.results.append(result)
        self.on_check(result)
        return result.ok

    def _upgrade(self) -> list[str]:
        """Apply the upgrade, running ahead of each data-dependent change the query that finds the rows it
        would fail on (`zsgate impact --prechecks`): rows found stop it there, with the query's result."""
        checks = file_prechecks(self.files.upgrade)

        def precheck(statement: Statement) -> None:
            for check in checks.get(statement.start, ()):
                rows = self.connection.exec_driver_sql(check.sql).all()
                if rows:
                    first = ", ".join(str(value) for value in rows[0])
                    first = first if len(first) <= 80 else first[:77] + "..."
                    raise ApplyError(
                        check.path,
                        check.line,
                        f"precheck found {len(rows)} row(s) the change would fail on ({check.finds}), "
                        f"first ({first}); query: {check.sql}",
                    )

        predicted = predictions(self.files.upgrade, target_of(self.server.family, self.server.version))
        self.timings = apply_timed(self.connection, self.files.upgrade, predicted, before=precheck)
        self.upgraded = self.schema.now()  # what the later checks compare with
        return []

    def _schema(self) -> list[str]:
        return schema_problems(self.connection, self.target, self.upgraded)

    def _idempotent(self) -> list[str]:
        apply(self.connection, self.files.upgrade)
        return _changes("second run", self.upgraded, self.schema.now())

    def _data(self) -> list[str]:
        now = baseline.data_digest(self.connection, self.baseline, self.target)
        return [
            f"{table}: {self.seeded[table][0]} seeded rows (checksum {self.seeded[table][1]}), "
            f"now {count} (checksum {checksum})"
            for table, (count, checksum) in now.items()
            if (count, checksum) != self.seeded[table]
        ]

    def _behaviour(self) -> list[str]:
        set_session(self.connection, SESSION)  # the files run may have changed the session
        changed = changed_by(self.target, self.plan.release)
        if self.plan.released is not None:  # a diff's changes carry no tag: the tables it makes or alters
            made = self.target.tables.keys() - self.baseline.tables.keys()
            changed |= made | set(touched_tables(self.files.upgrade))
        return behaviour_problems(self.connection, self.target, changed)

    def _resume(self) -> list[str]:
        """Last: it rebuilds the database once per statement, leaving it upgraded as a clean run does."""
        stopped = functools.partial(self.on_step, "check resume: statements stopped after")
        assert self.snapshot is not None
        return resume_problems(
            self.connection,
            self.snapshot,
            self.files.helpers,
            self.files.upgrade,
            SESSION,
            self.server.family,
            _changes,
            stopped,
        )

    def _rollback(self) -> list[str]:
        apply(self.connection, self.files.rollback)
        problems = _changes("after rollback, compared with the baseline", self.base_print, self.schema.now())
        apply(self.connection, self.files.rollback)
        problems += _changes("after a second rollback", self.base_print, self.schema.now())
        apply(self.connection, self.files.upgrade)
        problems += _changes("after upgrading again", self.upgraded, self.schema.now())
        return problems


def _changes(when: str, before: Fingerprint, after: Fingerprint) -> list[str]:
    """What differs between two fingerprints, one line per table part."""
    problems = []
    for table in sorted(before.keys() | after.keys()):
        if table not in after:
            problems.append(f"{when}: table {table} is gone")
        elif table not in before:
            problems.append(f"{when}: table {table} is left")
        else:
            for part in ("engine", "charset", "columns", "indexes", "foreign_keys"):
                old, new = before[table][part], after[table][part]
                if old == new:
                    continue
                if isinstance(old, dict):
                    for name in sorted(old.keys() | new.keys()):
                        if old.get(name) != new.get(name):
                            problems.append(f"{when}: {table}.{name}: was {old.get(name)}, now {new.get(name)}")
                else:
                    problems.append(f"{when}: {table} {part}: was {old}, now {new}")
    return problems
