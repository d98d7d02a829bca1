#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Writes a docker archive whose layers stay gzip-compressed, from an OCI image layout.

    docker_gz.py LAYOUT.oci TAG REPO:TAG OUT.docker.tar

`skopeo copy ... docker-archive:` always decompresses layers (as `docker save` does); archives
written by go-containerregistry (crane, ko) or Jib keep them compressed, as `LAYER-HEX.tar.gz`
entries. `docker load` and Trivy read both, so a scanner must too: this makes the second kind.
Blobs are streamed, never held in memory; members are written in a fixed order with fixed
metadata, so the archive is as reproducible as the layout.
"""
import io
import json
import os
import sys
import tarfile


def add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size, info.mode = len(data), 0o644
    archive.addfile(info, io.BytesIO(data))


def add_file(archive, name, path):
    info = tarfile.TarInfo(name)
    info.size, info.mode = os.path.getsize(path), 0o644
    with open(path, "rb") as blob:
        archive.addfile(info, blob)


def convert(layout, tag, ref, out):
    blob = lambda digest: os.path.join(layout, "blobs", *digest.split(":"))
    index = json.load(open(os.path.join(layout, "index.json")))
    chosen = [m for m in index["manifests"]
              if m.get("annotations", {}).get("org.opencontainers.image.ref.name") == tag]
    if not chosen:
        sys.exit(f"docker_gz.py: {layout} has no manifest tagged {tag!r}")
    manifest = json.load(open(blob(chosen[0]["digest"])))
    config_digest = manifest["config"]["digest"]
    layers = [layer["digest"] for layer in manifest["layers"]]
    if any(not l["mediaType"].endswith("+gzip") for l in manifest["layers"]):
        sys.exit(f"docker_gz.py: {layout}: a layer is not gzip-compressed")

    config_name = config_digest.split(":")[1] + ".json"
    layer_names = [digest.split(":")[1] + ".tar.gz" for digest in layers]
    docker_manifest = [{"Config": config_name, "RepoTags": [ref], "Layers": layer_names}]
    with tarfile.open(out, "w", format=tarfile.GNU_FORMAT) as archive:
        add_bytes(archive, "manifest.json", json.dumps(docker_manifest).encode())
        add_file(archive, config_name, blob(config_digest))
        for name, digest in zip(layer_names, layers):
            add_file(archive, name, blob(digest))


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__.split("\n\n")[1])
    convert(*sys.argv[1:])
