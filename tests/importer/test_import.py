"""`zsgate import`: a history as models that plain SQLAlchemy turns back into the same schema, on a real server."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.dialects import mysql
from sqlalchemy.schema import CreateTable

from tests.conftest import LOCAL_MYSQL, require_engine
from tests.importer.information_schema import differences
from tests.importer.round_trip import load_package, round_trip
from zsgate.schema.invariants import check

HISTORY = Path(__file__).parent / "history"
SECOND_TREE = "ZSGATE_IMPORT_SECOND_TREE"  # a conf/db folder of another ZStack release, for the opt-in test


def zsgate_import(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zsgate", "import", *map(str, args)], capture_output=True, text=True)


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small history of this folder, imported on the embedded engine."""
    require_engine("local")
    out = tmp_path_factory.mktemp("import") / "models"
    done = zsgate_import(HISTORY, "--out", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"wrote {out}: 7 tables, 2 views, 1 trigger of V0.7 in 9 files\n"
    return out


@pytest.mark.parametrize("driver", ["mysql+pymysql", "mariadb+pymysql"])
def test_create_all_of_the_import_is_the_replay(imported: Path, driver: str) -> None:
    """Through either URL (a `mysql://` one must not lose MariaDB's spelling: sqlalchemy#13076), every property
    the server states is the replay's: types (TINYINT(1) and BOOLEAN alike), UNSIGNED, ENUM members, defaults
    with ON UPDATE and zero dates, AUTO_INCREMENT outside the key, collations, comments, key order, prefix
    lengths, a FULLTEXT key, unique keys, both foreign keys on one column, an implicit index, RESTRICT vs NO
    ACTION, MyISAM, latin1, partitions, a view over a view, a trigger."""
    replay, created = round_trip(HISTORY, imported, "local", driver)
    assert differences(replay, created) == []
    assert len(replay["tables"]) == 9 and len(replay["views"]) == 2 and len(replay["triggers"]) == 1


def test_a_unique_key_is_one_index_not_also_a_constraint(imported: Path) -> None:
    """alembic#1240/#1297/#1531: MySQL reports a UNIQUE KEY as an index and a constraint; the model holds it once."""
    table = load_package(imported).metadata.tables["AccountVO"]  # type: ignore[attr-defined]
    assert sorted(index.name for index in table.indexes if index.unique) == ["ukName", "uuid"]
    assert [c for c in table.constraints if type(c).__name__ == "UniqueConstraint"] == []


def test_tinyint_1_stays_tinyint_1_and_defaults_render_as_written(imported: Path) -> None:
    """TINYINT(1) is not turned into BOOLEAN; the server defaults compile as the history wrote them
    (sqlalchemy#12488, #12648 changed how MySQL server defaults render)."""
    table = load_package(imported).metadata.tables["AccountVO"]  # type: ignore[attr-defined]
    ddl = str(CreateTable(table).compile(dialect=mysql.dialect()))
    assert "`isAdmin` TINYINT(1) NOT NULL DEFAULT 0" in ddl
    assert "`lastOpDate` TIMESTAMP NOT NULL DEFAULT '0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP" in ddl
    assert "state ENUM('Enabled','Disabled','it''s') NOT NULL DEFAULT 'Enabled'" in ddl


def test_the_package_reads_as_models(imported: Path) -> None:
    """Classes named after tables, a `Table` for one without a primary key, names that are not identifiers
    kept as column names, the project's `Uuid`, a header naming the history's version."""
    sources = {path.name: path.read_text(encoding="utf-8") for path in imported.glob("*.py")}
    for source in sources.values():
        ast.parse(source)
    assert "class AccountVO(Base):" in sources["a.py"]
    assert "uuid: Mapped[Uuid] = mapped_column(primary_key=True" in sources["a.py"]
    assert 'LegacyLogVO = Table(\n    "LegacyLogVO",' in sources["l.py"]
    assert 'Column("my-col", String(8), nullable=True)' in sources["l.py"]
    assert 'class zone_tag(Base):\n    __tablename__ = "zone-tag"' in sources["z.py"]
    assert 'class_: Mapped[str | None] = mapped_column("class", String(8))' in sources["z.py"]
    assert 'metadata_: Mapped[str | None] = mapped_column("metadata", String(8))' in sources["z.py"]
    assert sources["__init__.py"].startswith('"""ZStack\'s schema at V0.7, as SQLAlchemy models: 7 tables')


def test_the_same_history_gives_the_same_bytes(imported: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert zsgate_import(HISTORY, "--out", again).returncode == 0
    assert {p.name: p.read_bytes() for p in again.iterdir()} == {p.name: p.read_bytes() for p in imported.iterdir()}


def test_a_folder_that_exists_is_kept_without_force(imported: Path, tmp_path: Path) -> None:
    out = tmp_path / "models"
    out.mkdir()
    (out / "mine.py").write_text("keep = 1\n")
    refused = zsgate_import(HISTORY, "--out", out)
    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr == f"zsgate: error: {out} exists; --force replaces it\n"
    assert [p.name for p in out.iterdir()] == ["mine.py"]
    assert zsgate_import(HISTORY, "--out", out, "--force").returncode == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in imported.iterdir())
    assert [p.name for p in tmp_path.iterdir()] == ["models"]  # nothing left beside it


def test_a_folder_python_cannot_import_is_refused(tmp_path: Path) -> None:
    refused = zsgate_import(HISTORY, "--out", tmp_path / "zstack-models")
    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr == (
        f"zsgate: error: {tmp_path}/zstack-models: a package's folder is named as Python names a module "
        "(e.g. zstack_models)\n"
    )


@pytest.mark.skipif(not os.environ.get(SECOND_TREE), reason=f"{SECOND_TREE} names no other conf/db tree")
def test_another_zstack_history_comes_back_the_same(tmp_path: Path) -> None:
    """Opt-in: another real tree (`git archive 4.8.22 conf/db` of zstackio/zstack was measured), same proof."""
    require_engine("local")
    history, out = Path(os.environ[SECOND_TREE]), tmp_path / "zstack"
    done = zsgate_import(history, "--out", out)
    assert done.returncode == 0, done.stderr
    replay, created = round_trip(history, out, "local")
    assert differences(replay, created) == []


def test_a_history_that_does_not_replay_is_refused_at_its_line(tmp_path: Path) -> None:
    require_engine("local")
    history = tmp_path / "db"
    (history / "upgrade").mkdir(parents=True)
    (history / "V0.6__schema.sql").write_text("CREATE TABLE `A` (`id` int NOT NULL PRIMARY KEY);\n")
    upgrade = "ALTER TABLE `A` ADD `x` int;\n\nALTER TABLE `B` ADD `y` int;\n"
    (history / "upgrade" / "V0.7__schema.sql").write_text(upgrade)
    out = tmp_path / "models"
    refused = zsgate_import(history, "--out", out)
    assert refused.returncode == 2
    where = f"{history}/upgrade/V0.7__schema.sql:3"
    assert refused.stderr.startswith(f"zsgate: error: {where}: Table 'zstack.B' doesn't exist")
    assert "Traceback" not in refused.stderr
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["db"]


def test_zstacks_history_imports_and_comes_back_the_same(corpus: Path, tmp_path: Path) -> None:
    """The corpus (V5.2.1: 618 tables, 21 views, 2 triggers) on MariaDB 10.11: plain `create_all` of its import
    leaves information_schema as the replay left it, every listed property; no module over 2,000 lines."""
    require_engine("local")
    out = tmp_path / "zstack"
    done = zsgate_import(corpus, "--out", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"wrote {out}: 618 tables, 21 views, 2 triggers of V5.2.1 in 32 files\n"
    assert max(len(path.read_text(encoding="utf-8").splitlines()) for path in out.glob("*.py")) < 2000
    replay, created = round_trip(corpus, out, "local")
    assert differences(replay, created) == []
    assert len(replay["columns"]) == 4762 + 275  # the tables' and the views' columns


def test_on_mysql_too(tmp_path: Path) -> None:
    """MySQL 9.7 spells defaults bare and its unstated rule is NO ACTION; the import still comes back the same.
    (Its default sql_mode refuses a zero-date default, so this copy of the history uses another date.)"""
    require_engine(LOCAL_MYSQL)
    history = tmp_path / "db"
    shutil.copytree(HISTORY, history)
    first = history / "V0.6__schema.sql"
    first.write_text(first.read_text().replace("'0000-00-00 00:00:00'", "'2000-01-01 00:00:00'"))
    out = tmp_path / "models"
    done = zsgate_import(history, "--out", out, "--engine", LOCAL_MYSQL)
    assert done.returncode == 0, done.stderr
    assert 'server_default=text("600000")' in (out / "a.py").read_text()
    replay, created = round_trip(history, out, LOCAL_MYSQL)
    assert differences(replay, created) == []


def test_the_invariants_read_a_columns_own_collation(imported: Path) -> None:
    """A utf8 column of a utf8mb4 table may reference a utf8 key (the server took it): the models' invariants
    see its charset in its collation. Only ZStack's key-less table breaks one, as it is."""
    violations = check(load_package(imported).metadata)  # type: ignore[attr-defined]
    assert [(v.table, v.rule) for v in violations] == [("LegacyLogVO", "missing-primary-key")]
