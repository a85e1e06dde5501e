#!/usr/bin/env bash
# Build zsgate's server images from Debian packages only (no image registry needed), cached by recipe.
#
#   build.sh [NAME ...]      NAME is a file in recipes/ (default: all of them), e.g. mysql-9.7
#
# For each recipe: `debootstrap --variant=minbase SUITE`, `apt-get install PACKAGES` inside it, a `mysql`
# user and entrypoint.sh (the official images' contract), then `docker import` as REPOSITORY:TAG-HASH,
# HASH being that of the recipe, entrypoint.sh and this script. An image that exists is not built again;
# the root filesystem stays under $ZSGATE_CACHE/rootfs/NAME-HASH (the `local` engine can run its server).
# Prints `export ZSGATE_DOCKER_IMAGE_<NAME>=IMAGE` per recipe, which points zsgate's `--engine docker:NAME`
# at the image, and `export ZSGATE_ROOTFS_<NAME>=DIR`, its root filesystem (`--engine local:DIR/usr/sbin/mysqld`
# runs that server without Docker). Needs root and a Docker engine (see dockerd.sh).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
cache="${ZSGATE_CACHE:-/var/cache/zsgate}"
mirror="${ZSGATE_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

say() { echo "build.sh: $*" >&2; }

recipe_value() { # RECIPE KEY
    sed -n "s/^$2=//p" "$here/recipes/$1"
}

recipe_hash() { # RECIPE
    cat "$here/recipes/$1" "$here/entrypoint.sh" "$here/build.sh" | sha256sum | cut -c1-12
}

image_of() { # RECIPE
    echo "$(recipe_value "$1" repository):$(recipe_value "$1" tag)-$(recipe_hash "$1")"
}

variable_of() { # PREFIX RECIPE: ZSGATE_DOCKER_IMAGE mysql-9.7 -> ZSGATE_DOCKER_IMAGE_MYSQL_9_7
    echo "$1_$(echo "$2" | tr '[:lower:]' '[:upper:]' | tr -c '[:alnum:]\n' '_')"
}

build_rootfs() { # RECIPE DIR: debootstrap, packages, the mysql user, the entrypoint; slimmed
    local suite packages work="$2.partial"
    suite="$(recipe_value "$1" suite)"
    read -r -a packages <<<"$(recipe_value "$1" packages)"
    rm -rf "$work"
    mkdir -p "$cache/debootstrap"
    debootstrap --variant=minbase --cache-dir="$cache/debootstrap" "$suite" "$work" "$mirror"
    DEBIAN_FRONTEND=noninteractive chroot "$work" apt-get install -y -qq --no-install-recommends "${packages[@]}"
    chroot "$work" useradd --system --user-group --home-dir /nonexistent --shell /usr/sbin/nologin mysql
    chroot "$work" apt-get clean
    rm -rf "$work"/var/lib/apt/lists/* "$work"/usr/share/doc/* "$work"/usr/share/man/* "$work"/usr/share/locale/*
    install -m 0755 "$here/entrypoint.sh" "$work/usr/local/bin/docker-entrypoint.sh"
    mkdir "$work/docker-entrypoint-initdb.d" # as in the official images; testcontainers copies seeds into it
    mv "$work" "$2"
}

build() { # RECIPE: its root filesystem and the image made from it, each unless it exists
    local image rootfs
    image="$(image_of "$1")"
    rootfs="$cache/rootfs/$1-$(recipe_hash "$1")"
    if [ ! -d "$rootfs" ]; then
        say "building $1's root filesystem from Debian $(recipe_value "$1" suite) into $rootfs"
        build_rootfs "$1" "$rootfs"
    fi
    if docker image inspect "$image" >/dev/null 2>&1; then
        return
    fi
    say "importing $image"
    tar -C "$rootfs" -c . | docker import \
        -c 'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]' \
        -c 'EXPOSE 3306' \
        -c 'ENV LANG=C.UTF-8' \
        -c "LABEL org.zsgate.recipe=$1" \
        -m "zsgate recipe $1 ($(recipe_hash "$1"))" \
        - "$image" >/dev/null
    remove_stale "$1"
}

remove_stale() { # RECIPE: earlier builds of it, images and root filesystems
    local current="$cache/rootfs/$1-$(recipe_hash "$1")" dir image
    for dir in "$cache/rootfs/$1"-*; do
        [ "$dir" = "$current" ] || [ ! -d "$dir" ] || rm -rf "$dir"
    done
    docker image ls --filter "label=org.zsgate.recipe=$1" --format '{{.Repository}}:{{.Tag}}' |
        while read -r image; do
            [ "$image" = "$(image_of "$1")" ] || docker image rm "$image" >/dev/null
        done
}

main() {
    local recipes=("$@") name failed=0
    if [ ${#recipes[@]} -eq 0 ]; then
        mapfile -t recipes < <(ls "$here/recipes")
    fi
    for name in "${recipes[@]}"; do
        [ -f "$here/recipes/$name" ] || { say "no recipe $name in $here/recipes"; exit 2; }
    done
    if ! command -v debootstrap >/dev/null 2>&1; then
        say "installing Debian's debootstrap"
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >&2
    fi
    mkdir -p "$cache/rootfs" "$cache/logs"
    exec 9>"$cache/build.lock"
    flock 9 # one build at a time on a machine; a second caller then finds the images built
    for name in "${recipes[@]}"; do # in parallel: mostly downloads
        docker image inspect "$(image_of "$name")" >/dev/null 2>&1 && [ -d "$cache/rootfs/$name-$(recipe_hash "$name")" ] ||
            say "building $(image_of "$name") (log: $cache/logs/$name.log)"
        build "$name" >"$cache/logs/$name.log" 2>&1 &
    done
    for name in "${recipes[@]}"; do
        if ! wait -n; then
            failed=1
        fi
    done
    for name in "${recipes[@]}"; do
        if docker image inspect "$(image_of "$name")" >/dev/null 2>&1 && [ -d "$cache/rootfs/$name-$(recipe_hash "$name")" ]; then
            echo "export $(variable_of ZSGATE_DOCKER_IMAGE "$name")=$(image_of "$name")"
            echo "export $(variable_of ZSGATE_ROOTFS "$name")=$cache/rootfs/$name-$(recipe_hash "$name")"
        else
            say "could not build $name; the end of $cache/logs/$name.log:"
            tail -n 20 "$cache/logs/$name.log" >&2
            failed=1
        fi
    done
    exit "$failed"
}

main "$@"
