// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.util.Map;
import org.cyclonedx.model.vulnerability.Vulnerability.Analysis.Justification;
import org.cyclonedx.model.vulnerability.Vulnerability.Analysis.State;

/**
 * How CycloneDX analysis states and justifications map onto the shared model. false_positive
 * is NOT_AFFECTED with no justification (the finding itself is wrong, which no shared
 * justification says); resolved_with_pedigree is FIXED. The nine justifications fold onto the
 * five shared ones by what they claim: the requires_* conditions that an adversary cannot
 * bring about (configuration, environment) are "cannot be controlled by adversary", a missing
 * dependency is "component not present", and every protected_* is an inline mitigation.
 */
final class CycloneDxAnalysis {

    private static final Map<State, VexStatus> STATES = Map.of(
            State.NOT_AFFECTED, VexStatus.NOT_AFFECTED,
            State.FALSE_POSITIVE, VexStatus.NOT_AFFECTED,
            State.RESOLVED, VexStatus.FIXED,
            State.RESOLVED_WITH_PEDIGREE, VexStatus.FIXED,
            State.EXPLOITABLE, VexStatus.AFFECTED,
            State.IN_TRIAGE, VexStatus.UNDER_INVESTIGATION);

    private static final Map<Justification, VexJustification> JUSTIFICATIONS = Map.of(
            Justification.CODE_NOT_PRESENT, VexJustification.VULNERABLE_CODE_NOT_PRESENT,
            Justification.CODE_NOT_REACHABLE, VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH,
            Justification.REQUIRES_CONFIGURATION,
            VexJustification.VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY,
            Justification.REQUIRES_ENVIRONMENT,
            VexJustification.VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY,
            Justification.REQUIRES_DEPENDENCY, VexJustification.COMPONENT_NOT_PRESENT,
            Justification.PROTECTED_BY_COMPILER, VexJustification.INLINE_MITIGATIONS_ALREADY_EXIST,
            Justification.PROTECTED_AT_RUNTIME, VexJustification.INLINE_MITIGATIONS_ALREADY_EXIST,
            Justification.PROTECTED_AT_PERIMETER, VexJustification.INLINE_MITIGATIONS_ALREADY_EXIST,
            Justification.PROTECTED_BY_MITIGATING_CONTROL,
            VexJustification.INLINE_MITIGATIONS_ALREADY_EXIST);

    private CycloneDxAnalysis() {
    }

    static VexStatus statusOf(State state) {
        return STATES.get(state);
    }

    static VexJustification justificationOf(Justification justification) {
        return justification == null ? null : JUSTIFICATIONS.get(justification);
    }
}
