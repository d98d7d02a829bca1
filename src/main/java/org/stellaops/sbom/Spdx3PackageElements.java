// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Reads one SPDX 3.0.1 package element ({@code software_Package}, or its AI and dataset
 * subclasses): spdxId, name, version, purl (the property, else a {@code packageUrl} external
 * identifier), CPEs, hashes and the primary purpose as a CycloneDX-style type. The inverse of
 * what {@link Spdx3Packages} writes, so {@code other} hashes come back under the algorithm
 * their comment names.
 */
final class Spdx3PackageElements {

    private Spdx3PackageElements() {
    }

    static SpdxPackage read(JsonNode element, String elementType, SpdxHashes hashes) {
        SpdxPackage pkg = new SpdxPackage();
        pkg.spdxId = Spdx3Elements.text(element, "spdxId", "@id");
        pkg.name = SpdxJsonInput.text(element, "name");
        pkg.version = SpdxJsonInput.text(element, "software_packageVersion");
        pkg.purl = SpdxJsonInput.text(element, "software_packageUrl");
        pkg.type = typeOf(elementType, SpdxJsonInput.text(element, "software_primaryPurpose"));
        pkg.readSourceInfo(SpdxJsonInput.text(element, "software_sourceInfo"));
        for (JsonNode identifier : element.path("externalIdentifier")) {
            String type = SpdxJsonInput.text(identifier, "externalIdentifierType");
            String value = SpdxJsonInput.text(identifier, "identifier");
            if (value == null || type == null) {
                continue;
            }
            if (type.equals("cpe22") || type.equals("cpe23")) {
                pkg.cpes.add(value);
            } else if (type.equals("packageUrl") && pkg.purl == null) {
                pkg.purl = value;
            }
        }
        for (JsonNode hash : element.path("verifiedUsing")) {
            readHash(pkg, hash, hashes);
        }
        return pkg;
    }

    private static void readHash(SpdxPackage pkg, JsonNode hash, SpdxHashes hashes) {
        String type = SpdxJsonInput.text(hash, "type");
        if (type != null && !type.equals("Hash")) {
            return; // a PackageVerificationCode hashes the file list, not the package
        }
        String algorithm = SpdxJsonInput.text(hash, "algorithm");
        String value = SpdxJsonInput.text(hash, "hashValue");
        String comment = SpdxJsonInput.text(hash, "comment");
        if ("other".equals(algorithm) && comment != null && value != null) {
            pkg.hashes.putIfAbsent(comment.strip(), value.strip().toLowerCase(Locale.ROOT));
        } else {
            hashes.add(pkg, algorithm, value);
        }
    }

    /** {@code operatingSystem} → {@code operating-system}, as SPDX 2's purposes read. */
    private static String typeOf(String elementType, String purpose) {
        if (elementType.equals("ai_AIPackage")) {
            return "machine-learning-model";
        }
        if (elementType.equals("dataset_DatasetPackage")) {
            return "data";
        }
        if (purpose == null) {
            return null;
        }
        StringBuilder type = new StringBuilder();
        for (char c : purpose.toCharArray()) {
            if (Character.isUpperCase(c)) {
                type.append('-').append(Character.toLowerCase(c));
            } else {
                type.append(c);
            }
        }
        return type.toString();
    }
}
