#!/usr/bin/env bash
# The comparison page with and without a session cookie, on the demo data. Every page of
# the layout renders the CSRF meta tag, which makes Spring Session JDBC store a new session
# for each cookie-less request; a browser sends its cookie back, so the second figure is
# what a visitor's repeated views cost.
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
cookie=$(curl -s -D - -o /dev/null "$BASE/cities/compare?$ids" | grep -i set-cookie | sed 's/.*LCCP_SESSION=\([^;]*\).*/\1/')
W="wrk -t2 -c8 -d15s --latency -s bench/cities/p95.lua"
wrk -t2 -c8 -d5s "$BASE/cities/compare?$ids" > /dev/null
echo "compare, new session each request  $($W "$BASE/cities/compare?$ids" | tail -1)"
echo "compare, with session cookie       $($W -H "Cookie: LCCP_SESSION=$cookie" "$BASE/cities/compare?$ids" | tail -1)"
echo "profile, with session cookie       $($W -H "Cookie: LCCP_SESSION=$cookie" "$BASE/cities/${ids:5:36}" | tail -1)"
echo "static                             $($W "$BASE/css/cities.css" | tail -1)"
