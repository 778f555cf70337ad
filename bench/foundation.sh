#!/usr/bin/env bash
# Foundation benchmarks (issue 2): cold start with embedded PostgreSQL and demo data, resident
# memory after start, and wrk load on the home page and member directory against a static asset
# of the same server. Prints a Markdown section; `bench/foundation.sh >> BENCHMARKS.md` records it.
# Needs: the built jar (./mvnw -DskipTests package), wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$(ls target/lccp-*.jar | grep -v original | head -1)
PORT=${PORT:-18080}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
DATA=$(mktemp -d /tmp/lccp-bench-XXXX)

start() {
  if curl -s -o /dev/null "http://localhost:$PORT/"; then
    echo "port $PORT is already in use" >&2
    exit 1
  fi
  local begin=$(date +%s.%N)
  java -jar "$JAR" --server.port=$PORT --lccp.data-directory="$DATA" >"$DATA/app.log" 2>&1 &
  PID=$!
  until curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.1; done
  local end=$(date +%s.%N)
  ELAPSED=$(echo "$end - $begin" | bc)
}

stop() {
  kill "$PID"
  wait "$PID" 2>/dev/null || true
}
trap 'kill "$PID" 2>/dev/null || true' EXIT

rss_mb() {
  # The JVM plus the embedded PostgreSQL processes it started.
  local total=0
  for p in $PID $(pgrep -f "postgres -D $DATA" || true) $(pgrep -P "$(pgrep -f "postgres -D $DATA" | head -1)" 2>/dev/null || true); do
    [ -r /proc/$p/status ] && total=$((total + $(awk '/VmRSS/ {print $2}' /proc/$p/status)))
  done
  echo $((total / 1024))
}

jvm_rss_mb() { echo $(( $(awk '/VmRSS/ {print $2}' /proc/$PID/status) / 1024 )); }

load() {
  local path=$1
  curl -sf "http://localhost:$PORT$path" >/dev/null
  wrk -t2 -c$CONNECTIONS -d$DURATION --latency "http://localhost:$PORT$path" >"$DATA/wrk.txt"
  local rps=$(awk '/Requests\/sec/ {print $2}' "$DATA/wrk.txt")
  local p99=$(awk '$1=="99%" {print $2}' "$DATA/wrk.txt")
  local p50=$(awk '$1=="50%" {print $2}' "$DATA/wrk.txt")
  local errors=$(awk '/Non-2xx|Socket errors/ {print}' "$DATA/wrk.txt" | tr '\n' ' ')
  echo "$rps|$p50|$p99|${errors:-none}"
}

start; FIRST=$ELAPSED
sleep 3
RSS_TOTAL=$(rss_mb)
RSS_JVM=$(jvm_rss_mb)
stop
start; SECOND=$ELAPSED
STATIC=$(load /assets/css/lccp.css)
HOME_PAGE=$(load /)
DIRECTORY=$(load /members)
stop

ratio() { echo "scale=2; $(echo "$1" | cut -d'|' -f1) / $(echo "$STATIC" | cut -d'|' -f1)" | bc; }
row() { IFS='|' read -r rps p50 p99 err <<<"$2"; echo "| $1 | $rps | $(ratio "$2") | $p50 | $p99 | $err |"; }

cat <<MD

### Foundation run of $(date -u +%Y-%m-%d) on $(nproc) cores, $(java -version 2>&1 | head -1)

Command: \`./mvnw -DskipTests package && bench/foundation.sh\` (wrk -t2 -c$CONNECTIONS -d$DURATION on loopback).

| measurement | value | goal |
|---|---|---|
| cold start to ready, empty data directory (initdb, migrations, demo data) | $(printf '%.1f' "$FIRST") s | < 20 s |
| start to ready with existing data | $(printf '%.1f' "$SECOND") s | |
| resident memory after start, JVM | $RSS_JVM MB | |
| resident memory after start, JVM + embedded PostgreSQL | $RSS_TOTAL MB | |

| address | requests/s | ratio to static | p50 | p99 | errors |
|---|---|---|---|---|---|
$(row "static asset /assets/css/lccp.css" "$STATIC")
$(row "home page /" "$HOME_PAGE")
$(row "member directory /members" "$DIRECTORY")

Goals: ratio to the static asset ≥ 0.5, p99 < 100 ms.
MD
rm -rf "$DATA"
