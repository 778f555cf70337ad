#!/usr/bin/env bash
# Benchmarks of the cities module: API list/filter latency, comparison page throughput
# against a static file, and the time to build the bulk download, at several sizes.
# Usage: bench/cities/run.sh [sizes...]   (default: 1000 10000 100000)
# Needs: a built jar (./mvnw -q package -DskipTests), wrk, psql, curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=("${@:-1000 10000 100000}")
[[ $# -eq 0 ]] && SIZES=(1000 10000 100000)
PORT=8090; PG=54329; DATA=$(mktemp -d /tmp/lccp-bench.XXXX)
JAR=$(ls target/lccp-*.jar | grep -v plain | head -1)
java -Xmx1g -jar "$JAR" --server.port=$PORT --lccp.data-directory="$DATA" \
  --lccp.database.embedded.port=$PG --lccp.demo.enabled=false \
  --lccp.identity.api.requests-per-minute=100000000 --lccp.cities.bulk-check-interval=2s \
  --logging.level.root=warn --logging.level.org.lccp.cities.BulkDownload=info > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do sleep 1; done
BASE="http://localhost:$PORT"
W="wrk -t2 -c8 -d15s --latency -s bench/cities/p95.lua"
W1="wrk -t1 -c1 -d10s --latency -s bench/cities/p95.lua"
for N in "${SIZES[@]}"; do
  echo "== $N cities, $((N * 5)) targets"
  # builds so far: the rebuild that the new data causes may finish while the requests below are measured
  builds=$(grep -c "Bulk download rebuilt" "$DATA/app.log" || true)
  start=$(date +%s.%N)
  PGPASSWORD=postgres psql -q -h localhost -p $PG -U postgres -v n="$N" -f bench/cities/generate.sql > /dev/null
  echo "generate: $(echo "$(date +%s.%N) - $start" | bc) s"
  # warm up the JIT and caches
  wrk -t2 -c8 -d5s "$BASE/api/v1/cities?country=KR&size=50" > /dev/null
  ids=$(curl -s "$BASE/api/v1/cities?country=KR&size=3" | grep -o '"id":"[^"]*"' | cut -d'"' -f4 | head -3 | sed 's/^/city=/' | paste -sd'&')
  echo "list    1 client  $($W1 "$BASE/api/v1/cities?size=50&sort=name" | tail -1)"
  echo "filter  1 client  $($W1 "$BASE/api/v1/cities?country=JP&q=city-12&size=50" | tail -1)"
  echo "list    $($W "$BASE/api/v1/cities?size=50&sort=name" | tail -1)"
  echo "filter  $($W "$BASE/api/v1/cities?country=JP&q=city-12&size=50" | tail -1)"
  echo "targets $($W "$BASE/api/v1/targets?country=CN&type=NEUTRALITY&size=50" | tail -1)"
  echo "compare $($W "$BASE/cities/compare?$ids" | tail -1)"
  echo "page    $($W "$BASE/login" | tail -1)"
  echo "static  $($W "$BASE/assets/css/cities.css" | tail -1)"
  # the data changed behind the platform's back: the fingerprint check notices it and rebuilds the ZIP in
  # the background; wait for that build (its log line gives the time), then time a download
  until [[ $(grep -c "Bulk download rebuilt" "$DATA/app.log" || true) -gt $builds ]]; do sleep 1; done
  echo "bulk (build)    $(grep "Bulk download rebuilt" "$DATA/app.log" | tail -1 | sed 's/.*rebuilt in //')"
  echo "bulk (served)   $(curl -s -o /dev/null -w '%{time_total}s %{size_download}B' "$BASE/open-data/lccp-open-data.zip")"
  kill -0 $APP
done
