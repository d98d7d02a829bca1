// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

/**
 * One condition of a rule's {@code when:} block, built and checked when the policy is loaded.
 * Implementations are immutable, so a compiled policy can be shared between threads.
 */
interface Condition extends TraceDetail {

    boolean test(Subject subject);

    /**
     * The outcome in words for the explain trace, such as {@code severity high not in
     * [critical]}. Called only for the condition that decided, and only when a report reads
     * the trace, possibly on another thread after {@link #test}: it may allocate freely, but
     * must read only what {@code test} on the same subject has settled.
     */
    @Override
    String explain(Subject subject);
}
