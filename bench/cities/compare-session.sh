#!/usr/bin/env bash
# The comparison page and a city profile on the demo data, against a static file of the
# same server. (Anonymous readers get no session since the layout stopped rendering a CSRF
# token for them.)
# Usage: bench/cities/compare-session.sh   (needs a built jar, wrk, curl)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=8091; DATA=$(mktemp -d /tmp/lccp-bench.XXXX)
JAR=$(ls target/lccp-*.jar | grep -v plain | head -1)
java -Xmx1g -jar "$JAR" --server.port=$PORT --lccp.data-directory="$DATA" --logging.level.root=warn > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do sleep 1; done
sleep 5
BASE="http://localhost:$PORT"
ids=$(for c in Incheon Seoul Tokyo; do curl -s "$BASE/api/v1/cities?q=$c&size=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4; done | sed 's/^/city=/' | paste -sd'&')
W="wrk -t2 -c8 -d15s --latency -s bench/cities/p95.lua"
wrk -t2 -c8 -d5s "$BASE/cities/compare?$ids" > /dev/null
echo "compare (three cities)             $($W "$BASE/cities/compare?$ids" | tail -1)"
echo "city profile                       $($W "$BASE/cities/${ids:5:36}" | tail -1)"
echo "static                             $($W "$BASE/assets/css/cities.css" | tail -1)"
