// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/**
 * Reads one SPDX 2.2 / 2.3 JSON package object: SPDXID, name, versionInfo,
 * primaryPackagePurpose, external refs, checksums, declared and concluded licences, Trivy's
 * source info and layer annotations. Members of the wrong shape are refused with the
 * package's position.
 */
final class SpdxJsonPackages {

    private SpdxJsonPackages() {
    }

    /**
     * @param position {@code <origin> at line L, column C} of the package's opening brace
     */
    static SpdxPackage read(JsonNode node, String position, SpdxHashes hashes)
            throws SbomException {
        SpdxPackage pkg = new SpdxPackage();
        pkg.spdxId = SpdxJsonInput.text(node, "SPDXID");
        pkg.name = SpdxJsonInput.text(node, "name");
        pkg.version = SpdxJsonInput.text(node, "versionInfo");
        String purpose = SpdxJsonInput.text(node, "primaryPackagePurpose");
        pkg.type = purpose == null ? null : purpose.toLowerCase(Locale.ROOT).replace('_', '-');
        for (JsonNode ref : array(node, "externalRefs", pkg, position)) {
            pkg.addExternalRef(SpdxJsonInput.text(ref, "referenceCategory"),
                    SpdxJsonInput.text(ref, "referenceType"),
                    SpdxJsonInput.text(ref, "referenceLocator"));
        }
        for (JsonNode checksum : array(node, "checksums", pkg, position)) {
            hashes.add(pkg, SpdxJsonInput.text(checksum, "algorithm"),
                    SpdxJsonInput.text(checksum, "checksumValue"));
        }
        SpdxPackage.addLicense(pkg.declared, SpdxJsonInput.text(node, "licenseDeclared"));
        SpdxPackage.addLicense(pkg.concluded, SpdxJsonInput.text(node, "licenseConcluded"));
        pkg.readSourceInfo(SpdxJsonInput.text(node, "sourceInfo"));
        for (JsonNode annotation : array(node, "annotations", pkg, position)) {
            pkg.readAnnotation(SpdxJsonInput.text(annotation, "comment"));
        }
        for (JsonNode text : array(node, "attributionTexts", pkg, position)) {
            pkg.readAnnotation(text.isTextual() ? text.asText() : null);
        }
        return pkg;
    }

    private static Iterable<JsonNode> array(JsonNode node, String member, SpdxPackage pkg,
            String position) throws SbomException {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new SbomException(position + ": package '" + (pkg.spdxId == null ? pkg.name
                    : pkg.spdxId) + "': '" + member + "' must be an array");
        }
        return value;
    }
}
