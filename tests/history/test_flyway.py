"""Which files make a Flyway history, and their order (Flyway 3.2.1's MigrationVersion)."""

from __future__ import annotations

from pathlib import Path

from zsgate.history.flyway import name_key, read_history, root_of


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
