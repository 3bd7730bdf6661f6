#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests: no system service, a temporary folder, a free port.
#
#   eval "$(scripts/postgres.sh start)"   # prints: export CORDON_TEST_POSTGRES="Host=127.0.0.1;Port=...;Username=cordon;Database=postgres"
#   ...run tests...
#   scripts/postgres.sh stop
#
# Installs PostgreSQL with apt-get when no /usr/lib/postgresql/*/bin/initdb exists. PostgreSQL refuses to
# run as root, so as root the cluster belongs to, and runs as, user postgres. Only the export line goes to
# stdout (it is eval'd); everything else goes to stderr. The cluster's folder is kept in a state file
# (CORDON_PG_STATE, default /tmp/cordon-postgres.state) for `stop`.
set -euo pipefail

state_file="${CORDON_PG_STATE:-/tmp/cordon-postgres.state}"

log() { printf '%s\n' "postgres.sh: $*" >&2; }

find_bin() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            printf '%s\n' "$dir"
            return 0
        fi
    done
    return 1
}

as_owner() {
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

install_postgres() {
    if [[ "$(id -u)" != 0 ]]; then
        log "PostgreSQL is not installed and installing it needs root: apt-get install -y postgresql"
        exit 1
    fi
    log "installing PostgreSQL with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y postgresql >&2; then
        apt-get update >&2
        apt-get install -y postgresql >&2
    fi
}

free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 40000))
        # Nothing listening when the connection is refused.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            printf '%s\n' "$port"
            return 0
        fi
    done
    log "no free port found"
    return 1
}

stop_cluster() {
    [[ -f "$state_file" ]] || return 0
    local dir bin
    dir="$(sed -n 1p "$state_file")"
    bin="$(sed -n 2p "$state_file")"
    cd /
    if [[ -n "$dir" && -d "$dir/data" ]]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || log "pg_ctl stop failed; removing the folder anyway"
    fi
    if [[ -n "$dir" && "$dir" == */cordon-pg.* ]]; then
        rm -rf -- "$dir"
    fi
    rm -f -- "$state_file"
}

start() {
    local bin dir port
    if ! bin="$(find_bin)"; then
        install_postgres
        bin="$(find_bin)" || { log "PostgreSQL installed but no initdb under /usr/lib/postgresql/*/bin"; exit 1; }
    fi
    if [[ -f "$state_file" ]]; then
        log "stopping the cluster left by an earlier start"
        stop_cluster
    fi

    # As root the folder must be reachable by user postgres, which a private TMPDIR may not be.
    local tmp="${TMPDIR:-/tmp}"
    [[ "$(id -u)" == 0 ]] && tmp=/tmp
    dir="$(mktemp -d "$tmp/cordon-pg.XXXXXX")"
    chmod 755 "$dir"
    if [[ "$(id -u)" == 0 ]]; then
        id postgres >/dev/null 2>&1 || { log "user postgres is missing (install the postgresql package)"; exit 1; }
        chown postgres:postgres "$dir"
    fi
    printf '%s\n%s\n' "$dir" "$bin" >"$state_file"
    # The postgres user may not be allowed into the caller's working directory.
    cd "$dir"

    as_owner "$bin/initdb" -D "$dir/data" -A trust -U cordon -E UTF8 --no-sync >&2
    port="$(free_port)"
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" \
        -l "$dir/log" -w -t 60 start >&2; then
        cat "$dir/log" >&2 || true
        stop_cluster
        exit 1
    fi
    log "PostgreSQL ($("$bin/postgres" --version)) on 127.0.0.1:$port, data in $dir"
    printf 'export CORDON_TEST_POSTGRES="Host=127.0.0.1;Port=%s;Username=cordon;Database=postgres"\n' "$port"
}

case "${1:-}" in
    start) start ;;
    stop) stop_cluster ;;
    *)
        log "usage: $0 start|stop"
        exit 2
        ;;
esac
