#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Stella's and Trivy's SBOMs of the built images, timed, and their comparison:
#
#   compare-all.sh [--rootfs] [NAME ...]        (default: small-nojar medium large)
#
# For each NAME (an image build.sh wrote to benchmarks/work/images) writes there
# NAME.stella.cdx.json, NAME.trivy.cdx.json and NAME.compare.md, and appends Stella's wall time
# and max RSS to stella-times.tsv (Trivy's go to trivy-times.tsv, by trivy-sbom.sh).
# --rootfs gives Stella the image's merged root file system as unpacked by umoci
# (NAME.bundle/rootfs) instead of the docker archive: a check of the detectors apart from
# Stella's own layer merge.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=$repo/benchmarks/work/images
input=docker-archive
if [ "${1:-}" = --rootfs ]; then input=rootfs; shift; fi
names=${*:-small-nojar medium large}
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null

# the launcher builds the jar when sources changed: do that before anything is timed
"$repo/stella" --version >/dev/null

for name in $names; do
    [ -f "$work/$name.docker.tar" ] || { echo "compare-all: no $work/$name.docker.tar" \
        "(run build.sh first)" >&2; exit 2; }
    target=$work/$name.docker.tar
    if [ $input = rootfs ]; then
        rm -rf "$work/$name.bundle"
        umoci unpack --image "$work/$name.oci:1" "$work/$name.bundle" >/dev/null
        target=$work/$name.bundle/rootfs
    fi
    /usr/bin/time -f '%e %M' -o "$work/$name.stella.time" \
        "$repo/stella" sbom "$target" --output "$work/$name.stella.cdx.json"
    read -r wall rss <"$work/$name.stella.time"
    rm -f "$work/$name.stella.time"
    echo "stella sbom: $name ($input): $wall s wall, $((rss / 1024)) MB max RSS" >&2
    printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$name" "$input" "$wall" \
        "$((rss / 1024))" >>"$work/stella-times.tsv"

    "$here/trivy-sbom.sh" "$work/$name.docker.tar" "$work/$name.trivy.cdx.json"
    python3 "$here/compare.py" "$work/$name.stella.cdx.json" "$work/$name.trivy.cdx.json" \
        >"$work/$name.compare.md"
    sed -n '/^| section/,/^$/p' "$work/$name.compare.md"
done
