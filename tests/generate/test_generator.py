"""`zsgate generate`: files per release, the drift gate, refusals, and growth to later releases."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Column, String

import zsgate.migrations
from tests.conftest import MIGRATIONS
from zsgate.cli import main
from zsgate.generate.files import generated_files
from zsgate.generate.plan import PlanError
from zsgate.schema import metadata
from zsgate.schema.releases import as_of, since

NAMES = ["V5.5.28__schema.sql", "U5.5.28__schema.sql", "model-facts.json", "baseline.json"]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def committed_copy(tmp_path: Path) -> Path:
    for name in NAMES:
        shutil.copy(MIGRATIONS / name, tmp_path / name)
    return tmp_path


def test_committed_files_are_exactly_what_the_models_give() -> None:
    for file in generated_files(metadata):
        assert (MIGRATIONS / file.name).read_text(encoding="utf-8") == file.text, file.name


def test_generation_is_deterministic() -> None:
    assert generated_files(metadata) == generated_files(metadata)


def test_check_passes_on_committed_files_and_writes_nothing(tmp_path: Path) -> None:
    directory = committed_copy(tmp_path)
    before = {p.name: p.stat().st_mtime_ns for p in directory.iterdir()}
    code, out, _ = run("generate", "--check", "--out", str(directory))
    assert code == 0, out
    assert {p.name: p.stat().st_mtime_ns for p in directory.iterdir()} == before


def test_check_fails_with_a_diff_when_a_committed_file_was_edited(tmp_path: Path) -> None:
    directory = committed_copy(tmp_path)
    upgrade = directory / "V5.5.28__schema.sql"
    edited = upgrade.read_text().replace("`identityHash` VARCHAR(255) NOT NULL", "`identityHash` VARCHAR(255)")
    upgrade.write_text(edited)
    code, out, err = run("generate", "--check", "--out", str(directory))
    assert code == 1
    assert "-    `identityHash` VARCHAR(255),\n+    `identityHash` VARCHAR(255) NOT NULL," in out
    assert "run `zsgate generate`" in err
    assert upgrade.read_text() == edited, "--check writes nothing"


def test_check_fails_when_a_file_is_missing(tmp_path: Path) -> None:
    directory = committed_copy(tmp_path)
    (directory / "U5.5.28__schema.sql").unlink()
    code, out, _ = run("generate", "--check", "--out", str(directory))
    assert code == 1
    assert "U5.5.28__schema.sql (committed, missing)" in out
    assert not (directory / "U5.5.28__schema.sql").exists()


def test_generate_writes_every_file_then_reports_them_unchanged(tmp_path: Path) -> None:
    code, out, _ = run("generate", "--out", str(tmp_path))
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(NAMES)
    assert run("generate", "--out", str(tmp_path))[1].count("unchanged") == 4


def test_release_option_picks_one_release_and_says_when_nothing_goes_into_it(tmp_path: Path) -> None:
    assert run("generate", "--release", "5.5.28", "--out", str(tmp_path))[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["U5.5.28__schema.sql", "V5.5.28__schema.sql"]
    code, out, _ = run("generate", "--release", "9.9.9", "--out", str(tmp_path))
    assert (code, out) == (0, "nothing pending for 9.9.9: the models add nothing the released history lacks\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["U5.5.28__schema.sql", "V5.5.28__schema.sql"]
    code, _, err = run("generate", "--release", "next", "--out", str(tmp_path))
    assert code == 2 and "release 'next' is not dotted numbers" in err


def test_a_column_tagged_with_a_later_release_gets_its_own_file() -> None:
    models = as_of(metadata)
    models.tables["AiHostModelCacheVO"].append_column(Column("pinnedBy", String(32), info=since("5.6.0")))
    files = {file.name: file.text for file in generated_files(models)}
    later = files["V5.6.0__schema.sql"]
    body = [line for line in later.splitlines() if line and not line.startswith("--")]
    assert body == ["CALL ADD_COLUMN('AiHostModelCacheVO', 'pinnedBy', 'VARCHAR(32)', 1, NULL);"]
    assert files["U5.6.0__schema.sql"].splitlines()[-1] == "CALL DROP_COLUMN('AiHostModelCacheVO', 'pinnedBy');"
    assert files["V5.5.28__schema.sql"] == (MIGRATIONS / "V5.5.28__schema.sql").read_text(encoding="utf-8")


def test_two_names_of_one_flyway_version_are_refused() -> None:
    """V5.6 and V5.6.0 are one version to Flyway, which refuses a folder holding both."""
    models = as_of(metadata)
    models.tables["AiHostModelCacheVO"].append_column(Column("pinnedBy", String(32), info=since("5.6.0")))
    models.tables["AiHostModelCacheVO"].append_column(Column("pinnedAt", String(32), info=since("5.6")))
    with pytest.raises(ValueError, match="releases '5.6' and '5.6.0' are one version to Flyway"):
        generated_files(models)


def test_a_later_not_null_column_without_a_default_is_refused_and_with_one_it_is_added() -> None:
    from sqlalchemy import text

    models = as_of(metadata)
    table = models.tables["AiHostModelCacheVO"]
    table.append_column(Column("tier", String(32), nullable=False, info=since("5.6.0")))
    with pytest.raises(PlanError, match="AiHostModelCacheVO.tier: a NOT NULL column added to an existing table"):
        generated_files(models)
    models = as_of(metadata)
    column = Column("tier", String(32), nullable=False, server_default=text("'hot'"), info=since("5.6.0"))
    models.tables["AiHostModelCacheVO"].append_column(column)
    later = {file.name: file.text for file in generated_files(models)}["V5.6.0__schema.sql"]
    assert "CALL ADD_COLUMN('AiHostModelCacheVO', 'tier', 'VARCHAR(32)', 0, 'hot');" in later


def test_a_later_unique_index_on_an_existing_table_is_refused() -> None:
    from sqlalchemy import Index

    models = as_of(metadata)
    table = models.tables["AiHostModelCacheVO"]
    Index("ukAiHostModelCacheVOStatus", table.c.hostUuid, table.c.status, unique=True, info=since("5.6.0"))
    with pytest.raises(PlanError, match="CREATE_INDEX adds a plain index"):
        generated_files(models)


BROKEN = {
    "nullable-unique-key": ("AiHostModelCacheVO", "identityHash", "identityHash: Mapped[Optional[str]]"),
    "nullable-cascade-fk": ("AiHostModelCacheVO", "hostUuid", "hostUuid: Mapped[Optional[str]]"),
    "not-null-set-null-fk": ("VmModelMountVO", "cacheUuid", "cacheUuid: Mapped[str]"),
    "fk-type-mismatch": ("VmModelMountVO", "cacheUuid", "cacheUuid: Mapped[Optional[str]] = mapped_column(String(36))"),
}

BROKEN_MODELS = """
from typing import Optional
from sqlalchemy import ForeignKeyConstraint, Index, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from zsgate.schema.releases import BASELINE, since

class Base(DeclarativeBase):
    metadata = MetaData()

OPTIONS = {{"mysql_engine": "InnoDB", "mysql_default_charset": "utf8"}}

class HostEO(Base):
    __tablename__ = "HostEO"
    __table_args__ = {{**OPTIONS, "info": since(BASELINE)}}
    uuid: Mapped[str] = mapped_column(String(32), primary_key=True)

class AiHostModelCacheVO(Base):
    __tablename__ = "AiHostModelCacheVO"
    __table_args__ = (
        Index("ukAiHostModelCacheVOHostIdentity", "hostUuid", "identityHash", unique=True),
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkAiHostModelCacheVOHostEO", ondelete="CASCADE"),
        {{**OPTIONS, "info": since("5.5.28")}},
    )
    uuid: Mapped[str] = mapped_column(String(32), primary_key=True)
    {host}
    {identity}

class VmModelMountVO(Base):
    __tablename__ = "VmModelMountVO"
    __table_args__ = (
        ForeignKeyConstraint(["cacheUuid"], ["AiHostModelCacheVO.uuid"], name="fkVmModelMountVOAiHostModelCacheVO",
                             ondelete="SET NULL"),
        {{**OPTIONS, "info": since("5.5.28")}},
    )
    uuid: Mapped[str] = mapped_column(String(32), primary_key=True)
    {cache}

metadata = Base.metadata
"""


def models_file(tmp_path: Path, **lines: str) -> Path:
    fields = {
        "host": "hostUuid: Mapped[str] = mapped_column(String(32))",
        "identity": "identityHash: Mapped[str] = mapped_column(String(255))",
        "cache": "cacheUuid: Mapped[Optional[str]] = mapped_column(String(32))",
    }
    fields.update(lines)
    path = tmp_path / "models.py"
    path.write_text(textwrap.dedent(BROKEN_MODELS.format(**fields)))
    return path


def test_the_unbroken_models_file_generates(tmp_path: Path) -> None:
    code, _, err = run("generate", "--models", str(models_file(tmp_path)), "--out", str(tmp_path / "out"))
    assert code == 0, err


@pytest.mark.parametrize("rule", sorted(BROKEN))
def test_generation_refuses_a_model_that_breaks_an_invariant(tmp_path: Path, rule: str) -> None:
    table, column, line = BROKEN[rule]
    field = {"hostUuid": "host", "identityHash": "identity", "cacheUuid": "cache"}[column]
    line = line if "mapped_column" in line else f"{line} = mapped_column(String({255 if field == 'identity' else 32}))"
    out = tmp_path / "out"
    code, _, err = run("generate", "--models", str(models_file(tmp_path, **{field: line})), "--out", str(out))
    assert code == 2
    assert f"{table}.{column}: {rule}:" in err
    assert "Traceback" not in err
    assert not out.exists(), "nothing is written"


def test_a_models_file_with_a_syntax_error_is_a_clear_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "models.py"
    path.write_text("class Broken(\n")
    code, _, err = run("generate", "--models", str(path), "--check")
    assert code == 2 and f"{path}:1:" in err


def test_a_models_file_that_raises_while_it_runs_names_its_line_and_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "models.py"
    path.write_text("from sqlalchemy import MetaData\n\nmetadata = MetaData()\nraise RuntimeError('no such table')\n")
    code, _, err = run("generate", "--models", str(path), "--check")
    assert code == 2, err
    assert f"{path}:4: RuntimeError: no such table" in err
    assert "Traceback" not in err


def test_a_model_the_orm_cannot_map_is_a_usage_error_at_its_class(tmp_path: Path) -> None:
    path = models_file(tmp_path, identity="identityHash = 'not a column'\n    __mapper_args__ = {'bogus': 1}")
    code, _, err = run("generate", "--models", str(path), "--check")
    assert code == 2, err
    assert f"{path}:" in err and "Traceback" not in err


def test_a_table_without_a_primary_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "models.py"
    path.write_text(
        "from sqlalchemy import Column, MetaData, String, Table\n"
        "from zsgate.schema.releases import since\n"
        "metadata = MetaData()\n"
        "Table('NoKeyVO', metadata, Column('name', String(32), nullable=False), info=since('5.5.28'))\n"
    )
    out = tmp_path / "out"
    code, _, err = run("generate", "--models", str(path), "--out", str(out))
    assert code == 2, err
    assert "NoKeyVO: missing-primary-key:" in err
    assert not out.exists()


def generate_in(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`zsgate generate` as a user runs it: the installed command, from a folder of their project."""
    return subprocess.run(
        [sys.executable, "-m", "zsgate", "generate", *args], cwd=directory, capture_output=True, text=True, timeout=120
    )


def test_generate_writes_into_the_project_that_pyproject_names_not_into_the_package(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "site"\n\n[tool.zsgate.lint]\ntarget = "mysql-8.0"\n')
    inside = tmp_path / "src" / "deep"
    inside.mkdir(parents=True)
    package = Path(zsgate.migrations.__file__).parent
    before = {path.name: path.stat().st_mtime_ns for path in package.iterdir()}
    result = generate_in(inside)
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in (tmp_path / "migrations").iterdir()) == sorted(NAMES)
    assert not (inside / "migrations").exists()
    assert {path.name: path.stat().st_mtime_ns for path in package.iterdir()} == before
    assert generate_in(inside, "--check").returncode == 0


def test_generate_outside_a_project_writes_into_the_working_directory(tmp_path: Path) -> None:
    result = generate_in(tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in (tmp_path / "migrations").iterdir()) == sorted(NAMES)


def test_an_unreadable_pyproject_on_the_way_up_is_one_line_naming_it(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.zsgate\n")
    result = generate_in(tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"zsgate: error: {tmp_path / 'pyproject.toml'}: ")
    assert len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "migrations").exists()
