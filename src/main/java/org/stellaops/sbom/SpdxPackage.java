// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one SPDX package (2.x or 3) says, collected while its document is read and turned into
 * an {@link SbomComponent} by {@link SpdxAssembler} once the relationships are known. Fields
 * stay null when the document does not give them.
 */
final class SpdxPackage {

    private static final String BUILT_FROM = "built package from:";
    private static final String LAYER_DIGEST = "LayerDigest:";
    private static final String LAYER_DIFF_ID = "LayerDiffID:";

    String spdxId;
    String name;
    String version;
    /** The component type, already in CycloneDX spelling ({@code operating-system}...). */
    String type;
    String purl;
    final List<String> cpes = new ArrayList<>();
    /** CycloneDX algorithm name to lower-case hex, in document order. */
    final Map<String, String> hashes = new LinkedHashMap<>();
    /** Licences the package declares, NOASSERTION and NONE already dropped. */
    final List<String> declared = new ArrayList<>();
    /** Licences concluded for the package, used only when none is declared. */
    final List<String> concluded = new ArrayList<>();
    String location;
    String sourceName;
    String sourceVersion;
    /** The distro id and release when the package is the OS and names them (Red Hat). */
    String osId;
    String osVersion;

    /** Adds a licence expression unless it only says that nothing is known. */
    static void addLicense(List<String> target, String expression) {
        if (expression == null) {
            return;
        }
        String value = expression.strip();
        if (!value.isEmpty() && !value.equals("NOASSERTION") && !value.equals("NONE")) {
            target.add(value);
        }
    }

    /**
     * Takes what an SPDX 2 external ref says: the first package-manager purl, security CPEs,
     * and claircore's {@code OTHER did} / {@code version_id} naming the distro of an OS package.
     */
    void addExternalRef(String category, String type, String locator) {
        if (category == null || type == null || locator == null || locator.isBlank()) {
            return;
        }
        String value = locator.strip();
        switch (category.toUpperCase(Locale.ROOT).replace('_', '-')) {
            case "PACKAGE-MANAGER":
                if (type.equals("purl") && purl == null) {
                    purl = value;
                }
                break;
            case "SECURITY":
                if (type.equals("cpe22Type") || type.equals("cpe23Type")) {
                    cpes.add(value);
                }
                break;
            case "OTHER":
                if (type.equals("did")) {
                    osId = value;
                } else if (type.equals("version_id")) {
                    osVersion = value;
                }
                break;
            default:
                break;
        }
    }

    /** Trivy writes the source package as {@code built package from: NAME VERSION}. */
    void readSourceInfo(String sourceInfo) {
        if (sourceInfo == null || !sourceInfo.startsWith(BUILT_FROM)) {
            return;
        }
        String[] parts = sourceInfo.substring(BUILT_FROM.length()).strip().split("\\s+", 2);
        if (!parts[0].isEmpty()) {
            sourceName = parts[0];
            sourceVersion = parts.length > 1 ? parts[1] : null;
        }
    }

    /**
     * Trivy keeps the layer as {@code LayerDigest: sha256:...} / {@code LayerDiffID: ...} in
     * annotations (attribution texts before Trivy 0.50); the digest is preferred.
     */
    void readAnnotation(String text) {
        if (text == null) {
            return;
        }
        if (text.startsWith(LAYER_DIGEST)) {
            location = text.substring(LAYER_DIGEST.length()).strip();
        } else if (text.startsWith(LAYER_DIFF_ID) && location == null) {
            location = text.substring(LAYER_DIFF_ID.length()).strip();
        }
    }

    /** True for annotation texts {@link #readAnnotation} uses. */
    static boolean isUsefulAnnotation(String text) {
        return text != null && (text.startsWith(LAYER_DIGEST) || text.startsWith(LAYER_DIFF_ID));
    }

    List<String> licenses() {
        return declared.isEmpty() ? concluded : declared;
    }
}
