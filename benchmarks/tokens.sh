#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Access-token benchmark: builds the project, starts `stella serve` (embedded Redis, the
# example snapshot) with one configured client, and measures POST /connect/token throughput
# and latency for 1, 4 and 16 concurrent clients (src/test/java/org/stellaops/bench/server/
# TokenThroughput). Prints a Markdown table and writes it to benchmarks/results/tokens-DATE.md.
#
# Usage: benchmarks/tokens.sh    (about 1.5 minutes)
#   SECONDS_EACH=15   measured seconds per row (after a warm-up of a fifth of that)
#   PORT=18490        the server's port
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${SECONDS_EACH:-15}"
port="${PORT:-18490}"
work=benchmarks/work/tokens
mkdir -p "$work" benchmarks/results
./mvnw -B -q -o -DskipTests -Dfips.check.skip=true package >&2 \
  || ./mvnw -B -q -DskipTests -Dfips.check.skip=true package >&2
./mvnw -B -q -o test-compile -Dfips.check.skip=true >&2
cp="target/test-classes:target/stella.jar:target/lib/*"
secret="bench-secret-$(date +%s)-0123456789"
hash="$(java -cp "$cp" org.stellaops.bench.server.TokenSecretHash "$secret")"
java -Dstella.auth.keys-dir="$work/keys" -Dstella.attest.keys-dir="$work/attest-keys" \
  "-Dstella.auth.clients.bench.secret-hash=$hash" -Dstella.auth.clients.bench.tier=free \
  -jar target/quarkus-app/quarkus-run.jar serve --port "$port" --host 127.0.0.1 \
  --db examples/db >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.2
done
out="benchmarks/results/tokens-$(date -u +%Y-%m-%d).md"
{
  echo "POST /connect/token, $(nproc) cores, $(java -version 2>&1 | head -1)," \
    "commit $(git rev-parse --short HEAD), ${seconds} s per row"
  echo
  echo "| clients | tokens/s | p50 ms | p99 ms | max ms | errors |"
  echo "|---|---|---|---|---|---|"
  for clients in 1 4 16; do
    java -cp "$cp" org.stellaops.bench.server.TokenThroughput "http://127.0.0.1:$port" \
      bench "$secret" "$clients" "$seconds"
  done
} | tee "$out"
