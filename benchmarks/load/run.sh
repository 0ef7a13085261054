#!/usr/bin/env bash
# Load test of the admin portal with wrk (Debian package), loopback only, 30 s of load in all.
#
# Starts the Release build of the portal on 127.0.0.1 with a fresh SQLite file seeded with the haiduong-2018 scenario
# (the whole of 2018, ~300 classes), signs a province admin in with curl (antiforgery token + cookie), then runs wrk
# for DURATION against each of: a static file of the portal (the baseline, same server, same run), the dashboard
# (Quý I/2018) and the report (year 2018). Prints p99 latency, requests/s and the throughput ratio to the baseline.
# Fails when any response is not 2xx or wrk reports socket errors.
#
# Usage: bash benchmarks/load/run.sh            (from anywhere in the repository)
#   PORT=5097 DURATION=10s THREADS=2 CONNECTIONS=4 bash benchmarks/load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-5097}
DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-4}
BASE="http://127.0.0.1:$PORT"
EMAIL="load.admin@test.vn"
PASSWORD="Load@2018-test"

if ! command -v wrk >/dev/null; then
    echo "wrk is missing; installing the Debian package" >&2
    apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

WORK=$(mktemp -d /tmp/portal-load.XXXXXX)
PORTAL_PID=""
cleanup() {
    if [[ -n "$PORTAL_PID" ]]; then kill "$PORTAL_PID" 2>/dev/null || true; wait "$PORTAL_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "Building the portal (Release)..."
dotnet build src/AdminPortal -c Release -nologo -v q >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }

# Development: the scenario is seeded only there; the bootstrap administrator is honoured in every environment.
echo "Starting the portal on $BASE with a fresh database (seeding haiduong-2018 takes a while)..."
(cd src/AdminPortal && ASPNETCORE_ENVIRONMENT=Development exec dotnet bin/Release/net10.0/AdminPortal.dll \
    --urls "$BASE" \
    --ConnectionStrings:Training="Data Source=$WORK/training.db" \
    --Database:Provider=Sqlite \
    --Seed:Scenario=haiduong-2018 \
    --Bootstrap:AdminEmail="$EMAIL" \
    --Bootstrap:AdminPassword="$PASSWORD" \
    --Logging:LogLevel:Default=Warning \
    --Logging:LogLevel:Microsoft.Hosting.Lifetime=Information) >"$WORK/portal.log" 2>&1 &
PORTAL_PID=$!

for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null "$BASE/Account/Login" 2>/dev/null; then break; fi
    if ! kill -0 "$PORTAL_PID" 2>/dev/null; then echo "The portal stopped:" >&2; cat "$WORK/portal.log" >&2; exit 1; fi
    sleep 1
done
curl -fsS -o /dev/null "$BASE/Account/Login" || { echo "The portal did not start in 10 minutes" >&2; tail -50 "$WORK/portal.log" >&2; exit 1; }

# Sign in: the login page's antiforgery token and cookie, then the form post; the answer is a redirect with td.auth.
JAR="$WORK/cookies.txt"
curl -fsS -c "$JAR" -b "$JAR" -o "$WORK/login.html" "$BASE/Account/Login"
TOKEN=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$WORK/login.html" | head -1 | sed 's/.*value="//; s/"$//' || true)
[[ -n "$TOKEN" ]] || { echo "No antiforgery token on the login page" >&2; exit 1; }
STATUS=$(curl -sS -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" \
    --data-urlencode "Data.Email=$EMAIL" --data-urlencode "Data.Password=$PASSWORD" --data-urlencode "__RequestVerificationToken=$TOKEN" \
    "$BASE/Account/Login")
AUTH=$(awk '$6 == "td.auth" { print $7 }' "$JAR")
[[ "$STATUS" == "302" && -n "$AUTH" ]] || { echo "Sign-in failed (HTTP $STATUS)" >&2; exit 1; }
COOKIE="td.auth=$AUTH"

STATIC="/css/site.css"
DASHBOARD="/Dashboard?kind=Quarter&year=2018&quarter=1&policy=Calendar"
REPORT="/Reports?kind=Year&year=2018&policy=Calendar"

# Each page once before the load: 200 with the figures a user expects, not a redirect to the login page.
# (Read into a file first: grep -q closing the pipe early would fail curl under pipefail.)
curl -fsS -H "Cookie: $COOKIE" -o "$WORK/dashboard.html" "$BASE$DASHBOARD"
grep -q 'id="tile-classes"' "$WORK/dashboard.html" || { echo "The dashboard did not render for the signed-in admin" >&2; exit 1; }
curl -fsS -H "Cookie: $COOKIE" -o "$WORK/report.html" "$BASE$REPORT"
grep -q 'id="total-classes"' "$WORK/report.html" || { echo "The report did not render for the signed-in admin" >&2; exit 1; }

# wrk counts only 4xx/5xx as errors; this script also counts 3xx (a lost sign-in redirects), summed over the threads.
cat >"$WORK/status.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) bad = 0 end
function response(status, headers, body) if status < 200 or status > 299 then bad = bad + 1 end end
function done(summary, latency, requests)
    local total = 0
    for _, t in ipairs(threads) do total = total + t:get("bad") end
    io.write(string.format("NON2XX %d\n", total))
end
LUA

declare -A RPS P99 REQS
FAILED=0
run() {
    local name=$1 path=$2 out="$WORK/$1.txt"
    echo "wrk $name: $path ($DURATION, $THREADS threads, $CONNECTIONS connections)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$WORK/status.lua" -H "Cookie: $COOKIE" "$BASE$path" >"$out"
    RPS[$name]=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
    P99[$name]=$(awk '$1 == "99%" { print $2 }' "$out")
    local bad socket count
    bad=$(awk '/^NON2XX/ { print $2 }' "$out")
    count=$(awk '/requests in/ { print $1 }' "$out")
    REQS[$name]=$count
    if [[ "${count:-0}" == "0" ]]; then
        echo "  no request completed in $DURATION (each took longer than the run)" >&2
        FAILED=1
    fi
    socket=$(grep -c "Socket errors" "$out" || true)
    if [[ "$bad" != "0" || "$socket" != "0" ]] || grep -q "Non-2xx" "$out"; then
        echo "  errors: $bad non-2xx responses; $(grep 'Socket errors' "$out" || echo 'no socket errors')" >&2
        FAILED=1
    fi
}

run static "$STATIC"
run dashboard "$DASHBOARD"
run report "$REPORT"

echo
echo "| Target | URL | Requests | p99 latency | Requests/s | Throughput ratio to static |"
echo "|---|---|---:|---:|---:|---:|"
for name in static dashboard report; do
    case $name in static) path=$STATIC ;; dashboard) path=$DASHBOARD ;; report) path=$REPORT ;; esac
    ratio=$(awk -v a="${RPS[$name]}" -v b="${RPS[static]}" 'BEGIN { printf "%.4f", (b > 0 ? a / b : 0) }')
    echo "| $name | \`$path\` | ${REQS[$name]} | ${P99[$name]} | ${RPS[$name]} | $ratio |"
done
echo
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end of the run."

if [[ "$FAILED" != "0" ]]; then
    echo "FAILED: some responses were not 2xx or had socket errors (see above)." >&2
    exit 1
fi
