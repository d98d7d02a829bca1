// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.stellaops.severity.SeverityLevel;

/**
 * {@code severity: [high, critical]} or {@code severity: {atLeast: high, atMost: critical}}.
 * A finding without a severity counts as UNKNOWN, which ranks below every other level: an
 * {@code atLeast} threshold never matches it, a list must name {@code unknown} to.
 */
final class SeverityCondition implements Condition {

    private final Set<SeverityLevel> allowed;
    /** The trace line for each level, by ordinal: there are only six, so made up front. */
    // asked for every finding: the lower-case names made once
    private static final String[] NAMES = namesOf();

    private final String[] explained;

    private SeverityCondition(Set<SeverityLevel> allowed, String wording) {
        this.allowed = allowed;
        this.explained = new String[SeverityLevel.values().length];
        for (SeverityLevel level : SeverityLevel.values()) {
            explained[level.ordinal()] = "severity " + name(level)
                    + (allowed.contains(level) ? " " : " not ") + wording;
        }
    }

    static SeverityCondition anyOf(Set<SeverityLevel> levels) {
        String names = levels.stream().map(SeverityCondition::name)
                .collect(Collectors.joining(", ", "[", "]"));
        return new SeverityCondition(EnumSet.copyOf(levels), "in " + names);
    }

    static SeverityCondition between(SeverityLevel atLeast, SeverityLevel atMost) {
        SeverityLevel low = atLeast == null ? SeverityLevel.UNKNOWN : atLeast;
        SeverityLevel high = atMost == null ? SeverityLevel.CRITICAL : atMost;
        Set<SeverityLevel> range = low.compareTo(high) <= 0 ? EnumSet.range(low, high)
                : EnumSet.noneOf(SeverityLevel.class);
        String wording = atLeast == null ? "<= " + name(atMost)
                : atMost == null ? ">= " + name(atLeast)
                : "in " + name(atLeast) + ".." + name(atMost);
        return new SeverityCondition(range, wording);
    }

    @Override
    public boolean test(Subject subject) {
        return allowed.contains(subject.severity);
    }

    @Override
    public String explain(Subject subject) {
        return explained[subject.severity.ordinal()];
    }

    static String name(SeverityLevel level) {
        return NAMES[level.ordinal()];
    }


    private static String[] namesOf() {
        String[] names = new String[SeverityLevel.values().length];
        for (SeverityLevel level : SeverityLevel.values()) {
            names[level.ordinal()] = level.name().toLowerCase(Locale.ROOT);
        }
        return names;
    }
}
