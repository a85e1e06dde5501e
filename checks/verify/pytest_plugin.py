"""pytest plugin: an upgraded, verified, throwaway ZStack database for other test suites.

    def test_my_dao(zstack_database):          # a sqlalchemy URL with database `zstack`
        engine = sqlalchemy.create_engine(zstack_database)

The server comes from ``--zsgate-engine`` or else ``ZSGATE_ENGINE`` (default ``local``) and lives for the test
session. When no engine was chosen and ``local`` cannot run here, the tests using it skip, unless
``ZSGATE_REQUIRE_SERVER=1`` makes that a failure; a chosen engine that gives no server fails them, with the reason.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from zsgate.engines.spec import ENGINE_ENV

if TYPE_CHECKING:
    from sqlalchemy.engine import URL


CHOSEN_ENGINE = pytest.StashKey["EngineSpec | None"]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("zsgate")
    group.addoption(
        "--zsgate-engine",
        metavar="SPEC",
        help="engine for the zstack_database fixture (default: $ZSGATE_ENGINE, else local)",
    )
    group.addoption("--zsgate-release", default=None, help="release to upgrade to (default: the newest)")
    group.addoption(
        "--zsgate-models",
        metavar="MODULE_OR_FILE",
        default=None,
        help="models whose release the database is upgraded to (default: zsgate.schema, ZStack's)",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Parse the chosen engine once, into a value that never shows its password; a bad one is a usage error."""
    source, text = "--zsgate-engine", config.getoption("--zsgate-engine")
    if text is None:
        source, text = ENGINE_ENV, os.environ.get(ENGINE_ENV)
    if text is None:
        config.stash[CHOSEN_ENGINE] = None
        return
    from zsgate.engines import EngineSpec

    try:
        config.stash[CHOSEN_ENGINE] = EngineSpec.parse(text)
    except ValueError as error:
        raise pytest.UsageError(f"{source}: {error}") from None


@pytest.fixture(scope="session")
def zstack_database(request: pytest.FixtureRequest) -> Iterator[URL]:
    """The URL of a ``zstack`` database upgraded to the release and verified, as an account with ALL
    PRIVILEGES on it only (as ZStack's own); fails the test if the upgrade does not verify."""
    from zsgate.checks.verify.run import default_plan, verified
    from zsgate.engines import DEFAULT_SPEC, EngineError, EngineSpec
    from zsgate.schema.loading import ModelsError, load_metadata

    chosen = request.config.stash[CHOSEN_ENGINE]
    engine = chosen or EngineSpec.parse(DEFAULT_SPEC)
    models = request.config.getoption("--zsgate-models")
    try:
        metadata = load_metadata(models) if models else None
    except ModelsError as error:
        pytest.fail(f"--zsgate-models: {error}", pytrace=False)
    plan = default_plan(request.config.getoption("--zsgate-release"), metadata=metadata)
    try:
        with verified(engine, plan) as (report, server):
            if not report.ok:
                problems = [f"{c.name}: {p}" for c in report.checks for p in c.problems]
                pytest.fail("zsgate verify failed:\n" + "\n".join(problems), pytrace=False)
            yield server.zstack_url
    except EngineError as error:
        if chosen is not None or os.environ.get("ZSGATE_REQUIRE_SERVER") == "1":
            pytest.fail(f"no server for zstack_database: {error}", pytrace=False)
        pytest.skip(f"no server for zstack_database: {error}")
