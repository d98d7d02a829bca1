// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import java.util.List;
import java.util.Locale;
import org.cyclonedx.model.vulnerability.Vulnerability.Analysis;
import org.stellaops.match.Finding;
import org.stellaops.scan.FindingVerdict;
import org.stellaops.vex.VexJustification;
import org.stellaops.vex.VexStatement;
import org.stellaops.vex.WeighedStatement;

/**
 * The CycloneDX {@code analysis} of a finding: the VEX consensus as a CycloneDX state and
 * justification, and the final state after policy in {@code detail}, which is the only place
 * CycloneDX has for it (it knows no "accepted risk" state).
 *
 * <p>States: not_affected → not_affected, fixed → resolved, under_investigation → in_triage,
 * affected → exploitable when a statement says so, and in_triage when no statement applies
 * (matching alone does not show a flaw exploitable). Justifications map back from the
 * OpenVEX/CSAF labels as docs/vex.md lists, or keep the CycloneDX word a CycloneDX statement
 * gave. A fixed version for an open finding adds the response {@code update}.
 */
final class CycloneDxAnalysis {

    private CycloneDxAnalysis() {
    }

    static Analysis of(Finding finding, FindingVerdict verdict) {
        Analysis analysis = new Analysis();
        WeighedStatement winner = verdict.vex().winner();
        switch (verdict.vex().status()) {
            case NOT_AFFECTED:
                analysis.setState(Analysis.State.NOT_AFFECTED);
                analysis.setJustification(justificationOf(winner.statement()));
                break;
            case FIXED:
                analysis.setState(Analysis.State.RESOLVED);
                break;
            case UNDER_INVESTIGATION:
                analysis.setState(Analysis.State.IN_TRIAGE);
                break;
            default:
                analysis.setState(winner == null ? Analysis.State.IN_TRIAGE
                        : Analysis.State.EXPLOITABLE);
        }
        if (verdict.isOpen() && !finding.fixedVersions().isEmpty()) {
            analysis.setResponses(List.of(Analysis.Response.UPDATE));
        }
        analysis.setDetail(detailOf(verdict));
        return analysis;
    }

    /** The final state in words, prefixed so readers can tell it from an issuer's detail. */
    static String detailOf(FindingVerdict verdict) {
        StringBuilder detail = new StringBuilder("stella: ").append(verdict.state());
        WeighedStatement winner = verdict.vex().winner();
        if (winner != null) {
            detail.append("; VEX ").append(winner.statement().status().wire()).append(" by ")
                    .append(winner.statement().issuer()).append(" (weight ")
                    .append(winner.weight()).append(')');
            String impact = winner.statement().impactStatement();
            if (impact != null && !impact.isBlank()) {
                detail.append(": ").append(impact.strip());
            }
        }
        if (verdict.policy() != null && verdict.policy().action() != null) {
            detail.append("; policy ").append(verdict.policy().action().wire()).append(" by rule ")
                    .append(verdict.policy().rule());
            if (verdict.policy().reason() != null) {
                detail.append(": ").append(verdict.policy().reason());
            }
            if (verdict.policy().expires() != null) {
                detail.append(" (until ").append(verdict.policy().expires()).append(')');
            }
        }
        return detail.toString();
    }

    private static Analysis.Justification justificationOf(VexStatement statement) {
        String text = statement.justificationText();
        if (statement.format() == org.stellaops.vex.VexFormat.CYCLONEDX && text != null) {
            Analysis.Justification own = Analysis.Justification.fromString(
                    text.toLowerCase(Locale.ROOT));
            if (own != null) {
                return own;
            }
        }
        VexJustification justification = statement.justification();
        if (justification == null) {
            return null;
        }
        switch (justification) {
            case COMPONENT_NOT_PRESENT:
                return Analysis.Justification.REQUIRES_DEPENDENCY;
            case VULNERABLE_CODE_NOT_PRESENT:
                return Analysis.Justification.CODE_NOT_PRESENT;
            case VULNERABLE_CODE_NOT_IN_EXECUTE_PATH:
                return Analysis.Justification.CODE_NOT_REACHABLE;
            case VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY:
                return Analysis.Justification.REQUIRES_ENVIRONMENT;
            default:
                return Analysis.Justification.PROTECTED_BY_MITIGATING_CONTROL;
        }
    }
}
