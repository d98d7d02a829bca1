// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import java.util.List;
import org.stellaops.severity.Severity;

/**
 * What the index keeps of an advisory for matching and reporting; the full record is one
 * {@link Snapshot#recordJson} away.
 *
 * @param group the smallest id of the advisory's alias group
 * @param cves the CVEs it stands for (own CVE aliases, or a distro advisory's related CVEs)
 */
public record AdvisoryMeta(
        int ordinal,
        String id,
        String group,
        boolean withdrawn,
        boolean reported,
        boolean distroAdvisory,
        Severity severity,
        List<String> cves,
        List<String> aliases,
        List<String> references,
        String summary,
        String modified) {
}
