// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import java.util.List;

/**
 * The fields of an OSV record that the scanner indexes and reasons on. The complete record,
 * every field included, travels beside it as RFC 8785 canonical JSON, which is what the
 * snapshot stores and what its digest covers.
 */
public record OsvRecord(
        String id,
        String modified,
        String published,
        String withdrawn,
        List<String> aliases,
        List<String> related,
        String summary,
        List<OsvSeverity> severity,
        String statedSeverity,
        List<OsvAffected> affected,
        List<String> references,
        byte[] canonicalJson) {

    public OsvRecord {
        aliases = List.copyOf(aliases);
        related = List.copyOf(related);
        severity = List.copyOf(severity);
        affected = List.copyOf(affected);
        references = List.copyOf(references);
    }

    public boolean isWithdrawn() {
        return withdrawn != null && !withdrawn.isEmpty();
    }

    /**
     * Bug-fix and enhancement errata (ALBA, ALEA, RHBA, RHEA and their kin) fix no
     * vulnerability: they are imported but never reported.
     */
    public boolean isReportable() {
        return !AdvisoryKinds.isNonSecurityErratum(id);
    }
}
