"""pytest plugin: an upgraded, verified, throwaway ZStack database for other test suites.

    def test_my_dao(zstack_database):          # a sqlalchemy URL with database `zstack`
        engine = sqlalchemy.create_engine(zstack_database)

The server comes from ``--zsgate-engine`` (default ``local``) and lives for the test session. Without a
server the tests using it skip, unless ``ZSGATE_REQUIRE_SERVER=1`` makes that a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from sqlalchemy.engine import URL


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("zsgate")
    group.addoption("--zsgate-engine", default="local", help="engine for the zstack_database fixture (default: local)")
    group.addoption("--zsgate-release", default=None, help="release to upgrade to (default: the newest)")


@pytest.fixture(scope="session")
def zstack_database(request: pytest.FixtureRequest) -> Iterator[URL]:
    """The URL of a ``zstack`` database upgraded to the release and verified; fails the test if it is not."""
    from zsgate.checks.verify.run import default_plan, verified

    from zsgate.engines import SCHEMA, EngineError

    plan = default_plan(request.config.getoption("--zsgate-release"))
    try:
        with verified(request.config.getoption("--zsgate-engine"), plan) as (report, server):
            if not report.ok:
                problems = [f"{c.name}: {p}" for c in report.checks for p in c.problems]
                pytest.fail("zsgate verify failed:\n" + "\n".join(problems), pytrace=False)
            yield server.url.set(database=SCHEMA)
    except EngineError as error:
        if os.environ.get("ZSGATE_REQUIRE_SERVER") == "1":
            pytest.fail(f"no server for zstack_database: {error}", pytrace=False)
        pytest.skip(f"no server for zstack_database: {error}")
