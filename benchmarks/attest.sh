#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Signed evidence benchmark (issue: signing and verification throughput per profile, and what
# attestation adds to a 1,000-component scan, at most 10 ms with the default profile).
#   1. AttestBenchmark: sign and verify ops/s per algorithm of every profile, over the PAE of
#      the vulns statement of the Juice Shop scan (~2.9 KB), and for three algorithms over the
#      PAE of the synthetic-1000 vulns statement (~1 MB);
#   2. AttestOverheadBenchmark: sample time of what `stella scan --attest` adds (default
#      profile, ECDSA P-256), on Juice Shop (examples/) and on synthetic-1000 (corpus).
# Writes benchmarks/results/attest-DATE.md; see benchmarks/README.md for what each row means.
#
# Usage: benchmarks/attest.sh
#   ONLY=overhead   run only the overhead part (ONLY=throughput: only the first part)
#   JMH_PROF=       extra JMH arguments for the overhead part, e.g. JMH_PROF="-prof gc"
#   TARGET_MS=10    the overhead p95 the table compares against
# Needs jq and ../shared/corpus (for the synthetic SBOM and its snapshot, made once in
# benchmarks/work/ as scan.sh makes them). About 10 min, build included (ONLY=overhead: 4).
set -euo pipefail
cd "$(dirname "$0")/.."
target_ms="${TARGET_MS:-10}"
only="${ONLY:-}"
work=benchmarks/work
corpus=../shared/corpus
mkdir -p "$work" benchmarks/results
say() { echo "attest.sh: $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

say "building"
./mvnw -B -q -DskipTests package >&2
cpfile=target/bench-classpath.txt
if [ ! -s "$cpfile" ] || [ pom.xml -nt "$cpfile" ]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$cpfile" >&2
fi
cp="target/test-classes:target/stella.jar:target/lib/*:$(cat "$cpfile")"
if ! grep -q AttestOverheadBenchmark target/test-classes/META-INF/BenchmarkList; then
  say "target/test-classes/META-INF/BenchmarkList lacks AttestOverheadBenchmark"
  exit 2
fi

# the same inputs as scan.sh, so either script reuses what the other made
if [ ! -f "$work/db/current" ]; then
  say "importing the corpus into $work/db"
  ./stella db import --db "$work/db" "$corpus"/osv/*/all.zip "$corpus"/osv-ghsa/*/all.zip >&2
fi
if [ ! -f "$work/purls.txt" ]; then
  java -cp "$cp" org.stellaops.bench.CorpusPurls --out "$work/purls.txt" --count 20000 \
    "$corpus/osv" "$corpus/osv-ghsa" >&2
fi
if [ ! -f "$work/synthetic-1000.cdx.json" ]; then
  java -cp "$cp" org.stellaops.bench.scan.SyntheticSbom "$work/purls.txt" 1000 \
    "$work/synthetic-1000.cdx.json" >&2
fi

jmh() {
  java -cp "$cp" org.openjdk.jmh.Main "$@" 2>&1 | tee -a "$work/attest.log" \
    | grep -E '^(attest inputs|Attest)' >&2
}
: >"$work/attest.log"
before="$(load)"
if [ "$only" != overhead ]; then
  say "JMH sign/verify, every algorithm, Juice Shop vulns statement"
  jmh '^org.stellaops.bench.AttestBenchmark' -p message=juice-shop -rf json \
    -rff "$work/jmh-attest-small.json"
  say "JMH sign/verify, three algorithms, synthetic-1000 vulns statement"
  jmh '^org.stellaops.bench.AttestBenchmark' -p message=synthetic-1000 \
    -p algorithm=default/ecdsa-p256-sha256,default/ed25519,pq/ml-dsa-65+ecdsa-p256-sha256 \
    -rf json -rff "$work/jmh-attest-large.json"
fi
if [ "$only" != throughput ]; then
  say "JMH attestation overhead, default profile"
  # shellcheck disable=SC2086
  jmh 'AttestOverheadBenchmark' ${JMH_PROF:-} -rf json -rff "$work/jmh-attest-overhead.json"
fi
after="$(load)"
messages=$(grep '^attest message' "$work/attest.log" | sed -E 's/ algorithm=.*//' | sort -u || true)
inputs=$(grep '^attest inputs' "$work/attest.log" | sort -u || true)

out="benchmarks/results/attest-$(date -u +%Y-%m-%d).md"
{
  echo "# Signed evidence benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM," \
    "$(java -version 2>&1 | head -1), kernel $(uname -r); load (1, 5, 15 min) $before -> $after"
  if [ "$only" != overhead ]; then
    echo
    echo "## Sign and verify, ops/s (JMH throughput, 1 thread, 1 fork, 3 x 1 s after 2 x 1 s)"
    echo
    echo "| profile/algorithm | message | sign | verify |"
    echo "|---|---|---:|---:|"
    jq -s -r '[.[][]] | group_by(.params.algorithm + " " + .params.message)[]
      | (map(select(.benchmark | endswith(".sign")))[0].primaryMetric.score) as $s
      | (map(select(.benchmark | endswith(".verify")))[0].primaryMetric.score) as $v
      | "| \(.[0].params.algorithm) | \(.[0].params.message) | \($s | round) | \($v | round) |"' \
      "$work/jmh-attest-small.json" "$work/jmh-attest-large.json"
    echo
    echo "messages (the PAE each signature covers):"
    echo
    sed 's/^attest message: /- /' <<<"$messages"
  fi
  if [ "$only" != throughput ]; then
    echo
    echo "## What \`--attest\` adds (JMH sample time, 1 thread, 1 fork, 3 x 2 s after 2 x 2 s;"
    echo "ms; key default/ecdsa-p256-sha256 unless the row says otherwise)"
    echo
    echo "| benchmark | input | key | mean | p50 | p95 | p99 | samples | target p95 | met? |"
    echo "|---|---|---|---:|---:|---:|---:|---:|---:|---|"
    jq -r --argjson target "$target_ms" '.[] | (.benchmark | split(".") | last) as $name
      | .primaryMetric as $m | ($m.scorePercentiles["95.0"]) as $p95
      | "| \($name) | \(.params.input) | \(.params.key)"
        + " | \($m.score * 100 | round / 100)"
        + " | \($m.scorePercentiles["50.0"] * 100 | round / 100)"
        + " | \($p95 * 100 | round / 100)"
        + " | \($m.scorePercentiles["99.0"] * 100 | round / 100)"
        + " | \([$m.rawDataHistogram[][][] | .[1]] | add)"
        + " | \(if $name == "attest" then "<= \($target)" else "" end)"
        + " | \(if $name != "attest" then "" elif $p95 <= $target then "yes"
                else "**no**" end) |"' "$work/jmh-attest-overhead.json"
    if [[ "${JMH_PROF:-}" == *gc* ]]; then
      echo
      echo "allocated per operation (\`-prof gc\`, bytes):"
      echo
      jq -r '.[] | "- \(.benchmark | split(".") | last) (\(.params.input)):"
        + " \(.secondaryMetrics["·gc.alloc.rate.norm"].score
              // .secondaryMetrics["gc.alloc.rate.norm"].score | floor)"' \
        "$work/jmh-attest-overhead.json"
    fi
    echo
    echo "inputs as scanned (payload and envelope sizes in bytes):"
    echo
    sed 's/^attest inputs: /- /' <<<"$inputs"
  fi
} | tee "$out"
