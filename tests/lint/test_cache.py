"""The lint cache: a cached run reports byte for byte what an uncached one does, in every format, over random
edits of ZStack's files; runs sharing a cache, a run killed half-way and entries that are broken, foreign or
of another build leave every later run right."""

from __future__ import annotations

import io
import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zsgate.checks.lint.cache import LintCache
from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.findings import FilesLinted, LintReport, PackedFindings
from zsgate.checks.lint.run import lint_run
from zsgate.checks.lint.runner import PARALLEL_FROM, lint_files, lint_paths
from zsgate.checks.report import lint_machine, lint_text

HISTORY = ("V0.6__schema.sql", "upgrade/V0.7__schema.sql", "upgrade/V0.8__schema.sql", "upgrade/V0.9__schema.sql")
WRITERS = (lint_machine.write_json, lint_machine.write_sarif, lint_machine.write_github, lint_text.write_plain)


def rendered(report: LintReport) -> list[str]:
    """The report in every format."""
    outputs = []
    for write in WRITERS:
        stream = io.StringIO()
        write(report, stream)
        outputs.append(stream.getvalue())
    return outputs


@pytest.fixture
def tree(corpus: Path, tmp_path: Path) -> Path:
    """A small `conf/db` history of ZStack's first files."""
    root = tmp_path / "db"
    for name in HISTORY:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(corpus / name, root / name)
    return root


EDITS = st.lists(
    st.tuples(
        st.sampled_from(HISTORY),
        st.floats(0, 1),
        st.integers(0, 40),
        st.sampled_from(["", ";", "\n", "-- noqa\n", "NOT NULL ", "DELIMITER $$\n", "'", "`x`", "ALTER TABLE "]),
    ),
    min_size=1,
    max_size=3,
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS, pre_commit=st.booleans())
def test_cached_and_uncached_runs_report_the_same_bytes(
    tree: Path, tmp_path: Path, edits: list[tuple[str, float, int, str]], pre_commit: bool
) -> None:
    """Lint with the cache, make random edits (a cut and an insertion at a random place) to the history's
    files, lint again, whole or the newest file alone (a pre-commit run): the cached run (the cache holds
    the files before the edits, and after them once it ran) and an uncached one give the same output."""
    paths = [tree / HISTORY[-1]] if pre_commit else [tree]
    cache = LintCache(tmp_path / "cache" / "build")
    config = LintConfig()
    lint_run(paths, config, cache=cache)
    for name, where, cut, inserted in edits:
        path = tree / name
        text = path.read_text(encoding="utf-8")
        at = int(where * len(text))
        path.write_text(text[:at] + inserted + text[at + cut :], encoding="utf-8")
    uncached = rendered(lint_paths(paths, config, jobs=1))
    assert rendered(lint_run(paths, config, cache=cache)) == uncached
    assert rendered(lint_run(paths, config, cache=cache)) == uncached


def test_a_new_file_is_linted_against_the_history_as_it_is_now(tree: Path, tmp_path: Path) -> None:
    """The pre-commit run of the newest file, cached; then an earlier file changes the tables it alters."""
    newest = tree / HISTORY[-1]
    cache = LintCache(tmp_path / "cache" / "build")
    before = rendered(lint_run([newest], LintConfig(), cache=cache))
    (tree / HISTORY[0]).write_text("", encoding="utf-8")
    after = rendered(lint_paths([newest], LintConfig(), jobs=1))
    assert after != before
    assert rendered(lint_run([newest], LintConfig(), cache=cache)) == after


def test_files_read_on_workers_are_cached_as_linted_and_answer_the_next_run(corpus: Path, tmp_path: Path) -> None:
    """Enough files for workers: what they read and store (sent to the parent as the cache's own bytes) is
    reported as an uncached run reports it, and read back from the cache the same."""
    files = sorted((corpus / "upgrade").glob("*.sql"))[:PARALLEL_FROM]
    cache = LintCache(tmp_path / "cache" / "build")
    uncached = rendered(lint_files(files, LintConfig(), jobs=2).report([]))
    assert rendered(lint_files(files, LintConfig(), jobs=2, cache=cache).report([])) == uncached
    assert len(list(cache.directory.iterdir())) >= PARALLEL_FROM
    assert rendered(lint_files(files, LintConfig(), jobs=2, cache=cache).report([])) == uncached


def test_a_warm_run_is_answered_without_sqlglot(tree: Path, tmp_path: Path) -> None:
    """The pre-commit path: nothing changed, the cache answers, and sqlglot is not even imported."""
    environment = {**os.environ, "ZSGATE_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-X", "importtime", "-m", "zsgate", "lint", "--format", "json", str(tree)]
    first = subprocess.run(command, capture_output=True, text=True, env=environment)
    second = subprocess.run(command, capture_output=True, text=True, env=environment)
    assert "sqlglot" in first.stderr
    assert "sqlglot" not in second.stderr
    assert (first.returncode, first.stdout) == (second.returncode, second.stdout)


def zsgate_lint(tree: Path, cache: Path, *options: str) -> subprocess.Popen[str]:
    environment = {**os.environ, "ZSGATE_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "zsgate", "lint", "--format", "json", *options, str(tree)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)


def test_two_runs_sharing_a_cache_at_once_are_both_right(tree: Path, tmp_path: Path) -> None:
    expected = zsgate_lint(tree, tmp_path / "unused", "--no-cache").communicate()
    runs = [zsgate_lint(tree, tmp_path / "shared") for _ in range(2)]
    assert [run.communicate() for run in runs] == [expected, expected]
    assert zsgate_lint(tree, tmp_path / "shared").communicate() == expected
    assert not list((tmp_path / "shared").rglob(".tmp-*"))


def test_a_killed_run_leaves_the_cache_usable(tree: Path, tmp_path: Path) -> None:
    expected = zsgate_lint(tree, tmp_path / "unused", "--no-cache").communicate()
    for delay in (0.3, 0.6, 0.9):
        killed = zsgate_lint(tree, tmp_path / "cache")
        time.sleep(delay)
        killed.send_signal(signal.SIGKILL)
        killed.communicate()
    assert zsgate_lint(tree, tmp_path / "cache").communicate() == expected
    assert zsgate_lint(tree, tmp_path / "cache").communicate() == expected


class Planted:
    """What a foreign entry could do if the cache unpickled anything: write a file."""

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (shutil.copy, (__file__, "planted"))


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"zsgate-lint-cache 1\n" + b"\x80\x05truncated",
        b"not a cache entry",
        b"zsgate-lint-cache 1\n" + pickle.dumps(Planted()),
    ],
    ids=["empty", "truncated", "foreign", "planted-code"],
)
def test_a_broken_or_foreign_entry_is_ignored_and_written_again(
    tree: Path, tmp_path: Path, damage: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    expected = zsgate_lint(tree, tmp_path / "unused", "--no-cache").communicate()
    assert zsgate_lint(tree, tmp_path / "cache").communicate() == expected
    entries = [path for path in (tmp_path / "cache").rglob("*") if path.is_file() and path.parent.name[0].isdigit()]
    assert entries
    for entry in entries:
        entry.write_bytes(damage)
    assert zsgate_lint(tree, tmp_path / "cache").communicate() == expected
    assert not (tmp_path / "planted").exists()
    assert all(entry.read_bytes() != damage for entry in entries)  # rewritten by the run


def test_another_builds_entries_are_not_read_and_the_cache_stays_bounded(tree: Path, tmp_path: Path) -> None:
    expected = zsgate_lint(tree, tmp_path / "unused", "--no-cache").communicate()
    assert zsgate_lint(tree, tmp_path / "cache").communicate() == expected
    (build,) = [folder for folder in (tmp_path / "cache").iterdir() if folder.is_dir()]
    other = build.with_name("0.0.1-0000000000000000")
    build.rename(other)
    nothing = FilesLinted(0, 0, PackedFindings(), [], [])
    for entry in other.iterdir():  # what another build found, under the same keys
        entry.write_bytes(b"zsgate-lint-cache 1\n" + pickle.dumps(nothing))
    assert zsgate_lint(tree, tmp_path / "cache").communicate() == expected
    LintCache(build).prune(limit=0)
    assert not other.exists()
    assert not list(build.iterdir())
    assert (tmp_path / "cache" / ".gitignore").read_text().splitlines()[-1] == "*"


def test_every_entry_a_run_writes_is_read_back_even_a_long_files(tmp_path: Path) -> None:
    """A file of more than 100,000 lines keeps its line starts as machine integers (an array): its entry, and
    the run's, must come back from the cache, not be written again by every run."""
    root = tmp_path / "db"
    root.mkdir()
    (root / "V1__long.sql").write_text("CREATE TABLE IF NOT EXISTS t (id int);\n" + "\n" * 100_000 + "SELECT 1;\n")
    cache = LintCache(tmp_path / "cache")
    lint_run([root], LintConfig(), cache=cache)
    entries = [entry.name for entry in cache.directory.iterdir() if not entry.name.startswith(".")]
    assert len(entries) == 2  # the file's and the run's
    assert all(cache.get(name) is not None for name in entries)
