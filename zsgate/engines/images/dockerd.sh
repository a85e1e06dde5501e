#!/usr/bin/env bash
# A private Docker engine for zsgate's tests and CI, started only when no Docker engine answers.
#
#   dockerd.sh start   use the engine that answers, or start a private one (installing Debian's docker.io
#                      first if dockerd is missing); prints `export ...` lines for eval
#   dockerd.sh stop    stop the private engine, if it runs
#   dockerd.sh status  say which engine answers, exit 1 if none
#
# The private engine keeps everything under $ZSGATE_DOCKER_HOME (default /var/cache/zsgate/docker):
# --data-root (images, containers), --exec-root, --pidfile, its log and its unix socket. It needs root.
# testcontainers reaches it through DOCKER_HOST; Ryuk is off (no registry here to pull its image from,
# and zsgate removes its own containers).
set -euo pipefail

home="${ZSGATE_DOCKER_HOME:-/var/cache/zsgate/docker}"
socket="unix://$home/docker.sock"
pidfile="$home/dockerd.pid"
log="$home/dockerd.log"
ready_seconds=30

say() { echo "dockerd.sh: $*" >&2; }

answers() { # HOST: does a Docker engine answer there?
    DOCKER_HOST="$1" timeout 10 docker version --format '{{.Server.Version}}' >/dev/null 2>&1
}

print_exports() { # HOST STARTED
    echo "export DOCKER_HOST=$1"
    echo "export TESTCONTAINERS_RYUK_DISABLED=true"
    echo "export ZSGATE_DOCKERD_STARTED=$2"
}

install_docker() {
    command -v dockerd >/dev/null 2>&1 && command -v docker >/dev/null 2>&1 && return
    say "no dockerd here; installing Debian's docker.io"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends docker.io >&2
}

start() {
    local current="${DOCKER_HOST:-unix:///var/run/docker.sock}"
    if answers "$current"; then
        print_exports "$current" 0
        return
    fi
    if [ "$(id -u)" != 0 ]; then
        say "no Docker engine answers at $current, and starting a private one needs root"
        return 1
    fi
    mkdir -p "$home"
    exec 9>"$home/start.lock"
    flock 9 # a second caller waits here, then finds the engine the first one started
    if answers "$socket"; then
        print_exports "$socket" 0
        return
    fi
    install_docker
    say "starting a private dockerd (log: $log)"
    setsid dockerd \
        --data-root "$home/data" \
        --exec-root "$home/exec" \
        --pidfile "$pidfile" \
        -H "$socket" \
        >"$log" 2>&1 9>&- </dev/null &
    local waited=0
    until answers "$socket"; do
        if [ "$waited" -ge "$ready_seconds" ] || ! kill -0 $! 2>/dev/null; then
            say "dockerd did not answer within ${ready_seconds}s; the end of $log:"
            tail -n 20 "$log" >&2
            return 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
    print_exports "$socket" 1
}

stop() {
    [ -s "$pidfile" ] || return 0
    local pid
    pid="$(cat "$pidfile")"
    kill -0 "$pid" 2>/dev/null || return 0
    say "stopping the private dockerd (pid $pid)"
    kill -TERM "$pid"
    for _ in $(seq 30); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 1
    done
    say "dockerd (pid $pid) still runs after 30s"
    return 1
}

status() {
    local host
    for host in "${DOCKER_HOST:-unix:///var/run/docker.sock}" "$socket"; do
        if answers "$host"; then
            echo "a Docker engine answers at $host"
            return 0
        fi
    done
    echo "no Docker engine answers"
    return 1
}

case "${1:-}" in
start | stop | status) "$1" ;;
*)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
