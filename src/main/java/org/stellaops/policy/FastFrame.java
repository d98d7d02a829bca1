// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.List;

/**
 * What a fast-path expression reads: the finding (for a rule), the findings (for a gate), the
 * scan, and one slot per comprehension variable. A frame belongs to one evaluating thread;
 * nested comprehensions use distinct slots, so no slot is overwritten while still in use.
 */
final class FastFrame {

    /** How deeply comprehensions may nest in a fast-path expression. */
    static final int SLOTS = 4;

    final CelFacts finding;
    final List<CelFacts> findings;
    final CelScan scan;
    final Object[] locals = new Object[SLOTS];

    FastFrame(CelFacts finding, List<CelFacts> findings, CelScan scan) {
        this.finding = finding;
        this.findings = findings;
        this.scan = scan;
    }
}
