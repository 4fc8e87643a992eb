#!/usr/bin/env bash
# Runs every test of the platform: unit, integration (SQLite and PostgreSQL) and browser tests.
# Provisions what it needs: Debian's postgresql, chromium, CJK fonts (screen and PDF), openssl and poppler-utils (SM2 and
# rendering checks of sealed PDFs) when missing, and a throwaway
# PostgreSQL cluster in a temporary folder on a loopback port, removed afterwards.
set -euo pipefail
cd "$(dirname "$0")"

# The build needs none of the packages below: it runs while they are installed.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
build_log=$(mktemp /tmp/egov-build.XXXXXX)
dotnet build EGov.slnx -c Release -v quiet -nologo >"$build_log" 2>&1 &
build_pid=$!
wait_for_build() {
  local build_status=0
  wait "$build_pid" || build_status=$?
  cat "$build_log"; rm -f "$build_log"
  [ "$build_status" -eq 0 ] || { echo "== build failed"; exit "$build_status"; }
}

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -ci "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -ci "AR PL SungtiL GB" >/dev/null || need+=(fonts-arphic-gbsn00lp)
fc-list 2>/dev/null | grep -ci "cwTeXFangSong" >/dev/null || need+=(fonts-cwtex-fs)
fc-list 2>/dev/null | grep -ci "AR PL KaitiM GB" >/dev/null || need+=(fonts-arphic-gkai00mp)
fc-list 2>/dev/null | grep -ci "WenQuanYi Zen Hei" >/dev/null || need+=(fonts-wqy-zenhei)
command -v python3 >/dev/null 2>&1 || need+=(python3-minimal)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Throwaway PostgreSQL cluster, removed at exit.
. scripts/throwaway-postgres.sh
start_throwaway_postgres
export EGOV_TEST_POSTGRES="$EGOV_PG_CONNECTION"

results=$(mktemp -d /tmp/egov-test-results.XXXXXX)
echo "== build (finished below)"
wait_for_build

status=0
for project in tests/EGov.UnitTests tests/EGov.IntegrationTests tests/EGov.BrowserTests; do
  name=$(basename "$project")
  echo "== $name"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

# One closing line for the whole run, summed over the suites.
python3 - "$results" <<'PY' || status=1
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
total = {"passed": 0, "failed": 0, "skipped": 0}
for path in sorted(glob.glob(sys.argv[1] + "/*.trx")):
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns).attrib
    passed, failed = int(c["passed"]), int(c["failed"]) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    skipped = int(c["total"]) - passed - failed
    print(f"   {path.rsplit('/', 1)[1][:-4]}: {passed} passed, {failed} failed, {skipped} skipped")
    total["passed"] += passed; total["failed"] += failed; total["skipped"] += skipped
print(f"{total['passed']} passed, {total['failed']} failed, {total['skipped']} skipped")
sys.exit(1 if total["failed"] or total["passed"] == 0 else 0)
PY
rm -rf "$results"
exit $status
