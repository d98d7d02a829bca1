#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Scan benchmark (issue 3): for generated 1k/10k-component SBOMs of real corpus package versions
# and the largest SBOMs of each format in the corpus, measures
#   - in-process parse + match + report (first call in a fresh JVM, then warm median), and
#   - whole-process `stella scan` wall time (JVM start included) with the launcher's defaults
#     (C1 + AppCDS), without AppCDS, and as plain `java -cp` with no flags;
#   - `trivy sbom` on the same files when benchmarks/work/trivy exists (see benchmarks/README.md).
# Usage: benchmarks/scan.sh [RUNS]   (default 10 runs per whole-process figure)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
work=benchmarks/work
corpus=../shared/corpus
mkdir -p "$work" benchmarks/results
./mvnw -B -q -DskipTests package >&2
rm -f target/stella.jsa
./stella --version >/dev/null   # makes the AppCDS archive
cp="target/test-classes:target/stella.jar:target/lib/*"
db="$work/db"
if [ ! -f "$db/current" ]; then
  ./stella db import --db "$db" "$corpus"/osv/*/all.zip "$corpus"/osv-ghsa/*/all.zip >&2
fi
if [ ! -f "$work/purls.txt" ]; then
  java -cp "$cp" org.stellaops.bench.CorpusPurls --out "$work/purls.txt" --count 20000 \
    "$corpus/osv" "$corpus/osv-ghsa" >&2
fi
for n in 1000 10000; do
  [ -f "$work/synthetic-$n.cdx.json" ] || java -cp "$cp" org.stellaops.bench.scan.SyntheticSbom \
    "$work/purls.txt" "$n" "$work/synthetic-$n.cdx.json" >&2
done
sbom="$corpus/sbom"
files=(
  "$work/synthetic-1000.cdx.json"
  "$work/synthetic-10000.cdx.json"
  "$sbom/cyclonedx/bom-examples/SBOM/juice-shop/via_npm/bare/bom.1.4.json"
  "$sbom/cyclonedx/bom-examples/SBOM/juice-shop/via_npm/bare/bom.1.4.xml"
  "$sbom/cyclonedx/bom-examples/SBOM/keycloak-10.0.2/bom.json"
  "$sbom/spdx/claircore/konflux-syft+hermeto.spdx.json"
  "$sbom/spdx/bom-shelter/istio-release.spdx"
  "$sbom/spdx/spdx-examples/software/example14/spdx3.0/examplemaven-0.0.1-enriched.spdx3.json"
  "$sbom/trivy-json/distroless-python27.json.golden"
)
trivy="$work/trivy"

# median wall seconds of $runs runs of the given command (exit 0 or 1 both count as success)
median() {
  local times=() start end rc
  "$@" >/dev/null 2>&1 || true   # warm-up: page cache, archive
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    rc=0; "$@" >/dev/null 2>&1 || rc=$?
    end=$(date +%s%N)
    if [ "$rc" -gt 1 ]; then echo "error"; return; fi
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]/1000}'
}

launcher_opts=(-XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=target/stella.jsa
  -Xlog:disable -Xlog:all=warning:stderr)
out="benchmarks/results/scan-$(date -u +%Y-%m-%d).md"
{
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); runs per figure: $runs"
  echo
  echo "| SBOM | format | components | in-process first call, launcher flags (ms) | warm median (ms) | first call, default JIT (ms) | whole process, launcher (s) | launcher, no AppCDS (s) | plain java (s) | trivy sbom (s) |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  for f in "${files[@]}"; do
    report=$(./stella scan --db "$db" --format json "$f" 2>/dev/null || true)
    fmt=$(jq -r '.target.format // "error"' <<<"$report" 2>/dev/null || echo error)
    comps=$(jq -r '.counts.components // "?"' <<<"$report" 2>/dev/null || echo "?")
    read -r _ first warm _ _ < <(java "${launcher_opts[@]}" -cp "$cp" \
      org.stellaops.bench.scan.InProcessScan "$db" 20 "$f")
    read -r _ firstc2 _ _ _ < <(java -cp "$cp" org.stellaops.bench.scan.InProcessScan "$db" 0 "$f")
    scan=(scan --db "$db" --format json --output /dev/null "$f")
    w1=$(median ./stella "${scan[@]}")
    w2=$(STELLA_CDS=off median ./stella "${scan[@]}")
    w3=$(median java -cp "target/stella.jar:target/lib/*" org.stellaops.cli.StellaMain "${scan[@]}")
    tv="n/a"
    if [ -x "$trivy" ]; then
      tv=$(median "$trivy" sbom --skip-db-update --cache-dir "$work/trivy-cache" --format json "$f")
    fi
    echo "| ${f#"$corpus"/} | $fmt | $comps | $first | $warm | $firstc2 | $w1 | $w2 | $w3 | $tv |"
  done
  echo
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out"
