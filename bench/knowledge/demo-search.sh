#!/usr/bin/env bash
# The search page on the demo data beside the static CSS file (issue 17: search page >= 0.2 of the static
# file's throughput). Starts the jar with its demo data in a fresh data directory, page cache off (every query
# is searched and rendered), warms up with the mixed queries of search.lua until two 20-second rounds in a row
# are within 5 % of each other (at least 2, at most 12 minutes: on this 2-core machine the JIT compiler keeps
# one core busy for two to three minutes after start, and rounds measured before that ended were 30-60 % lower),
# then warms the static file for 20 s and measures five rounds of the search page and the static CSS one after
# the other (wrk -t2 -c16, 20 s each) and prints each round's ratio and their median. The machine's speed varies
# from minute to minute (the static file alone between 2,800 and 13,000 requests/s within an evening), so only
# figures of the same round are compared.
# Usage: bench/knowledge/demo-search.sh        (after ./mvnw -DskipTests package; PORT, PG_PORT, XMX, JAR: another build)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8094}
PG=${PG_PORT:-54334}
XMX=${XMX:-1g}
JAR=${JAR:-$(ls target/lccp-*.jar | grep -v original | head -1)}
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
rps() { sed -n 's/.*rps=\([0-9.]*\).*/\1/p' | tail -1; }
search_round() { wrk -t2 -c16 -d20s --latency -s bench/knowledge/search.lua "$BASE" -- mixed | tail -1; }
static_round() { wrk -t2 -c16 -d20s --latency -s bench/cities/p95.lua "$BASE/assets/css/lccp.css" | tail -1; }
started=$SECONDS
previous=0
while true; do
  current=$(search_round | rps)
  echo "# warm-up at $((SECONDS - started)) s: $current pages/s"
  if (( SECONDS - started >= 120 )) && awk -v a="$previous" -v b="$current" 'BEGIN { exit !(a > 0 && (b - a) / a < 0.05 && (a - b) / a < 0.05) }'; then
    break
  fi
  if (( SECONDS - started >= 720 )); then
    echo "# warm-up did not settle in 12 minutes; measuring anyway"
    break
  fi
  previous=$current
done
# the static file's path is warmed too: measured first in a round, its figure was a third lower
static_round > /dev/null
ratios=()
for round in 1 2 3 4 5; do
  search=$(search_round)
  static=$(static_round)
  ratio=$(awk -v a="$(echo "$search" | rps)" -v b="$(echo "$static" | rps)" 'BEGIN { printf "%.3f", a / b }')
  ratios+=("$ratio")
  echo "round $round: search page, mixed queries (2 threads, 16 connections, 20 s): $search"
  echo "round $round: static /assets/css/lccp.css (2 threads, 16 connections, 20 s): $static"
  echo "round $round: ratio $ratio"
done
echo "median ratio of the five rounds: $(printf '%s\n' "${ratios[@]}" | sort -n | sed -n 3p)"
echo "# load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
