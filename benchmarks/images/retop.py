#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Makes a copy of a docker archive whose top layer alone changed (one file added), for the
rescan benchmark: every lower layer keeps its bytes and diff id, the top one gets a new diff id,
and the config and manifest.json are rewritten to match.

Usage: retop.py IN.docker.tar OUT.docker.tar [PAD_MB]   (layers gzip-compressed or plain)

PAD_MB, when given, also adds a file of that many MB of pseudo-random bytes (the same bytes on
every run) to the top layer, so the changed layer has the size of a real application layer:
benchmarks/server.sh compares its delta rescan with figures measured on a 24 MB top layer.
"""
import gzip, hashlib, io, json, random, sys, tarfile

def member_bytes(outer, name):
    return outer.extractfile(outer.getmember(name)).read()

def main(src, dst, pad_mb=0):
    with tarfile.open(src) as outer:
        manifest = json.loads(member_bytes(outer, "manifest.json"))
        config_name = manifest[0]["Config"]
        config = json.loads(member_bytes(outer, config_name))
        top_name = manifest[0]["Layers"][-1]
        top = member_bytes(outer, top_name)
        compressed = top[:2] == b"\x1f\x8b"
        raw = gzip.decompress(top) if compressed else top
        out = io.BytesIO()
        with tarfile.open(fileobj=io.BytesIO(raw)) as old, \
                tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as new:
            for info in old.getmembers():
                new.addfile(info, old.extractfile(info) if info.isfile() else None)
            extra = b"rescan benchmark: the top layer changed\n"
            info = tarfile.TarInfo("etc/stella-retop")
            info.size, info.mtime = len(extra), 0
            new.addfile(info, io.BytesIO(extra))
            if pad_mb:
                padding = random.Random(0).randbytes(pad_mb * 1000 * 1000)
                info = tarfile.TarInfo("opt/stella-retop-padding")
                info.size, info.mtime = len(padding), 0
                new.addfile(info, io.BytesIO(padding))
        new_raw = out.getvalue()
        diff_id = "sha256:" + hashlib.sha256(new_raw).hexdigest()
        blob = gzip.compress(new_raw, mtime=0) if compressed else new_raw
        suffix = ".tar.gz" if compressed else ".tar"
        new_top = hashlib.sha256(blob).hexdigest() + suffix
        config["rootfs"]["diff_ids"][-1] = diff_id
        config_bytes = json.dumps(config, separators=(",", ":")).encode()
        new_config = hashlib.sha256(config_bytes).hexdigest() + ".json"
        manifest[0]["Config"] = new_config
        manifest[0]["Layers"][-1] = new_top
        manifest[0]["RepoTags"] = [t + "-retop" for t in manifest[0].get("RepoTags") or []]
        with tarfile.open(dst, "w") as target:
            def put(name, data):
                info = tarfile.TarInfo(name)
                info.size, info.mtime = len(data), 0
                target.addfile(info, io.BytesIO(data))
            put("manifest.json", json.dumps(manifest).encode())
            put(new_config, config_bytes)
            for name in manifest[0]["Layers"][:-1]:
                put(name, member_bytes(outer, name))
            put(new_top, blob)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0)
