"""zsgate/servers: every server's facts in one place, below everything else."""

from __future__ import annotations

import subprocess
import sys

import pytest

from zsgate import servers


def test_the_package_imports_nothing_else_of_zsgate() -> None:
    """Lint's pre-commit path and the command's entry point read it: the standard library only."""
    code = "import sys, zsgate.servers; print(' '.join(sorted(sys.modules)))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    outside = {name for name in loaded if name.startswith("zsgate.") and not name.startswith("zsgate.servers")}
    assert outside <= {"zsgate.sql", "zsgate.sql.backend"}  # zsgate/__init__.py picks sqlglot's build, lazily
    assert not {name.split(".")[0] for name in loaded} & {"sqlglot", "sqlalchemy", "click"}


@pytest.mark.parametrize(
    ("family", "version", "name"),
    [
        ("mysql", "9.7.4-2", "mysql-9.7"),
        ("mariadb", "10.11.19-MariaDB-0+deb12u1", "mariadb-10.11"),
        ("mariadb", "11.8.9-MariaDB-0+deb13u1 from Debian", "mariadb-11.8"),
    ],
)
def test_a_running_server_is_the_target_of_its_family_and_release(family: str, version: str, name: str) -> None:
    """The versions SELECT VERSION() gave on the servers the suite runs (MySQL 9.7.4, MariaDB 10.11.19 and 11.8.9)."""
    assert servers.target_of(family, version) == name
    assert servers.target(name).family is servers.family(family)


def test_every_fact_that_changes_by_release_says_where_it_comes_from() -> None:
    for target in servers.TARGETS:
        assert target.sql_mode.source, target.name
        assert target.online_ddl is None or target.online_ddl.source.startswith("https://"), target.name


def test_an_unknown_target_or_family_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"unknown target 'oracle-23'; choose one of mysql-8\.0, "):
        servers.target("oracle-23")
    with pytest.raises(ValueError, match="unknown server family 'oracle'"):
        servers.family("oracle")
