// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.util.Locale;

/**
 * The part, vendor, product and version of a CPE 2.2 URI ({@code cpe:/a:vendor:product:1.0})
 * or 2.3 formatted string ({@code cpe:2.3:a:vendor:product:1.0:*:...}). Written here rather
 * than taken from a library: no CPE library resolves on these machines, and matching needs only
 * these four fields compared case-insensitively, with {@code *} and {@code -} and an absent
 * field in the statement's CPE matching anything.
 */
record ParsedCpe(String part, String vendor, String product, String version) {

    static ParsedCpe parse(String cpe) {
        if (cpe == null) {
            return null;
        }
        String text = cpe.toLowerCase(Locale.ROOT);
        String[] fields;
        if (text.startsWith("cpe:2.3:")) {
            fields = text.substring("cpe:2.3:".length()).split(":", -1);
        } else if (text.startsWith("cpe:/")) {
            fields = text.substring("cpe:/".length()).split(":", -1);
        } else {
            return null;
        }
        return new ParsedCpe(field(fields, 0), field(fields, 1), field(fields, 2),
                field(fields, 3));
    }

    /** Whether this statement CPE covers the component's CPE. */
    boolean covers(ParsedCpe other) {
        return same(part, other.part) && same(vendor, other.vendor)
                && same(product, other.product) && same(version, other.version);
    }

    private static boolean same(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    private static String field(String[] fields, int index) {
        if (index >= fields.length) {
            return null;
        }
        String value = fields[index];
        return value.isEmpty() || value.equals("*") || value.equals("-") ? null : value;
    }
}
