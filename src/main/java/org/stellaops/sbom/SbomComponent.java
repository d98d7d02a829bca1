// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One component of an SBOM, in the terms every format shares.
 *
 * @param ref the component's identifier within the document (CycloneDX bom-ref, SPDX id,
 *     Trivy package id); unique within one {@link Sbom}
 * @param type the component type as the format says it ({@code library}, {@code application},
 *     {@code operating-system}, an SPDX purpose, a Trivy result type), or null
 * @param purl the package URL as written in the document, or null
 * @param cpes CPE names the document gives, in document order
 * @param licenses licence expressions or ids, in document order
 * @param hashes algorithm (as the format names it, upper-case, e.g. {@code SHA-256}) to hex
 *     value, sorted by algorithm
 * @param location the layer digest or file path it was found in, when the document says
 * @param parentRef the ref of the enclosing component for nested components, else null
 * @param sourceName the source package (Debian/RPM) when the document names it, else null
 * @param sourceVersion the source package's version when the document names it, else null
 */
public record SbomComponent(
        String ref,
        String name,
        String version,
        String type,
        String purl,
        List<String> cpes,
        List<String> licenses,
        Map<String, String> hashes,
        String location,
        String parentRef,
        String sourceName,
        String sourceVersion) {

    public SbomComponent {
        Objects.requireNonNull(ref, "ref");
        cpes = List.copyOf(cpes);
        licenses = List.copyOf(licenses);
        hashes = Collections.unmodifiableMap(new TreeMap<>(hashes));
    }
}
