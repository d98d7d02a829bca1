// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.util.Locale;

/**
 * The SPDX 2 relationship types that shape the component list, mapped onto
 * {@link SpdxAssembler}'s edges. Every {@code *_DEPENDENCY_OF} type (build, dev, test,
 * optional, provided, runtime) is a dependency, as SPDX 3 maps them all to {@code dependsOn}
 * with a lifecycle scope; static and dynamic links are not, as SPDX 3 keeps them apart too.
 * Other types ({@code DESCENDANT_OF}, {@code OTHER}, {@code COPY_OF}...) carry nothing the model
 * holds and are ignored.
 */
final class SpdxRelationships {

    private SpdxRelationships() {
    }

    static void record(SpdxAssembler assembler, String element, String type, String related) {
        if (type == null) {
            return;
        }
        String kind = type.strip().toUpperCase(Locale.ROOT);
        switch (kind) {
            case "DESCRIBES":
                assembler.describes(related);
                break;
            case "DESCRIBED_BY":
                assembler.describes(element);
                break;
            case "CONTAINS":
                assembler.contains(element, related);
                break;
            case "CONTAINED_BY":
                assembler.contains(related, element);
                break;
            case "DEPENDS_ON":
                assembler.dependsOn(element, related);
                break;
            case "GENERATED_FROM":
                assembler.generatedFrom(element, related);
                break;
            case "GENERATES":
                assembler.generatedFrom(related, element);
                break;
            default:
                if (kind.endsWith("DEPENDENCY_OF")) {
                    assembler.dependsOn(related, element);
                }
                break;
        }
    }
}
