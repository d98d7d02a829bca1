// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An SBOM read into the one model every format maps onto. Nested components are flattened
 * into {@link #components} with their {@code parentRef} set; the dependency graph is kept as
 * the document states it, cycles included.
 *
 * @param specVersion the version of the format ({@code 1.6}, {@code SPDX-2.3}, {@code 3.0.1},
 *     {@code 2} for Trivy's SchemaVersion)
 * @param subjectName what the SBOM describes (image, application), when it says
 * @param os the subject's operating system, or null when the document does not say
 * @param components in document order
 * @param dependencies ref to the refs it depends on (refs sorted; targets in document order)
 * @param warnings problems that did not stop reading (duplicate refs, unparseable purls...)
 * @param created when the document says it was created (RFC 3339 as written), or null
 * @param subjectType the CycloneDX component type of the subject ({@code container} for an
 *     image, {@code application} otherwise) when the document says, or null
 * @param properties facts about the subject as name to value, sorted by name (for an image:
 *     {@code stella:image:configDigest}, {@code stella:image:repoDigest:N},
 *     {@code stella:image:entrypoint}...); empty for documents that state none
 */
public record Sbom(
        SbomFormat format,
        String specVersion,
        String subjectName,
        String subjectVersion,
        OsInfo os,
        List<SbomComponent> components,
        Map<String, List<String>> dependencies,
        List<String> warnings,
        String created,
        String subjectType,
        Map<String, String> properties) {

    /** A document as the SBOM readers make it: no subject type or properties. */
    public Sbom(SbomFormat format, String specVersion, String subjectName, String subjectVersion,
            OsInfo os, List<SbomComponent> components, Map<String, List<String>> dependencies,
            List<String> warnings, String created) {
        this(format, specVersion, subjectName, subjectVersion, os, components, dependencies,
                warnings, created, null, Map.of());
    }

    /** A document that does not say when it was created. */
    public Sbom(SbomFormat format, String specVersion, String subjectName, String subjectVersion,
            OsInfo os, List<SbomComponent> components, Map<String, List<String>> dependencies,
            List<String> warnings) {
        this(format, specVersion, subjectName, subjectVersion, os, components, dependencies,
                warnings, null);
    }

    /** The same document with a different creation time. */
    public Sbom withCreated(String time) {
        return new Sbom(format, specVersion, subjectName, subjectVersion, os, components,
                dependencies, warnings, time, subjectType, properties);
    }

    public Sbom {
        components = List.copyOf(components);
        dependencies = Collections.unmodifiableMap(new TreeMap<>(dependencies));
        warnings = List.copyOf(warnings);
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
    }
}
