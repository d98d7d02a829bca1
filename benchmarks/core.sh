#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Advisory-core benchmark (issue "Scanner core"): import, snapshot open, heap and matching
# throughput over the whole OSV corpus, and the same at 4x and 16x the corpus (synthetic
# copies, see src/test/java/org/stellaops/bench/FeedReplicator.java). Writes
# benchmarks/results/core-DATE.md; see benchmarks/README.md for what each figure means.
#
# Usage: benchmarks/core.sh
#   RUNS=5        whole-process runs per timing (median reported)
#   SCALES="1 4 16"  corpus multiples to measure (1 must come first)
#   JMH_ITER=5    JMH measurement iterations (each at least one pass over the 20000 purls)
# Caches under benchmarks/work/ (gitignored): the purl list and the replicated feeds (delete
# purls.txt and feed-*x/ after changing the corpus or the bench code that writes them). The
# databases are imported afresh on every run, since importing is part of what is measured.
# Needs jq, python3 (page-cache eviction) and coreutils' timeout.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-5}"
scales="${SCALES:-1 4 16}"
jmh_iter="${JMH_ITER:-5}"
work=benchmarks/work
corpus=../shared/corpus
feeds=("$corpus"/osv/*/all.zip "$corpus"/osv-ghsa/*/all.zip)
probe_purl='pkg:pypi/urllib3@1.24.1'
mkdir -p "$work" benchmarks/results
log="$work/core.log"
: >"$log"
began=$(date +%s)

say() { echo "core.sh: $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# value of key=value in a probe's output line
field() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR) print a[int((NR+1)/2)]; else print "n/a"}'; }
minimum() { sort -n | head -1; }
# drops a database's snapshot files from the page cache (clean pages only; ours are fsynced)
evict() {
  find "$1/snapshots" -type f -print0 | xargs -0 python3 -c '
import os, sys
for path in sys.argv[1:]:
    fd = os.open(path, os.O_RDONLY)
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    os.close(fd)'
}
# linear extrapolation to 20x from the values at 4x and 16x
to20() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.0f", b + (b - a) * 4 / 12}'; }

# --- build and classpath ---------------------------------------------------------------------
say "building"
./mvnw -B -q -DskipTests package >&2
cpfile=target/bench-classpath.txt
if [ ! -s "$cpfile" ] || [ pom.xml -nt "$cpfile" ]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$cpfile" >&2
fi
cp="target/test-classes:target/stella.jar:target/lib/*:$(cat "$cpfile")"
if ! grep -q MatchBenchmark target/test-classes/META-INF/BenchmarkList; then
  say "target/test-classes/META-INF/BenchmarkList lacks MatchBenchmark (annotation processor?)"
  exit 2
fi
./stella --version >/dev/null   # makes the launcher's AppCDS archive outside the timings

# --- inputs (cached) -------------------------------------------------------------------------
purls="$work/purls.txt"
if [ ! -s "$purls" ]; then
  java -cp "$cp" org.stellaops.bench.CorpusPurls --out "$purls" --count 20000 \
    "$corpus/osv" "$corpus/osv-ghsa" 2>>"$log"
fi
head -1000 "$purls" >"$work/purls-1k.txt"
for s in $scales; do
  if [ "$s" -gt 1 ] && [ ! -d "$work/feed-${s}x" ]; then
    say "writing the ${s}x feed"
    java -cp "$cp" org.stellaops.bench.FeedReplicator --copies "$s" --out "$work/feed-${s}x" \
      "$corpus/osv" "$corpus/osv-ghsa" 2>>"$log"
  fi
done

# --- smallest -Xmx ---------------------------------------------------------------------------
# Smallest -Xmx in MiB (to 8 MiB) with which the command "$@" succeeds; the command reads $XMX.
# Searches [lo, hi], widening hi while it fails; says "<= lo" when even lo is enough.
min_heap() {
  local lo=$1 hi=$2 mid
  shift 2
  if XMX=$lo "$@"; then echo "<= $lo"; return; fi
  until XMX=$hi "$@"; do
    lo=$hi
    hi=$((hi * 2))
    if [ "$hi" -gt 16384 ]; then echo ">16384"; return; fi
  done
  while [ $((hi - lo)) -gt 8 ]; do
    mid=$(((lo + hi) / 2))
    if XMX=$mid "$@"; then hi=$mid; else lo=$mid; fi
  done
  echo "$hi"
}
import_fits() {
  rm -rf "$work/db-heap"
  STELLA_JAVA_OPTS="-Xmx${XMX}m" timeout 180 ./stella db import --db "$work/db-heap" \
    "${feeds[@]}" >/dev/null 2>>"$log"
}
scan_fits() {   # $1 = scale, $2 = purl list
  timeout 180 java -Xmx"${XMX}"m -cp "$cp" org.stellaops.bench.ScanProbe "$work/db-$1x" "$2" \
    "$1" 1 >/dev/null 2>>"$log"
}

# --- import ----------------------------------------------------------------------------------
say "import, whole process, $runs runs"
import_load="$(load)"
times=()
for _ in $(seq "$runs"); do
  rm -rf "$work/db-cli"
  start=$(now_ms)
  ./stella db import --db "$work/db-cli" "${feeds[@]}" >/dev/null 2>>"$log"
  times+=($(( $(now_ms) - start )))
done
import_cli=$(printf '%s\n' "${times[@]}" | median)
import_cli_min=$(printf '%s\n' "${times[@]}" | minimum)
import_load="$import_load -> $(load)"
rm -rf "$work/db-cli"

declare -A imp imp_load open_cold open_warm open_in open_warm_in open_load cold_first scan_line \
  scan_heap scan_load size
for s in $scales; do
  say "import in process, ${s}x"
  inputs=("${feeds[@]}")
  probe_runs=1
  if [ "$s" -gt 1 ]; then inputs=("$work/feed-${s}x"); else probe_runs=2; fi
  imp_load[$s]="$(load)"
  # the finished import of N copies holds about N x 130 MiB: give it room whatever the RAM
  imp[$s]=$(java -Xmx$((s * 200 + 512))m -cp "$cp" org.stellaops.bench.ImportProbe \
    "$probe_runs" "$work/db-${s}x" "${inputs[@]}" 2>>"$log")
  imp_load[$s]="${imp_load[$s]} -> $(load)"
  size[$s]=$(du -sm "$work/db-${s}x/snapshots" | cut -f1)
done
say "smallest -Xmx for stella db import, 1x"
heap_load="$(load)"
import_xmx=$(min_heap 96 256 import_fits)
heap_load="$heap_load -> $(load)"
rm -rf "$work/db-heap"

# --- open ------------------------------------------------------------------------------------
say "JVM and launcher baseline"
times=()
for _ in $(seq "$runs"); do
  start=$(now_ms)
  ./stella --version >/dev/null
  times+=($(( $(now_ms) - start )))
done
baseline=$(printf '%s\n' "${times[@]}" | median)
for s in $scales; do
  say "open, ${s}x"
  db="$work/db-${s}x"
  open_load[$s]="$(load)"
  cold=() warm=() inproc=() first=()
  for _ in $(seq "$runs"); do
    evict "$db"
    start=$(now_ms)
    ./stella advisories --db "$db" "$probe_purl" >/dev/null
    cold+=($(( $(now_ms) - start )))
    start=$(now_ms)
    ./stella advisories --db "$db" "$probe_purl" >/dev/null
    warm+=($(( $(now_ms) - start )))
    evict "$db"
    line=$(java -XX:TieredStopAtLevel=1 -cp "$cp" org.stellaops.bench.OpenProbe "$db" \
      "$probe_purl" 20 2>>"$log")
    inproc+=("$(field open_ms "$line")")
    first+=("$(field first_match_ms "$line")")
  done
  open_cold[$s]=$(printf '%s\n' "${cold[@]}" | median)
  open_warm[$s]=$(printf '%s\n' "${warm[@]}" | median)
  open_in[$s]=$(printf '%s\n' "${inproc[@]}" | median)
  cold_first[$s]=$(printf '%s\n' "${first[@]}" | median)
  open_warm_in[$s]=$(field warm_open_median_ms "$line")
  open_load[$s]="${open_load[$s]} -> $(load)"
done

# --- scan heap -------------------------------------------------------------------------------
for s in $scales; do
  say "scan heap, ${s}x"
  scan_load[$s]="$(load)"
  scan_line[$s]=$(java -cp "$cp" org.stellaops.bench.ScanProbe "$work/db-${s}x" \
    "$work/purls-1k.txt" "$s" 3 2>>"$log")
  scan_heap[$s]=$(min_heap 8 64 scan_fits "$s" "$work/purls-1k.txt")
  scan_load[$s]="${scan_load[$s]} -> $(load)"
done
say "scan of all 20000 purls, 1x"
full_load="$(load)"
full_scan=$(java -cp "$cp" org.stellaops.bench.ScanProbe "$work/db-1x" "$purls" 1 2 2>>"$log")
full_load="$full_load -> $(load)"
say "match cost by purl type, 1x"
costs=$(java -cp "$cp" org.stellaops.bench.MatchCosts "$work/db-1x" "$purls" 2>>"$log")

# --- matching throughput (JMH) ---------------------------------------------------------------
say "JMH"
jmh_load="$(load)"
java -cp "$cp" org.openjdk.jmh.Main 'MatchBenchmark\.(matchPackage|matchPackageFreshMatcher|lookupPackage)$' \
  -p "scale=$(tr ' ' ',' <<<"$scales")" -p work="$work" -i "$jmh_iter" -prof gc \
  -rf json -rff "$work/jmh.json" >>"$log" 2>&1
java -cp "$cp" org.openjdk.jmh.Main 'MatchBenchmark\.matchAbsentPackage$' -p scale=1 \
  -p work="$work" -i "$jmh_iter" -prof gc -rf json -rff "$work/jmh-absent.json" >>"$log" 2>&1
jmh_load="$jmh_load -> $(load)"
jmh_metric() {   # $1 benchmark, $2 scale, $3 jq filter on the result
  jq -rs --arg b "$1" --arg s "$2" "add | .[] | select((.benchmark | endswith(\".\" + \$b))
    and .params.scale == \$s) | $3" "$work/jmh.json" "$work/jmh-absent.json"
}
jmh() {   # "score ± error (slowest-fastest iteration)" of $1 at scale $2
  jmh_metric "$1" "$2" '.primaryMetric | "\(.score | floor) ± \(.scoreError
    | if type == "number" then floor else "?" end) (\(.rawData[0] | min | floor)-\(.rawData[0]
    | max | floor))"'
}
jmh_alloc() {   # bytes allocated per operation
  jmh_metric "$1" "$2" '.secondaryMetrics["gc.alloc.rate.norm"].score | floor'
}

# --- report ----------------------------------------------------------------------------------
out="benchmarks/results/core-$(date -u +%Y-%m-%d).md"
{
  echo "# Advisory core benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" \
    "($(grep -m1 'cpu MHz' /proc/cpuinfo | cut -d: -f2 | xargs) MHz," \
    "$(grep -m1 'cache size' /proc/cpuinfo | cut -d: -f2 | xargs) cache)," \
    "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM," \
    "$(java -version 2>&1 | head -1), kernel $(uname -r)"
  echo "runs per whole-process figure: $runs (median); load average (1, 5, 15 min) before -> after"
  echo
  echo "| figure | target | measured | load |"
  echo "|---|---|---|---|"
  echo "| import 1x, \`stella db import\` whole process (median / best, s) | <= 10 |" \
    "$(awk -v a="$import_cli" -v b="$import_cli_min" \
      'BEGIN {printf "%.2f / %.2f", a/1000, b/1000}') | $import_load |"
  echo "| import 1x, in process, first / warm (s) | <= 10 |" \
    "$(awk -v a="$(field first_ms "${imp[1]}")" -v b="$(field warm_median_ms "${imp[1]}")" \
      'BEGIN {printf "%.2f / %.2f", a/1000, b/1000}') | ${imp_load[1]} |"
  echo "| import 1x, smallest -Xmx for \`stella db import\` (MiB) | <= 256 | $import_xmx |" \
    "$heap_load |"
  echo "| import 1x, heap held by the finished FeedImport / peak live (MiB) | <= 256 |" \
    "$(field feed_retained_mib "${imp[1]}") / $(field peak_live_mib "${imp[1]}") | ${imp_load[1]} |"
  echo "| open 1x cold, \`stella advisories\` whole process, page cache dropped (ms) | <= 200 |" \
    "${open_cold[1]} (warm cache: ${open_warm[1]}; \`stella --version\`: $baseline) |" \
    "${open_load[1]} |"
  echo "| open 1x in a fresh JVM, cold cache: open / first match (ms) | <= 200 |" \
    "${open_in[1]} / ${cold_first[1]} (reopen in the same JVM: ${open_warm_in[1]}) |" \
    "${open_load[1]} |"
  echo "| scan 1x of 1000 purls, smallest -Xmx (MiB) | <= 256 | ${scan_heap[1]} | ${scan_load[1]} |"
  echo "| scan 1x of 20000 purls, heap retained with the report / peak live (MiB) | <= 256 |" \
    "$(field retained_mib "$full_scan") / $(field peak_live_mib "$full_scan") | $full_load |"
  echo "| matching, 1 thread, JMH matchPackage 1x, warm matcher (packages/s) | >= 200000 |" \
    "$(jmh matchPackage 1) | $jmh_load |"
  echo "| matching, 1 thread, JMH matchPackageFreshMatcher 1x, new matcher per pass" \
    "(packages/s) | >= 200000 | $(jmh matchPackageFreshMatcher 1) | $jmh_load |"
  echo "| matching, 1 thread, JMH matchAbsentPackage 1x: same purls, names no advisory has" \
    "(packages/s) | >= 200000 | $(jmh matchAbsentPackage 1) | $jmh_load |"
  echo "| matching, ScanMatcher over 20000 purls, warm (packages/s) | >= 200000 |" \
    "$(field warm_packages_per_s "$full_scan") | $full_load |"
  echo
  echo "## Scaling"
  echo
  echo "| scale | advisories | snapshot (MiB on disk) | import in process (s)" \
    "| FeedImport held (MiB) | import peak live (MiB)" \
    "| \`stella advisories\` cold / warm cache (ms)" \
    "| open / first match, fresh JVM, cold cache (ms) | scan 1000 purls, smallest -Xmx (MiB)" \
    "| lookup (lookups/s) | match (packages/s) | match alloc (B/package) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for s in $scales; do
    echo "| ${s}x | $(field advisories "${imp[$s]}") | ${size[$s]} |" \
      "$(awk -v a="$(field first_ms "${imp[$s]}")" 'BEGIN {printf "%.1f", a/1000}') |" \
      "$(field feed_retained_mib "${imp[$s]}") | $(field peak_live_mib "${imp[$s]}") |" \
      "${open_cold[$s]} / ${open_warm[$s]} | ${open_in[$s]} / ${cold_first[$s]} |" \
      "${scan_heap[$s]} | $(jmh lookupPackage "$s") |" \
      "$(jmh matchPackage "$s") | $(jmh_alloc matchPackage "$s") |"
  done
  if [[ " $scales " == *" 4 "* && " $scales " == *" 16 "* ]]; then
    echo "| 20x (linear from 4x and 16x) | $(to20 "$(field advisories "${imp[4]}")" \
      "$(field advisories "${imp[16]}")") | $(to20 "${size[4]}" "${size[16]}") |" \
      "$(to20 "$(field first_ms "${imp[4]}")" "$(field first_ms "${imp[16]}")" \
        | awk '{printf "%.1f", $1/1000}') |" \
      "$(to20 "$(field feed_retained_mib "${imp[4]}")" \
        "$(field feed_retained_mib "${imp[16]}")") |" \
      "$(to20 "$(field peak_live_mib "${imp[4]}")" "$(field peak_live_mib "${imp[16]}")") |" \
      "$(to20 "${open_cold[4]}" "${open_cold[16]}") /" \
      "$(to20 "${open_warm[4]}" "${open_warm[16]}") |" \
      "$(to20 "${open_in[4]}" "${open_in[16]}") / $(to20 "${cold_first[4]}" "${cold_first[16]}")" \
      "|" \
      "$(to20 "${scan_heap[4]}" "${scan_heap[16]}") | | | |"
  fi
  echo
  for s in $scales; do
    echo "load at ${s}x: import ${imp_load[$s]}; open ${open_load[$s]}; scan ${scan_load[$s]}"
  done
  echo
  echo "## Match cost by purl type (1x, 20000 purls, one warm pass, each call timed, per package)"
  echo
  echo "$costs"
  echo
  echo "## Probe output"
  echo
  echo '```'
  for s in $scales; do echo "${s}x ${imp[$s]}"; echo "${s}x ${scan_line[$s]}"; done
  echo "1x full $full_scan"
  echo '```'
  echo
  echo "script time: $(( $(date +%s) - began )) s"
} | tee "$out"
