// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

/** The reader for each format. */
public final class SbomReaders {

    private SbomReaders() {
    }

    public static SbomReader forFormat(SbomFormat format) {
        switch (format) {
            case CYCLONEDX_JSON:
                return new CycloneDxJsonReader();
            case CYCLONEDX_XML:
                return new CycloneDxXmlReader();
            case SPDX_JSON:
                return new SpdxJsonReader();
            case SPDX3_JSON_LD:
                return new Spdx3JsonLdReader();
            case SPDX_TAG_VALUE:
                return new SpdxTagValueReader();
            case TRIVY_JSON_V2:
                return new TrivyJsonReader();
            default:
                throw new IllegalArgumentException("no reader for " + format);
        }
    }
}
