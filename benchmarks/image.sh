#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Image benchmark (issue 4): for the medium (~364 MiB, five gzip layers) and large (~668 MiB)
# images of benchmarks/images/build.sh, as docker archives with gzip layers, measures
#   - in process (ImageProbe): open + unpack + inventory + merge, first run and warm median,
#     one thread per core, no cache, peak live heap; and a rescan of a copy whose top layer
#     alone changed (benchmarks/images/retop.py), with the first image's layers cached;
#   - whole process: `./stella sbom --no-cache` (the launcher's flags), wall and max RSS;
#   - Trivy 0.44.1's `trivy image --input` on the same archive (benchmarks/images/trivy-sbom.sh,
#     fresh cache every run), wall and max RSS.
# Usage: benchmarks/image.sh [RUNS]   (default 5; medians reported). Writes
# benchmarks/results/image-DATE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
work=benchmarks/work/images
out="benchmarks/results/image-$(date -u +%F).md"
mkdir -p benchmarks/results
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null
./mvnw -B -q -DskipTests package >&2
./mvnw -B -q -o test-compile >&2 || ./mvnw -B -q test-compile >&2
./stella --version >/dev/null   # AppCDS archive
for name in medium large; do
  [ -f "$work/$name.docker-gz.tar" ] || benchmarks/images/build.sh "$name" >&2
done
# remade whenever the medium image is newer: its lower layers must be the medium image's
[ "$work/medium-retop.docker-gz.tar" -nt "$work/medium.docker-gz.tar" ] \
  || python3 benchmarks/images/retop.py \
  "$work/medium.docker-gz.tar" "$work/medium-retop.docker-gz.tar"
cp="target/test-classes:target/stella.jar:target/lib/*"

# median of the first field of "wall rss" lines on stdin; prints "wall rss"
median() { sort -n | awk '{w[NR]=$1; r[NR]=$2} END {m=int((NR+1)/2); print w[m], r[m]}'; }

{
  echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg); runs per whole-process figure: $runs"
  echo
  echo "| image | archive | in process: first / warm (ms) | rescan, top layer changed (ms) |" \
       "peak live heap (MiB) | stella sbom whole process (s) / max RSS (MB) |" \
       "trivy image (s) / max RSS (MB) | packages |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
} >"$out"
for name in medium large; do
  archive="$work/$name.docker-gz.tar"
  retop=()
  [ "$name" = medium ] && retop=(docker-archive "$work/medium-retop.docker-gz.tar")
  probe=$(java -Xmx256m -cp "$cp" org.stellaops.bench.ImageProbe docker-archive "$archive" 6 \
    "${retop[@]}" | tail -1)
  get() { echo "$probe" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k {print $2}'; }
  stella=$(for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' ./stella sbom --no-cache "$archive" --output /dev/null 2>&1 \
      | tail -1; done | median)
  trivy=$(for _ in $(seq "$runs"); do
    benchmarks/images/trivy-sbom.sh "$archive" "$work/$name.trivy.cdx.json" 2>&1 \
      | sed -n 's/.*: \([0-9.]*\) s wall, \([0-9]*\) MB max RSS.*/\1 \2/p'; done | median)
  mib=$(( $(stat -c %s "$archive") / 1048576 ))
  rescan=$(get rescan_ms)
  echo "| $name | $mib MiB | $(get first_ms) / $(get warm_ms) | ${rescan:--} |" \
       "$(get peak_live_mib) | ${stella% *} / $(( ${stella#* } / 1024 )) |" \
       "${trivy% *} / ${trivy#* } | $(get packages) |" >>"$out"
done
echo >>"$out"
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out"
cat "$out"
