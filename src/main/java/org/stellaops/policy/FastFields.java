// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How the fast path reads each declared field of {@link CelTypes}' structs from
 * {@link CelFacts} and {@link CelScan}. The table must name the same values as
 * {@link CelVariables}; the differential tests hold the two to it.
 */
final class FastFields {

    private static final Map<String, Function<Object, Object>> FIELDS = new HashMap<>();

    static {
        for (String type : new String[] {"Finding", "GateFinding"}) {
            finding(type, "id", CelFacts::id);
            finding(type, "aliases", CelFacts::aliases);
            finding(type, "severity", CelFacts::severity);
            finding(type, "score", CelFacts::score);
            finding(type, "vector", CelFacts::vector);
            finding(type, "fixed", CelFacts::fixed);
            finding(type, "fixAvailable", CelFacts::fixAvailable);
            finding(type, "published", f -> present(f.published()));
            finding(type, "ageDays", CelFacts::ageDays);
            finding(type, "fixAgeDays", CelFacts::fixAgeDays);
        }
        for (String type : new String[] {"Package", "GateFinding"}) {
            finding(type, "purl", CelFacts::purl);
            finding(type, "name", CelFacts::name);
            finding(type, "ecosystem", CelFacts::ecosystem);
            finding(type, "version", CelFacts::version);
            finding(type, "layers", CelFacts::layers);
        }
        finding("Vex", "status", CelFacts::vexStatus);
        finding("Vex", "justification", CelFacts::vexJustification);
        finding("Vex", "issuer", CelFacts::vexIssuer);
        finding("GateFinding", "vexStatus", CelFacts::vexStatus);
        finding("GateFinding", "vexJustification", CelFacts::vexJustification);
        finding("GateFinding", "vexIssuer", CelFacts::vexIssuer);
        finding("GateFinding", "action", CelFacts::action);
        finding("GateFinding", "rule", CelFacts::rule);
        scan("referenceTime", s -> present(s.referenceTime()));
        scan("targetKind", CelScan::targetKind);
        scan("targetRef", CelScan::targetRef);
        scan("targetDigest", CelScan::targetDigest);
        scan("snapshotDigest", CelScan::snapshotDigest);
        scan("snapshotDate", CelScan::snapshotDate);
    }

    private FastFields() {
    }

    /** The reader of {@code field} on a value of the struct type, or null if not declared. */
    static Function<Object, Object> reader(String structType, String field) {
        return FIELDS.get(structType + "." + field);
    }

    /**
     * Whether {@code has()} can be true or false for the field: only the times, which are
     * left out of the maps when unknown. Every other declared field is always present.
     */
    static boolean optional(String field) {
        return field.equals("published") || field.equals("referenceTime");
    }

    private static Object present(Object value) {
        return value == null ? FastExpr.ERROR : value;
    }

    private static void finding(String type, String field, Function<CelFacts, Object> read) {
        FIELDS.put("stella.policy." + type + "." + field, value -> read.apply((CelFacts) value));
    }

    private static void scan(String field, Function<CelScan, Object> read) {
        FIELDS.put("stella.policy.Scan." + field, value -> read.apply((CelScan) value));
    }
}
