"""Which files make a Flyway history, and their order (Flyway 3.2.1's MigrationVersion)."""

from __future__ import annotations

from pathlib import Path

import pytest

from zsgate.history.flyway import HistoryError, name_key, read_history, root_of


def test_versions_compare_as_numbers_and_trailing_zeros_do_not_count() -> None:
    names = ["V5.2.10__schema.sql", "V5.2.9__schema.sql", "V1.10__schema.sql", "V1.9__schema.sql", "V2_0_1__x.sql"]
    assert sorted(names, key=name_key) == [
        "V1.9__schema.sql",
        "V1.10__schema.sql",
        "V2_0_1__x.sql",
        "V5.2.9__schema.sql",
        "V5.2.10__schema.sql",
    ]
    assert name_key("V1.0__a.sql") == name_key("V1__b.sql") == (1,)
    assert name_key("beforeMigrate.sql") is None
    assert name_key("U5.5.28__schema.sql") is None


def test_a_conf_db_tree_is_one_history_with_callbacks_first(tmp_path: Path) -> None:
    upgrade = tmp_path / "upgrade"
    upgrade.mkdir()
    for path in (
        tmp_path / "V0.6__schema.sql",
        tmp_path / "V0.6__schema_buildin_httpserver.sql",  # a second V0.6: Flyway takes one file per version
        upgrade / "V1.10__schema.sql",
        upgrade / "V1.9__schema.sql",
        upgrade / "beforeMigrate.sql",
        upgrade / "beforeValidate.sql",
        upgrade / "notes.sql",
    ):
        path.write_text("SELECT 1;\n")
    assert root_of(upgrade / "V1.9__schema.sql") == tmp_path
    assert [path.relative_to(tmp_path).as_posix() for path in read_history(tmp_path).files] == [
        "upgrade/beforeValidate.sql",
        "upgrade/beforeMigrate.sql",
        "V0.6__schema.sql",
        "upgrade/V1.9__schema.sql",
        "upgrade/V1.10__schema.sql",
    ]


def test_a_folder_of_versioned_files_is_its_own_history(tmp_path: Path) -> None:
    (tmp_path / "V5.5.28__schema.sql").write_text("SELECT 1;\n")
    assert root_of(tmp_path / "V5.5.28__schema.sql") == tmp_path
    assert read_history(tmp_path).files == (tmp_path / "V5.5.28__schema.sql",)


def test_flyway_descends_into_subfolders_and_records_the_path_below_the_location(tmp_path: Path) -> None:
    """FileSystemScanner scans a location with its subfolders; SqlMigrationResolver's script is the path below it."""
    nested = tmp_path / "upgrade" / "5.5"
    nested.mkdir(parents=True)
    (tmp_path / "V0.6__schema.sql").write_text("SELECT 1;\n")
    (nested / "V5.5.28__schema.sql").write_text("SELECT 1;\n")
    (nested / "afterMigrate.sql").write_text("SELECT 1;\n")
    history = read_history(tmp_path)
    assert [migration.script for migration in history.migrations] == ["V0.6__schema.sql", "5.5/V5.5.28__schema.sql"]
    assert history.callbacks == {"afterMigrate": nested / "afterMigrate.sql"}
    assert root_of(nested / "V5.5.28__schema.sql") == tmp_path


@pytest.mark.parametrize(
    ("names", "refusal"),
    [
        (["V1.2_schema.sql"], "wrong migration name format"),  # MigrationInfoHelper: no `__`
        (["VERSION.sql"], "wrong migration name format"),
        (["beforeMigrate.sql", "sub/beforeMigrate.sql"], "more than one SQL callback script for beforeMigrate"),
    ],
)
def test_names_flyway_refuses_stop_the_history(tmp_path: Path, names: list[str], refusal: str) -> None:
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("SELECT 1;\n")
    with pytest.raises(HistoryError, match=refusal):
        read_history(tmp_path)


def test_names_flyway_does_not_scan_are_not_migrations(tmp_path: Path) -> None:
    for name in ("v1.2__lower.sql", "V1.3__upper.SQL", "V.sql", "notes.sql", "V1.4__kept.sql"):
        (tmp_path / name).write_text("SELECT 1;\n")
    assert [migration.script for migration in read_history(tmp_path).migrations] == ["V1.4__kept.sql"]
