// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import com.github.packageurl.PackageURLBuilder;
import java.util.Map;

/**
 * Synthetic copies of real OSV records, for the scaling benchmarks only. Copy 0 is the record
 * itself; copy {@code k} appends {@code -rK} to the record id, to every alias, related and
 * upstream id, and to every affected package name (and its purl). A copy therefore has the
 * shape, ranges and sizes of its original, yet shares no id, alias group or index key with
 * it or with any other copy: N copies of the corpus look to the importer and the index like a
 * feed N times as large. Package names stay valid for their ecosystem, because the suffix is
 * letters, digits and a dash, and ids keep their database prefix, so the copies pass the OSV
 * schema exactly as their originals do.
 */
final class Replicas {

    private Replicas() {
    }

    /** What copy {@code copy} appends to ids and names; empty for the original. */
    static String suffix(int copy) {
        return copy == 0 ? "" : "-r" + copy;
    }

    /** Rewrites {@code record} in place into copy {@code copy} and returns it. */
    static ObjectNode rewrite(ObjectNode record, int copy) {
        String suffix = suffix(copy);
        if (suffix.isEmpty()) {
            return record;
        }
        record.put("id", record.path("id").asText() + suffix);
        for (String field : new String[] {"aliases", "related", "upstream"}) {
            if (record.get(field) instanceof ArrayNode ids) {
                for (int i = 0; i < ids.size(); i++) {
                    ids.set(i, ids.get(i).asText() + suffix);
                }
            }
        }
        for (JsonNode affected : record.path("affected")) {
            if (affected.get("package") instanceof ObjectNode pkg) {
                if (pkg.hasNonNull("name")) {
                    pkg.put("name", pkg.get("name").asText() + suffix);
                }
                if (pkg.hasNonNull("purl")) {
                    pkg.put("purl", renamePurl(pkg.get("purl").asText(), suffix));
                }
            }
        }
        return record;
    }

    /**
     * The purl of the same package version in copy {@code copy}, so a purl drawn from the
     * original corpus can be looked up in any copy. A purl that does not parse is returned
     * unchanged.
     */
    static String purlInCopy(String purl, int copy) {
        return copy == 0 ? purl : renamePurl(purl, suffix(copy));
    }

    /** The purl with {@code suffix} appended to its name, qualifiers and version kept. */
    static String renamePurl(String purl, String suffix) {
        try {
            PackageURL parsed = new PackageURL(purl);
            PackageURLBuilder renamed = PackageURLBuilder.aPackageURL()
                    .withType(parsed.getType()).withNamespace(parsed.getNamespace())
                    .withName(parsed.getName() + suffix).withVersion(parsed.getVersion())
                    .withSubpath(parsed.getSubpath());
            Map<String, String> qualifiers = parsed.getQualifiers();
            if (qualifiers != null) {
                qualifiers.forEach(renamed::withQualifier);
            }
            return renamed.build().canonicalize();
        } catch (MalformedPackageURLException e) {
            return purl;
        }
    }
}
