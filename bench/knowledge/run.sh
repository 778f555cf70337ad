#!/usr/bin/env bash
# Knowledge hub benchmark (issue 3): generates N multilingual published items (default 100,000) into a
# fresh platform's embedded PostgreSQL, rebuilds the search index with the operator command and reports
# its throughput, then measures the search page with wrk (one-word, three-word, CJK, faceted queries;
# client-side latency and the server-side search time the page reports) against a static asset.
# Usage: bench/knowledge/run.sh [N]      (after ./mvnw -DskipTests package)
# Needs: java 17, wrk (apt-get install -y wrk), psql, curl, bc. About 15–20 minutes on 2 cores.
# Environment: PORT (8093), PG_PORT (54333), KEEP=1 keeps the data directory, XMX (1g),
# DATA=<a kept data directory> measures the search again on it without generating and rebuilding.
# The search is measured with the anonymous page cache off: it would otherwise answer every repeated query
# from memory and measure the cache, not the search.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100000}
PORT=${PORT:-8093}
PG=${PG_PORT:-54333}
XMX=${XMX:-1g}
export PG_PORT=$PG XMX

JAR=$(ls target/lccp-*.jar | grep -v original | head -1)
BASE="http://localhost:$PORT"
STAMP=$(date -u +%Y-%m-%d-%H%M)
APP=""
for tool in java wrk psql curl bc; do command -v $tool > /dev/null || { echo "needs $tool" >&2; exit 1; }; done
if curl -s -o /dev/null "$BASE/"; then echo "port $PORT is already in use" >&2; exit 1; fi
REUSE=${DATA:-}
DATA=${DATA:-$(mktemp -d /tmp/lccp-knowledge-bench.XXXX)}
OUT="$DATA/results.txt"

cleanup() {
  if [[ -n "$APP" ]] && kill -0 "$APP" 2> /dev/null; then kill "$APP"; wait "$APP" 2> /dev/null || true; fi
  if [[ "${KEEP:-0}" != 1 && -z "$REUSE" ]]; then rm -rf "$DATA"; else echo "data kept in $DATA"; fi
}
trap cleanup EXIT

run_java() {
  exec java -Xmx$XMX -jar "$JAR" --server.port=$PORT --lccp.data-directory="$DATA" \
    --lccp.database.embedded.port=$PG --lccp.demo.enabled=false "$@"
}

start() {
  run_java "${@:2}" > "$DATA/app-$1.log" 2>&1 &
  APP=$!
  local begin=$(date +%s)
  until curl -sf "$BASE/actuator/health/readiness" > /dev/null 2>&1; do
    kill -0 "$APP" || { echo "platform did not start, see $DATA/app-$1.log" >&2; exit 1; }
    sleep 1
  done
  echo "platform started in $(( $(date +%s) - begin )) s" | tee -a "$OUT"
}

stop() {
  kill "$APP"
  wait "$APP" 2> /dev/null || true
  APP=""
}

say() { echo "$*" | tee -a "$OUT"; }

say "# knowledge hub benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1)"
say "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ -z "$REUSE" ]]; then
# 1. Generate the items with SQL into the platform's database.
start generate
begin=$(date +%s.%N)
PGPASSWORD=postgres psql -q -h localhost -p $PG -U postgres -v n="$N" -f bench/knowledge/generate.sql | tee -a "$OUT"
say "generate: $(printf '%.1f' "$(echo "$(date +%s.%N) - $begin" | bc)") s"
PGPASSWORD=postgres psql -q -h localhost -p $PG -U postgres -At -F ' ' -c \
  "select 'texts by language:', string_agg(language || '=' || c, ' ' order by language) from
   (select language, count(*) c from knowledge_translation group by language) x" | tee -a "$OUT"
PGPASSWORD=postgres psql -q -h localhost -p $PG -U postgres -At -F ' ' -c \
  "select 'items by kind:', string_agg(kind || '=' || c, ' ' order by kind) from
   (select kind, count(*) c from knowledge_item group by kind) x" | tee -a "$OUT"
stop

# 2. Full reindex with the operator command (bench/knowledge/rebuild.sh samples the JVM's CPU time).
bench/knowledge/rebuild.sh "$DATA" | tee -a "$OUT"
say "load average after rebuild: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

# 3. Search latency and throughput, twice: with --lccp.search.reuse=false every search counts all its matches and
# reads its hits' stored values, as the first search of its words does; then as the platform runs, with counts
# and stored values kept per version of the index (the query sets repeat their queries, so most are repeats).
# Both keep what does not depend on the index's items: parsed queries and the tokens of texts shown before.
measure() {
  say "## searches $1"
  start "search-$2" --lccp.web.page-cache.enabled=false --lccp.search.reuse=$2
  # warm-up: the JIT and the index caches (the first seconds after start are many times slower; after 60 s the
  # first set measured, one-word Latin, was still a third slower than minutes later, so 180 s)
  wrk -t2 -c2 -d${WARMUP:-180}s -s bench/knowledge/search.lua "$BASE" -- mixed > /dev/null
  for set in one-latin one-cjk three-latin three-cjk facet; do
    say "latency $set (1 connection, 15 s): $(wrk -t1 -c1 -d15s --latency -s bench/knowledge/search.lua "$BASE" -- $set | tail -1)"
  done
  for set in mixed; do
    say "latency $set (4 connections, 15 s): $(wrk -t2 -c4 -d15s --latency -s bench/knowledge/search.lua "$BASE" -- $set | tail -1)"
  done
  say "throughput search page, mixed queries (2 threads, 16 connections, 20 s): $(wrk -t2 -c16 -d20s --latency -s bench/knowledge/search.lua "$BASE" -- mixed | tail -1)"
  curl -sf "$BASE/assets/css/lccp.css" > /dev/null
  say "throughput static /assets/css/lccp.css (2 threads, 16 connections, 20 s): $(wrk -t2 -c16 -d20s --latency -s bench/cities/p95.lua "$BASE/assets/css/lccp.css" | tail -1)"
  say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  stop
}
measure "as first searches (counts and stored values not kept)" false
measure "as the platform runs (counts and stored values kept per index version)" true
echo
echo "results: $OUT"
cp "$OUT" "bench/knowledge/run-$STAMP.txt"
