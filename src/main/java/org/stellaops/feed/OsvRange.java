// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import java.util.List;

/** An OSV range: its type (SEMVER, ECOSYSTEM or GIT), the repository for GIT, its events. */
public record OsvRange(String type, String repo, List<OsvEvent> events) {

    public OsvRange {
        events = List.copyOf(events);
    }

    /** GIT ranges name commits, which cannot be compared with package versions. */
    public boolean isGit() {
        return "GIT".equals(type);
    }
}
