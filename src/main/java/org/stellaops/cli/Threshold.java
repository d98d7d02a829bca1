// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.util.List;
import java.util.Locale;
import org.stellaops.match.Finding;
import org.stellaops.scan.ScanResult;
import org.stellaops.severity.SeverityLevel;

/**
 * When a scan fails: a finding at or above the threshold level; findings of unknown severity
 * only when asked, since unknown ranks below low.
 */
final class Threshold {

    private final SeverityLevel floor;
    private final boolean failOnUnknown;

    private Threshold(SeverityLevel floor, boolean failOnUnknown) {
        this.floor = floor;
        this.failOnUnknown = failOnUnknown;
    }

    static Threshold parse(String text, boolean failOnUnknown) throws UsageException {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "low":
                return new Threshold(SeverityLevel.LOW, failOnUnknown);
            case "medium":
                return new Threshold(SeverityLevel.MEDIUM, failOnUnknown);
            case "high":
                return new Threshold(SeverityLevel.HIGH, failOnUnknown);
            case "critical":
                return new Threshold(SeverityLevel.CRITICAL, failOnUnknown);
            default:
                throw new UsageException("--threshold must be low, medium, high or critical, "
                        + "not '" + text + "'");
        }
    }

    /**
     * Whether the scan fails: a policy block or failed gate, or an open finding at or above
     * the threshold, at the level an escalate rule may have raised it to. Findings VEX or
     * policy closed do not count.
     */
    boolean fails(ScanResult result) {
        if (result.verdict().blocked()) {
            return true;
        }
        return result.verdict().findings().stream()
                .anyMatch(v -> v.isOpen() && failsAt(v.countedLevel()));
    }

    boolean fails(List<Finding> findings) {
        return findings.stream().anyMatch(finding -> failsAt(finding.severity().level()));
    }

    /**
     * For reports read back as JSON ({@code severity.level} of each finding); a word that is no
     * level counts as unknown.
     */
    boolean failsOnLevels(List<String> levels) {
        return levels.stream().anyMatch(word -> failsAt(
                SeverityLevel.parse(word).orElse(SeverityLevel.UNKNOWN)));
    }

    private boolean failsAt(SeverityLevel level) {
        return level.compareTo(floor) >= 0 || (failOnUnknown && level == SeverityLevel.UNKNOWN);
    }
}
