#!/usr/bin/env bash
# Pages side by side (issue 17): the platform with its demo data, anonymous readers hitting key pages
# with wrk -t2 at 64 connections beside a static file of the same server, a search page, the
# server's resident memory (JVM and embedded PostgreSQL) after the load, and the same pages for a
# signed-in member (never cached). Prints a Markdown section; append it to BENCHMARKS.md.
# Usage: ./mvnw -DskipTests package && bench/scale/pages.sh
# Needs: java, wrk, curl, bc. Environment: PORT (18093), DURATION (20s), CONNECTIONS (64),
# JAVA_OPTS (the heap the README documents: -Xmx512m), PAGE_CACHE (true).
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18093}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
PAGE_CACHE=${PAGE_CACHE:-true}
JAR=$(ls target/lccp-*.jar | grep -v original | head -1)
BASE="http://localhost:$PORT"
for tool in java wrk curl bc; do command -v $tool > /dev/null || { echo "needs $tool" >&2; exit 1; }; done
if curl -s -o /dev/null "$BASE/"; then echo "port $PORT is already in use" >&2; exit 1; fi
DATA=$(mktemp -d /tmp/lccp-pages-bench.XXXX)
APP=""
cleanup() {
  if [[ -n "$APP" ]] && kill -0 "$APP" 2> /dev/null; then kill "$APP"; wait "$APP" 2> /dev/null || true; fi
  rm -rf "$DATA"
}
trap cleanup EXIT

# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" --server.port=$PORT --lccp.data-directory="$DATA" \
  --lccp.web.page-cache.enabled=$PAGE_CACHE --lccp.identity.admin-password=bench-admin-password-1 \
  > "$DATA/app.log" 2>&1 &
APP=$!
until curl -sf "$BASE/actuator/health/readiness" > /dev/null 2>&1; do sleep 0.5; done

CASE=$(curl -s "$BASE/knowledge?kind=CASE_STUDY" | grep -o 'href="/case-studies/[0-9a-f-]*"' | head -1 | cut -d'"' -f2)
CITY=$(curl -s "$BASE/cities" | grep -o 'href="/cities/[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f2)
GATHERING=$(curl -s "$BASE/gatherings" | grep -o 'href="/gatherings/[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f2)
PATHS=(/assets/css/lccp.css / "$CASE" "$CITY" /knowledge /cities /targets /gatherings "$GATHERING" /members
  /feeds/news "/search?q=carbon")

load() {
  local path=$1
  shift
  wrk -t2 -c"$CONNECTIONS" -d5s "$@" "$BASE$path" > /dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$BASE$path" > "$DATA/wrk.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$DATA/wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$DATA/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$DATA/wrk.txt")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' "$DATA/wrk.txt" | tr '\n' ' ')
  echo "$rps|$p50|$p99|${errors:-none}"
}

# Proportional set size: shared memory (PostgreSQL's shared buffers, mapped index files) counted once
# across the processes that share it, which summing RSS would count in every backend.
pss_mb() {
  local total=0 pg
  pg=$(pgrep -f "postgres -D $DATA" | head -1 || true)
  for p in $APP $pg $(pgrep -P "${pg:-0}" 2> /dev/null || true); do
    [ -r /proc/$p/smaps_rollup ] && total=$((total + $(awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup)))
  done
  echo $((total / 1024))
}

echo
echo "### Pages side by side, $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, $(java -version 2>&1 | head -1)"
echo
echo "Command: \`./mvnw -DskipTests package && bench/scale/pages.sh\` (JAVA_OPTS=\"$JAVA_OPTS\", page cache $PAGE_CACHE,"
echo "wrk -t2 -c$CONNECTIONS -d$DURATION on loopback after 5 s of warm-up per page, demo data)."
echo
echo "| page (anonymous) | req/s | of static | p50 | p99 | errors |"
echo "|---|---|---|---|---|---|"
STATIC=""
for path in "${PATHS[@]}"; do
  result=$(load "$path")
  IFS='|' read -r rps p50 p99 errors <<< "$result"
  [[ -z "$STATIC" ]] && STATIC=$rps
  echo "| \`$path\` | $rps | $(echo "scale=2; $rps / $STATIC" | bc) | $p50 | $p99 | $errors |"
done
echo
echo "Memory after the load: JVM + embedded PostgreSQL $(pss_mb) MB proportional set size; JVM alone $(( $(awk '/VmRSS/ {print $2}' /proc/$APP/status) / 1024 )) MB resident."
