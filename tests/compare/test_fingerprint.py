"""A watched schema's fingerprint, read again only where a table changed, is the fingerprint read whole."""

from __future__ import annotations

import pytest

from tests.conftest import LOCAL_MARIADB_11_8, LOCAL_MYSQL, engine_id, require_engine
from zsgate.compare.fingerprint import Watch, fingerprint
from zsgate.engines import open_server
from zsgate.engines.execute import connect

TABLES = (
    "CREATE TABLE Parent (uuid VARCHAR(32) NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL) DEFAULT CHARSET=utf8mb4",
    "CREATE TABLE Child (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, parentUuid VARCHAR(32),"
    " note TEXT, CONSTRAINT fkChildParent FOREIGN KEY (parentUuid) REFERENCES Parent (uuid) ON DELETE CASCADE)"
    " DEFAULT CHARSET=utf8mb4",
    "CREATE TABLE Other (a INT) DEFAULT CHARSET=latin1",
)
CHANGES = (
    "ALTER TABLE Parent MODIFY name VARCHAR(300) NOT NULL",
    "ALTER TABLE Parent MODIFY name VARCHAR(300) NULL",
    "ALTER TABLE Parent ADD COLUMN createDate TIMESTAMP NULL DEFAULT NULL",
    "ALTER TABLE Parent ALTER COLUMN createDate SET DEFAULT '2024-05-01 12:00:00'",
    "CREATE INDEX idxParentName ON Parent (name(10))",
    "ALTER TABLE Parent DROP INDEX idxParentName, ADD UNIQUE INDEX idxParentName (name(20), uuid)",
    "ALTER TABLE Child DROP FOREIGN KEY fkChildParent",
    "ALTER TABLE Child ADD CONSTRAINT fkChildParent FOREIGN KEY (parentUuid) REFERENCES Parent (uuid)"
    " ON DELETE SET NULL",
    "ALTER TABLE Other ENGINE=MyISAM",
    "ALTER TABLE Other CONVERT TO CHARACTER SET utf8mb4",
    "ALTER TABLE Child MODIFY note TEXT CHARACTER SET latin1",
    "CREATE TABLE other (b INT)",  # told apart from Other by case
    "CREATE VIEW ParentView AS SELECT uuid FROM Parent",  # not a table
    "DROP TABLE Other",
)


@pytest.mark.parametrize("spec", ["local", LOCAL_MYSQL, LOCAL_MARIADB_11_8], ids=engine_id)
def test_the_watched_fingerprint_after_each_change_is_the_whole_one(spec: str) -> None:
    require_engine(spec)
    with open_server(spec) as server, connect(server, "SET SESSION foreign_key_checks = 0") as connection:
        for statement in TABLES:
            connection.exec_driver_sql(statement)
        watch = Watch(connection)
        assert watch.now() == watch.first == fingerprint(connection)
        for statement in CHANGES:
            connection.exec_driver_sql(statement)
            assert watch.now() == fingerprint(connection), statement
        now = watch.now()
        assert "Other" not in now and "ParentView" not in now and "other" in now
        assert now["Parent"]["columns"]["name"]["type"] == "varchar(300)"
        assert now["Child"]["foreign_keys"]["fkChildParent"]["on_delete"] == "SET NULL"
