// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stellaops.policy.PolicyAction;
import org.stellaops.vex.VexStatus;

/** The rule that gives a finding its final state from its VEX status and policy action. */
class VerdictStageTest {

    @Test
    void ignoreClosesWhateverVexSays() {
        assertThat(VerdictStage.stateOf(VexStatus.AFFECTED, PolicyAction.IGNORE))
                .isEqualTo(FindingVerdict.IGNORED);
        assertThat(VerdictStage.stateOf(VexStatus.NOT_AFFECTED, PolicyAction.IGNORE))
                .isEqualTo(FindingVerdict.IGNORED);
    }

    @Test
    void blockKeepsAFindingOpenEvenWhenVexClosedIt() {
        assertThat(VerdictStage.stateOf(VexStatus.NOT_AFFECTED, PolicyAction.BLOCK))
                .isEqualTo(FindingVerdict.OPEN);
    }

    @Test
    void withoutIgnoreOrBlockVexDecides() {
        assertThat(VerdictStage.stateOf(VexStatus.FIXED, PolicyAction.WARN))
                .isEqualTo(FindingVerdict.SUPPRESSED);
        assertThat(VerdictStage.stateOf(VexStatus.NOT_AFFECTED, null))
                .isEqualTo(FindingVerdict.SUPPRESSED);
        assertThat(VerdictStage.stateOf(VexStatus.UNDER_INVESTIGATION, PolicyAction.ESCALATE))
                .isEqualTo(FindingVerdict.OPEN);
        assertThat(VerdictStage.stateOf(VexStatus.AFFECTED, null))
                .isEqualTo(FindingVerdict.OPEN);
    }
}
