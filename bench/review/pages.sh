#!/usr/bin/env bash
# Peer-review pages under load (issue 13): the review list, one published review (the demo
# Gwangju record) and its report PDF, the open API lists of reviews and studies and the
# comparative-study list, against a static asset of
# the same server. Prints a Markdown section; `bench/review/pages.sh >> BENCHMARKS.md` records it.
# Needs: the built jar (./mvnw -DskipTests package), wrk and curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=$(ls target/lccp-*.jar | grep -v original | head -1)
PORT=${PORT:-18131}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}
DATA=$(mktemp -d /tmp/review-bench-XXXX)

if curl -s -o /dev/null "http://localhost:$PORT/"; then
  echo "port $PORT is already in use" >&2
  exit 1
fi
# every simulated client comes from 127.0.0.1: the API's per-address limit is raised for the run
java -jar "$JAR" --server.port=$PORT --lccp.data-directory="$DATA" \
  --lccp.identity.api.requests-per-minute=1000000 >"$DATA/app.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.2; done
# the demo data loads in runners after readiness may already be reported; wait for the reviews
until curl -sf "http://localhost:$PORT/api/v1/reviews" | grep -q 'October 2019'; do sleep 0.5; done
REVIEW=$(curl -sf "http://localhost:$PORT/reviews" | grep -o '/reviews/[0-9a-f-]\{36\}' | head -1)

load() {
  local path=$1
  local connections=${2:-$CONNECTIONS}
  local threads=$(( connections < 2 ? 1 : 2 ))
  curl -sf "http://localhost:$PORT$path" >/dev/null
  wrk -t$threads -c$connections -d$DURATION --timeout 10s --latency "http://localhost:$PORT$path" >"$DATA/wrk.txt"
  local rps=$(awk '/Requests\/sec/ {print $2}' "$DATA/wrk.txt")
  local p50=$(awk '$1=="50%" {print $2}' "$DATA/wrk.txt")
  local p99=$(awk '$1=="99%" {print $2}' "$DATA/wrk.txt")
  local errors=$(awk '/Non-2xx|Socket errors/ {print}' "$DATA/wrk.txt" | tr '\n' ' ')
  echo "$rps|$p50|$p99|${errors:-none}"
}

STATIC=$(load /assets/css/lccp.css)
LIST=$(load /reviews)
ONE=$(load "$REVIEW")
API=$(load /api/v1/reviews)
COMPARATIVE=$(load /comparative-studies)
# the PDF is typeset per request (about a second of CPU with the CJK font): one client, then two
PDF=$(load "$REVIEW/report.pdf" 1)
PDF2=$(load "$REVIEW/report.pdf" 2)
STUDIES=$(load /api/v1/studies)

ratio() { echo "scale=2; $(echo "$1" | cut -d'|' -f1) / $(echo "$STATIC" | cut -d'|' -f1)" | bc; }
row() { IFS='|' read -r rps p50 p99 err <<<"$2"; echo "| $1 | $rps | $(ratio "$2") | $p50 | $p99 | $err |"; }

cat <<MD

### Peer-review pages, run of $(date -u +%Y-%m-%d) on $(nproc) cores, $(java -version 2>&1 | head -1)

Command: \`./mvnw -DskipTests package && bench/review/pages.sh\` (wrk -t2 -c$CONNECTIONS -d$DURATION on loopback, demo data;
the report PDF with 1 and 2 connections).

| address | requests/s | ratio to static | p50 | p99 | errors |
|---|---|---|---|---|---|
$(row "static asset /assets/css/lccp.css" "$STATIC")
$(row "review list /reviews" "$LIST")
$(row "one published review $REVIEW" "$ONE")
$(row "open API /api/v1/reviews" "$API")
$(row "comparative studies /comparative-studies" "$COMPARATIVE")
$(row "report PDF $REVIEW/report.pdf, 1 connection" "$PDF")
$(row "report PDF, 2 connections" "$PDF2")
$(row "open API /api/v1/studies" "$STUDIES")
MD
