// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.util.List;
import org.cyclonedx.Version;

/**
 * The CycloneDX specification versions the readers accept: 1.2 to 1.7.
 *
 * <p>1.2 is the first with JSON and with {@code metadata} and {@code dependencies} in the core
 * schema, so older XML (1.0, 1.1) is refused rather than half read. A 1.7 document is read for
 * what 1.6 already knows; fields 1.7 added are skipped.
 *
 * @param text the version as the document spells it ({@code 1.6})
 * @param library the cyclonedx-core-java version constant, or null for 1.7, which
 *     cyclonedx-core-java 11.0.1 does not know (its schemas end at 1.6)
 */
record CycloneDxSpecVersion(String text, Version library) {

    static final List<String> SUPPORTED = List.of("1.2", "1.3", "1.4", "1.5", "1.6", "1.7");

    /** The version named by a JSON {@code specVersion} or the digits of an XML namespace. */
    static CycloneDxSpecVersion of(String text, String origin) throws SbomException {
        if (text == null) {
            throw new SbomException(origin + ": not a CycloneDX BOM: specVersion is missing");
        }
        if (!SUPPORTED.contains(text)) {
            throw new SbomException(origin + ": CycloneDX specVersion '" + text
                    + "' is not supported (supported: " + String.join(", ", SUPPORTED) + ")");
        }
        return new CycloneDxSpecVersion(text, Version.fromVersionString(text));
    }

    /** {@code http://cyclonedx.org/schema/bom/1.6} gives 1.6; other namespaces give null. */
    static String fromNamespace(String namespace) {
        String prefix = "http://cyclonedx.org/schema/bom/";
        return namespace != null && namespace.startsWith(prefix)
                ? namespace.substring(prefix.length()) : null;
    }
}
