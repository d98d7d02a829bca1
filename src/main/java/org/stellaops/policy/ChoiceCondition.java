// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An exact choice among words for {@code ecosystem} (the purl type), {@code vexStatus} and
 * {@code vexJustification} (wire names). A finding without a justification never matches.
 */
final class ChoiceCondition implements Condition {

    enum Field { ECOSYSTEM, VEX_STATUS, VEX_JUSTIFICATION }

    private final Field field;
    private final Set<String> choices;
    private final String inList;
    private final String notInList;
    /** The trace line for each choice, made once: a matching finding's line is one of them. */
    private final Map<String, String> matchedLines;

    ChoiceCondition(Field field, List<String> choices) {
        this.field = field;
        this.choices = Set.copyOf(choices);
        this.inList = " in " + choices;
        this.notInList = " not in " + choices;
        Map<String, String> lines = new HashMap<>();
        for (String choice : this.choices) {
            lines.put(choice, fieldName() + " " + choice + inList);
        }
        this.matchedLines = Map.copyOf(lines);
    }

    @Override
    public boolean test(Subject subject) {
        String value = value(subject.facts);
        return value != null && choices.contains(value);
    }

    @Override
    public String explain(Subject subject) {
        String value = value(subject.facts);
        String matched = value == null ? null : matchedLines.get(value);
        if (matched != null) {
            return matched;
        }
        return fieldName() + " " + (value == null ? "(none)" : value) + notInList;
    }

    private String fieldName() {
        return switch (field) {
            case ECOSYSTEM -> "ecosystem";
            case VEX_STATUS -> "vexStatus";
            case VEX_JUSTIFICATION -> "vexJustification";
        };
    }

    private String value(FindingFacts facts) {
        return switch (field) {
            case ECOSYSTEM -> facts.ecosystem();
            case VEX_STATUS -> facts.vexStatus();
            case VEX_JUSTIFICATION -> facts.vexJustification();
        };
    }
}
