// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

/**
 * How an import treats bad input.
 *
 * @param skipInvalid when true, a record that fails to parse or validate is skipped and listed
 *     in the report; when false (the default) it fails the whole import
 * @param limits bounds on archives and files
 * @param threads records parsed and validated at once (at least 1)
 */
public record ImportOptions(boolean skipInvalid, ZipLimits limits, int threads) {

    public static final ImportOptions STRICT = new ImportOptions(false, ZipLimits.DEFAULT);

    public ImportOptions {
        threads = Math.max(1, threads);
    }

    /** Parses on as many threads as the machine has cores. */
    public ImportOptions(boolean skipInvalid, ZipLimits limits) {
        this(skipInvalid, limits, Runtime.getRuntime().availableProcessors());
    }
}
