// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

/**
 * How Stella names itself in the documents it writes (CycloneDX {@code metadata.tools}, the SARIF
 * driver). The version comes from the jar manifest, so every document written by one build names
 * the same version; run from classes (tests, an IDE) it is {@code development}.
 */
public final class StellaTool {

    public static final String NAME = "stella";
    public static final String INFORMATION_URI = "https://stellaops.org/";

    private StellaTool() {
    }

    public static String version() {
        String version = StellaTool.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "development" : version;
    }
}
