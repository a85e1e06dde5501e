"""`zsgate generate --check --history DIR`: the models against what DIR's history leaves on a real server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import LOCAL_MYSQL, engine_id, require_engine
from tests.generate.history import HISTORY, write_history, write_models

ENGINES = ("local", LOCAL_MYSQL)


@pytest.fixture(params=ENGINES, ids=engine_id)
def engine(request: pytest.FixtureRequest) -> str:
    require_engine(request.param)
    return request.param


def check(history: Path, models: Path, engine: str = "local") -> subprocess.CompletedProcess[str]:
    command = ["generate", "--check", "--history", history, "--models", models, "--engine", engine]
    return subprocess.run([sys.executable, "-m", "zsgate", *map(str, command)], capture_output=True, text=True)


def test_models_that_agree_pass_and_nothing_is_written(tmp_path: Path, engine: str) -> None:
    history = write_history(tmp_path / "db")
    before = sorted(tmp_path.rglob("*"))
    done = check(history, write_models(tmp_path / "models.py"), engine)
    assert (done.returncode, done.stderr) == (0, "")
    assert "the models agree" in done.stdout
    assert sorted(path for path in tmp_path.rglob("*") if "__pycache__" not in path.parts) == [
        *before,
        tmp_path / "models.py",
    ]


def test_a_column_edited_later_in_the_history_is_named(tmp_path: Path, engine: str) -> None:
    models = write_models(tmp_path / "models.py", ('Column("name", String(512)', 'Column("name", String(255)'))
    done = check(write_history(tmp_path / "db"), models, engine)
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == ["HostEO.name: VARCHAR(255) in the models, VARCHAR(512) in the history"]


def test_every_difference_is_named(tmp_path: Path) -> None:
    models = write_models(
        tmp_path / "models.py",
        ('Column("state", String(32))', 'Column("state", String(32), nullable=False, server_default="Enabled")'),
        ('INTEGER(unsigned=True), server_default="0"', "INTEGER(unsigned=True)"),
        ('Index("idxHostEOCpuNum", "cpuNum")', 'Index("idxHostEOState", "state")'),
        ('ondelete="SET NULL"', 'ondelete="CASCADE"'),
        ('    Column("description", String(2048)),\n', '    Column("memory", Integer),\n'),
    )
    done = check(write_history(tmp_path / "db"), models)
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == [
        "HostEO.cpuNum: no DEFAULT in the models, DEFAULT 0 in the history",
        "HostEO.state: NOT NULL in the models, NULL in the history",
        "HostEO.state: DEFAULT Enabled in the models, no DEFAULT in the history",
        "HostEO.cpuNum: key idxHostEOCpuNum (cpuNum) in the history, not in the models",
        "HostEO.state: key idxHostEOState (state) in the models, not in the history",
        "VmVO.description: VARCHAR(2048) NULL in the history, not in the models",
        "VmVO.memory: INTEGER NULL in the models, not in the history",
        "VmVO.hostUuid: fkVmVOHostEO → HostEO(uuid) ON DELETE CASCADE in the models, "
        "fkVmVOHostEO → HostEO(uuid) ON DELETE SET NULL in the history",
    ]


def test_a_history_that_does_not_replay_is_refused_by_file(tmp_path: Path) -> None:
    history = write_history(tmp_path / "db", {**HISTORY, "V1.1__schema.sql": "ALTER TABLE `NoSuchVO` ADD `x` INT;\n"})
    done = check(history, write_models(tmp_path / "models.py"))
    assert done.returncode == 2
    assert "V1.1__schema.sql" in done.stderr and "NoSuchVO" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_folder_without_a_history_is_refused(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    done = check(tmp_path / "empty", write_models(tmp_path / "models.py"))
    assert done.returncode == 2
    assert "no V<version>__*.sql files" in done.stderr


CORPUS_MODEL = """from sqlalchemy import Column, MetaData, String, Table

metadata = MetaData()
Table(  # as ZStack's V0.6__schema.sql made it; V0.7 widened `type` to a nullable VARCHAR(255)
    "PrimaryStorageEO",
    metadata,
    Column("uuid", String(32), primary_key=True),
    Column("type", String(32), nullable=False),
    mysql_engine="InnoDB",
    mysql_default_charset="utf8",
)
"""


def test_a_column_edited_later_in_zstacks_history_is_named(tmp_path: Path, corpus: Path) -> None:
    models = tmp_path / "models.py"
    models.write_text(CORPUS_MODEL, encoding="utf-8")
    done = check(corpus, models)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert "PrimaryStorageEO.type: VARCHAR(32) in the models, VARCHAR(255) in the history" in lines
    assert "PrimaryStorageEO.type: NOT NULL in the models, NULL in the history" in lines
    assert "HostEO: table in the history, not in the models" in lines


@pytest.mark.parametrize(
    "key",
    ['UniqueConstraint("name", name="ukHostEOName")', 'Index("ukHostEOName", "name", unique=True)'],
    ids=["unique-constraint", "unique-index"],
)
def test_a_unique_key_is_one_thing_not_an_index_and_a_constraint(tmp_path: Path, key: str) -> None:
    """alembic#1240, #1531: MySQL reflects a UNIQUE key as both; the models agree whichever way they say it."""
    history = write_history(
        tmp_path / "db",
        {**HISTORY, "V1.1__schema.sql": "ALTER TABLE `HostEO` ADD UNIQUE KEY `ukHostEOName` (`name`);\n"},
    )
    models = write_models(
        tmp_path / "models.py", ('Index("idxHostEOCpuNum", "cpuNum")', f'Index("idxHostEOCpuNum", "cpuNum"), {key}')
    )
    assert (done := check(history, models)).returncode == 0, done.stdout + done.stderr
    missing = write_models(tmp_path / "missing.py")
    done = check(history, missing)
    assert done.stdout.splitlines() == ["HostEO.name: UNIQUE key ukHostEOName (name) in the history, not in the models"]
