// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a candidate policy's verdicts differ from the current ones, finding by finding (matched
 * by id and purl). A finding is <em>newly blocked</em> when the candidate blocks it and the
 * current policy did not; <em>newly allowed</em> when the current policy blocked it or left it
 * open and the candidate does neither; <em>changed</em> when its state, action, rule or reason
 * differs otherwise. Lists keep report order.
 */
final class PolicyDiff {

    private PolicyDiff() {
    }

    static Map<String, Object> of(List<PreviewVerdict> before, List<PreviewVerdict> after) {
        Map<String, PreviewVerdict> current = new LinkedHashMap<>();
        before.forEach(v -> current.put(v.key(), v));
        List<Map<String, Object>> newlyBlocked = new ArrayList<>();
        List<Map<String, Object>> newlyAllowed = new ArrayList<>();
        List<Map<String, Object>> changed = new ArrayList<>();
        for (PreviewVerdict candidate : after) {
            PreviewVerdict was = current.get(candidate.key());
            if (was == null || was.sameDecision(candidate)) {
                continue;
            }
            Map<String, Object> entry = entryOf(was, candidate);
            boolean closed = "open".equals(was.state()) && !"open".equals(candidate.state());
            if (candidate.blocks() && !was.blocks()) {
                newlyBlocked.add(entry);
            } else if (!candidate.blocks() && (was.blocks() || closed)) {
                newlyAllowed.add(entry);
            } else {
                changed.add(entry);
            }
        }
        Map<String, Object> differences = new LinkedHashMap<>();
        differences.put("newlyBlocked", newlyBlocked);
        differences.put("newlyAllowed", newlyAllowed);
        differences.put("changed", changed);
        return differences;
    }

    private static Map<String, Object> entryOf(PreviewVerdict was, PreviewVerdict now) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", now.id());
        entry.put("purl", now.purl());
        entry.put("before", decisionOf(was));
        entry.put("after", decisionOf(now));
        return entry;
    }

    static Map<String, Object> decisionOf(PreviewVerdict verdict) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("state", verdict.state());
        decision.put("action", verdict.action());
        decision.put("rule", verdict.rule());
        decision.put("reason", verdict.reason());
        return decision;
    }
}
