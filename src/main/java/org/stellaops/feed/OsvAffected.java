// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import java.util.List;

/** One affected[] entry of an OSV record: a package, its ranges and explicit versions. */
public record OsvAffected(
        String ecosystem,
        String name,
        String purl,
        List<OsvRange> ranges,
        List<String> versions,
        List<OsvSeverity> severity,
        String statedSeverity) {

    public OsvAffected {
        ranges = List.copyOf(ranges);
        versions = List.copyOf(versions);
        severity = List.copyOf(severity);
    }
}
