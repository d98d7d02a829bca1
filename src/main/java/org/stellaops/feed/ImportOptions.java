// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

/**
 * How an import treats bad input.
 *
 * @param skipInvalid when true, a record that fails to parse or validate is skipped and listed
 *     in the report; when false (the default) it fails the whole import
 * @param limits bounds on archives and files
 */
public record ImportOptions(boolean skipInvalid, ZipLimits limits) {

    public static final ImportOptions STRICT = new ImportOptions(false, ZipLimits.DEFAULT);
}
