#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# VEX and policy benchmark (issue: P95 at most 5 ms for 1,000 findings, 50 rules and 1,000
# VEX statements): JMH VerdictBenchmark, sample time, under match: first and match: all.
# Writes benchmarks/results/verdict-DATE.md; see benchmarks/README.md for the inputs.
#
# Usage: benchmarks/verdict.sh
#   JMH_ITER=5     measurement iterations (4 s each; warm-up is 3 x 3 s)
#   JMH_FORKS=1    JVM forks per benchmark; 2 or more average out JIT luck (the run of record
#                  in benchmarks/README.md used JMH_ITER=4 JMH_FORKS=2, about 7 min)
#   JMH_PROF=      extra JMH arguments, e.g. JMH_PROF="-prof gc" (adds bytes per scan)
#   TARGET_MS=5    the P95 the table compares against
# Needs jq. About 2.5 min with the defaults, build included.
set -euo pipefail
cd "$(dirname "$0")/.."
jmh_iter="${JMH_ITER:-5}"
forks="${JMH_FORKS:-1}"
target_ms="${TARGET_MS:-5}"
work=benchmarks/work
json="$work/jmh-verdict.json"
mkdir -p "$work" benchmarks/results
say() { echo "verdict.sh: $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

say "building"
./mvnw -B -q -DskipTests package >&2
cpfile=target/bench-classpath.txt
if [ ! -s "$cpfile" ] || [ pom.xml -nt "$cpfile" ]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$cpfile" >&2
fi
cp="target/test-classes:target/stella.jar:target/lib/*:$(cat "$cpfile")"
if ! grep -q VerdictBenchmark target/test-classes/META-INF/BenchmarkList; then
  say "target/test-classes/META-INF/BenchmarkList lacks VerdictBenchmark"
  exit 2
fi

say "JMH, $jmh_iter iterations"
before="$(load)"
# shellcheck disable=SC2086
java -cp "$cp" org.openjdk.jmh.Main 'VerdictBenchmark' -i "$jmh_iter" -f "$forks" ${JMH_PROF:-} \
  -rf json -rff "$json" 2>&1 | tee "$work/verdict.log" | grep -E '^(verdict inputs|Verdict)' >&2
after="$(load)"
# one line per setup; they differ only in the actions, by match mode
inputs=$(grep '^verdict inputs' "$work/verdict.log" | sort -u || true)

out="benchmarks/results/verdict-$(date -u +%Y-%m-%d).md"
{
  echo "# VEX and policy benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM," \
    "$(java -version 2>&1 | head -1), kernel $(uname -r); load (1, 5, 15 min) $before -> $after"
  echo
  echo "1,000 findings, 1,000 VEX statements, 50 rules (25 \`when:\`, 25 \`cel:\`) and 2 gates;"
  echo "JMH sample time, 1 thread, $forks fork(s) of $jmh_iter x 4 s after 3 x 3 s of warm-up,"
  echo "times in ms."
  echo
  echo "| benchmark | match | mean | p50 | p95 | p99 | max | samples | target p95 | met? |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"
  jq -r --argjson target "$target_ms" '.[] | (.benchmark | split(".") | last) as $name
    | .primaryMetric as $m | ($m.scorePercentiles["95.0"]) as $p95
    | "| \($name) | \(.params.match) | \($m.score * 1000 | round / 1000)"
      + " | \($m.scorePercentiles["50.0"] * 1000 | round / 1000)"
      + " | \($p95 * 1000 | round / 1000)"
      + " | \($m.scorePercentiles["99.0"] * 1000 | round / 1000)"
      + " | \($m.scorePercentiles["100.0"] * 1000 | round / 1000)"
      + " | \([$m.rawDataHistogram[][][] | .[1]] | add)"
      + " | \(if ($name | startswith("vexAndPolicy")) then "<= \($target)" else "" end)"
      + " | \(if ($name | startswith("vexAndPolicy") | not) then ""
              elif $p95 <= $target then "yes" else "**no**" end) |"' "$json"
  if [[ "${JMH_PROF:-}" == *gc* ]]; then
    echo
    echo "allocated per operation (\`-prof gc\`, bytes):"
    echo
    jq -r '.[] | "- \(.benchmark | split(".") | last) (\(.params.match)):"
      + " \(.secondaryMetrics["·gc.alloc.rate.norm"].score
            // .secondaryMetrics["gc.alloc.rate.norm"].score | floor)"' "$json"
  fi
  echo
  echo "inputs as built (one line per distinct setup):"
  echo
  sed 's/^verdict inputs: /- /' <<<"$inputs"
} | tee "$out"
