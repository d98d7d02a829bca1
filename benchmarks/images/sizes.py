#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Prints, as Markdown, the layers of images built by build.sh: what made each layer, its size
gzip-compressed (from the OCI layout) and uncompressed (from the docker archive), and totals.

    sizes.py [benchmarks/work/images] [NAME ...]      (default: every NAME.oci found there)
"""
import json
import os
import sys
import tarfile


def blob(layout, digest):
    return os.path.join(layout, "blobs", *digest.split(":"))


def describe(folder, name):
    layout = os.path.join(folder, f"{name}.oci")
    index = json.load(open(os.path.join(layout, "index.json")))
    manifest = json.load(open(blob(layout, index["manifests"][0]["digest"])))
    config = json.load(open(blob(layout, manifest["config"]["digest"])))
    history = [h for h in config.get("history", []) if not h.get("empty_layer")]
    archive = os.path.join(folder, f"{name}.docker.tar")
    with tarfile.open(archive) as docker:
        members = {m.name: m.size for m in docker.getmembers()}
        docker_manifest = json.load(docker.extractfile("manifest.json"))[0]
    uncompressed = [members[layer] for layer in docker_manifest["Layers"]]
    compressed = [layer["size"] for layer in manifest["layers"]]

    mb = lambda n: f"{n / 1e6:.1f}"
    print(f"### {name}\n")
    print("| layer | created by | gzip MB | uncompressed MB |")
    print("|---:|---|---:|---:|")
    for number, (step, packed, raw) in enumerate(zip(history, compressed, uncompressed), 1):
        print(f"| {number} | `{step.get('created_by', '')}` | {mb(packed)} | {mb(raw)} |")
    print(f"| | total | {mb(sum(compressed))} | {mb(sum(uncompressed))} |\n")
    blobs = sum(compressed) + manifest["config"]["size"]
    print(f"Docker archive {mb(os.path.getsize(archive))} MB (skopeo writes its layers "
          f"uncompressed); OCI layout blobs {mb(blobs)} MB.\n")


def main(argv):
    folder = argv[0] if argv else "benchmarks/work/images"
    names = argv[1:] or sorted(f[:-4] for f in os.listdir(folder) if f.endswith(".oci"))
    for name in names:
        describe(folder, name)


if __name__ == "__main__":
    main(sys.argv[1:])
