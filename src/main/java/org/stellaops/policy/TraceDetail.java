// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

/**
 * Words a rule line's detail for one finding, when a report asks for it
 * ({@link RuleEvaluation#detail()}). Implementations are immutable and read only what the
 * evaluation left settled in the subject, so they may run on any thread, after the fact.
 */
@FunctionalInterface
interface TraceDetail {

    String explain(Subject subject);
}
