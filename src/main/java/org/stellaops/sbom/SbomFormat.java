// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.util.Locale;

/** The SBOM formats Stella Ops reads, named as {@code --sbom-type} spells them. */
public enum SbomFormat {
    CYCLONEDX_JSON("cyclonedx-json"),
    CYCLONEDX_XML("cyclonedx-xml"),
    /** SPDX 2.3 JSON. */
    SPDX_JSON("spdx-json"),
    /** SPDX 3.0.1 JSON-LD; {@code --sbom-type spdx-json} covers it too, told apart by content. */
    SPDX3_JSON_LD("spdx-json"),
    SPDX_TAG_VALUE("spdx-tag-value"),
    TRIVY_JSON_V2("trivy-json-v2");

    private final String option;

    SbomFormat(String option) {
        this.option = option;
    }

    /** The {@code --sbom-type} value that selects this format. */
    public String option() {
        return option;
    }

    /** A readable name for messages and reports, e.g. {@code spdx3-json-ld}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
