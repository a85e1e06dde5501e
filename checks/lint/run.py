"""A lint run as `zsgate lint` makes it: answered whole from the cache when nothing it depends on changed,
else by the runner (whose files' readings the cache also keeps). Light to import: a run the cache answers
imports neither sqlglot nor the rules."""

from __future__ import annotations

import os
from collections.abc import Iterable
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

from zsgate.checks.lint.cache import LintCache, callbacks_beside, digest, settings_key
from zsgate.checks.lint.findings import FilesLinted, LintReport
from zsgate.files import resolved, sql_files
from zsgate.history.flyway import HistoryError, history_roots, read_history
from zsgate.history.lock import find_locks
from zsgate.sql.limits import DEFAULT_LIMITS, SizeLimits

if TYPE_CHECKING:
    from zsgate.checks.lint.baseline import Baseline
    from zsgate.checks.lint.config import LintConfig
    from zsgate.checks.lint.runner import Progress
    from zsgate.history.facts import ModelFacts


def lint_run(
    paths: Iterable[Path],
    config: LintConfig,
    facts: ModelFacts | None = None,
    limits: SizeLimits = DEFAULT_LIMITS,
    baseline: Baseline | None = None,
    progress: Progress | None = None,
    cache: LintCache | None = None,
) -> LintReport:
    """Lint the SQL files under ``paths`` as :func:`zsgate.checks.lint.runner.lint_paths` does, through
    ``cache`` when one is given: the same report, from the cache when the files, their histories and the
    settings are those of a run it keeps."""
    files, problems = sql_files(paths)
    key = run_key(files, config, facts, limits) if cache is not None else None
    linted = cache.get(key) if cache is not None and key is not None else None
    if isinstance(linted, FilesLinted):
        cache.touch(key)  # type: ignore[union-attr, arg-type]
    else:
        from zsgate.checks.lint.runner import check_rule_names, lint_files

        check_rule_names(config)
        linted = lint_files(files, config, facts, limits=limits, progress=progress, cache=cache)
        if cache is not None:
            if key is not None and linted.clean:
                cache.put(key, linted)
            cache.prune()
    return linted.report(problems, baseline.new if baseline is not None else None)


def run_key(files: list[Path], config: LintConfig, facts: ModelFacts | None, limits: SizeLimits) -> str | None:
    """The key of a run over ``files``: their names and bytes, those of every file of the histories they
    belong to, of the callbacks beside them and of the locks above them, the settings, and the working
    directory (findings of a lock name files relative to it); None when a file is not a regular file (a
    pipe is read once) or cannot be read (the runner says why)."""
    parts: list[bytes | str] = ["run", os.getcwd(), *settings_key(config, limits)]
    parts.append(facts.digest if facts is not None else _packaged_facts())
    read: dict[str, bytes] = {}  # each file's bytes once: the files linted are those of their history too

    def named(path: Path) -> list[bytes | str]:
        name = str(path)
        if name not in read:
            with open(name, "rb") as handle:
                read[name] = handle.read()
        return [name, read[name]]

    try:
        for path in files:
            if not path.is_file():
                return None
            parts += named(path)
        real = list(resolved(files).values())  # each folder resolved once
        for folder in dict.fromkeys(path.parent for path in real):
            parts += callbacks_beside(folder)
        locks = dict.fromkeys(lock for lock in find_locks(files).values() if lock is not None)
        for lock in locks:
            parts += named(lock)
        for root in dict.fromkeys([*history_roots(files), *(lock.parent.resolve() for lock in locks)]):
            parts.append(str(root))
            try:
                history = read_history(root)
            except HistoryError as error:
                parts.append(f"refused: {error}")
                continue
            for path in (*history.files, *history.callbacks.values()):
                parts += named(path)
    except OSError:
        return None
    return digest(*parts)


def _packaged_facts() -> str:
    """A digest of the project's model-facts.json (read as bytes: parsing it would import the models' reader)."""
    spec = find_spec("zsgate.migrations")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    for location in locations:
        path = os.path.join(location, "model-facts.json")
        if os.path.isfile(path):
            with open(path, "rb") as handle:
                return digest(handle.read())
    return "no model facts"
