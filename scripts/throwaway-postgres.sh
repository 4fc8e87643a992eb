# Sourced by test.sh and the benchmarks: starts a throwaway PostgreSQL cluster from Debian's packages in a temporary
# folder on a loopback port and removes it when the calling script exits. PostgreSQL refuses to run as root, so as
# root the cluster runs as the postgres user. Sets EGOV_PG_CONNECTION (no database name: callers create their own).
start_throwaway_postgres() {
  pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  pg_dir=$(mktemp -d /tmp/egov-pg.XXXXXX)
  pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
  as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pg_dir"
  trap stop_throwaway_postgres EXIT
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
  EGOV_PG_CONNECTION="Host=127.0.0.1;Port=$pg_port;Username=postgres;Pooling=true;Maximum Pool Size=200"
  echo "== PostgreSQL $(basename "$(dirname "$pg_bin")") on 127.0.0.1:$pg_port"
}

stop_throwaway_postgres() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
