#!/usr/bin/env bash
# Run a command (`make test` runs the test suite) with zsgate's Docker engines ready:
#   1. a Docker engine: the one that answers, or a private dockerd (dockerd.sh; needs root);
#   2. the MySQL 9.7, MariaDB 10.11 and MariaDB 11.8 images built from Debian packages (build.sh; cached by recipe);
#   3. DOCKER_HOST, TESTCONTAINERS_RYUK_DISABLED and ZSGATE_DOCKER_IMAGE_* exported for the command.
# Where that cannot be done (no root, no network), it says so and runs the command anyway: the docker tests
# then skip, or fail under ZSGATE_REQUIRE_SERVER=1. A dockerd it started is stopped when the command ends.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
say() { echo "with-docker.sh: $*" >&2; }

stop_ours() {
    if [ "${ZSGATE_DOCKERD_STARTED:-0}" = 1 ]; then
        "$here/dockerd.sh" stop
    fi
}
trap stop_ours EXIT

if engine="$("$here/dockerd.sh" start)"; then
    eval "$engine"
    if images="$("$here/build.sh")"; then
        eval "$images"
    else
        say "the images were not built; the docker tests cannot run"
    fi
else
    say "no Docker engine; the docker tests cannot run"
fi

"$@"
