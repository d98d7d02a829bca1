// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

/**
 * The range that made a finding: which advisory, which affected[] entry, which range and why.
 * It is the first line of a finding's explain trace.
 */
public record MatchedRange(
        String advisory, String ecosystem, String packageName, String range, String reason) {
}
