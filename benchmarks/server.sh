#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Server benchmark (`stella serve`): builds the project, starts the server on the corpus
# snapshot with its embedded Redis, and measures
#   - POST /scan?wait=true latency, one sequential client, for the largest corpus SBOM, a
#     1,000-component synthetic SBOM and a real one of about 1,000 components (ScanLatency);
#   - POST /layers/missing latency for 100 diff ids, half of them held (MissingLatency);
#   - 60 clients scanning a mid-size SBOM back to back for 60 s: throughput, latency, errors,
#     429s, queue depth, heap and RSS sampled every 250 ms (LoadRun); then briefly again
#     with the queue bounded at 10 (stella.server.max-queued), to see the 429s;
#   - how long a scan's `completed` event takes to reach an SSE subscriber (EventLatency);
#   - `stella scan --server URL --delta IMAGE` wall time: cold, unchanged, top layer changed.
# The harness is src/test/java/org/stellaops/bench/server/. Everything runs from a copy of the
# build under benchmarks/work/server-bin/, so a rebuild of target/ during the run (another
# `./stella` call, a test run) cannot change or break what is measured.
#
# Usage: benchmarks/server.sh    (about 5 minutes; writes benchmarks/results/server-DATE.md)
#   CALLS=100         measured calls per sequential latency figure (after WARMUP=20)
#   CLIENTS=60 LOAD_SECONDS=60    the concurrent load
#   BOUNDED_SECONDS=20    the same load again, with stella.server.max-queued=10
#   EVENTS=200        scans whose completed event is timed
#   DELTA_RUNS=3      rounds of the delta figures (median reported)
#   PORT=18480        the server's port
# Needs curl and python3 (benchmarks/images/retop.py); builds the medium image of
# benchmarks/images/build.sh the first time (about 4 minutes, needs root and the network).
set -euo pipefail
cd "$(dirname "$0")/.."
calls="${CALLS:-100}"
warmup="${WARMUP:-20}"
clients="${CLIENTS:-60}"
load_seconds="${LOAD_SECONDS:-60}"
bounded_seconds="${BOUNDED_SECONDS:-20}"
events="${EVENTS:-200}"
delta_runs="${DELTA_RUNS:-3}"
port="${PORT:-18480}"
work=benchmarks/work
bin="$work/server-bin"
corpus=../shared/corpus
sbom="$corpus/sbom"
images="$work/images"
url="http://127.0.0.1:$port"
log="$work/server-bench.log"
mkdir -p "$work" benchmarks/results
: >"$log"

say() { echo "server.sh: $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
field() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR) print a[int((NR+1)/2)]; else print "n/a"}'; }
met() { awk -v v="$1" -v t="$2" 'BEGIN {if (v !~ /^[0-9.]+$/) print "n/a";
  else if (v + 0 <= t + 0) print "yes"; else print "**no**"}'; }

# --- build, and a frozen copy of it ----------------------------------------------------------
say "building"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
dirty="$(git status --porcelain src/main pom.xml 2>/dev/null | wc -l)"
./mvnw -B -q -o -DskipTests package >&2 || ./mvnw -B -q -DskipTests package >&2
rm -rf "$bin"
mkdir -p "$bin/src/main" "$bin/src/test/resources/images" "$bin/target"
cp pom.xml stella "$bin/"
cp -r examples "$bin/"
cp src/test/resources/images/tiny.docker.tar "$bin/src/test/resources/images/"
# copied after src/main and pom.xml exist, so the launcher sees a jar newer than its sources
cp -r target/stella.jar target/lib target/test-classes target/quarkus-app "$bin/target/"
stella="$bin/stella"
"$stella" --version >/dev/null   # the launcher's AppCDS archive, for the copy's paths
cp="$bin/target/test-classes:$bin/target/stella.jar:$bin/target/lib/*"
bench() { java -cp "$cp" "org.stellaops.bench.server.$1" "${@:2}" 2>>"$log"; }

# --- inputs (cached) -------------------------------------------------------------------------
db="$work/db"
if [ ! -f "$db/current" ]; then
  say "importing the corpus snapshot"
  "$stella" db import --db "$db" "$corpus"/osv/*/all.zip "$corpus"/osv-ghsa/*/all.zip \
    >/dev/null 2>>"$log"
fi
if [ ! -f "$work/synthetic-1000.cdx.json" ]; then
  [ -s "$work/purls.txt" ] || java -cp "$cp" org.stellaops.bench.CorpusPurls \
    --out "$work/purls.txt" --count 20000 "$corpus/osv" "$corpus/osv-ghsa" 2>>"$log"
  java -cp "$cp" org.stellaops.bench.scan.SyntheticSbom "$work/purls.txt" 1000 \
    "$work/synthetic-1000.cdx.json" 2>>"$log"
fi
[ -f "$images/medium.docker-gz.tar" ] || benchmarks/images/build.sh medium >&2
[ "$images/medium-retop.docker-gz.tar" -nt "$images/medium.docker-gz.tar" ] \
  || python3 benchmarks/images/retop.py "$images/medium.docker-gz.tar" \
    "$images/medium-retop.docker-gz.tar"
[ "$images/medium-retop24.docker-gz.tar" -nt "$images/medium.docker-gz.tar" ] \
  || python3 benchmarks/images/retop.py "$images/medium.docker-gz.tar" \
    "$images/medium-retop24.docker-gz.tar" 24
largest="$sbom/spdx/bom-shelter/istio-release.spdx"        # most components in the corpus
synthetic="$work/synthetic-1000.cdx.json"
real1k="$sbom/cyclonedx/bom-examples/SBOM/juice-shop/via_npm/bare/bom.1.4.json"
midsize="$sbom/cyclonedx/bom-shelter/redis-commander-sbom-cdx.json"

# --- the server ------------------------------------------------------------------------------
server_pid=
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ -n "${redis_pid:-}" ] && kill -0 "$redis_pid" 2>/dev/null; then
    kill "$redis_pid"
  fi
  server_pid=
  redis_pid=
}
trap stop_server EXIT
# starts the server with STELLA_JAVA_OPTS=$1, logging to $2; sets server_pid, redis_port, redis_pid
start_server() {
  say "starting the server on port $port ${1:+($1)}"
  # The scan quota (33 anonymous scans a day) would hold every later scan for up to 60 s;
  # the access layer's own cost is measured by access.sh, so it is off here.
  STELLA_JAVA_OPTS="-Dstella.quota.enabled=false $1" "$stella" serve --port "$port" --host 127.0.0.1 --db "$db" >"$2" 2>&1 &
  server_pid=$!
  local ready=
  for _ in $(seq 120); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/ready")" = 200 ]; then
      ready=1
      break
    fi
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.5
  done
  if [ -z "$ready" ]; then
    say "the server did not get ready; its log: $2"
    exit 1
  fi
  redis_port=$(sed -n 's/.*embedded redis started (version: [^,]*, port: \([0-9]*\).*/\1/p' \
    "$2" | head -1)
  redis_pid=$(pgrep -P "$server_pid" redis-server || true)
}
start_server "" "$work/server-serve.log"

# --- 1. sequential scan latency --------------------------------------------------------------
declare -A seq seq_load
for name in largest synthetic real1k; do
  say "sequential scans: $name"
  file="${!name}"
  seq_load[$name]="$(load)"
  seq[$name]=$(bench ScanLatency "$url" "$file" "$warmup" "$calls")
  seq_load[$name]="${seq_load[$name]} -> $(load)"
done

# --- 2. layers/missing -----------------------------------------------------------------------
say "POST /layers/missing"
missing_load="$(load)"
missing=$(bench MissingLatency "$url" 1000 5000)
missing_load="$missing_load -> $(load)"

# --- 3. concurrent load ----------------------------------------------------------------------
say "$clients clients for $load_seconds s"
loadrun_load="$(load)"
( sleep $((load_seconds / 2)); jcmd "$server_pid" GC.heap_info >"$work/server-heap-info.txt" \
  2>&1 || true ) &
heap_probe=$!
loadrun=$(bench LoadRun "$url" "$midsize" "$clients" "$load_seconds" "$server_pid" \
  "${redis_pid:-0}" "${redis_port:-0}")
loadrun_load="$loadrun_load -> $(load)"
wait "$heap_probe" || true

# --- 4. completed event to an SSE subscriber -------------------------------------------------
say "completed events of $events scans"
events_load="$(load)"
sse=$(bench EventLatency "$url" "$midsize" 10 "$events")
events_load="$events_load -> $(load)"

# --- 5. delta rescans ------------------------------------------------------------------------
# wall ms of one `stella scan --server --delta`, the launcher included; exit 0 or 1 is a report
delta_ms() {
  local start rc=0
  start=$(date +%s%N)
  "$stella" scan --server "$url" --delta --cache-dir "$client_cache" --format json \
    --output /dev/null "$1" 2>>"$log" || rc=$?
  if [ "$rc" -gt 1 ]; then echo "error"; return; fi
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}
declare -A delta
delta_load="$(load)"
if "$stella" scan --help 2>/dev/null | grep -q -- '--delta'; then
  baseline=$(for _ in 1 2 3; do s=$(date +%s%N); "$stella" --version >/dev/null
    echo $(( ($(date +%s%N) - s) / 1000000 )); done | median)
  for image in tiny medium; do
    if [ "$image" = tiny ]; then
      base="$bin/src/test/resources/images/tiny.docker.tar"
      changed=()
    else
      base="$images/medium.docker-gz.tar"
      changed=(retop retop24)
    fi
    declare -A runs=()
    for round in $(seq "$delta_runs"); do
      say "delta rescans: $image, round $round"
      # a new client key and client cache: the server holds nothing for this client
      export STELLA_CLIENT_KEY="bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
      client_cache="$work/server-client-cache"
      rm -rf "$client_cache"
      runs[cold]+="$(delta_ms "$base") "
      runs[unchanged]+="$(delta_ms "$base") "
      for c in "${changed[@]}"; do
        runs[$c]+="$(delta_ms "$images/medium-$c.docker-gz.tar") "
      done
    done
    for k in "${!runs[@]}"; do
      delta[$image-$k]=$(tr ' ' '\n' <<<"${runs[$k]}" | grep . | median)
      delta[$image-$k-all]="${runs[$k]% }"
    done
    unset runs
  done
  unset STELLA_CLIENT_KEY
else
  say "the command line has no --delta yet: delta figures skipped"
  baseline=n/a
fi
delta_load="$delta_load -> $(load)"

serve_log_errors=$(grep -cE ' (ERROR|WARN) ' "$work/server-serve.log" || true)
stop_server

# --- 6. the same load against a queue bounded at 10 ------------------------------------------
start_server "-Dstella.server.max-queued=10" "$work/server-serve-bounded.log"
bench ScanLatency "$url" "$midsize" 30 1 >/dev/null   # a fresh JVM: warm it up first
say "$clients clients for $bounded_seconds s, max-queued 10"
bounded_load="$(load)"
bounded=$(bench LoadRun "$url" "$midsize" "$clients" "$bounded_seconds" "$server_pid" \
  "${redis_pid:-0}" "${redis_port:-0}")
bounded_load="$bounded_load -> $(load)"
stop_server

# --- report ----------------------------------------------------------------------------------
ms() { awk -v v="$1" 'BEGIN {if (v == "" || v == "n/a" || v == "error") print v;
  else printf "%.2f", v / 1000}'; }
row_seq() {   # name label
  local line="${seq[$1]}"
  echo "| $2: $(field components "$line") components, $(field findings "$line") findings," \
    "$(( $(field report_bytes "$line") / 1024 )) KiB report | P95 <= 100 ms (1,000 components) |" \
    "$(field scan_p50_ms "$line") / $(field scan_p95_ms "$line") / $(field scan_p99_ms "$line")" \
    "| $3 | ${seq_load[$1]} |"
}
out="benchmarks/results/server-$(date -u +%Y-%m-%d).md"
{
  echo "# Server benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" \
    "($(grep -m1 'cpu MHz' /proc/cpuinfo | cut -d: -f2 | xargs) MHz," \
    "$(grep -m1 'cache size' /proc/cpuinfo | cut -d: -f2 | xargs) cache)," \
    "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM," \
    "$(java -version 2>&1 | head -1), kernel $(uname -r)"
  echo "code: commit $commit, $dirty files of src/main and pom.xml changed since"
  echo "server: \`stella serve\` with its embedded redis-server 7, default settings but the quota (off)" \
    "(maxRunning 4, maxQueued 100, workers = cores), snapshot $db;" \
    "sequential figures: $calls calls after $warmup warm-up calls; load average" \
    "(1, 5, 15 min) before -> after"
  echo
  echo "| figure | target | measured | met? | load |"
  echo "|---|---|---|---|---|"
  row_seq largest "scan?wait=true P50 / P95 / P99 (ms), largest corpus SBOM (istio, \
SPDX tag-value)" "n/a (target is for 1,000)"
  row_seq synthetic "same, synthetic 1,000 (every component an advisory's boundary version)" \
    "$(met "$(field scan_p95_ms "${seq[synthetic]}")" 100)"
  row_seq real1k "same, OWASP Juice Shop (CycloneDX JSON)" \
    "$(met "$(field scan_p95_ms "${seq[real1k]}")" 100)"
  echo "| layers/missing, 100 diff ids (50 held), P50 / P95 / P99 (ms), 5000 calls |" \
    "P95 <= 2 ms | $(field missing_p50_ms "$missing") / $(field missing_p95_ms "$missing") /" \
    "$(field missing_p99_ms "$missing") | $(met "$(field missing_p95_ms "$missing")" 2) |" \
    "$missing_load |"
  echo "| load: $clients clients, $load_seconds s, redis-commander SBOM" \
    "($(field components "$loadrun") components): scans/s; errors; 429s | errors = 0 |" \
    "$(field throughput_per_s "$loadrun"); $(field errors "$loadrun")" \
    "($(field error_kinds "$loadrun")); $(field http_429 "$loadrun") |" \
    "$( [ "$(field errors "$loadrun")" = 0 ] && echo yes || echo '**no**') | $loadrun_load |"
  echo "| load: latency P50 / P95 / P99 (ms); wall time of the run (s) | |" \
    "$(field scan_p50_ms "$loadrun") / $(field scan_p95_ms "$loadrun") /" \
    "$(field scan_p99_ms "$loadrun"); $(field elapsed_s "$loadrun") | | |"
  echo "| load: queue depth, /metrics stella_queue_depth, max / P95" \
    "($(field samples "$loadrun") samples) | <= 10 | $(field queue_metric_max "$loadrun") /" \
    "$(field queue_metric_p95 "$loadrun") (Redis itself: $(field queue_redis_max "$loadrun") /" \
    "$(field queue_redis_p95 "$loadrun")) | $(met "$(field queue_metric_max "$loadrun")" 10) | |"
  echo "| load: heap used, max / median (MiB), old generation after GC max (MiB); server RSS" \
    "max / median (MiB); redis-server RSS max (MiB) | | $(field heap_used_max_mib "$loadrun") /" \
    "$(field heap_used_p50_mib "$loadrun"), $(field heap_live_max_mib "$loadrun");" \
    "$(field server_rss_max_mib "$loadrun") / $(field server_rss_p50_mib "$loadrun");" \
    "$(field redis_rss_max_mib "$loadrun") | | |"
  echo "| load: Redis used memory max (MiB, maxmemory 512 MiB); keys evicted since start | |" \
    "$(field redis_used_max_mib "$loadrun"); $(field redis_evicted_keys "$loadrun") | | |"
  echo "| load: mean stage times (ms) sbom / match / report; GC pauses (count, total ms) | |" \
    "$(field stage_sbom_mean_ms "$loadrun") / $(field stage_match_mean_ms "$loadrun") /" \
    "$(field stage_report_mean_ms "$loadrun"); $(field gc_pauses "$loadrun")," \
    "$(field gc_pause_total_ms "$loadrun") | | |"
  echo "| load, max-queued 10, $bounded_seconds s: scans/s; errors; 429s; queue max / P95" \
    "(/metrics; Redis) | queue <= 10 | $(field throughput_per_s "$bounded");" \
    "$(field errors "$bounded") ($(field error_kinds "$bounded")); $(field http_429 "$bounded");" \
    "$(field queue_metric_max "$bounded") / $(field queue_metric_p95 "$bounded");" \
    "$(field queue_redis_max "$bounded") / $(field queue_redis_p95 "$bounded") |" \
    "$(met "$(field queue_redis_max "$bounded")" 10) | $bounded_load |"
  echo "| load, max-queued 10: latency P50 / P95 / P99 (ms) of the 200s | |" \
    "$(field scan_p50_ms "$bounded") / $(field scan_p95_ms "$bounded") /" \
    "$(field scan_p99_ms "$bounded") | | |"
  echo "| completed event at an SSE subscriber, P50 / P95 / P99 (ms), $events scans |" \
    "| $(field event_p50_ms "$sse") / $(field event_p95_ms "$sse") /" \
    "$(field event_p99_ms "$sse") ($(field late_subscriptions "$sse") late subscriptions) | |" \
    "$events_load |"
  echo "| delta, tiny image: cold / unchanged (s) | | $(ms "${delta[tiny-cold]:-n/a}") /" \
    "$(ms "${delta[tiny-unchanged]:-n/a}") | | $delta_load |"
  echo "| delta, medium image (364 MiB, 5 gzip layers): cold (s); Trivy 2.2 | |" \
    "$(ms "${delta[medium-cold]:-n/a}") | | |"
  echo "| delta, medium: unchanged rescan (s); Trivy 0.60 | |" \
    "$(ms "${delta[medium-unchanged]:-n/a}") | | |"
  echo "| delta, medium: top layer changed, tiny top layer (s) | <= 0.35 |" \
    "$(ms "${delta[medium-retop]:-n/a}") | $(met "$(ms "${delta[medium-retop]:-n/a}")" 0.35) | |"
  echo "| delta, medium: top layer changed, 24 MB top layer (s); Trivy 1.04 | <= 0.35 |" \
    "$(ms "${delta[medium-retop24]:-n/a}") |" \
    "$(met "$(ms "${delta[medium-retop24]:-n/a}")" 0.35) | |"
  echo "| \`stella --version\` (the launcher and JVM alone, s) | | $(ms "$baseline") | | |"
  echo
  echo "Delta runs (ms), in order: $(for k in "${!delta[@]}"; do [[ $k == *-all ]] &&
    echo -n "${k%-all}: ${delta[$k]}; "; done)"
  echo "Server log: $serve_log_errors WARN/ERROR lines ($work/server-serve.log);" \
    "heap at mid-load: $work/server-heap-info.txt; harness output: $log."
  echo
  echo "Raw lines:"
  echo
  for name in largest synthetic real1k; do echo "    $name: ${seq[$name]}"; done
  echo "    missing: $missing"
  echo "    load: $loadrun"
  echo "    events: $sse"
  echo "    bounded: $bounded"
} | tee "$out"
