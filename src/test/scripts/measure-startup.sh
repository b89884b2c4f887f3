#!/usr/bin/env bash
# Measures the default run (mvn -Prun package) for docs/performance.md: seconds until /health/ready answers
# 200, Payara's own "ready in" figure, and the resident memory of Payara Micro and PostgreSQL once ready.
# Usage: bash src/test/scripts/measure-startup.sh [fresh]   ("fresh" deletes ./data first: a first start)
set -uo pipefail
cd "$(dirname "$0")/../../.." || exit 1
if [ "${1:-}" = "fresh" ]; then
  rm -rf "${SILLON_DATA_DIR:-data}"
fi
mvn -B -q package -DskipTests >/dev/null 2>&1 || { echo "the build failed: run mvn package" >&2; exit 1; }
log=$(mktemp)
# in a process group of its own, so that stopping it stops its Payara Micro and PostgreSQL and nothing else
setsid mvn -B -q -Prun package >"$log" 2>&1 &
launcher=$!
start=$(date +%s%N)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:${SILLON_PORT:-8080}/health/ready")" = "200" ]; do
  sleep 0.5
  if ! kill -0 "$launcher" 2>/dev/null; then
    cat "$log"
    exit 1
  fi
done
end=$(date +%s%N)
sleep 5
elapsed=$(( (end - start) / 100000000 ))
echo "ready after $((elapsed / 10)).$((elapsed % 10)) s (launcher start to /health/ready 200)"
grep -a -o 'ready in [0-9,]* (ms)' "$log" | tail -1 | sed 's/^/Payara Micro /'
grep -a -o 'Demo data loaded.*' "$log"
grep -a 'Sillon is ready' "$log"
payara=$(pgrep -P "$launcher" -f 'payara-micro.jar --deploy' | head -1)
echo "Payara Micro RSS $(( $(ps -o rss= -p "$payara") / 1024 )) MB"
total=0
for pid in $(pgrep -x postgres); do  # every PostgreSQL of the machine: alone on it for a true figure
  total=$(( total + $(ps -o rss= -p "$pid" || echo 0) ))
done
echo "PostgreSQL RSS $(( total / 1024 )) MB (all processes)"
kill -- -"$launcher"
wait "$launcher" 2>/dev/null
rm -f "$log"
