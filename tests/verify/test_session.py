"""verify's session, on a real server: MySQL's default sql_mode on every family."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from zsgate import servers
from zsgate.checks.verify.run import SESSION
from zsgate.engines import open_server
from zsgate.engines.execute import connect

ER_WRONG_FIELD_WITH_GROUP = 1055


def test_the_session_is_mysqls_default_sql_mode_on_mariadb_too(mariadb_binaries: None) -> None:
    with open_server("local") as server, connect(server, SESSION) as connection:
        sql_mode = connection.exec_driver_sql("SELECT @@SESSION.sql_mode").scalar_one()
        assert frozenset(sql_mode.split(",")) == servers.target("mysql-8.0").sql_mode.names
        connection.exec_driver_sql("CREATE TABLE `t` (`a` INT, `b` INT)")
        with pytest.raises(OperationalError) as refused:  # as MySQL 8 refuses it: ONLY_FULL_GROUP_BY
            connection.exec_driver_sql("SELECT `a`, COUNT(*) FROM `t` GROUP BY `b`")
        assert refused.value.orig.args[0] == ER_WRONG_FIELD_WITH_GROUP
