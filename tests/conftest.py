"""Shared test fixtures: paths and the real servers tests may need."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "zstack" / "db"
SHARED_SCHEMAS = ROOT.parent / "shared" / "schemas"

# CI sets this: a missing server is then a failure, not a skip.
REQUIRE_SERVER = os.environ.get("ZSGATE_REQUIRE_SERVER") == "1"


def unavailable(reason: str) -> None:
    """Skip on a laptop without the thing; fail where CI requires it."""
    if REQUIRE_SERVER:
        pytest.fail(f"required by ZSGATE_REQUIRE_SERVER=1: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def corpus() -> Path:
    """ZStack's schema history from ../shared (absent in a user's clone)."""
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (it lives in ../shared beside the clone)")
    return CORPUS


@pytest.fixture(scope="session")
def mariadb_binaries() -> None:
    """The binaries the embedded `local` engine starts a throwaway server from."""
    for binary in ("mariadb-install-db", "mariadbd"):
        if shutil.which(binary) is None and not Path("/usr/sbin", binary).exists():
            unavailable(f"{binary} not found: apt-get install mariadb-server")


@pytest.fixture(scope="session")
def running_server_url() -> str:
    """The machine's own MariaDB (127.0.0.1:3306, root, empty password), for `dsn:` tests."""
    import pymysql

    url = os.environ.get("ZSGATE_TEST_DSN", "mysql+pymysql://root@127.0.0.1:3306/")
    try:
        pymysql.connect(host="127.0.0.1", port=3306, user="root", password="", connect_timeout=3).close()
    except pymysql.err.OperationalError as error:
        unavailable(f"no MariaDB at 127.0.0.1:3306 ({error.args[-1]})")
    return url
