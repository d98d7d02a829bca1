// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

/** One range evaluated for one package: the explain trace of {@code stella advisories}. */
public record TraceLine(
        String advisory, String ecosystem, String packageName, String range, Outcome outcome,
        String reason) {

    @Override
    public String toString() {
        return advisory + "  " + ecosystem + "/" + packageName + "  " + range + "  -> "
                + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " (" + reason + ")";
    }
}
