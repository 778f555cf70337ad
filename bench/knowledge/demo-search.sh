#!/usr/bin/env bash
# The search page on the demo data beside the static CSS file (issue 17: search page >= 0.2 of the static
# file's throughput). Starts the jar with its demo data in a fresh data directory, page cache off (every query
# is searched and rendered), warms up for 60 s with the mixed queries of search.lua, then measures the search
# page and the static CSS with wrk -t2 -c16 for 20 s each.
# Usage: bench/knowledge/demo-search.sh        (after ./mvnw -DskipTests package; PORT, PG_PORT, XMX)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8094}
PG=${PG_PORT:-54334}
XMX=${XMX:-1g}
JAR=$(ls target/lccp-*.jar | grep -v original | head -1)
BASE="http://localhost:$PORT"
DATA=$(mktemp -d /tmp/lccp-demo-search.XXXX)
APP=""
cleanup() {
  if [[ -n "$APP" ]]; then kill "$APP" 2> /dev/null || true; wait "$APP" 2> /dev/null || true; fi
  rm -rf "$DATA"
}
trap cleanup EXIT
echo "# search page on the demo data, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx$XMX -jar "$JAR" --server.port=$PORT --lccp.data-directory="$DATA" --lccp.database.embedded.port=$PG \
  --lccp.web.page-cache.enabled=false > "$DATA/app.log" 2>&1 &
APP=$!
until curl -sf "$BASE/actuator/health/readiness" > /dev/null 2>&1; do
  kill -0 $APP || { echo "platform did not start" >&2; cat "$DATA/app.log" | tail -20 >&2; exit 1; }
  sleep 1
done
# the demo data's search index is filled in the background after start
until curl -s "$BASE/search?q=carbon" | grep -q '<mark>'; do sleep 1; done
wrk -t2 -c16 -d60s -s bench/knowledge/search.lua "$BASE" -- mixed > /dev/null
echo "search page, mixed queries (2 threads, 16 connections, 20 s): $(wrk -t2 -c16 -d20s --latency -s bench/knowledge/search.lua "$BASE" -- mixed | tail -1)"
echo "static /assets/css/lccp.css (2 threads, 16 connections, 20 s): $(wrk -t2 -c16 -d20s --latency -s bench/cities/p95.lua "$BASE/assets/css/lccp.css" | tail -1)"
echo "# load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
