#!/usr/bin/env bash
# Report generation time over a year of generated activity (issue 15): the jar with the run command's settings
# and no demo data, a year (2025) of records written by generate.sql, then as the secretariat: generate the 2025
# report (count every module's figures and keep version 1), open its page, and export it as DOCX and PDF, in
# English and in Mongolian, each five times. Prints every request's time (curl) and the median per step.
# Usage: ./mvnw -q -DskipTests package && bench/programme/report.sh     Needs: curl, psql.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18215}; PG=${PG:-54415}; RUNS=${RUNS:-5}
DATA=$(mktemp -d /tmp/lccp-report-bench.XXXX)
JAR=$(ls target/lccp-*.jar | grep -v original | head -1)
PASSWORD="bench-$(head -c 12 /dev/urandom | base64 | tr -dc a-zA-Z0-9)"
java -Xmx512m -XX:+UseSerialGC -jar "$JAR" --server.port=$PORT --lccp.data-directory="$DATA" \
  --lccp.database.embedded.port=$PG --lccp.identity.admin-password="$PASSWORD" --lccp.demo.enabled=false \
  --lccp.web.page-cache.enabled=false --logging.level.root=warn > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
BASE="http://localhost:$PORT"
until curl -sf "$BASE/actuator/health" > /dev/null; do sleep 1; done
PGPASSWORD=postgres psql -q -h localhost -p $PG -U postgres -v ON_ERROR_STOP=1 -f bench/programme/generate.sql
PGPASSWORD=postgres psql -h localhost -p $PG -U postgres -At -F ' ' -c "select
  (select count(*) from institution), (select count(*) from knowledge_item), (select count(*) from gathering),
  (select count(*) from gathering_registration), (select count(*) from review_follow_up),
  (select count(*) from capacity_match), (select count(*) from programme_workplan_item)" \
  | awk '{print "records: institutions " $1 ", knowledge items " $2 ", gatherings " $3 ", registrations " $4 ", follow-ups " $5 ", matches " $6 ", work-plan items " $7}'
COOKIES="$DATA/cookies"
csrf() { curl -s -b "$COOKIES" -c "$COOKIES" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4; }
T=$(csrf /login)
curl -s -o /dev/null -b "$COOKIES" -c "$COOKIES" --data-urlencode "username=admin@lccp.localhost" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$T" "$BASE/login"
declare -A times
echo "| run | language | generate (s) | page (s) | DOCX (s) | PDF (s) | PDF bytes |"
echo "|---|---|---|---|---|---|---|"
for lang in en mn; do
  for n in $(seq 1 "$RUNS"); do
    T=$(csrf /reports)
    OUT=$(curl -s -o /dev/null -w '%{time_total} %{redirect_url}' -b "$COOKIES" -c "$COOKIES" \
      --data-urlencode "_csrf=$T" --data-urlencode "title=Benchmark $lang $n" --data-urlencode from=2025-01-01 \
      --data-urlencode to=2025-12-31 --data-urlencode "language=$lang" "$BASE/reports")
    GEN=${OUT%% *}; ID=${OUT##*/}
    PAGE=$(curl -s -o /dev/null -w '%{time_total}' -b "$COOKIES" "$BASE/reports/$ID")
    DOCX=$(curl -s -o /dev/null -w '%{time_total}' -b "$COOKIES" "$BASE/reports/$ID/report.docx")
    PDF=$(curl -s -o "$DATA/r.pdf" -w '%{time_total} %{size_download}' -b "$COOKIES" "$BASE/reports/$ID/report.pdf")
    echo "| $n | $lang | $GEN | $PAGE | $DOCX | ${PDF%% *} | ${PDF##* } |"
    times[gen]+="$GEN "; times[page]+="$PAGE "; times[docx]+="$DOCX "; times[pdf]+="${PDF%% *} "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for step in gen page docx pdf; do echo "median $step over $((RUNS * 2)) runs: $(echo "${times[$step]}" | median) s"; done
echo "figures of the last report:"
curl -s -b "$COOKIES" "$BASE/reports/$ID" | grep -o 'data-figure="[^"]*"' | tr '\n' ' '; echo
