#!/usr/bin/env bash
# Benchmarking under load (issue 14) at 10,000 generated cities: "cities like mine" from the
# API, a city's benchmark page and the index of a 50-indicator system recomputed per request,
# beside a static asset of the same server; plus the time the platform takes to compute the
# core indicators of every city. The page cache is off, so pages are rendered each time.
# Prints a Markdown section; `bench/benchmarking/pages.sh >> BENCHMARKS.md` records it.
# Needs: the built jar (./mvnw -DskipTests package), wrk, psql and curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-10000}
K=${K:-50}
PORT=${PORT:-18141}
PG=${PG:-54341}
DURATION=${DURATION:-15s}
JAR=$(ls target/lccp-*.jar | grep -v original | head -1)
DATA=$(mktemp -d /tmp/benchmarking-bench-XXXX)
java -Xmx512m -XX:+UseSerialGC -jar "$JAR" --server.port=$PORT --lccp.data-directory="$DATA" \
  --lccp.database.embedded.port=$PG --lccp.demo.enabled=false --lccp.web.page-cache.enabled=false \
  --lccp.identity.api.requests-per-minute=100000000 --lccp.benchmarking.recompute-interval=5s \
  --logging.level.root=warn --logging.level.org.lccp.benchmarking=info > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do sleep 1; done
BASE="http://localhost:$PORT"
runs=$(grep -c "recomputed for every city" "$DATA/app.log" || true)
PGPASSWORD=postgres psql -q -h localhost -p $PG -U postgres -v n="$N" -f bench/cities/generate.sql >/dev/null
PGPASSWORD=postgres psql -q -h localhost -p $PG -U postgres -v k="$K" -f bench/benchmarking/generate.sql >/dev/null
# the scheduled check sees the new facts and computes every city's core values
until [[ $(grep -c "recomputed for every city" "$DATA/app.log" || true) -gt $runs ]]; do sleep 1; done
RECOMPUTE=$(grep "recomputed for every city" "$DATA/app.log" | tail -1 | sed 's/.* in //')
CITY=$(curl -sf "$BASE/api/v1/cities?country=JP&q=BENCH-city-12&size=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
SYSTEM=6b1f0c1e-0000-4000-8000-0000000b0000

load() {
  wrk -t2 -c4 -d5s "$BASE$1" >/dev/null
  wrk -t2 -c${2:-8} -d$DURATION --timeout 10s --latency -s bench/cities/p95.lua "$BASE$1" | tail -1
}
one() {
  wrk -t1 -c1 -d10s --timeout 10s --latency -s bench/cities/p95.lua "$BASE$1" | tail -1
}

STATIC=$(load /assets/css/lccp.css)
PEERS1=$(one "/api/v1/cities/$CITY/peers?k=5")
PEERS=$(load "/api/v1/cities/$CITY/peers?k=5")
PAGE1=$(one "/cities/$CITY/benchmark")
PAGE=$(load "/cities/$CITY/benchmark")
# a reader's own settings: each coverage value is a new index, computed once (then kept until a value changes)
COLD=()
for c in 41 42 43 44 45 46 47; do
  COLD+=($(curl -s -o /dev/null -w '%{time_total}' "$BASE/benchmarking/systems/$SYSTEM?coverage=$c"))
done
INDEX1=$(printf '%s\n' "${COLD[@]}" | sort -n | awk '{a[NR]=$1} END {printf "7 settings, each computed once: median %.2fs, slowest %.2fs", a[4], a[7]}')
INDEX=$(load "/benchmarking/systems/$SYSTEM?coverage=50" 2)

cat <<MD

### Benchmarking at $N cities × $K indicators, run of $(date -u "+%Y-%m-%d %H:%M") on $(nproc) cores, $(java -version 2>&1 | head -1)

Command: \`./mvnw -DskipTests package && bench/benchmarking/pages.sh\` (wrk on loopback; page cache off; $N generated
cities with population, area, GDP per inhabitant and five targets each; a generated system of $K reported indicators,
nine values in ten present).

| what | one client | under load |
|---|---|---|
| static asset | | $STATIC (8 connections) |
| cities like mine \`/api/v1/cities/{id}/peers?k=5\` | $PEERS1 | $PEERS (8 connections) |
| benchmark page \`/cities/{id}/benchmark\` (peers, 13 indicators, index position) | $PAGE1 | $PAGE (8 connections) |
| index of $K indicators with a reader's settings \`/benchmarking/systems/{id}?coverage=…\` (computed, then kept) | $INDEX1 | $INDEX (2 connections, same settings) |

Core values of all $N cities computed (population, density, GDP per inhabitant, target rates): $RECOMPUTE.
MD
