#!/usr/bin/env bash
# Page benchmark of issue 3: the anonymous article page and the home page of the platform against a baseline in the
# same run (a bare ASP.NET Core endpoint reading the same article rows from the same database and writing a page of the
# same size), with 256 concurrent connections, on SQLite and on PostgreSQL. Needs wrk (installed from Debian if missing).
# Usage: bench/pages.sh [seconds per measurement, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
. scripts/throwaway-postgres.sh
start_throwaway_postgres
dotnet build src/EGov.Web -c Release -v quiet -nologo >/dev/null
dotnet build bench/EGov.Bench -c Release -v quiet -nologo >/dev/null
web=src/EGov.Web/bin/Release/net10.0/EGov.Web.dll
bench=bench/EGov.Bench/bin/Release/net10.0/EGov.Bench.dll
export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning DOTNET_gcServer=1
pids=()
stop_servers() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; pids=(); }
trap 'stop_servers; stop_throwaway_postgres' EXIT

# wrk's requests per second, p50 and p99 latency in ms, and the count of non-2xx answers, as one line.
measure() {
  local url=$1
  wrk -t2 -c256 -d5s "$url" >/dev/null
  wrk -t2 -c256 -d"${seconds}s" --latency "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 } / 50%/ { p50=ms($2) } / 99%/ { p99=ms($2) } /Non-2xx/ { bad=$NF }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }'
}

report() {
  local label=$1 base=$2 mine=$3
  read -r brps bp50 bp99 bbad <<<"$base"
  read -r rps p50 p99 bad <<<"$mine"
  printf '| %-26s | %8s | %8s | %7s ms | %7s ms | %7s ms | %7s ms | %5s%% | %s |\n' "$label" "$brps" "$rps" "$bp50" "$p50" "$bp99" "$p99" \
    "$(awk -v a="$rps" -v b="$brps" 'BEGIN{printf "%.0f", 100*a/b}')" "$((bbad + bad))"
}

echo
echo "| 页面 | 基线 RPS | 平台 RPS | 基线 p50 | 平台 p50 | 基线 p99 | 平台 p99 | 平台/基线 | 非2xx |"
echo "|---|---|---|---|---|---|---|---|---|"
for provider in Sqlite Postgres; do
  data=$(mktemp -d /tmp/egov-bench.XXXXXX)
  if [ $provider = Sqlite ]; then
    connection="Data Source=$data/egov.db"; adonet="$connection"; kind=sqlite
  else
    as_pg "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE egov_bench" >/dev/null
    connection="$EGOV_PG_CONNECTION;Database=egov_bench"; adonet="$connection"; kind=postgres
  fi
  dotnet "$web" --demo --Urls=http://127.0.0.1:5080 --Database:Provider=$provider --Database:ConnectionString="$connection" \
    --Storage:DataRoot="$data" --Keys:MasterKeyFile="$data/keys/master.key" >"$data/web.log" 2>&1 &
  pids+=($!)
  dotnet "$bench" pages-baseline --provider $kind --connection "$adonet" --urls http://127.0.0.1:5081 >"$data/baseline.log" 2>&1 &
  pids+=($!)
  until curl -fs -o /dev/null http://127.0.0.1:5080/; do sleep 0.2; done
  until curl -fs -o /dev/null http://127.0.0.1:5081/pick; do sleep 0.2; done
  read -r article site <<<"$(curl -fs http://127.0.0.1:5081/pick)"
  article_size=$(curl -fs "http://127.0.0.1:5080/articles/$article" | wc -c)
  home_size=$(curl -fs http://127.0.0.1:5080/ | wc -c)
  report "$provider 稿件页 (${article_size} B)" "$(measure "http://127.0.0.1:5081/articles/$article?size=$article_size")" "$(measure "http://127.0.0.1:5080/articles/$article")"
  report "$provider 首页 (${home_size} B)" "$(measure "http://127.0.0.1:5081/home?site=$site&size=$home_size")" "$(measure "http://127.0.0.1:5080/")"
  stop_servers
  rm -rf "$data"
done
