#!/usr/bin/env bash
# Rebuilds the knowledge search index of a data directory with the operator command
# (java -jar … --rebuild-search-index) and reports the throughput, wall clock and per JVM CPU-second
# (the JVM's CPU time is sampled from /proc, so a machine shared with other work can be accounted for;
# PostgreSQL's own CPU time for the loading queries is not included).
# Usage: bench/knowledge/rebuild.sh DATA_DIRECTORY     (PG_PORT, XMX, JAVA_OPTS from the environment)
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=$1
PG=${PG_PORT:-54333}
JAR=$(ls target/lccp-*.jar | grep -v original | head -1)
LOG="$DATA/rebuild.log"
CPU="$DATA/rebuild-cpu.txt"
: > "$CPU"
# shellcheck disable=SC2086
java -Xmx${XMX:-1g} ${JAVA_OPTS:-} -jar "$JAR" --server.port=0 --lccp.data-directory="$DATA" \
  --lccp.database.embedded.port=$PG --lccp.demo.enabled=false --rebuild-search-index > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2> /dev/null || true' EXIT
while kill -0 $PID 2> /dev/null; do
  stat=$(cat /proc/$PID/stat 2> /dev/null || true)
  [[ -n "$stat" ]] && echo "$(date +%s.%N) $(echo "$stat" | awk '{print $14 + $15}')" >> "$CPU"
  sleep 0.2
done
wait $PID || { echo "rebuild failed, see $LOG" >&2; exit 1; }
grep -E "RebuildCommand" "$LOG" | sed 's/.*RebuildCommand *: //' | sed -n '1p;$p'
first=$(grep -m1 'RebuildCommand .*\] 0% ' "$LOG" | cut -c1-24)
last=$(grep 'items indexed' "$LOG" | cut -c1-24)
t0=$(date -d "$first" +%s.%N)
t1=$(date -d "$last" +%s.%N)
cpu0=$(awk -v t="$t0" '$1 <= t {c = $2} END {print c + 0}' "$CPU")
cpu1=$(awk -v t="$t1" '$1 <= t + 0.3 {c = $2} END {print c + 0}' "$CPU")
N=$(grep 'items indexed' "$LOG" | sed 's/.*: \([0-9]*\) items indexed.*/\1/')
wall=$(echo "$t1 - $t0" | bc)
cpu=$(echo "scale=2; ($cpu1 - $cpu0) / $(getconf CLK_TCK)" | bc)
echo "rebuild: $N items, wall $(printf '%.1f' "$wall") s, JVM CPU $cpu s ($(echo "scale=2; $cpu / $wall" | bc) cores busy on average)"
echo "rebuild: $(echo "$N / $wall" | bc) items/s wall clock, $(echo "$N / $cpu" | bc) items per JVM CPU-second"
echo "index size: $(du -sh "$DATA/search" | cut -f1)"
