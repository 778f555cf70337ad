#!/usr/bin/env bash
# Growth curve (issue 17): page and API latency with 1,000, 10,000 and 100,000 cities, knowledge items and
# gatherings in one platform (each size replaces the previous one's generated rows), the search index
# rebuilt for each size, the anonymous page cache off so that every request does its work. One connection
# (wrk -t1 -c1), a warm-up per address, then p50/p95/p99. Prints a Markdown table with the ratio of the
# largest size to the smallest (goal: within 1.5×).
# Usage: ./mvnw -DskipTests package && bench/scale/growth.sh [sizes...]   (default 1000 10000 100000)
# Needs: java, wrk, psql, curl, bc. Environment: PORT (8095), PG_PORT (54335), XMX (1g), SECONDS (10).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=("$@")
[[ $# -eq 0 ]] && SIZES=(1000 10000 100000)
PORT=${PORT:-8095}
PG=${PG_PORT:-54335}
XMX=${XMX:-1g}
SECS=${SECONDS_PER_ADDRESS:-10}
export PG_PORT=$PG XMX
JAR=$(ls target/lccp-*.jar | grep -v original | head -1)
BASE="http://localhost:$PORT"
for tool in java wrk psql curl bc; do command -v $tool > /dev/null || { echo "needs $tool" >&2; exit 1; }; done
if curl -s -o /dev/null "$BASE/"; then echo "port $PORT is already in use" >&2; exit 1; fi
DATA=$(mktemp -d /tmp/lccp-growth.XXXX)
RESULTS="$DATA/results.tsv"
APP=""
cleanup() {
  if [[ -n "$APP" ]] && kill -0 "$APP" 2> /dev/null; then kill "$APP"; wait "$APP" 2> /dev/null || true; fi
  rm -rf "$DATA"
}
trap cleanup EXIT
sql() { PGPASSWORD=postgres psql -q -h localhost -p $PG -U postgres "$@"; }

start() {
  java -Xmx$XMX -jar "$JAR" --server.port=$PORT --lccp.data-directory="$DATA" --lccp.database.embedded.port=$PG \
    --lccp.demo.enabled=false --lccp.web.page-cache.enabled=false \
    --lccp.identity.api.requests-per-minute=100000000 "$@" >> "$DATA/app.log" 2>&1 &
  APP=$!
  until curl -sf "$BASE/actuator/health/readiness" > /dev/null 2>&1; do
    kill -0 "$APP" || { echo "platform did not start, see $DATA/app.log" >&2; exit 1; }
    sleep 1
  done
}
stop() { kill "$APP"; wait "$APP" 2> /dev/null || true; APP=""; }
# After a bulk change the platform works in the background (benchmarking recomputes every city's values, the
# bulk download is rebuilt); measuring meanwhile times that work, not the pages. Waits (at most SETTLE_MAX
# seconds, default 1800) until the whole machine (the platform and its database's processes; run nothing else)
# is busy less than a tenth of one core in three 5 s windows in a row, and says how long it waited. The
# platform's own process alone is not enough: it is idle while it waits for a long query of its database.
settle() {
  local waited=0 max=${SETTLE_MAX:-1800} quiet=0 before after
  busy() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
  while (( waited < max && quiet < 3 )); do
    before=$(busy); sleep 5; after=$(busy); waited=$((waited + 5))
    if (( (after - before) * 100 / $(getconf CLK_TCK) < 50 )); then quiet=$((quiet + 1)); else quiet=0; fi
  done
  echo "settled after $waited s of background work"
}

echo "# growth benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for N in "${SIZES[@]}"; do
  start
  begin=$(date +%s)
  sql -v n="$N" -f bench/cities/generate.sql > /dev/null
  sql -v n="$N" -f bench/knowledge/generate.sql > /dev/null
  sql -v n="$N" -f bench/scale/gatherings.sql > /dev/null
  echo "## $N each: generated in $(( $(date +%s) - begin )) s"
  stop
  bench/knowledge/rebuild.sh "$DATA" | grep "items/s" || true
  start
  settle
  city=$(sql -At -c "select id from city where source = 'benchmark' order by name_en limit 1 offset $((N / 2))")
  item=$(sql -At -c "select id from knowledge_item where demo_source = 'benchmark' and kind = 'CASE_STUDY' order by id limit 1")
  gathering=$(sql -At -c "select id from gathering where source_note = 'benchmark' order by starts_at desc limit 1 offset $((N / 20))")
  for address in "/" "/cities" "/cities/$city" "/knowledge" "/knowledge?kind=CASE_STUDY&page=3" "/case-studies/$item" \
      "/gatherings" "/gatherings/$gathering" "/search?q=energy" "/search?q=%E4%BA%A4%E9%80%9A" \
      "/api/v1/cities?size=50" "/api/v1/cities/$city" "/api/v1/case-studies?size=50" "/api/v1/gatherings?size=50"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$address")
    wrk -t1 -c1 -d3s "$BASE$address" > /dev/null
    line=$(wrk -t1 -c1 -d${SECS}s --latency -s bench/cities/p95.lua "$BASE$address" | tail -1)
    echo "$address  HTTP $code  $line"
    printf '%s\t%s\t%s\t%s\n' "$N" "$(echo "$address" | sed "s/$city/{city}/; s/$item/{item}/; s/$gathering/{gathering}/")" \
      "$(echo "$line" | sed 's/.*p50=\([0-9.]*\)ms.*/\1/')" "$(echo "$line" | sed 's/.*p95=\([0-9.]*\)ms.*/\1/')" >> "$RESULTS"
  done
  stop
done
echo
echo "| address | $(printf '%s p50 / p95 (ms) | ' "${SIZES[@]}")${SIZES[-1]} ÷ ${SIZES[0]} (p95) |"
echo "|---|$(printf -- '---|%.0s' "${SIZES[@]}")---|"
for address in $(cut -f2 "$RESULTS" | awk '!seen[$0]++'); do
  row="| \`$address\` |"
  for N in "${SIZES[@]}"; do
    row="$row $(awk -F'\t' -v n="$N" -v a="$address" '$1 == n && $2 == a {print $3 " / " $4}' "$RESULTS") |"
  done
  first=$(awk -F'\t' -v n="${SIZES[0]}" -v a="$address" '$1 == n && $2 == a {print $4}' "$RESULTS")
  last=$(awk -F'\t' -v n="${SIZES[-1]}" -v a="$address" '$1 == n && $2 == a {print $4}' "$RESULTS")
  echo "$row $(echo "scale=2; $last / $first" | bc) |"
done
echo
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
