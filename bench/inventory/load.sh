#!/usr/bin/env bash
# Load runs of the inventory module (issue 12): p50/p95/p99 of the Seoul 2018 inventory page and of
# /api/v1/inventories/{id} under wrk beside a static file, and the time to check and to import a
# 10,000-line XLSX (bench/inventory/MakeXlsx.java) as the secretariat.
# Usage: bench/inventory/load.sh     Needs: a built jar (./mvnw -q package -DskipTests), wrk, curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=8091; DATA=$(mktemp -d /tmp/lccp-inventory-bench.XXXX)
JAR=$(ls target/lccp-*.jar | grep -v plain | head -1)
PASSWORD="bench-$(head -c 12 /dev/urandom | base64 | tr -dc a-zA-Z0-9)"
./mvnw -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$DATA/cp"
java -cp "$(cat "$DATA/cp")" bench/inventory/MakeXlsx.java "$DATA/10000.xlsx" 10000
echo "xlsx: $(stat -c %s "$DATA/10000.xlsx") bytes, 10,000 lines"
java -Xmx1g -jar "$JAR" --server.port=$PORT --lccp.data-directory="$DATA" \
  --lccp.identity.admin-password="$PASSWORD" --lccp.identity.api.requests-per-minute=100000000 \
  --logging.level.root=warn > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
BASE="http://localhost:$PORT"
until curl -sf "$BASE/actuator/health" > /dev/null; do sleep 1; done
until [[ -n "$(curl -s "$BASE/api/v1/inventories" | grep -o '"id":"[^"]*"' | head -1)" ]]; do sleep 2; done
ID=$(curl -s "$BASE/api/v1/inventories" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
CITY=$(curl -s "$BASE/api/v1/inventories/$ID" | grep -o '"cityId":"[^"]*"' | head -1 | cut -d'"' -f4)
echo "inventory $ID of city $CITY"
W="wrk -t2 -c8 -d20s --latency -s bench/cities/p95.lua"
for u in "/inventories/$ID" "/api/v1/inventories/$ID" "/assets/css/lccp.css"; do wrk -t2 -c8 -d8s "$BASE$u" > /dev/null; done
echo "page   8 conns  $($W "$BASE/inventories/$ID" | tail -1)"
echo "api    8 conns  $($W "$BASE/api/v1/inventories/$ID" | tail -1)"
echo "static 8 conns  $($W "$BASE/assets/css/lccp.css" | tail -1)"
echo "page   64 conns $(wrk -t2 -c64 -d20s --latency -s bench/cities/p95.lua "$BASE/inventories/$ID" | tail -1)"
echo "api    64 conns $(wrk -t2 -c64 -d20s --latency -s bench/cities/p95.lua "$BASE/api/v1/inventories/$ID" | tail -1)"
XLSX=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
for i in 1 2 3 4; do
  echo "check 10,000-line XLSX (API, run $i): $(curl -s -o "$DATA/check.json" -w '%{http_code} %{time_total}s' \
    -H "Content-Type: $XLSX" --data-binary @"$DATA/10000.xlsx" "$BASE/api/v1/inventory-checks") \
    $(grep -o '"basic":[0-9.]*' "$DATA/check.json" | head -1)"
done
# the secretariat imports it for the city as a stored draft (year 2019), through the page
JAR_COOKIES="$DATA/cookies"
csrf() { curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4; }
T=$(csrf /login)
curl -s -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "username=admin@lccp.localhost" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$T" "$BASE/login"
T=$(csrf /inventories/import)
echo "import 10,000-line XLSX (page, stored): $(curl -s -o "$DATA/import.html" -w '%{http_code} %{time_total}s' \
  -b "$JAR_COOKIES" -F "_csrf=$T" -F "city=$CITY" -F year=2019 -F gwpSet=AR5 -F reportingLevel=BASIC \
  -F boundary=ADMINISTRATIVE -F "source=benchmark file" -F dryRun=false -F "file=@$DATA/10000.xlsx;type=$XLSX" \
  "$BASE/inventories/import")"
grep -o 'href="/inventories/[0-9a-f-]\{36\}"' "$DATA/import.html" | head -1 || true
