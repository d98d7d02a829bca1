// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a Trivy report's {@code Results}, read member by member: its target, class and
 * type, and its packages one at a time. Vulnerabilities are not findings to us (we match
 * ourselves); they are read only for the packages they name, and those are used only when
 * the result lists no {@code Packages} at all, as reports written without
 * {@code --list-all-pkgs} (older releases, by default) do. Misconfigurations, secrets and
 * licence findings are skipped unbuilt.
 */
final class TrivyResult {

    String target;
    String type;
    /** True when the packages come from vulnerabilities, not from {@code Packages}. */
    boolean fromVulnerabilities;
    final List<TrivyPackage> packages = new ArrayList<>();

    static TrivyResult read(JsonParser parser, String origin) throws IOException, SbomException {
        TrivyResult result = new TrivyResult();
        Map<String, TrivyPackage> vulnerable = new LinkedHashMap<>();
        boolean listed = false;
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String member = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (member) {
                case "Target":
                    result.target = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    break;
                case "Type":
                    result.type = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    break;
                case "Packages":
                    listed |= value != JsonToken.VALUE_NULL;
                    if (listed) {
                        readPackages(parser, origin, result.packages);
                    }
                    break;
                case "Vulnerabilities":
                    if (value != JsonToken.VALUE_NULL) {
                        readVulnerabilities(parser, origin, vulnerable);
                    }
                    break;
                default:
                    parser.skipChildren();
                    break;
            }
        }
        if (!listed && !vulnerable.isEmpty()) {
            result.packages.addAll(vulnerable.values());
            result.fromVulnerabilities = true;
        }
        return result;
    }

    private static void readPackages(JsonParser parser, String origin, List<TrivyPackage> into)
            throws IOException, SbomException {
        SpdxJsonInput.expectArray(parser, origin, "Packages");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            SpdxJsonInput.expectElement(parser, origin, "Packages");
            into.add(TrivyPackage.ofPackage(SpdxJsonInput.readTree(parser)));
        }
    }

    private static void readVulnerabilities(JsonParser parser, String origin,
            Map<String, TrivyPackage> into) throws IOException, SbomException {
        SpdxJsonInput.expectArray(parser, origin, "Vulnerabilities");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            SpdxJsonInput.expectElement(parser, origin, "Vulnerabilities");
            TrivyPackage pkg = TrivyPackage.ofVulnerability(SpdxJsonInput.readTree(parser));
            if (pkg.name != null) {
                into.putIfAbsent(pkg.identity(), pkg);
            }
        }
    }
}
