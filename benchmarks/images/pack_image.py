#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Packs uncompressed layer tars into an OCI image layout (tarred) and a docker archive.

    pack_image.py --ref stella-fixtures/tiny:1 --oci OUT.oci.tar --docker OUT.docker.tar \\
        --layer LAYER1.tar "created by 1" --layer LAYER2.tar "created by 2"

Written by hand rather than with umoci and skopeo because the output is committed: it must be
byte for byte the same on every run (gzip without name or time, fixed created times, tar members
sorted with fixed owners and mtimes), and umoci cannot write opaque-directory markers, which the
layers given here may hold. The OCI layout has gzip layers and tags its manifest with the
ref's tag (org.opencontainers.image.ref.name) and the full ref (io.containerd.image.name); the
docker archive has uncompressed layers, as `docker save` writes them.
"""
import argparse
import gzip
import hashlib
import io
import json
import tarfile

CREATED = "2026-01-01T00:00:00Z"
AUTHOR = "Stella Ops fixtures <benchmarks/images/tiny.sh>"


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def canonical(document):
    return json.dumps(document, sort_keys=True, separators=(",", ":")).encode()


def write_tar(path, members):
    """Writes (name, bytes) pairs after the folders holding them: sorted, owner 0, mtime 0."""
    with tarfile.open(path, "w", format=tarfile.GNU_FORMAT) as archive:
        folders = sorted({name.rsplit("/", i)[0] for name, _ in members
                          for i in range(1, name.count("/") + 1)})
        for folder in folders:
            info = tarfile.TarInfo(folder)
            info.type, info.mode = tarfile.DIRTYPE, 0o755
            archive.addfile(info)
        for name, data in sorted(members):
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(data), 0o644
            archive.addfile(info, io.BytesIO(data))


def build_config(diff_ids, created_by):
    return {
        "architecture": "amd64",
        "os": "linux",
        "created": CREATED,
        "author": AUTHOR,
        "config": {
            "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
            "Cmd": ["/bin/sh"],
        },
        "rootfs": {"type": "layers", "diff_ids": [f"sha256:{d}" for d in diff_ids]},
        "history": [{"created": CREATED, "author": AUTHOR, "created_by": c} for c in created_by],
    }


def pack(ref, layers, oci_path, docker_path):
    raw = [open(path, "rb").read() for path, _ in layers]
    diff_ids = [sha256(data) for data in raw]
    compressed = [gzip.compress(data, compresslevel=9, mtime=0) for data in raw]
    config = canonical(build_config(diff_ids, [created_by for _, created_by in layers]))

    manifest = canonical({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json",
                   "digest": f"sha256:{sha256(config)}", "size": len(config)},
        "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip",
                    "digest": f"sha256:{sha256(blob)}", "size": len(blob)} for blob in compressed],
    })
    index = canonical({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.index.v1+json",
        "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json",
                       "digest": f"sha256:{sha256(manifest)}", "size": len(manifest),
                       "annotations": {"org.opencontainers.image.ref.name": ref.rsplit(":", 1)[1],
                                       "io.containerd.image.name": ref}}],
    })
    blobs = [config, manifest] + compressed
    write_tar(oci_path, [("oci-layout", canonical({"imageLayoutVersion": "1.0.0"})),
                         ("index.json", index)]
              + [(f"blobs/sha256/{sha256(blob)}", blob) for blob in blobs])

    docker_manifest = canonical([{"Config": f"{sha256(config)}.json", "RepoTags": [ref],
                                  "Layers": [f"{d}.tar" for d in diff_ids]}])
    write_tar(docker_path, [("manifest.json", docker_manifest), (f"{sha256(config)}.json", config)]
              + [(f"{d}.tar", data) for d, data in zip(diff_ids, raw)])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ref", required=True, help="NAME:TAG the archives carry")
    parser.add_argument("--oci", required=True, help="OCI layout tar to write")
    parser.add_argument("--docker", required=True, help="docker archive to write")
    parser.add_argument("--layer", nargs=2, action="append", required=True,
                        metavar=("TAR", "CREATED_BY"), help="an uncompressed layer, bottom first")
    args = parser.parse_args()
    pack(args.ref, args.layer, args.oci, args.docker)


if __name__ == "__main__":
    main()
