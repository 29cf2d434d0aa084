#!/usr/bin/env bash
# Load on `reseau serve` over the synthetic register (100,000 people): wrk at 32 connections
# on an organization profile page (random organizations) and on search, printing p50/p95
# and errors. Needs Debian's wrk.   Usage: [CONNECTIONS=32] benchmarks/web_load.sh [seconds] [workers]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
WORKERS=${2:-2}
DB=/tmp/reseau-bench.db
PORT=8765
export RESEAU_DATABASE_URL="sqlite:///$DB" RESEAU_SECRET_KEY="bench-key"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
.venv/bin/python benchmarks/register.py --db "$DB" --build-only
echo "une-phrase-de-passe" | .venv/bin/reseau user add bench --role viewer --password-stdin >/dev/null 2>&1 || true
.venv/bin/reseau serve --port "$PORT" --workers "$WORKERS" >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$PORT/connexion" && break; sleep 0.2; done
JAR=$(mktemp)
CSRF=$(curl -s -c "$JAR" "http://127.0.0.1:$PORT/connexion" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=bench&password=une-phrase-de-passe&csrf=$CSRF&next=/" "http://127.0.0.1:$PORT/connexion"
COOKIE=$(awk '$6 == "reseau_session" {print $7}' "$JAR")
LUA=$(mktemp --suffix=.lua)
cat > "$LUA" <<'LUA'
local mode = os.getenv("MODE")
local words = {"Tremblay", "Gagnon", "Montreal", "Lyon", "police", "Dakar", "Geneve", "violences", "Roy", "Diallo"}
request = function()
  local path
  if mode == "org" then path = "/organisations/" .. math.random(1, 20000)
  else path = "/recherche?q=" .. words[math.random(1, #words)] end
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("%s: %d requests, %.0f req/s, p50 %.1f ms, p95 %.1f ms, errors %d\n", mode, summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000, errors))
end
LUA
for mode in org search; do
  MODE=$mode wrk -t"$(( ${CONNECTIONS:-32} < 2 ? 1 : 2 ))" -c"${CONNECTIONS:-32}" -d"${SECONDS_PER_RUN}s" -s "$LUA" -H "Cookie: reseau_session=$COOKIE" "http://127.0.0.1:$PORT" | tail -n 1
done
