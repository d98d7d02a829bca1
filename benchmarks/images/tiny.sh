#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Makes the tiny image committed for tests, src/test/resources/images/tiny.{docker,oci}.tar:
# real files taken out of the small image of build.sh (built first if missing) in two layers,
# the second with a dpkg purge (a changed status, whiteouts), a deleted npm package (whiteout)
# and a folder made opaque. Every byte is fixed: tar members sorted, owned by 0:0, mtime 0.
# src/test/resources/images/README.md says what the image holds.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=$repo/benchmarks/work/images
out=$repo/src/test/resources/images

# twenty dpkg stanzas: essential packages, epochs (bsdutils, zlib1g), multi-arch ones (libc6,
# libgcc-s1, libssl3, zlib1g), binaries whose source differs (bsdutils, libgcc-s1, libssl3) and
# the python3 packages whose metadata folders are in the image
packages="apt base-files bash bsdutils ca-certificates coreutils dpkg gzip libc6 libgcc-s1 libssl3
mawk perl-base python3-certifi python3-chardet python3-requests python3-urllib3 python3-yaml tar
zlib1g"
python_metadata="PyYAML-6.0.dist-info chardet-5.1.0.dist-info certifi-2022.9.24.egg-info
requests-2.28.1.egg-info urllib3-1.26.12.egg-info"
purged=python3-yaml
purged_metadata=PyYAML-6.0.dist-info

[ -d "$work/small.oci" ] || bash "$here/build.sh" small
command -v umoci >/dev/null || apt-get install -y -qq umoci >/dev/null
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
umoci unpack --image "$work/small.oci:1" "$stage/small" >/dev/null
src=$stage/small/rootfs
app=$work/cache/npm-app
l1=$stage/layer1
l2=$stage/layer2

# keeps the stanzas of the named packages, in the order of the file
trim_status() {
    python3 - "$1" "$2" ${3:+"$3"} <<'PY'
import sys
status, keep = sys.argv[1], set(sys.argv[2].split())
drop = sys.argv[3] if len(sys.argv) > 3 else None
stanzas = open(status, encoding="utf-8").read().strip("\n").split("\n\n")
names = [s.split("\n", 1)[0].removeprefix("Package: ") for s in stanzas]
kept = [s for s, n in zip(stanzas, names) if n in keep and n != drop]
missing = keep - set(names)
if missing:
    sys.exit(f"trim_status: not in {status}: {sorted(missing)}")
sys.stdout.write("\n\n".join(kept) + "\n")
PY
}

echo "layer 1: os-release, dpkg status of 20 packages, python metadata, npm app, a jar" >&2
mkdir -p "$l1/etc" "$l1/usr/lib/python3/dist-packages" "$l1/var/lib/dpkg/info" \
    "$l1/app/node_modules/accepts" "$l1/app/node_modules/express" "$l1/app/node_modules/lodash" \
    "$l1/opt/java/lib"
cp "$src/usr/lib/os-release" "$l1/usr/lib/os-release"
cp "$src/etc/debian_version" "$l1/etc/debian_version"
ln -s ../usr/lib/os-release "$l1/etc/os-release"
# shellcheck disable=SC2086
trim_status "$src/var/lib/dpkg/status" "$(echo $packages)" >"$l1/var/lib/dpkg/status"
for package in $packages; do
    cp "$src"/var/lib/dpkg/info/"$package"{,:amd64}.list "$l1/var/lib/dpkg/info/" 2>/dev/null \
        || true
done
if [ "$(ls "$l1/var/lib/dpkg/info" | wc -l)" != 20 ]; then
    echo "tiny.sh: a .list is missing" >&2
    exit 1
fi
for folder in $python_metadata; do
    cp -r "$src/usr/lib/python3/dist-packages/$folder" "$l1/usr/lib/python3/dist-packages/"
done
# the app as npm installed it, with lodash; lodash's and express's package.json only (size)
cp "$app/package.json" "$l1/app/"
cp "$app/node_modules/express/package.json" "$l1/app/node_modules/express/"
cp "$app/node_modules/lodash/package.json" "$l1/app/node_modules/lodash/"
cp "$app"/node_modules/accepts/{package.json,index.js,HISTORY.md} "$l1/app/node_modules/accepts/"
cp "$work/cache/jars/commons-text-1.9.jar" "$l1/opt/java/lib/"

echo "layer 2: purge $purged, delete lodash, make node_modules/accepts opaque" >&2
mkdir -p "$l2/var/lib/dpkg/info" "$l2/usr/lib/python3/dist-packages" \
    "$l2/app/node_modules/accepts"
# shellcheck disable=SC2086
trim_status "$src/var/lib/dpkg/status" "$(echo $packages)" "$purged" >"$l2/var/lib/dpkg/status"
: >"$l2/var/lib/dpkg/info/.wh.$purged.list"
: >"$l2/usr/lib/python3/dist-packages/.wh.$purged_metadata"
: >"$l2/app/node_modules/.wh.lodash"
: >"$l2/app/node_modules/accepts/.wh..wh..opq"
cp "$app/node_modules/accepts/package.json" "$l2/app/node_modules/accepts/"
python3 - "$app/package.json" >"$l2/app/package.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
del doc["dependencies"]["lodash"]
print(json.dumps(doc, indent=2))
PY

for layer in "$l1" "$l2"; do
    tar -C "$layer" --mtime=@0 --sort=name --owner=0 --group=0 --numeric-owner --format=gnu \
        -cf "$layer.tar" .
done
mkdir -p "$out"
reinstall="accepts re-installed"
python3 "$here/pack_image.py" --ref stella-fixtures/tiny:1 \
    --oci "$out/tiny.oci.tar" --docker "$out/tiny.docker.tar" \
    --layer "$l1.tar" "tiny.sh: files of the small image (benchmarks/images/build.sh)" \
    --layer "$l2.tar" "tiny.sh: dpkg --purge $purged; rm -r /app/node_modules/lodash; $reinstall"
ls -l "$out"/tiny.*.tar >&2
