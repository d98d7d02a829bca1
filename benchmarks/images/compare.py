#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Compares the components of two CycloneDX JSON SBOMs of the same image, Stella's and a peer's.

    compare.py OURS.cdx.json PEER.cdx.json [--peer-name Trivy]

Prints Markdown: a summary table, then per purl type (OS packages per type and namespace, e.g.
deb/debian) a table of found by both / only by Stella / only by the peer, and the differences.

Components are matched on a normalised purl:
- type lower-cased; namespace and name percent-decoded; deb, rpm, apk and pypi names lower-cased,
  pypi names with runs of '-', '_', '.' made one '-' (PEP 503); maven, npm, golang names as given;
- version percent-decoded; for deb and rpm an `epoch` qualifier is folded into the version as
  `EPOCH:VERSION` (Trivy writes the epoch as a qualifier, others inside the version) and an
  epoch of 0 is dropped, since dpkg and rpm treat 0 as no epoch;
- every qualifier is then dropped, and the subpath too. Qualifiers say where or for what a
  package was found (arch, distro, file_path, repository_url, type), not which package it is;
  arch and distro values are still shown per section, and matched components whose arch differs
  are listed, so a disagreement there is not hidden.
Components without a purl (the operating-system component, files) are compared by
(type, name, version) in their own section. Nested components are flattened. A key found
several times on one side counts once; the tables show how many components carried it. A name
found on both sides with different versions is listed as "other version", not as two misses.
Exits 0 whatever the differences; 2 on unreadable input.
"""
import argparse
import json
import re
import signal
import sys
from collections import defaultdict
from urllib.parse import unquote

OS_TYPES = {"deb", "rpm", "apk", "alpm"}
LOWER_NAME_TYPES = {"deb", "rpm", "apk", "alpm", "pypi"}
EPOCH_TYPES = {"deb", "rpm"}


def parse_purl(purl):
    """Splits a purl into (type, namespace, name, version, qualifiers); None if it is not one."""
    if not purl.startswith("pkg:"):
        return None
    rest = purl[4:].split("#", 1)[0]
    rest, _, query = rest.partition("?")
    qualifiers = {}
    for pair in filter(None, query.split("&")):
        key, _, value = pair.partition("=")
        qualifiers[key.lower()] = unquote(value)
    # the version follows the last '@' of the last segment: npm scopes may be written '@scope'
    head, _, last = rest.strip("/").rpartition("/")
    name, _, version = last.partition("@")
    parts = head.split("/") + [name]
    if len(parts) < 2 or not head:
        return None
    kind = parts[0].lower()
    namespace = "/".join(unquote(p) for p in parts[1:-1])
    return kind, namespace, unquote(parts[-1]), unquote(version), qualifiers


def normalise(purl):
    """The comparison key of a purl, its section and the qualifiers shown beside it."""
    parsed = parse_purl(purl)
    if parsed is None:
        return None
    kind, namespace, name, version, qualifiers = parsed
    if kind in LOWER_NAME_TYPES:
        namespace, name = namespace.lower(), name.lower()
    if kind == "pypi":
        name = re.sub(r"[-_.]+", "-", name)
    if kind in EPOCH_TYPES:
        epoch = qualifiers.get("epoch", "")
        if epoch and ":" not in version:
            version = f"{epoch}:{version}"
        if version.startswith("0:"):
            version = version[2:]
    section = f"{kind}/{namespace}" if kind in OS_TYPES else kind
    path = f"{namespace}/{name}" if namespace else name
    return section, f"pkg:{kind}/{path}@{version}", qualifiers


def fail(message):
    print(f"compare.py: {message}", file=sys.stderr)
    sys.exit(2)


def flatten(components):
    for component in components or []:
        yield component
        yield from flatten(component.get("components"))


def load(path):
    """Maps section -> key -> list of qualifier dicts, one per component carrying the key."""
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except (OSError, ValueError) as error:
        fail(f"cannot read {path}: {error}")
    if not isinstance(document, dict) or document.get("bomFormat") != "CycloneDX":
        fail(f"{path}: not a CycloneDX JSON document (no \"bomFormat\": \"CycloneDX\")")
    found = defaultdict(lambda: defaultdict(list))
    for component in flatten(document.get("components")):
        normalised = normalise(component.get("purl") or "")
        if normalised is None:
            key = "{} {}@{}".format(component.get("type", "?"), component.get("name", "?"),
                                    component.get("version", ""))
            found["(no purl)"][key].append({})
        else:
            section, key, qualifiers = normalised
            found[section][key].append(qualifiers)
    return found


def name_of(key):
    return key.rsplit("@", 1)[0]


def qualifier_values(entries, qualifier):
    return {q[qualifier] for qualifiers in entries.values() for q in qualifiers if qualifier in q}


def describe_qualifiers(ours, peer, peer_name):
    lines = []
    for qualifier in ("distro", "arch"):
        mine, theirs = qualifier_values(ours, qualifier), qualifier_values(peer, qualifier)
        if mine or theirs:
            lines.append(f"`{qualifier}` qualifiers: Stella {', '.join(sorted(mine)) or '-'}; "
                         f"{peer_name} {', '.join(sorted(theirs)) or '-'}")
    return lines


def arch_mismatches(ours, peer, both):
    mismatches = []
    for key in sorted(both):
        mine = {q.get("arch") for q in ours[key] if q.get("arch")}
        theirs = {q.get("arch") for q in peer[key] if q.get("arch")}
        if mine and theirs and mine != theirs:
            mismatches.append(f"{key}: {'/'.join(sorted(mine))} vs {'/'.join(sorted(theirs))}")
    return mismatches


def report_section(section, ours, peer, peer_name, out):
    both = ours.keys() & peer.keys()
    only_ours, only_peer = sorted(ours.keys() - both), sorted(peer.keys() - both)
    by_name_ours = {name_of(k): k for k in only_ours}
    by_name_peer = {name_of(k): k for k in only_peer}
    changed = sorted(by_name_ours.keys() & by_name_peer.keys())
    only_ours = [k for k in only_ours if name_of(k) not in changed]
    only_peer = [k for k in only_peer if name_of(k) not in changed]

    counts = (len(both), len(only_ours), len(only_peer), len(changed))
    out.append(f"## {section}\n")
    out.append(f"| both | only Stella | only {peer_name} | other version "
               f"| Stella components | {peer_name} components |")
    out.append("|---:|---:|---:|---:|---:|---:|")
    out.append("| " + " | ".join(map(str, counts)) + f" | {sum(map(len, ours.values()))} "
               f"| {sum(map(len, peer.values()))} |")
    out.append("")
    qualifier_lines = describe_qualifiers(ours, peer, peer_name)
    out.extend(f"{line}  " for line in qualifier_lines)
    if qualifier_lines:
        out.append("")
    listed = [
        ("Only Stella", only_ours),
        (f"Only {peer_name}", only_peer),
        (f"Other version (Stella vs {peer_name})",
         [f"{by_name_ours[n]} vs {by_name_peer[n].rsplit('@', 1)[1]}" for n in changed]),
        (f"Arch differs (Stella vs {peer_name})", arch_mismatches(ours, peer, both)),
    ]
    for title, keys in listed:
        if keys:
            out.append(f"{title} ({len(keys)}):\n")
            out.extend(f"- `{key}`" for key in keys)
            out.append("")
    return counts


def compare(ours_path, peer_path, peer_name):
    ours, peer = load(ours_path), load(peer_path)
    sections = sorted(ours.keys() | peer.keys(), key=lambda s: (s == "(no purl)", s))
    details, rows = [], []
    for section in sections:
        counts = report_section(section, ours.get(section, {}), peer.get(section, {}),
                                peer_name, details)
        rows.append(f"| {section} | " + " | ".join(map(str, counts)) + " |")
    head = [f"# Stella vs {peer_name}\n", f"Stella: `{ours_path}`  ",
            f"{peer_name}: `{peer_path}`\n",
            f"| section | both | only Stella | only {peer_name} | other version |",
            "|---|---:|---:|---:|---:|"]
    return "\n".join(head + rows + [""] + details)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ours", help="Stella's CycloneDX JSON SBOM")
    parser.add_argument("peer", help="the peer's CycloneDX JSON SBOM")
    parser.add_argument("--peer-name", default="Trivy")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet end when piped into head
    print(compare(args.ours, args.peer, args.peer_name))


if __name__ == "__main__":
    main()
