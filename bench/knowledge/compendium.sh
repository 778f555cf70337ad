#!/usr/bin/env bash
# Time to produce a 20-case compendium (issue 16): the secretariat posts the builder form with the first 20
# published demo case studies, six times in a row (English, Chinese, Japanese, Korean, Russian, Mongolian);
# each run typesets the PDF, writes the DOCX, stores both and publishes the edition. Prints the whole request
# time (curl) and the PDF render time the platform records per edition, with the PDF's size.
# Usage: ./mvnw -q -DskipTests package && bench/knowledge/compendium.sh     Needs: curl, psql.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18161}; PG=${PG:-54361}
DATA=$(mktemp -d /tmp/lccp-compendium-bench.XXXX)
JAR=$(ls target/lccp-*.jar | grep -v original | head -1)
PASSWORD="bench-$(head -c 12 /dev/urandom | base64 | tr -dc a-zA-Z0-9)"
java -Xmx512m -jar "$JAR" --server.port=$PORT --lccp.data-directory="$DATA" --lccp.database.embedded.port=$PG \
  --lccp.identity.admin-password="$PASSWORD" --lccp.web.page-cache.enabled=false \
  --logging.level.root=warn > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
BASE="http://localhost:$PORT"
until curl -sf "$BASE/actuator/health" > /dev/null; do sleep 1; done
until [[ $(curl -s "$BASE/api/v1/case-studies?size=1" | grep -o '"totalElements":[0-9]*' | cut -d: -f2) -ge 20 ]]; do sleep 2; done
COOKIES="$DATA/cookies"
csrf() { curl -s -b "$COOKIES" -c "$COOKIES" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4; }
T=$(csrf /login)
curl -s -o /dev/null -b "$COOKIES" -c "$COOKIES" --data-urlencode "username=admin@lccp.localhost" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$T" "$BASE/login"
curl -s -b "$COOKIES" -c "$COOKIES" "$BASE/admin/compendium" > "$DATA/builder.html"
IDS=$(grep -o 'name="items" value="[^"]*"' "$DATA/builder.html" | cut -d'"' -f4 | head -20)
echo "case studies chosen: $(echo "$IDS" | wc -l)"
echo "| run | language | request (s) | PDF render (ms) | PDF size (bytes) |"
echo "|---|---|---|---|---|"
n=0
for lang in en zh ja ko ru mn; do
  n=$((n + 1))
  T=$(csrf /admin/compendium)
  args=(--data-urlencode "_csrf=$T" --data-urlencode product=COMPENDIUM --data-urlencode "language=$lang"
    --data-urlencode "title=Compendium of Best Practices (benchmark $n)" --data-urlencode "foreword=Twenty cases.")
  for id in $IDS; do args+=(--data-urlencode "items=$id"); done
  TIME=$(curl -s -o /dev/null -w '%{time_total}' -b "$COOKIES" -c "$COOKIES" "${args[@]}" "$BASE/admin/compendium")
  ROW=$(PGPASSWORD=postgres psql -h localhost -p $PG -U postgres -At -F ' ' \
    -c "select pdf_millis, publication_id from knowledge_edition order by number desc limit 1")
  SIZE=$(curl -s -o /dev/null -w '%{size_download}' "$BASE/publications/${ROW#* }/file")
  echo "| $n | $lang | $TIME | ${ROW%% *} | $SIZE |"
done
