#!/usr/bin/env bash
# CPU time per search page, for comparing two builds on a machine that other work shares: wall-clock
# latency then measures the neighbours, the JVM's own CPU time per request much less so.
# Usage: bench/knowledge/search-cpu.sh DATA_DIRECTORY JAR [JAR...]
#   DATA_DIRECTORY: kept by `KEEP=1 bench/knowledge/run.sh N` (items generated and indexed)
#   each JAR is started on the same data in turn (page cache off), warmed up for 60 s, then every query
#   set of search.lua runs on one connection for 20 s while the JVM's CPU time is sampled from /proc.
# Environment: PORT (8093), PG_PORT (54333), XMX (1g), SECONDS_PER_SET (20).
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=$1
shift
PORT=${PORT:-8093}
PG=${PG_PORT:-54333}
XMX=${XMX:-1g}
PER=${SECONDS_PER_SET:-20}
BASE="http://localhost:$PORT"
TICK=$(getconf CLK_TCK)
APP=""
trap '[[ -n "$APP" ]] && kill $APP 2> /dev/null || true' EXIT

cpu() { awk '{print $14 + $15}' /proc/$APP/stat; }

echo "# search CPU per page, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for JAR in "$@"; do
  java -Xmx$XMX -jar "$JAR" --server.port=$PORT --lccp.data-directory="$DATA" \
    --lccp.database.embedded.port=$PG --lccp.demo.enabled=false --lccp.web.page-cache.enabled=false \
    > "$DATA/app-cpu.log" 2>&1 &
  APP=$!
  until curl -sf "$BASE/actuator/health/readiness" > /dev/null 2>&1; do
    kill -0 $APP || { echo "platform did not start, see $DATA/app-cpu.log" >&2; exit 1; }
    sleep 1
  done
  wrk -t2 -c2 -d60s -s bench/knowledge/search.lua "$BASE" -- mixed > /dev/null
  echo "## $JAR"
  for set in one-latin one-cjk three-latin three-cjk facet; do
    before=$(cpu)
    line=$(wrk -t1 -c1 -d${PER}s --latency -s bench/knowledge/search.lua "$BASE" -- $set | tail -1)
    after=$(cpu)
    rps=$(echo "$line" | sed 's/.*rps=\([0-9.]*\).*/\1/')
    pages=$(echo "$rps * $PER" | bc)
    echo "$set: JVM CPU $(echo "scale=1; ($after - $before) * 1000 / $TICK / $pages" | bc) ms per page | $line"
  done
  kill $APP; wait $APP 2> /dev/null || true; APP=""
done
echo "# load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
