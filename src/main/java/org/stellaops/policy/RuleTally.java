// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.List;

/**
 * Counts, per rule, what happened over one evaluation, to turn into a few warnings rather than
 * one per finding: expired ignore rules, CEL run-time errors, rules that matched nothing.
 */
final class RuleTally {

    private final int[] matched;
    private final int[] expired;
    private final int[] errors;
    private final String[] firstError;

    RuleTally(int rules) {
        matched = new int[rules];
        expired = new int[rules];
        errors = new int[rules];
        firstError = new String[rules];
    }

    void matched(int rule) {
        matched[rule]++;
    }

    void expired(int rule) {
        expired[rule]++;
    }

    void error(int rule, String findingKey, String message) {
        if (errors[rule]++ == 0) {
            firstError[rule] = findingKey + ": " + message;
        }
    }

    /** Adds a later run's counts; its first error counts only where this run had none. */
    void add(RuleTally later) {
        for (int i = 0; i < matched.length; i++) {
            matched[i] += later.matched[i];
            expired[i] += later.expired[i];
            if (errors[i] == 0) {
                firstError[i] = later.firstError[i];
            }
            errors[i] += later.errors[i];
        }
    }

    void addWarnings(List<CompiledRule> rules, boolean noFindings, List<String> warnings) {
        for (int i = 0; i < rules.size(); i++) {
            PolicyRule rule = rules.get(i).rule();
            if (errors[i] > 0) {
                warnings.add("rule " + rule.id() + ": CEL failed on " + errors[i]
                        + " finding(s), counted as not matched; first: " + firstError[i]);
            }
            if (expired[i] > 0) {
                warnings.add("rule " + rule.id() + ": expired " + rule.expires()
                        + "; it no longer ignores " + expired[i] + " finding(s)");
            } else if (matched[i] == 0 && errors[i] == 0 && !noFindings) {
                warnings.add("rule " + rule.id() + " matched no finding");
            }
        }
    }
}
