#!/usr/bin/env bash
# Matching under load (issue 15) at 10,000 generated needs × 10,000 offers and 1,000 listed
# experts: the ranked offers of a need from the API (the database narrows to offers sharing
# a topic, then each is scored and explained), an offer's page with the open needs it could
# serve (the other direction), and a need's page as the secretariat sees it (offers and
# experts ranked). Prints a Markdown section; `bench/capacity/matching.sh >> BENCHMARKS.md`.
# Needs: the built jar (./mvnw -DskipTests package), wrk, psql and curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-10000}
PORT=${PORT:-18151}
PG=${PG:-54351}
DURATION=${DURATION:-15s}
JAR=$(ls target/lccp-*.jar | grep -v original | head -1)
DATA=$(mktemp -d /tmp/capacity-bench-XXXX)
java -Xmx512m -XX:+UseSerialGC -jar "$JAR" --server.port=$PORT --lccp.data-directory="$DATA" \
  --lccp.database.embedded.port=$PG --lccp.demo.enabled=false --lccp.web.page-cache.enabled=false \
  --lccp.identity.api.requests-per-minute=100000000 --logging.level.root=warn > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do sleep 1; done
BASE="http://localhost:$PORT"
PGPASSWORD=postgres psql -q -h localhost -p $PG -U postgres -v n="$N" -f bench/capacity/generate.sql >/dev/null
q() { PGPASSWORD=postgres psql -qtA -h localhost -p $PG -U postgres -c "$1"; }
# a need with two topics and one with three: the wider the topics, the more offers are scored
NEED2=$(q "select id from capacity_need where title like 'BENCH need %' and cardinality(topics) = 2 order by title limit 1")
NEED3=$(q "select id from capacity_need where title like 'BENCH need %' and cardinality(topics) = 3 order by title limit 1")
OFFER=$(q "select id from capacity_offer where title like 'BENCH offer %' and cardinality(topics) = 2 order by title limit 1")
SCORED2=$(q "select count(*) from capacity_offer where status = 'OPEN' and topics && (select topics from capacity_need where id = '$NEED2')")
SCORED3=$(q "select count(*) from capacity_offer where status = 'OPEN' and topics && (select topics from capacity_need where id = '$NEED3')")
NEEDS_SCORED=$(q "select count(*) from capacity_need where status = 'OPEN' and topics && (select topics from capacity_offer where id = '$OFFER')")


load() {
  wrk -t2 -c4 -d5s "$BASE$1" >/dev/null
  wrk -t2 -c${2:-8} -d$DURATION --timeout 10s --latency -s bench/cities/p95.lua "$BASE$1" | tail -1
}
one() {
  wrk -t1 -c1 -d10s --timeout 10s --latency -s bench/cities/p95.lua "$BASE$1" | tail -1
}

STATIC=$(load /assets/css/lccp.css)
S2_1=$(one "/api/v1/capacity/needs/$NEED2/suggestions")
S2=$(load "/api/v1/capacity/needs/$NEED2/suggestions")
S3_1=$(one "/api/v1/capacity/needs/$NEED3/suggestions")
S3=$(load "/api/v1/capacity/needs/$NEED3/suggestions")
OFFER_1=$(one "/capacity/offers/$OFFER")
OFFER_L=$(load "/capacity/offers/$OFFER")
NEED_1=$(one "/capacity/needs/$NEED3")
NEED_L=$(load "/capacity/needs/$NEED3")

cat <<MD

### Matching at $N needs × $N offers and $((N / 10)) listed experts, run of $(date -u "+%Y-%m-%d %H:%M") on $(nproc) cores (load average $(cut -d' ' -f1-3 /proc/loadavg)), $(java -version 2>&1 | head -1)

Command: \`./mvnw -DskipTests package && bench/capacity/matching.sh\` (wrk on loopback; page cache off; needs with
1–3 of the 10 topics, offers with 1–4; every tenth offer has a rated past delivery).

| what | offers or needs scored per request | one client | under load (8 connections) |
|---|---|---|---|
| static asset | | | $STATIC |
| ranked offers of a need, 2 topics \`/api/v1/capacity/needs/{id}/suggestions\` | $SCORED2 | $S2_1 | $S2 |
| ranked offers of a need, 3 topics | $SCORED3 | $S3_1 | $S3 |
| an offer's page with the open needs it could serve \`/capacity/offers/{id}\` | $NEEDS_SCORED | $OFFER_1 | $OFFER_L |
| a need's page (public view: ranked offers, matches) \`/capacity/needs/{id}\` | $SCORED3 | $NEED_1 | $NEED_L |
MD
