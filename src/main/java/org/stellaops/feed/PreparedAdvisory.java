// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import java.util.List;
import org.stellaops.severity.Severity;

/**
 * A record ready to be stored: its alias group, its decided severity and the CVEs it stands for
 * (its own CVE aliases, or for a distro advisory the CVEs it names in {@code related}).
 */
public record PreparedAdvisory(OsvRecord record, String group, Severity severity, List<String> cves) {

    public PreparedAdvisory {
        cves = List.copyOf(cves);
    }
}
