"""runner-disagreement compares the client reading with where Flyway cuts (`flyway_cuts`), not with a whole
second reading (`read_as_flyway`, which also tokenizes, attaches comments and makes pieces): the findings are
the same, on ZStack's history, the peers' fixtures and random edits of both."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import CORPUS
from zsgate.checks.lint.context import FileContext
from zsgate.checks.lint.rules.runner_disagreement import RunnerDisagreement, _explain, differing_regions
from zsgate.sql.flyway_reading import read_as_flyway
from zsgate.sql.split import split_sql

PEERS = CORPUS.parent.parent / "peers"
FILES = sorted(CORPUS.rglob("*.sql")) + sorted(PEERS.rglob("*.sql")) if CORPUS.is_dir() else []
# What makes the two runners cut differently (see the rule's doc)
EDITS = [";", "; -- c", ";\n", "\n", "-- x\n", "#", "`a;b`", "'", '"', "/*", "*/", "\nDELIMITER $$\n", "$$", "${p}"]


def from_whole_reading(text: str) -> list[tuple[int, str]]:
    """The findings as the rule made them before: from the file's whole Flyway reading."""
    client = split_sql(text, "V1__x.sql")
    if client.errors:
        return []
    flyway = read_as_flyway(client)
    hits = [
        (client.lines.starts[e.line - 1] + e.column - 1, f"{e.message}; the mysql client sends it")
        for e in flyway.errors
    ]
    hits += [
        (hit.start, hit.message)
        for hit in map(lambda r: _explain(client, *r), differing_regions(client.statements, flyway.statements))
    ]
    return hits


def from_cuts(text: str) -> list[tuple[int, str]]:
    client = split_sql(text, "V1__x.sql")
    context = FileContext(client, frozenset(), "mysql-8")
    return [(hit.start, hit.message) for hit in RunnerDisagreement().finish(context)]


def test_the_corpus_and_peers_are_there() -> None:
    if not FILES:
        pytest.skip(f"corpus not found at {CORPUS}")
    assert any(PEERS in path.parents for path in FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_each_file_gives_the_findings_of_the_whole_reading(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    assert from_cuts(text) == from_whole_reading(text)


@pytest.mark.skipif(not FILES, reason=f"corpus not found at {CORPUS}")
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_edits_give_the_findings_of_the_whole_reading(data: st.DataObject) -> None:
    text = FILES[data.draw(st.integers(0, len(FILES) - 1))].read_text(encoding="utf-8", errors="replace")[:20000]
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(text)))
        text = text[:at] + data.draw(st.sampled_from(EDITS)) + text[at:]
    assert from_cuts(text) == from_whole_reading(text)
