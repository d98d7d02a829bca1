// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

/**
 * CVSS scores as trace text. Printing a double is surprisingly dear and a trace prints one per
 * finding and cvss rule, while real scores have one decimal: those 101 texts are made once.
 */
final class Scores {

    private static final String[] TENTHS = new String[101];

    static {
        for (int i = 0; i <= 100; i++) {
            TENTHS[i] = (i / 10) + "." + (i % 10);
        }
    }

    private Scores() {
    }

    static String text(double score) {
        double tenths = score * 10;
        long rounded = Math.round(tenths);
        if (rounded >= 0 && rounded <= 100 && Math.abs(tenths - rounded) < 1e-9) {
            return TENTHS[(int) rounded];
        }
        return Double.toString(score);
    }
}
