// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.util.Locale;
import java.util.regex.Pattern;

/** The package tags of SPDX tag-value, put onto the package being read. */
final class SpdxTagValuePackages {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SpdxTagValuePackages() {
    }

    static void take(SpdxPackage pkg, SpdxTagValueLines.Entry entry, SpdxHashes hashes,
            SpdxTagValueLines lines) throws SbomException {
        String value = entry.value();
        switch (entry.tag()) {
            case "SPDXID":
                if (pkg.spdxId == null) {
                    pkg.spdxId = value;
                }
                break;
            case "PackageVersion":
                pkg.version = value;
                break;
            case "PrimaryPackagePurpose":
                pkg.type = value.toLowerCase(Locale.ROOT).replace('_', '-');
                break;
            case "PackageChecksum":
                int colon = value.indexOf(':');
                if (colon <= 0) {
                    throw lines.failure(entry.line(), "PackageChecksum must be 'ALGORITHM: "
                            + "value', not '" + value + "'");
                }
                hashes.add(pkg, value.substring(0, colon).strip(), value.substring(colon + 1));
                break;
            case "ExternalRef":
                String[] parts = SPACES.split(value, 3);
                if (parts.length < 3) {
                    throw lines.failure(entry.line(), "ExternalRef must be 'CATEGORY TYPE "
                            + "locator', not '" + value + "'");
                }
                pkg.addExternalRef(parts[0], parts[1], parts[2]);
                break;
            case "PackageLicenseDeclared":
                SpdxPackage.addLicense(pkg.declared, value);
                break;
            case "PackageLicenseConcluded":
                SpdxPackage.addLicense(pkg.concluded, value);
                break;
            case "PackageSourceInfo":
                pkg.readSourceInfo(value);
                break;
            case "PackageAttributionText":
                pkg.readAnnotation(value);
                break;
            default:
                break;
        }
    }
}
