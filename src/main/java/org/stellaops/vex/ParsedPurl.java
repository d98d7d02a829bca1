// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import com.github.packageurl.MalformedPackageURLException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.stellaops.ecosystem.PurlParser;
import org.stellaops.ecosystem.PurlParts;

/**
 * A purl taken apart once, for comparing a statement's product with a scanned package.
 * {@link PurlParser} normalises case and percent-encoding per type as packageurl-java does, so {@code pkg:oci} digests
 * written {@code sha256%3A...} and {@code sha256:...} compare equal.
 */
record ParsedPurl(String type, String namespace, String name, String version,
        Map<String, String> qualifiers) {

    /** The purl, or null when it does not parse. */
    static ParsedPurl parse(String purl) {
        if (purl == null || !purl.startsWith("pkg:")) {
            return null;
        }
        try {
            PurlParts parsed = PurlParser.parse(purl);
            Map<String, String> qualifiers = parsed.qualifiers().isEmpty()
                    ? Map.of() : new TreeMap<>(parsed.qualifiers());
            return new ParsedPurl(parsed.type(), parsed.namespace(), parsed.name(),
                    parsed.version(), qualifiers);
        } catch (MalformedPackageURLException e) {
            return null;
        }
    }

    /**
     * Whether this statement purl covers the package purl: the same type, namespace and name;
     * the same version unless this one has none (an unversioned purl names every version);
     * and every qualifier this one states present in the package with the same value (the
     * package may carry more, such as a distro or arch the statement does not restrict).
     */
    boolean covers(ParsedPurl pkg) {
        if (!type.equals(pkg.type) || !Objects.equals(namespace, pkg.namespace)
                || !name.equals(pkg.name)) {
            return false;
        }
        if (version != null && !version.equals(pkg.version)) {
            return false;
        }
        for (Map.Entry<String, String> qualifier : qualifiers.entrySet()) {
            if (!qualifier.getValue().equals(pkg.qualifiers.get(qualifier.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
