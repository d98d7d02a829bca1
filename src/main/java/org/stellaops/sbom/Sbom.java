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
        String created) {

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
                dependencies, warnings, time);
    }

    public Sbom {
        components = List.copyOf(components);
        dependencies = Collections.unmodifiableMap(new TreeMap<>(dependencies));
        warnings = List.copyOf(warnings);
    }
}
