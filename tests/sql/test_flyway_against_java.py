"""The port against Flyway 3.2.1 itself: its own SqlScript, compiled from its sources, on the same texts.

Opt-in: set ZSGATE_FLYWAY_SRC to `flyway-core/src/main/java` of flyway/flyway at tag `flyway-3.2.1` (e.g.
`git archive flyway-3.2.1 flyway-core/src/main/java | tar -x`); `javac` compiles `SqlScript` and what it
needs with the harness in `flyway_harness/` (which prints each statement's line and text, and replaces
Flyway's LogFactory by one that logs nothing, so no logging library is needed).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from zsgate.sql.flyway import read_script

HARNESS = Path(__file__).parent / "flyway_harness"
FRAGMENTS = [
    "SELECT 1", "CREATE TABLE `t` (", "a INT", ")", "'", '"', "`", "\\", "\\'", "''", ";", "$$", "--", "-- ", "#",
    "/*", "*/", "/*!40101 ", "*/2", " ", "\t", "\n", "\r\n", "\r", "DELIMITER $$\n", "DELIMITER ;\n", "delimiter //",
    "  DELIMITER $$", "END$$", "BEGIN", "_utf8'", "x'0A'", "b'", "é", "\ufeff", "@", "(", ",", "=", "--CREATE x",
]  # fmt: skip


@pytest.fixture(scope="module")
def flyway(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The compiled harness: a classpath folder."""
    sources = os.environ.get("ZSGATE_FLYWAY_SRC")
    if not sources or shutil.which("javac") is None:
        pytest.skip("set ZSGATE_FLYWAY_SRC to Flyway 3.2.1's flyway-core/src/main/java (and install a JDK)")
    classes = tmp_path_factory.mktemp("flyway-classes")
    subprocess.run(
        ["javac", "-nowarn", "-d", classes, "-sourcepath", f"{HARNESS}{os.pathsep}{sources}",
         HARNESS / "FlywaySplit.java"],
        check=True, capture_output=True,
    )  # fmt: skip
    return classes


def java_statements(classes: Path, paths: list[Path]) -> list[list[tuple[int, str]]]:
    """What Flyway's SqlScript makes of each file: (line, sql) per statement."""
    output = subprocess.run(["java", "-cp", classes, "FlywaySplit", *paths], check=True, capture_output=True)
    files = output.stdout.decode("utf-8").split("\x1d")[:-1]
    return [
        [(int(line), sql) for line, sql in (item.split("\x1f", 1) for item in text.split("\x1e")[:-1])]
        for text in files
    ]


def port_statements(path: Path) -> list[tuple[int, str]]:
    return [(s.first_line, s.sql) for s in read_script(path.read_bytes().decode("utf-8")).statements]


def test_the_port_cuts_zstacks_history_as_flyway(flyway: Path, corpus: Path) -> None:
    paths = sorted(corpus.rglob("*.sql"))
    assert [port_statements(path) for path in paths] == java_statements(flyway, paths)


def test_the_port_cuts_random_sqlish_text_as_flyway(flyway: Path, tmp_path: Path) -> None:
    generator = random.Random(321)
    paths = []
    for index in range(3000):
        path = tmp_path / f"{index}.sql"
        path.write_bytes("".join(generator.choices(FRAGMENTS, k=generator.randint(0, 30))).encode())
        paths.append(path)
    expected = java_statements(flyway, paths)
    mismatches = [(path.read_bytes(), ours, theirs) for path, theirs in zip(paths, expected, strict=True)
                  if (ours := port_statements(path)) != theirs]  # fmt: skip
    assert mismatches[:3] == []
