#!/usr/bin/env bash
# Mixed load run (issue 17): 200 Gatling users with think time for 10 minutes against the platform
# with its demo data — anonymous reading in six languages, search in every script, open-data API
# reads, and members signing in to register for a gathering and cancel again. Prints a Markdown
# section with the figures (append it to BENCHMARKS.md); Gatling's HTML report stays in
# bench/load/target/gatling.
# Usage: ./mvnw -DskipTests package && bench/load/run.sh [users] [minutes]
# All simulated users come from 127.0.0.1, so the per-address limits of logins and API reads (which
# in real use each client has for itself) are raised for the run.
# Needs: java, curl, python3. Environment: PORT (18094), PG_PORT (54334), JAVA_OPTS (-Xmx512m).
set -euo pipefail
cd "$(dirname "$0")/../.."
USERS=${1:-200}
MINUTES=${2:-10}
PORT=${PORT:-18094}
PG=${PG_PORT:-54334}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
JAR=$(ls target/lccp-*.jar | grep -v original | head -1)
BASE="http://localhost:$PORT"
ADMIN_PASSWORD=bench-admin-password-1
if curl -s -o /dev/null "$BASE/"; then echo "port $PORT is already in use" >&2; exit 1; fi
DATA=$(mktemp -d /tmp/lccp-load.XXXX)
APP=""
cleanup() {
  if [[ -n "$APP" ]] && kill -0 "$APP" 2> /dev/null; then kill "$APP"; wait "$APP" 2> /dev/null || true; fi
  rm -rf "$DATA"
}
trap cleanup EXIT

# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" --server.port=$PORT --lccp.data-directory="$DATA" \
  --lccp.database.embedded.port=$PG --lccp.identity.admin-password=$ADMIN_PASSWORD \
  --lccp.identity.login-attempts-per-address=1000000 --lccp.identity.api.requests-per-minute=1000000 \
  > "$DATA/app.log" 2>&1 &
APP=$!
until curl -sf "$BASE/actuator/health/readiness" > /dev/null 2>&1; do sleep 0.5; done

# A gathering open for registration online, as the administrator sees it.
JAR_COOKIES="$DATA/cookies"
CSRF=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=admin@lccp.localhost" \
  --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$CSRF" "$BASE/login"
GATHERING=""
for id in $(curl -s "$BASE/gatherings" | grep -o 'href="/gatherings/[0-9a-f-]\{36\}"' | cut -d/ -f3 | tr -d '"' | sort -u); do
  page=$(curl -s -b "$JAR_COOKIES" "$BASE/gatherings/$id")
  if [[ "$page" == *'value="ONLINE"'* ]]; then GATHERING=$id; break; fi
done
[[ -n "$GATHERING" ]] || { echo "no gathering open for online registration" >&2; exit 1; }

begin=$(date +%s)
./mvnw -q -B -f bench/load/pom.xml gatling:test -Dbase="$BASE" -Dusers="$USERS" -Dminutes="$MINUTES" \
  -Dpg="jdbc:postgresql://localhost:$PG/postgres" -Dgathering="$GATHERING" > "$DATA/gatling.txt" 2>&1 \
  && verdict=passed || verdict=failed
mkdir -p bench/load/target && cp "$DATA/gatling.txt" bench/load/target/gatling-last.txt
RSS_JVM=$(( $(awk '/VmRSS/ {print $2}' /proc/$APP/status) / 1024 ))
REPORT=$(ls -td bench/load/target/gatling/*/ | head -1)

echo
echo "### Mixed load run, $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, $(java -version 2>&1 | head -1)"
echo
echo "Command: \`./mvnw -DskipTests package && bench/load/run.sh $USERS $MINUTES\` (Gatling 3.13, $USERS users with"
echo "think time for $MINUTES minutes on the same machine as the platform, JAVA_OPTS=\"$JAVA_OPTS\", demo data)."
echo "Gatling's assertion of zero failed requests: **$verdict**. JVM resident memory at the end: $RSS_JVM MB."
echo
echo "| request | count | failed | mean ms | p50 | p95 | p99 | max |"
echo "|---|---|---|---|---|---|---|---|"
python3 bench/load/stats.py "$REPORT/js/stats.js"
echo
echo "Elapsed $(( $(date +%s) - begin )) s. Gatling's own summary:"
echo
echo '```'
grep -A30 "Global Information" "$DATA/gatling.txt" | head -32 || tail -40 "$DATA/gatling.txt"
echo '```'
