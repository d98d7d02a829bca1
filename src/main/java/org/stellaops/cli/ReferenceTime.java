// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import org.stellaops.pipeline.Times;

/**
 * Parses {@code --as-of} and other times and writes them in one canonical form: UTC, whole
 * seconds, {@code Z} ({@link Times#canonical}, which the server uses too).
 */
final class ReferenceTime {

    private ReferenceTime() {
    }

    static String parse(String text) throws UsageException {
        return parse(text, "--as-of");
    }

    /** As {@link #parse(String)}, naming {@code option} in the error. */
    static String parse(String text, String option) throws UsageException {
        try {
            return Times.canonical(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " " + e.getMessage());
        }
    }
}
