"""Lint files: read → split → parse → rules → findings (and, with ``fix``, edits written back)."""

from __future__ import annotations

import codecs
import dataclasses
import functools
import gc
import os
import re
import sys
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from zsgate import collector, servers
from zsgate.checks.lint.cache import LintCache, callbacks_beside, digest, settings_key
from zsgate.checks.lint.changes import FileChanges
from zsgate.checks.lint.config import LintConfig, UnknownRule, names_rule
from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.findings import (
    FilesLinted,
    Finding,
    Fixes,
    LintReport,
    PackedFindings,
    RuleInfo,
    Silenced,
    StatementDigests,
    Unreadable,
    is_silenced,
    place,
    silences,
)
from zsgate.checks.lint.findings import digest as statement_digest
from zsgate.checks.lint.history import Histories, StatementReads, file_changes, read_file_changes, schema_findings
from zsgate.checks.lint.rule import Edit, Rule
from zsgate.checks.lint.rules import RELEASED_FILE_EDITED, RULES
from zsgate.files import remove_stale_temporaries, sql_files, write_atomically
from zsgate.history.facts import ModelFacts, model_facts
from zsgate.history.schema import ColumnFacts
from zsgate.lifetime import die_with_parent
from zsgate.pickled import Pickled
from zsgate.sql.calls import read_call
from zsgate.sql.lenient import parse_as_names
from zsgate.sql.limits import DEFAULT_LIMITS, SizeLimits
from zsgate.sql.names import unquoted_names
from zsgate.sql.parse import SqlReadError, StatementTooDeep, let_go, parse_statement, read_sql_file, read_sql_windows
from zsgate.sql.split import split_sql
from zsgate.sql.statements import BOM, LineIndex, SplitError, SqlFile, Statement, StatementSpans, offsets

if TYPE_CHECKING:
    from zsgate.checks.lint.baseline import Baseline

NOQA = re.compile(r"noqa(?::\s*(?P<names>[\w\-]+(?:\s*,\s*[\w\-]+)*)(?:\s*:\s*(?P<reason>\S.*))?)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FileResult:
    """One file's findings and the edits that would fix the fixable ones."""

    path: str
    statements: int
    findings: Collection[Finding]
    edits: list[Edit]
    failures: list[Unreadable]
    """Where zsgate crashed on a statement (a bug): reported, and the run exits 2."""
    changes: FileChanges | None = None
    """What the file changes in the schema, for the rules over the schema (run once every file is read)."""
    fixed: Counter[str] = field(default_factory=Counter)
    """With ``--fix``: the findings its rewrite fixed, per rule name."""


def check_rule_names(config: LintConfig) -> None:
    """Refuse configuration that names rules which do not exist."""
    named = set(config.select or ()) | set(config.ignore)
    for ignored in config.per_file_ignores.values():
        named |= ignored
    if unknown := sorted(
        name for name in named if not any(names_rule(frozenset({name}), r.name, r.code) for r in RULES)
    ):
        raise UnknownRule(f"unknown rule(s): {', '.join(unknown)} (see `zsgate lint --explain`)")


def lint_paths(
    paths: Iterable[Path],
    config: LintConfig,
    facts: ModelFacts | None = None,
    fix: bool = False,
    jobs: int | None = None,
    limits: SizeLimits = DEFAULT_LIMITS,
    baseline: Baseline | None = None,
    progress: Progress | None = None,
) -> LintReport:
    """Lint every SQL file under ``paths`` (on several cores when there are many); with ``fix``, write
    the fixes, then report what is left. A file zsgate fails on is reported; the others still are linted.
    Findings the ``baseline`` records are counted, not reported. ``progress`` hears of each file done."""
    check_rule_names(config)
    files, problems = sql_files(paths)
    linted = lint_files(files, config, facts, fix, jobs, limits, progress)
    return linted.report(problems, baseline.new if baseline is not None else None)


def lint_files(
    files: list[Path],
    config: LintConfig,
    facts: ModelFacts | None = None,
    fix: bool = False,
    jobs: int | None = None,
    limits: SizeLimits = DEFAULT_LIMITS,
    progress: Progress | None = None,
    cache: LintCache | None = None,
) -> FilesLinted:
    """Lint ``files``, then run the rules over the schema on what they change, each against its history;
    the files' readings come from ``cache`` where it has them (never with ``fix``) and go to it."""
    cache = None if fix else cache
    lint_one = functools.partial(_lint_for_report, config=config, fix=fix, limits=limits, cache=cache)
    if fix:  # the workers rewrite the files: the locks' breaches are read from their bytes after them
        results, beside = _lint_all(lint_one, files, jobs, progress), _Beside.of(files, config, facts)
    else:
        results, beside = _lint_all_beside(lambda: _Beside.of(files, config, facts), lint_one, files, jobs, progress)
    statements, findings, changes, unreadable = 0, PackedFindings(), list[FileChanges](), list[Unreadable]()
    fixes = Fixes() if fix else None
    clean = True
    for result in results:
        if isinstance(result, Unreadable):
            unreadable.append(result)
        else:
            statements += result.statements
            findings.extend(result.findings)
            unreadable += result.failures
            clean = clean and not result.failures
            changes += [result.changes] if result.changes else []
            if fixes is not None and result.fixed:
                fixes = Fixes(fixes.files + 1, fixes.per_rule + result.fixed)
    read_many = functools.partial(_lint_all, functools.partial(read_file_changes, cache=cache), jobs=jobs)
    findings.extend(schema_findings(changes, config, beside.facts, read_many, cache, beside.histories))
    findings.extend(beside.locked)
    return FilesLinted(len(files), statements, findings, unreadable + beside.broken_locks, beside.rules, fixes, clean)


@dataclass(frozen=True, slots=True)
class _Beside:
    """What a lint needs besides the files' results, made while the workers lint them (unless they fix them):
    the files' histories, the models' facts, the findings of the locks the files lie under, and the rules'
    documentation."""

    histories: Histories
    facts: ColumnFacts
    locked: list[Finding]
    broken_locks: list[Unreadable]
    rules: list[RuleInfo]

    @classmethod
    def of(cls, files: list[Path], config: LintConfig, facts: ModelFacts | None) -> _Beside:
        locked, broken_locks = RELEASED_FILE_EDITED.check_locks(files, config)
        rules = [rule.info() for rule in RULES]
        return cls(Histories.of(files), facts or model_facts(), locked, broken_locks, rules)


def lint_file(
    path: Path,
    config: LintConfig,
    fix: bool = False,
    limits: SizeLimits = DEFAULT_LIMITS,
) -> FileResult | Unreadable:
    """Lint one file; with ``fix``, write its fixes atomically and lint it again. Never raises: what
    stops it is returned as Unreadable."""
    try:
        if not fix:  # a window of the file at a time: memory follows its largest statement
            return lint_parts(read_sql_windows(path, limits), config, edits=False)
        sql = read_sql_file(path, limits)
    except SqlReadError as error:
        return Unreadable(str(path), error.message, error.line)
    except Exception as error:  # noqa: BLE001 - a zsgate bug on one file must not lose the other files' findings
        return Unreadable(str(path), f"zsgate failed on this file ({error!r}); please report it")
    try:
        result = lint_sql(sql, config)
        remove_stale_temporaries(path)
        if result.edits:
            applied = applicable(result.edits)
            fixed = apply_edits(sql.text, applied)
            write_atomically(path, (BOM if _starts_with_bom(path) else "") + fixed)
            relinted = lint_sql(split_sql(fixed, sql.path), config)
            result = dataclasses.replace(relinted, fixed=Counter(edit.rule for edit in applied))
    except OSError as error:
        return Unreadable(str(path), f"--fix could not write it: {error.strerror or error}")
    except Exception as error:  # noqa: BLE001 - a zsgate bug on one file must not lose the other files' findings
        return Unreadable(str(path), f"zsgate failed on this file ({error!r}); please report it")
    return result


def _lint_for_report(
    path: Path, config: LintConfig, fix: bool, limits: SizeLimits, cache: LintCache | None
) -> FileResult | Unreadable | Pickled[FileResult]:
    """``lint_file`` as a report needs it, from ``cache`` when it holds the file's result, with the
    collector paused while the file's tokens and trees live (:func:`zsgate.collector.paused`). The edits stay
    here: a report does not show them, and they would cost a worker's result its pickling time. A result
    stored in the cache comes with its pickle, which a worker sends to the parent as it is."""
    key = _file_key(path, config, limits) if cache is not None else None
    if key is not None and isinstance(cached := cache.get(key), FileResult):  # type: ignore[union-attr]
        return cached
    with collector.paused(collect_after=True):
        result = lint_file(path, config, fix=fix, limits=limits)
    if not isinstance(result, FileResult):
        return result
    result = dataclasses.replace(result, edits=[])
    if key is not None and not result.failures:
        return Pickled(result, cache.put(key, result))  # type: ignore[union-attr]
    return result


def _file_key(path: Path, config: LintConfig, limits: SizeLimits) -> str | None:
    """The cache key of a file's result: its name and bytes, the rules enabled on it, the settings, and the
    callbacks beside it (the session its statements run in); None for a file that is not a regular one."""
    try:
        if not path.is_file():
            return None
        data = path.read_bytes()
        beside = callbacks_beside(path.resolve().parent)
    except OSError:
        return None
    enabled = ",".join(rule.code for rule in RULES if config.enabled(rule.name, rule.code, str(path)))
    return digest("file", str(path), data, enabled, *settings_key(config, limits), *beside)


def _starts_with_bom(path: Path) -> bool:
    """Whether the file starts with a UTF-8 BOM (which reading dropped and a rewrite keeps)."""
    with path.open("rb") as handle:
        return handle.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8


PARALLEL_FROM = 32
"""Files below this many are linted in this process: starting workers would cost more than it saves."""
CHUNK = 4
"""Files a worker takes at a time: fewer round trips to the parent, still even shares at the end."""


LintOne = Callable[[Path], "FileResult | Unreadable | Pickled[FileResult]"]
T = TypeVar("T")
Progress = Callable[[int, int], None]
"""Told ``(done, total)`` each time a file is done."""


def _lint_all(
    lint_one: LintOne, files: list[Path], jobs: int | None, progress: Progress | None = None
) -> list[FileResult | Unreadable]:
    """``lint_one`` over ``files`` (see :func:`_lint_all_beside`)."""
    return _lint_all_beside(lambda: None, lint_one, files, jobs, progress)[0]


def _lint_all_beside(
    meanwhile: Callable[[], T], lint_one: LintOne, files: list[Path], jobs: int | None, progress: Progress | None
) -> tuple[list[FileResult | Unreadable], T]:
    """``lint_one`` over ``files``, on a pool of forked workers when it pays (many files, several
    cores, fork available), CHUNK files per task; and what ``meanwhile`` returns, run in this process while
    the workers lint (it must need none of their results). The largest files go first, so that no worker is
    left with a large one at the end. A worker that dies (killed, out of memory, a crash in compiled code)
    loses no other file: the files it left undone are linted again, each in a process of its own. The
    workers die with this process, even when it is SIGKILLed (they are forked from this thread)."""
    jobs = jobs or min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, 8)
    told = _counting(progress, len(files))
    if jobs < 2 or len(files) < PARALLEL_FROM:
        return [told(_unwrapped(lint_one(path))) for path in files], meanwhile()
    import multiprocessing  # here: a pre-commit run on a few files never pays for importing it
    from concurrent.futures import ProcessPoolExecutor, as_completed

    if "fork" not in multiprocessing.get_all_start_methods():
        return [told(_unwrapped(lint_one(path))) for path in files], meanwhile()
    fork = multiprocessing.get_context("fork")
    pool_of = functools.partial(
        ProcessPoolExecutor, mp_context=fork, initializer=die_with_parent, initargs=(os.getpid(),)
    )
    results: dict[Path, FileResult | Unreadable] = {}
    gc.freeze()  # the workers' collector need not walk what the parent holds (and copy its pages)
    try:
        with pool_of(jobs) as pool:
            largest_first = sorted(files, key=_size, reverse=True)
            chunks = [largest_first[start : start + CHUNK] for start in range(0, len(files), CHUNK)]
            futures = {pool.submit(_lint_chunk, lint_one, chunk): chunk for chunk in chunks}
            made = meanwhile()
            for future in as_completed(futures):
                if future.exception() is None:
                    results.update(zip(futures[future], map(told, future.result()), strict=True))
        for path in (path for path in files if path not in results):
            with pool_of(1) as alone:
                try:
                    results[path] = told(alone.submit(lint_one, path).result())
                except Exception:  # noqa: BLE001 - BrokenProcessPool: it died on this very file
                    results[path] = told(Unreadable(str(path), "the process linting it died; please report it"))
    finally:
        gc.unfreeze()
    return [results[path] for path in files], made


def _counting(progress: Progress | None, total: int) -> Callable[[T], T]:
    """A pass-through that tells ``progress`` of each result it passes."""
    done = 0

    def told(result: T) -> T:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)
        return result

    return told


def _lint_chunk(lint_one: LintOne, chunk: list[Path]) -> list[FileResult | Unreadable | Pickled[FileResult]]:
    """In a worker: ``lint_one`` over ``chunk`` (a result that comes with its pickle reaches the parent as
    the result itself)."""
    return [lint_one(path) for path in chunk]


def _unwrapped(result: FileResult | Unreadable | Pickled[FileResult]) -> FileResult | Unreadable:
    """The result itself, where it comes with its pickle (in this process: nothing to send)."""
    return result.value if isinstance(result, Pickled) else result


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def lint_text(
    text: str, path: str = "<string>", config: LintConfig | None = None, facts: ModelFacts | None = None
) -> FileResult:
    """Lint SQL held in memory, on its own (what the tests and the file linter share)."""
    config = config or LintConfig()
    result = lint_sql(split_sql(text, path), config)
    if result.changes is None:
        return dataclasses.replace(result, findings=list(result.findings))
    found = [*result.findings, *schema_findings([result.changes], config, facts or model_facts())]
    return dataclasses.replace(result, findings=sorted(found, key=place))


def lint_sql(sql: SqlFile, config: LintConfig) -> FileResult:
    """Every enabled rule over the statements of one split file; the rules over the schema run later, on
    its ``changes`` (see :func:`zsgate.checks.lint.history.schema_findings`). Where zsgate fails on a
    statement (a bug), that is recorded in ``failures`` and the other statements and rules still run."""
    return lint_parts([sql], config)


def lint_parts(parts: Iterable[SqlFile], config: LintConfig, edits: bool = True) -> FileResult:
    """:func:`lint_sql` over a file split in consecutive parts (:func:`zsgate.sql.split.split_windows`): a
    statement's tokens and tree live while its part is linted, what later statements need of it stays in the
    :class:`FileContext` (and its changes in :class:`StatementReads`), and the rules that need the whole file
    (:meth:`Rule.finish`) see it at the end, its statements as :class:`StatementSpans`. ``edits=False``: the
    fixes are not kept (a report does not show them)."""
    reading = _marking_the_last(iter(parts))
    first, last = next(reading)
    path, text, lines = first.path, first.text, first.lines
    rules = [rule for rule in RULES if config.enabled(rule.name, rule.code, path)]
    checking = [rule for rule in rules if type(rule).check is not Rule.check]  # the others find nothing here
    reserved = servers.target(config.target).reserved_words
    failures: list[Unreadable] = []

    def failed(line: int | None, what: str, error: Exception) -> None:
        failures.append(Unreadable(path, f"{what} failed ({error!r}); please report it", line))

    starts = offsets(text)
    digests: list[str] = []

    def digest_at(offset: int) -> str:
        """The digest of the statement at ``offset`` (as :meth:`StatementDigests.at`), of those read so far."""
        index = bisect_right(starts, offset)
        return digests[index - 1] if index else ""

    context = FileContext(first, reserved, config.target)
    findings = PackedFindings()
    fixable: list[tuple[Edit, bool, int]] = []  # with whether sqlglot read its statement cleanly, and its end
    silenced: Silenced = {}
    read: StatementReads | None = StatementReads()
    unread: list[Unreadable] = []  # why the file's changes could not be read
    spans = StatementSpans(text)  # the statements of the parts done, for `Rule.finish`
    errors: list[SplitError] = []
    part = first
    while True:
        context.sql = part
        silenced.update(_noqa_lines(part))
        errors += part.errors
        for statement in part.statements:
            try:
                item, clean = _parse(statement, reserved)
            except Exception as error:  # noqa: BLE001
                failed(statement.line, "reading the statement", error)
                item, clean = Parsed(statement, None, None), False
            starts.append(statement.start)
            digests.append(statement_digest(statement.text))
            for rule in checking:
                try:
                    hits = list(rule.check(item, context))
                except Exception as error:  # noqa: BLE001 - a bug in one rule must not hide the other findings
                    failed(statement.line, f"rule {rule.name}", error)
                    continue
                for hit in hits:  # packed as _finding would make it, without making a Finding of each
                    start = max(hit.start, 0)
                    line, column = context.sql.location(start)
                    if not silences(silenced, line, rule.name, rule.code, rule.noqa_needs_reason):
                        kind = (path, rule.code, rule.name, rule.severity, sys.intern(hit.message), digest_at(start))
                        findings.add(line, column, kind)
                        if hit.edit is not None and edits:
                            fixable.append((dataclasses.replace(hit.edit, rule=rule.name), clean, statement.end))
            if read is not None:
                try:
                    read.append(item)
                except Exception as error:  # noqa: BLE001
                    unread.append(Unreadable(path, f"reading the file's schema changes failed ({error!r}); "
                                             "please report it"))  # fmt: skip
                    read = None
            try:
                context.advance(item)
            except Exception as error:  # noqa: BLE001
                failed(statement.line, "reading the statement", error)
        if last:
            break
        spans.extend(part.statements)
        part = item = statement = None  # their tokens and trees go with the collection below  # type: ignore[assignment]
        collector.collect_young()
        part, last = next(reading)
    let_go()  # of the text: the shared parser would keep it while the rules over the schema run
    if spans:
        spans.extend(part.statements)
        context.sql, context.spans = SqlFile(path, text, (), (), (), tuple(errors), lines), spans
    for rule in rules:
        try:
            finished = [_finding(rule, hit.start, hit.message, context, digest_at) for hit in rule.finish(context)]
        except Exception as error:  # noqa: BLE001
            failed(None, f"rule {rule.name}", error)
            continue
        for finding in finished:
            if not is_silenced(finding, silenced, rule.noqa_needs_reason):
                findings.append(finding)
    fixable_until = min((_offset(lines, error.line, error.column) for error in errors), default=len(text))
    fixes = [edit for edit, clean, end in fixable if clean and end <= fixable_until]
    # the text goes (read in parts, nothing else holds it) before the file's findings and changes are made
    del reading, first, part, text, context, spans
    item = statement = None  # type: ignore[assignment]
    statement_digests = StatementDigests(tuple(starts), tuple(digests))
    try:
        changes = file_changes(path, read, lines, silenced, statement_digests) if read is not None else None
    except Exception as error:  # noqa: BLE001
        failed(None, "reading the file's schema changes", error)
        changes = None
    read = None
    return FileResult(path, len(starts), findings, fixes, failures + unread, changes)


def _marking_the_last(parts: Iterator[SqlFile]) -> Iterator[tuple[SqlFile, bool]]:
    """Each part, and whether it is the last."""
    part = next(parts)
    for following in parts:
        yield part, False
        part = following
    yield part, True


def _parse(statement: Statement, reserved: frozenset[str]) -> tuple[Parsed, bool]:
    """The statement as rules see it, and whether sqlglot read it cleanly (only then may --fix edit it)."""
    call = read_call(statement.tokens)
    try:
        expression = parse_statement(statement)
    except StatementTooDeep as error:
        return Parsed(statement, None, call, unchecked=f"{error.reason}: no other rule checked it"), False
    clean = expression is not None
    if expression is None and statement.tokens:
        expression = parse_as_names(statement, reserved)
    return Parsed(statement, expression, call, tuple(unquoted_names(expression))), clean


def _offset(lines: LineIndex, line: int, column: int) -> int:
    """The file offset of a 1-based line and column."""
    return lines.starts[line - 1] + column - 1


def _noqa_lines(sql: SqlFile) -> Silenced:
    """Line -> rule names and codes its ``-- noqa: ...`` comment silences (empty: every rule), and whether
    it says why (``-- noqa: rule: reason``)."""
    silenced = {}
    for comment in sql.comments:
        if match := NOQA.search(comment.text):
            listed = match.group("names")
            names = frozenset(n.strip() for n in listed.split(",")) if listed else frozenset()
            silenced[comment.line] = (names, bool(match.group("reason")))
    return silenced


def _finding(rule: Rule, start: int, message: str, context: FileContext, digest_at: Callable[[int], str]) -> Finding:
    """The finding of a hit; its message interned (a large file repeats a few messages a hundred thousand times)."""
    start = max(start, 0)
    line, column = context.sql.location(start)
    return Finding(
        context.sql.path, line, column, rule.code, rule.name, rule.severity, sys.intern(message), digest_at(start)
    )  # fmt: skip


def applicable(edits: list[Edit]) -> list[Edit]:
    """The edits one rewrite applies, in file order: once each, and none overlapping an earlier one (it is
    left for the next run)."""
    kept: list[Edit] = []
    for edit in sorted(set(edits), key=lambda e: (e.start, e.end)):
        if not kept or edit.start >= kept[-1].end:
            kept.append(edit)
    return kept


def apply_edits(text: str, edits: list[Edit]) -> str:
    """``text`` with the applicable edits applied (see :func:`applicable`)."""
    pieces, position = [], 0
    for edit in applicable(edits):
        pieces += [text[position : edit.start], edit.replacement]
        position = edit.end
    return "".join(pieces) + text[position:]
