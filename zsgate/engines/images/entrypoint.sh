#!/bin/sh
# ENTRYPOINT of the images zsgate builds from Debian packages (build.sh). It keeps the official
# mysql/mariadb images' contract, so the same code runs these and `mysql:*` / `mariadb:*`:
#   - arguments that start with `-` are options for the server (mysqld or mariadbd, whichever is installed);
#   - on an empty datadir: initialize it, start a temporary server without networking, set root's password
#     (MYSQL_ROOT_PASSWORD, or MYSQL_ALLOW_EMPTY_PASSWORD=yes), create MYSQL_DATABASE and MYSQL_USER /
#     MYSQL_PASSWORD, run /docker-entrypoint-initdb.d/*.sql and *.sh, stop it, then run the real server.
#     Both servers log "ready for connections", so waiting for it twice waits for the real one.
# The MARIADB_* spellings of these variables work too. Time zone tables are not loaded.
set -eu

datadir=/var/lib/mysql
socket=/run/mysqld/mysqld.sock

note() { echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) [Note] [Entrypoint]: $*" >&2; }
fail() {
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) [ERROR] [Entrypoint]: $*" >&2
    exit 1
}

if command -v mariadbd >/dev/null 2>&1; then
    server=mariadbd
    client=mariadb
else
    server=mysqld
    client=mysql
fi

if [ "$#" -eq 0 ] || [ "${1#-}" != "$1" ]; then
    set -- "$server" "$@"
fi
if [ "$1" != "$server" ] && [ "$1" != mysqld ]; then
    exec "$@" # any other command, as the official images do
fi
shift
set -- "$server" --user=mysql --datadir="$datadir" --socket="$socket" "$@"

root_password="${MARIADB_ROOT_PASSWORD:-${MYSQL_ROOT_PASSWORD:-}}"
allow_empty="${MARIADB_ALLOW_EMPTY_ROOT_PASSWORD:-${MYSQL_ALLOW_EMPTY_PASSWORD:-}}"
database="${MARIADB_DATABASE:-${MYSQL_DATABASE:-}}"
user="${MARIADB_USER:-${MYSQL_USER:-}}"
password="${MARIADB_PASSWORD:-${MYSQL_PASSWORD:-}}"

sql_string() { # $1 as a single-quoted SQL string literal
    printf "'%s'" "$(printf '%s' "$1" | sed -e "s/\\\\/\\\\\\\\/g" -e "s/'/\\\\'/g")"
}

setup_sql() {
    echo "SET SESSION sql_log_bin = 0;"
    if [ -n "$root_password" ]; then
        pw="$(sql_string "$root_password")"
        echo "ALTER USER 'root'@'localhost' IDENTIFIED BY $pw;"
        echo "CREATE USER 'root'@'%' IDENTIFIED BY $pw;"
    else
        echo "CREATE USER 'root'@'%';"
    fi
    echo "GRANT ALL ON *.* TO 'root'@'%' WITH GRANT OPTION;"
    if [ -n "$database" ]; then
        echo "CREATE DATABASE IF NOT EXISTS \`$database\`;"
    fi
    if [ -n "$user" ] && [ "$user" != root ]; then
        echo "CREATE USER '$user'@'%' IDENTIFIED BY $(sql_string "$password");"
        [ -z "$database" ] || echo "GRANT ALL ON \`$database\`.* TO '$user'@'%';"
    fi
}

initialize() {
    if [ -z "$root_password" ] && [ "$allow_empty" != yes ] && [ "$allow_empty" != 1 ]; then
        fail "the database is uninitialized and no root password is set: set MYSQL_ROOT_PASSWORD (or MYSQL_ALLOW_EMPTY_PASSWORD=yes)"
    fi
    note "initializing the datadir with $server"
    mkdir -p "$datadir" "$(dirname "$socket")" /var/lib/mysql-files
    chown mysql:mysql "$datadir" "$(dirname "$socket")" /var/lib/mysql-files
    if [ "$server" = mariadbd ]; then
        mariadb-install-db --user=mysql --datadir="$datadir" --auth-root-authentication-method=normal \
            --skip-test-db --skip-name-resolve >/dev/null
    else
        "$@" --initialize-insecure
    fi

    note "starting a temporary server for setup"
    "$@" --skip-networking &
    temporary=$!
    for _ in $(seq 120); do
        if "$client" --protocol=socket --socket="$socket" -uroot -e "SELECT 1" >/dev/null 2>&1; then
            break
        fi
        kill -0 "$temporary" 2>/dev/null || fail "the temporary server exited during setup"
        sleep 0.5
    done
    setup_sql | "$client" --protocol=socket --socket="$socket" -uroot
    for script in /docker-entrypoint-initdb.d/*; do
        case "$script" in
        *.sql)
            note "running $script"
            MYSQL_PWD="$root_password" "$client" --protocol=socket --socket="$socket" -uroot ${database:+"$database"} <"$script"
            ;;
        *.sh)
            note "running $script"
            . "$script"
            ;;
        esac
    done
    note "stopping the temporary server"
    kill -TERM "$temporary"
    wait "$temporary" || true
    note "setup done; ready for start up"
}

if [ ! -d "$datadir/mysql" ]; then
    initialize "$@"
fi
exec "$@"
