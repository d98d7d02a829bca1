#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Access layer benchmark: the cost per request of authentication, quotas and rate limits.
# Builds the project, starts two servers on the example snapshot (each with its embedded
# Redis): one with the access layer on (quotas and rate limit generous enough never to
# refuse or hold) and one with stella.quota.enabled=false, then times GET /scans/{id} of a
# finished one-component scan against both, alternated call by call (AccessLatency).
# The difference of the P95s is the layer's added latency; the target is at most 1 ms.
#
# Usage: benchmarks/access.sh [TOKEN|auto]
#   (about 2 minutes; writes benchmarks/results/access-DATE.md)
#   TOKEN             a bearer token sent with every request to the layer-on server only, so
#                     authentication is measured too; `auto` issues one offline with that
#                     server's own key (stella admin token issue), as a CI pipeline would hold
#   CALLS=2000 WARMUP=500   measured and warm-up calls per server
#   PORT=18490        the first server's port (the second uses PORT+1)
#   ON_OPTS=          more -D options for the server with the layer on, for instance
#                     -Dstella.quota.access-log=false to see what the access log costs
set -euo pipefail
cd "$(dirname "$0")/.."
token="${1:-}"
calls="${CALLS:-2000}"
warmup="${WARMUP:-500}"
port="${PORT:-18490}"
work=benchmarks/work
bin="$work/access-bin"
log="$work/access-bench.log"
mkdir -p "$work" benchmarks/results
: >"$log"
say() { echo "access.sh: $*" >&2; }
field() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"; }

say "building"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
./mvnw -B -q -o -DskipTests -Dfips.check.skip=true package >&2 \
  || ./mvnw -B -q -DskipTests -Dfips.check.skip=true package >&2
# a frozen copy, so a rebuild of target/ during the run cannot change what is measured
rm -rf "$bin"
mkdir -p "$bin"
cp -r target/quarkus-app target/test-classes "$bin/"
cp="$bin/test-classes:$bin/quarkus-app/lib/main/*:$bin/quarkus-app/lib/boot/*"

sbom="$work/access-sbom.cdx.json"
cat >"$sbom" <<'JSON'
{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
 "components": [{"type": "library", "name": "lodash", "version": "4.17.15",
   "purl": "pkg:npm/lodash@4.17.15"}]}
JSON

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT
start() { # $1 port, $2 name, then -D options
  local p="$1" name="$2"
  shift 2
  java "$@" -Dstella.attest.keys-dir="$work/access-keys-$name" \
    -Dstella.auth.keys-dir="$work/access-auth-keys-$name" \
    -jar "$bin/quarkus-app/quarkus-run.jar" serve --port "$p" --host 127.0.0.1 \
    --db examples/db >"$work/access-$name.log" 2>&1 &
  pids+=($!)
}
# shellcheck disable=SC2086  # ON_OPTS is a list of options
start "$port" on -Dstella.quota.tiers.anonymous=unlimited -Dstella.quota.rate-limit=1000000 \
  ${ON_OPTS:-}
start "$((port + 1))" off -Dstella.quota.enabled=false
for p in "$port" "$((port + 1))"; do
  ready=
  for _ in $(seq 120); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/ready")" = 200 ]; then
      ready=1
      break
    fi
    sleep 0.5
  done
  [ -n "$ready" ] || { say "the server on port $p did not get ready; see $work/access-*.log"; exit 1; }
done

if [ "$token" = auto ]; then
  key="$(ls "$work/access-auth-keys-on"/*.key.pem | head -1)"
  token="$(java -cp "target/stella.jar:target/lib/*" org.stellaops.cli.StellaMain admin token \
    issue --key "$key" --kid "$(basename "$key" .key.pem)" --days 1 --subject access-bench \
    --scope scan:write,scan:read)"
fi

say "timing $calls calls per server after $warmup warm-up calls"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
line=$(java -cp "$cp" org.stellaops.bench.server.AccessLatency "http://127.0.0.1:$port" \
  "http://127.0.0.1:$((port + 1))" "$sbom" "$warmup" "$calls" ${token:+"$token"} 2>>"$log")
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
p50_on=$(field on_p50_ms "$line"); p95_on=$(field on_p95_ms "$line")
p50_off=$(field off_p50_ms "$line"); p95_off=$(field off_p95_ms "$line")
added=$(awk -v a="$p95_on" -v b="$p95_off" 'BEGIN {printf "%.2f", a - b}')
met=$(awk -v d="$added" 'BEGIN {print (d <= 1.0) ? "yes" : "**no**"}')
out="benchmarks/results/access-$(date -u +%Y-%m-%dT%H%M).md"
{
  echo "# Access layer, $(date -u +%Y-%m-%dT%H:%MZ), commit $commit"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
  echo "shared with other builds; load $load_before -> $load_after."
  echo "Token: $([ -n "$token" ] && echo "given (authentication measured too)" || echo none)."
  echo "Layer-on server options: ${ON_OPTS:-(none beyond generous limits)}."
  echo
  echo "| GET /scans/{id}, $calls calls | P50 (ms) | P95 (ms) |"
  echo "|---|---|---|"
  echo "| access layer on | $p50_on | $p95_on |"
  echo "| stella.quota.enabled=false | $p50_off | $p95_off |"
  echo "| added (P95 on - P95 off) | | $added (target <= 1 ms: $met) |"
  echo
  echo "Raw: \`$line\`"
} | tee "$out"
