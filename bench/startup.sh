#!/usr/bin/env bash
# Measures the time from process start to the first page served and the memory after start,
# for a Release build on the embedded default (SQLite) with demo data, on a fresh data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/EGov.Web -c Release -v quiet -nologo >/dev/null
data=$(mktemp -d /tmp/egov-startup.XXXXXX)
port=${PORT:-5077}
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT

measure() {
  local label=$1
  local start=$(date +%s.%N)
  dotnet src/EGov.Web/bin/Release/net10.0/EGov.Web.dll --demo --Urls=http://127.0.0.1:$port \
    --Storage:DataRoot="$data" --Keys:MasterKeyFile="$data/keys/master.key" >"$data/log-$label.txt" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.05; done
  local end=$(date +%s.%N)
  sleep 2
  local rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  printf '%-28s first page after %.2f s, RSS %d MiB\n' "$label" "$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')" $((rss / 1024))
  kill $pid; wait $pid 2>/dev/null || true
}

measure "first start (empty data)"
measure "second start (data exists)"
