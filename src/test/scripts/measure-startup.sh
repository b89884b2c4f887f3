#!/usr/bin/env bash
# Measures the default run (mvn -Prun package) for docs/performance.md: seconds until /health/ready answers
# 200, Payara's own "ready in" figure, and the resident memory of Payara Micro and PostgreSQL once ready.
# Usage: bash src/test/scripts/measure-startup.sh [fresh]   ("fresh" deletes ./data first: first start)
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "${1:-}" = "fresh" ] && rm -rf data
mvn -B -q package -DskipTests >/dev/null
log=$(mktemp)
mvn -B -q -Prun package >"$log" 2>&1 &
launcher=$!
start=$(date +%s.%N)
until curl -s -o /dev/null -w '%{http_code}' http://localhost:${SILLON_PORT:-8080}/health/ready 2>/dev/null | grep -q 200; do
  sleep 0.5
  kill -0 $launcher 2>/dev/null || { cat "$log"; exit 1; }
done
end=$(date +%s.%N)
sleep 5
payara=$(pgrep -f 'payara-micro.jar --deploy' | head -1)
printf 'ready after %.1f s (launcher start to /health/ready 200)\n' "$(echo "$end - $start" | bc)"
grep -a -o 'ready in [0-9,]* (ms)' "$log" | tail -1 | sed 's/^/Payara Micro /'
grep -a -o 'Demo data loaded.*' "$log" || true
ps -o rss= -p "$payara" | awk '{printf "Payara Micro RSS %.0f MB\n", $1/1024}'
pgrep -f 'bin/postgres' | xargs -r ps -o rss= -p | awk '{s+=$1} END {printf "PostgreSQL RSS %.0f MB (all processes)\n", s/1024}'
pkill -f SillonLauncher || true
pkill -f 'payara-micro.jar --deploy' || true
wait $launcher 2>/dev/null || true
