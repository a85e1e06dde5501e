"""A docker run's container goes when the run does, however it ends (SIGKILL and the OOM killer included).

`watching(name)` starts a small watcher process beside zsgate, in a session of its own (a Ctrl-C, or a kill
of zsgate's process group, does not reach it), whose stdin is a pipe only zsgate holds. The kernel closes
zsgate's end when zsgate's process ends, however it ends. At the end of the pipe the watcher removes the
container by name, unless zsgate said first that it is done (it then removed the container itself). A
watcher killed too leaves the container to the next run (``docker._reclaim_leftovers``).

    python -m zsgate.engines.container_watch NAME
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
from collections.abc import Iterator

DONE = b"done"
"""What zsgate writes before closing the pipe when it removed the container itself."""
ATTEMPTS = 5
"""Tries to find the container (zsgate may have died while Docker was still creating it), a second apart."""


@contextlib.contextmanager
def watching(name: str) -> Iterator[None]:
    """The container named ``name`` is removed when this process ends before leaving the block."""
    watcher = subprocess.Popen(
        [sys.executable, "-m", __name__, name],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        yield
    finally:
        with contextlib.suppress(OSError):  # a watcher gone already (killed) needs no word
            watcher.stdin.write(DONE)
            watcher.stdin.close()
        watcher.wait()


def remove_when_owner_is_gone(name: str) -> None:
    """Wait for the end of stdin; remove the container unless its owner said it is done."""
    if sys.stdin.buffer.read() == DONE:
        return
    from docker.errors import DockerException, NotFound
    from requests.exceptions import ConnectionError as DockerUnreachable
    from testcontainers.core.docker_client import DockerClient

    try:
        client = DockerClient().client  # the engine zsgate's testcontainers found
    except (DockerException, DockerUnreachable):
        return
    for _ in range(ATTEMPTS):
        try:
            client.containers.get(name).remove(force=True, v=True)
        except NotFound:
            time.sleep(1.0)
        except (DockerException, DockerUnreachable):
            return
        else:
            return


if __name__ == "__main__":
    remove_when_owner_is_gone(sys.argv[1])
