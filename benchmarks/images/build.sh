#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Builds container images from real packages, to test and benchmark `stella sbom IMAGE` against a
# peer, on a machine without a Docker engine: debootstrap makes a Debian bookworm root file system,
# chroot + apt-get adds Debian packages, npm and Maven fetch application packages, umoci turns each
# step into one gzip layer, skopeo writes the result as a docker archive and as an OCI layout.
#
#   build.sh [small|medium|large|all]          (default: small)
#
# Writes benchmarks/work/images/NAME.docker.tar (image stella-fixtures/NAME:1, layers uncompressed
# as skopeo and `docker save` write them), NAME.docker-gz.tar (the same with gzip layers, as
# crane or Jib write them) and NAME.oci/ (tag 1) for NAME = IMAGE, and for small-nojar too: small
# without the Maven layer, for a Trivy without Java DB (trivy-sbom.sh writes an empty one, with
# which Trivy reads jars too).
# Downloads are cached under benchmarks/work/images/cache, so a rerun fetches nothing and installs
# the same package versions. Every file mtime, log time, layer and history time is fixed at
# 2026-01-01T00:00:00Z, so a rerun with the same cache gives the same layer digests.
# See README.md next to this file for what each image holds.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=$repo/benchmarks/work/images
cache=$work/cache
build=$work/build
layout=$build/layout
mirror=http://deb.debian.org/debian
suite=bookworm
created=2026-01-01T00:00:00Z
epoch=1767225600
author="Stella Ops fixtures <benchmarks/images/build.sh>"

# Debian packages of layer 2, per image; every one of them must be in the extras tarball below
declare -A debs=(
    [small]="python3-requests python3-yaml"
    [medium]="python3-requests python3-yaml git curl nodejs"
    [large]="python3-requests python3-yaml git curl nodejs build-essential python3-numpy"
)
extras_include=python3-requests,python3-yaml,git,curl,nodejs,build-essential,python3-numpy
npm_packages="express@4.17.1 lodash@4.17.20"
jars="org.apache.commons:commons-text:1.9 org.apache.logging.log4j:log4j-core:2.14.1
com.fasterxml.jackson.core:jackson-databind:2.9.10.1"

ensure_tools() {
    local missing=() pair
    for pair in umoci:umoci skopeo:skopeo debootstrap:debootstrap npm:npm \
        java:default-jre-headless python3:python3; do
        command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# debootstrap downloads once into a tarball; --unpack-tarball installs from it offline. The name
# carries a hash of the package list, so changing the list fetches again.
tarball_of() {
    echo "$cache/$suite-$1-$(echo "$2" | sha256sum | cut -c1-8).tgz"
}

cache_debootstrap() {
    local name=$1 include=$2 tarball
    tarball=$(tarball_of "$name" "$include")
    [ -f "$tarball" ] && return
    echo "caching Debian packages: $name" >&2
    local tmp; tmp=$(mktemp -d)
    # a part file per process: two builds at once must not write into one file
    debootstrap --variant=minbase ${include:+--include=$include} \
        --make-tarball="$tarball.$$.part" "$suite" "$tmp" "$mirror" >"$cache/$name.log" 2>&1
    rm -rf "$tmp"
    mv "$tarball.$$.part" "$tarball"
}

cache_npm_app() {
    local app=$cache/npm-app
    [ -f "$app/package-lock.json" ] && return
    echo "caching npm packages: $npm_packages" >&2
    rm -rf "$app" && mkdir -p "$app"
    printf '{\n  "name": "stella-fixture-app",\n  "version": "1.0.0",\n  "private": true\n}\n' \
        >"$app/package.json"
    # shellcheck disable=SC2086
    (cd "$app" && npm install --silent --no-audit --no-fund $npm_packages)
}

cache_jars() {
    local gav file
    mkdir -p "$cache/jars"
    for gav in $jars; do
        IFS=: read -r _ artifact version <<<"$gav"
        file=$cache/jars/$artifact-$version.jar
        [ -f "$file" ] && continue
        echo "caching $gav" >&2
        "$repo/mvnw" -B -q -f "$repo/pom.xml" dependency:copy -Dartifact="$gav" \
            -DoutputDirectory="$cache/jars"
    done
}

# apt and dpkg inside the chroot need a few device nodes; images must not carry them
add_devices() {
    mkdir -p "$1/dev"
    mknod -m 666 "$1/dev/null" c 1 3
    mknod -m 666 "$1/dev/zero" c 1 5
    mknod -m 666 "$1/dev/urandom" c 1 9
}

remove_devices() {
    find "$1/dev" -mindepth 1 -delete
}

# the only files whose content records when the build ran (found by diffing two builds):
# dpkg, apt and update-alternatives logs get the fixed time, ldconfig's cache goes
fix_clock_traces() {
    rm -f "$1/var/cache/ldconfig/aux-cache"
    find "$1/var/log" -type f -name '*.log' -exec sed -i -E \
        's/[0-9]{4}-[0-9]{2}-[0-9]{2}( +)[0-9]{2}:[0-9]{2}:[0-9]{2}/2026-01-01\100:00:00/g' {} +
}

# one gzip layer from what changed in the bundle since the last commit, with fixed times
commit_layer() {
    local bundle=$1 tag=$2 created_by=$3
    fix_clock_traces "$bundle/rootfs"
    find "$bundle/rootfs" -exec touch -h -d "@$epoch" {} +
    umoci repack --refresh-bundle --image "$layout:$tag" --history.created "$created" \
        --history.author "$author" --history.created_by "$created_by" "$bundle"
}

open_bundle() {
    local from=$1 bundle=$2
    rm -rf "$bundle"
    umoci unpack --image "$layout:$from" "$bundle" >/dev/null
}

build_base() {
    local bundle=$build/base
    echo "layer 1: Debian $suite minbase" >&2
    rm -rf "$layout" "$bundle"
    umoci init --layout "$layout"
    umoci new --image "$layout:empty"
    umoci config --image "$layout:empty" --tag empty --no-history --created "$created" \
        --author "$author" --os linux --architecture amd64 \
        --config.env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        --config.env LANG=C.UTF-8 --config.cmd /bin/bash --config.workingdir /app
    open_bundle empty "$bundle"
    debootstrap --variant=minbase --unpack-tarball="$(tarball_of minbase "")" \
        "$suite" "$bundle/rootfs" "$mirror" >"$build/base.log" 2>&1
    # debootstrap keeps its downloads, its log of them (naming a temporary folder) and the build
    # host's name and resolver; an image has none of them
    rm -f "$bundle"/rootfs/var/cache/apt/archives/*.deb "$bundle/rootfs/var/log/bootstrap.log" \
        "$bundle/rootfs/etc/hostname" "$bundle/rootfs/etc/resolv.conf"
    rm -rf "$bundle"/rootfs/var/lib/apt/lists/*
    remove_devices "$bundle/rootfs"
    commit_layer "$bundle" base \
        "debootstrap --variant=minbase $suite / $mirror"
}

install_debs() {
    local rootfs=$1; shift
    tar xzf "$(tarball_of extras "$extras_include")" -C "$rootfs" var/lib/apt/lists \
        var/cache/apt/archives
    add_devices "$rootfs"
    chroot "$rootfs" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends --no-download "$@" >"$build/apt.log" 2>&1 \
        || { tail -20 "$build/apt.log" >&2; return 1; }
    chroot "$rootfs" apt-get clean
    rm -rf "$rootfs"/var/lib/apt/lists/*
    remove_devices "$rootfs"
}

add_npm_app() {
    mkdir -p "$1/app"
    cp -a "$cache/npm-app/package.json" "$cache/npm-app/package-lock.json" \
        "$cache/npm-app/node_modules" "$1/app/"
}

add_jars() {
    mkdir -p "$1/opt/java/lib"
    cp "$cache"/jars/*.jar "$1/opt/java/lib/"
}

# what `npm uninstall lodash` would leave: a whiteout for the folder and three changed files
remove_lodash() {
    rm -rf "$1/app/node_modules/lodash"
    python3 - "$1/app" <<'PY'
import json, sys
app = sys.argv[1]
for name in ("package.json", "package-lock.json", "node_modules/.package-lock.json"):
    path = f"{app}/{name}"
    doc = json.load(open(path))
    doc.get("dependencies", {}).pop("lodash", None)
    doc.get("packages", {}).pop("node_modules/lodash", None)
    doc.get("packages", {}).get("", {}).get("dependencies", {}).pop("lodash", None)
    with open(path, "w") as out:
        json.dump(doc, out, indent=2)
        out.write("\n")
PY
}

build_image() {
    local name=$1 bundle=$build/$1
    echo "building $name: layer 2 (${debs[$name]})" >&2
    open_bundle base "$bundle"
    # shellcheck disable=SC2086
    install_debs "$bundle/rootfs" ${debs[$name]}
    commit_layer "$bundle" "$name-2" "apt-get install --no-install-recommends ${debs[$name]}"
    echo "building $name: layer 3 (npm), 4 (jars), 5 (npm uninstall lodash)" >&2
    add_npm_app "$bundle/rootfs"
    commit_layer "$bundle" "$name-3" "npm install $npm_packages (in /app)"
    add_jars "$bundle/rootfs"
    commit_layer "$bundle" "$name-4" "mvn dependency:copy $(echo $jars) (to /opt/java/lib)"
    remove_lodash "$bundle/rootfs"
    commit_layer "$bundle" "$name" "npm uninstall lodash (in /app)"

    export_image "$name"
    [ "$name" = small ] || { rm -rf "$bundle"; return; }

    open_bundle "$name-3" "$bundle"
    remove_lodash "$bundle/rootfs"
    commit_layer "$bundle" "$name-nojar" "npm uninstall lodash (in /app)"
    rm -rf "$bundle"
    export_image "$name-nojar"
}

export_image() {
    local name=$1
    umoci config --image "$layout:$name" --tag "$name" --no-history --created "$created" \
        --config.label "org.opencontainers.image.title=stella-fixtures/$name"
    rm -rf "$work/$name.oci" "$work/$name.docker.tar"
    skopeo copy -q "oci:$layout:$name" "oci:$work/$name.oci:1"
    skopeo copy -q "oci:$layout:$name" \
        "docker-archive:$work/$name.docker.tar:stella-fixtures/$name:1"
    python3 "$here/docker_gz.py" "$work/$name.oci" 1 "stella-fixtures/$name:1" \
        "$work/$name.docker-gz.tar"
    echo "wrote $work/$name.docker.tar ($(du -m "$work/$name.docker.tar" | cut -f1) MB)" >&2
}

main() {
    local which=${1:-small} names
    case $which in
        small|medium|large) names=$which ;;
        all) names="small medium large" ;;
        *) echo "usage: build.sh [small|medium|large|all]" >&2; exit 2 ;;
    esac
    ensure_tools
    mkdir -p "$cache" "$build"
    cache_debootstrap minbase ""
    cache_debootstrap extras "$extras_include"
    cache_npm_app
    cache_jars
    build_base
    for name in $names; do
        build_image "$name"
    done
    rm -rf "$build"
}

main "$@"
