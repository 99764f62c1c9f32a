#!/usr/bin/env bash
# A PostgreSQL server of your own for detente, from the Debian/Ubuntu package (apt-get install -y postgresql):
# `start DIR [PORT]` creates a cluster in DIR (owned by the postgres user when run as root, since the server refuses
# to run as root) on first use and starts it, listening on 127.0.0.1:PORT only (trust auth: loopback only), and
# prints the URL to give detente; `stop DIR` stops it. With DETENTE_PG_THROWAWAY=1 (CI) it does not fsync: fast,
# and fine for a cluster that is deleted afterwards, not for data you keep.
set -euo pipefail
cmd=${1:-} dir=${2:-} port=${3:-5433}
[ -n "$dir" ] || { echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2; }
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bindir" ] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install -y postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case $cmd in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
      chown postgres "$dir"
      runuser -u postgres -- test -w "$dir" || {
        echo "$dir: the postgres user cannot reach this folder (run as your own user, or use e.g. /var/lib/detente-pg)" >&2; exit 1; }
    fi
    if [ ! -d "$dir/data" ]; then
      as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --no-instructions >/dev/null
    fi
    extra=""
    if [ "${DETENTE_PG_THROWAWAY:-}" = 1 ]; then extra="-c fsync=off -c full_page_writes=off"; fi
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir $extra" start >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
