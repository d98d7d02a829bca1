// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

/** PLACEHOLDER: replaced by the real writer before this lands. */
public final class CycloneDxWriter {

    private CycloneDxWriter() {
    }

    /**
     * CycloneDX 1.6 JSON of the SBOM.
     *
     * @param created the metadata timestamp (RFC 3339, UTC)
     * @param seed the input digest ({@code sha256:...}); the serial number derives from it
     */
    public static String write(Sbom sbom, String created, String seed) {
        throw new UnsupportedOperationException("PLACEHOLDER CycloneDxWriter");
    }
}
