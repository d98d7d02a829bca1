// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.stellaops.match.PackageResult;
import org.stellaops.scan.ScanResult;

/**
 * The coverage section: which ecosystems the snapshot covers, and every package it could not
 * answer for (no advisories for its ecosystem or release, or a purl with no OSV ecosystem),
 * so that an empty finding list is never mistaken for a clean bill.
 */
final class JsonCoverage {

    private JsonCoverage() {
    }

    static void put(ObjectNode node, ScanResult result) {
        JsonFindings.putStrings(node.putArray("covered"), result.report().coveredEcosystems());
        ArrayNode notCovered = node.putArray("notCovered");
        for (PackageResult gap : result.report().notCovered()) {
            ObjectNode entry = notCovered.addObject();
            entry.put("purl", gap.purl());
            entry.put("ecosystem", gap.ecosystem());
            entry.put("status", gap.status().name().toLowerCase(Locale.ROOT));
            entry.put("reason", gap.reason());
            JsonFindings.putStrings(entry.putArray("components"),
                    JsonFindings.componentsOf(gap.purl(), result));
        }
    }
}
