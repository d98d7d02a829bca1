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
 * @param properties further facts as name to value, sorted by name ({@code stella:layer}, the
 *     layer diff id an image component came from; {@code stella:ownedBy}, the ref of the OS
 *     package whose files hold it); empty for documents that state none
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
        String sourceVersion,
        Map<String, String> properties) {

    /** The property naming the ref of the OS package that installed a component. */
    public static final String OWNED_BY = "stella:ownedBy";

    /** A component without further properties, as every SBOM reader makes them. */
    public SbomComponent(String ref, String name, String version, String type, String purl,
            List<String> cpes, List<String> licenses, Map<String, String> hashes,
            String location, String parentRef, String sourceName, String sourceVersion) {
        this(ref, name, version, type, purl, cpes, licenses, hashes, location, parentRef,
                sourceName, sourceVersion, Map.of());
    }

    public SbomComponent {
        Objects.requireNonNull(ref, "ref");
        cpes = List.copyOf(cpes);
        licenses = List.copyOf(licenses);
        hashes = Collections.unmodifiableMap(new TreeMap<>(hashes));
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
    }
}
