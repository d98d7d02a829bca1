// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.stellaops.match.Finding;
import org.stellaops.policy.FindingFacts;
import org.stellaops.policy.PolicyAction;
import org.stellaops.policy.PolicyDecision;
import org.stellaops.policy.PolicyEngine;
import org.stellaops.policy.PolicyResult;
import org.stellaops.policy.ScanFacts;
import org.stellaops.sbom.SbomComponent;
import org.stellaops.severity.SeverityLevel;
import org.stellaops.vex.ScanSubject;
import org.stellaops.vex.VexAssessment;
import org.stellaops.vex.VexConsensus;
import org.stellaops.vex.VexOutcome;
import org.stellaops.vex.VexTarget;
import org.stellaops.vex.WeighedStatement;

/**
 * The VEX/policy stage: merges the scan's VEX into a status per finding, lets the policy
 * decide on each finding and on the scan, and records the outcome as the {@link ScanVerdict}
 * of the result. A pure function of the result, the VEX, the policy and the scan's reference
 * time, so a replay decides the same.
 */
public final class VerdictStage {

    private static final String LAYER = "stella:layer";

    private final VexEvidence vex;
    private final PolicyEngine policy;
    private final Function<String, String> publishedOf;
    private final Executor workers;

    /** A stage that runs on the caller's thread alone. */
    public VerdictStage(VexEvidence vex, PolicyEngine policy,
            Function<String, String> publishedOf) {
        this(vex, policy, publishedOf, null);
    }

    /**
     * @param policy the compiled policy, or null for none
     * @param publishedOf an advisory's {@code published} time by its id, or null
     * @param workers where the findings of a large scan may be split to (the caller runs
     *     what no worker takes, so a busy bounded pool is fine); null for none
     */
    public VerdictStage(VexEvidence vex, PolicyEngine policy,
            Function<String, String> publishedOf, Executor workers) {
        this.vex = vex;
        this.policy = policy;
        this.publishedOf = publishedOf;
        this.workers = workers;
    }

    public ScanResult apply(ScanResult result) {
        List<Finding> findings = result.report().findings();
        ComponentIndex components = new ComponentIndex(result);
        VexAssessment assessment = null;
        List<VexOutcome> outcomes;
        // VEX and policy name a finding by the same key: made once
        String[] keys = new String[findings.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = keyOf(findings.get(i));
        }
        if (vex.isEmpty()) {
            outcomes = java.util.Collections.nCopies(findings.size(), VexOutcome.NONE);
        } else {
            List<VexTarget> targets = new ArrayList<>(findings.size());
            for (int i = 0; i < keys.length; i++) {
                Finding finding = findings.get(i);
                targets.add(new VexTarget(keys[i], finding.id(), finding.aliases(),
                        finding.purl(), components.refsOf(finding.purl()),
                        components.cpesOf(finding.purl())));
            }
            assessment = new VexConsensus(vex.trust()).assess(vex.statements(), targets,
                    subjectOf(result), Instant.parse(result.referenceTime()), workers);
            outcomes = assessment.outcomes();
        }
        PolicyResult decided = null;
        if (policy != null) {
            List<FindingFacts> facts = new ArrayList<>(findings.size());
            AdvisoryDates dates = policy.readsAdvisoryDates() && publishedOf != null
                    ? new AdvisoryDates(publishedOf) : null;
            for (int i = 0; i < findings.size(); i++) {
                facts.add(factsOf(keys[i], findings.get(i), outcomes.get(i), components,
                        dates));
            }
            decided = policy.evaluate(facts, scanFactsOf(result), workers);
        }
        List<FindingVerdict> verdicts = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            verdicts.add(verdictOf(findings.get(i), outcomes.get(i),
                    decided == null ? null : decided.decisions().get(i)));
        }
        return result.withVerdict(new ScanVerdict(verdicts, vex, assessment, decided));
    }

    /** The rule of {@link FindingVerdict}: ignore closes, block opens, then VEX decides. */
    static FindingVerdict verdictOf(Finding finding, VexOutcome vex, PolicyDecision decision) {
        SeverityLevel level = finding.severity().level();
        PolicyAction action = decision == null ? null : decision.action();
        if (action == PolicyAction.ESCALATE && decision.escalatedTo() != null
                && decision.escalatedTo().compareTo(level) > 0) {
            level = decision.escalatedTo();
        }
        return new FindingVerdict(stateOf(vex.status(), action), vex, decision, level);
    }

    /** The final state of a finding with this VEX status and policy action (or null). */
    public static String stateOf(org.stellaops.vex.VexStatus status, PolicyAction action) {
        if (action == PolicyAction.IGNORE) {
            return FindingVerdict.IGNORED;
        }
        if (action == PolicyAction.BLOCK) {
            return FindingVerdict.OPEN;
        }
        return status.closes() ? FindingVerdict.SUPPRESSED : FindingVerdict.OPEN;
    }

    /** How findings are named to VEX and policy: the id and the purl, unique in a report. */
    public static String keyOf(Finding finding) {
        return finding.id() + " " + finding.purl();
    }

    private FindingFacts factsOf(String key, Finding finding, VexOutcome vex,
            ComponentIndex components, AdvisoryDates dates) {
        WeighedStatement winner = vex.winner();
        String[] parts = components.partsOf(finding.purl());
        return new FindingFacts(key, finding.id(), finding.aliases(), finding.purl(),
                parts[0], parts[1],
                finding.installedVersion(), components.layersOf(finding.purl()),
                finding.severity().level(), finding.severity().score(),
                finding.severity().vector(), finding.fixedVersions(),
                dates == null ? null : dates.earliestOf(advisoriesOf(finding)),
                vex.status().wire(),
                winner == null || winner.statement().justification() == null ? null
                        : winner.statement().justification().wire(),
                winner == null ? null : winner.statement().issuer());
    }

    private static List<String> advisoriesOf(Finding finding) {
        List<String> ids = new ArrayList<>(finding.matchedRanges().size());
        finding.matchedRanges().forEach(range -> ids.add(range.advisory()));
        return ids;
    }

    private static ScanFacts scanFactsOf(ScanResult result) {
        return new ScanFacts(result.referenceTime(), result.target().kind(),
                result.target().ref(), result.target().digest(),
                result.report().snapshotDigest(), result.report().snapshotDate());
    }

    private static ScanSubject subjectOf(ScanResult result) {
        return new ScanSubject(result.target().digest(), result.target().ref(), List.of());
    }

    /** The SBOM components behind each purl, for their bom-refs, CPEs and layers. */
    private static final class ComponentIndex {
        private final Map<String, List<String>> refsByPurl;
        private final Map<String, SbomComponent> byRef = new java.util.HashMap<>();

        ComponentIndex(ScanResult result) {
            this.refsByPurl = result.componentRefs();
            result.sbom().components().forEach(c -> byRef.put(c.ref(), c));
        }

        List<String> refsOf(String purl) {
            return refsByPurl.getOrDefault(purl, List.of());
        }

        // a package has several findings: its CPEs, layers, name and type are gathered once
        private final Map<String, List<String>> cpes = new java.util.HashMap<>();
        private final Map<String, List<String>> layers = new java.util.HashMap<>();
        private final Map<String, String[]> parts = new java.util.HashMap<>();

        /** The package's name and type, as {@link PurlParts} reads them. */
        String[] partsOf(String purl) {
            return parts.computeIfAbsent(purl, p -> new String[] {PurlParts.nameOf(p),
                    PurlParts.typeOf(p)});
        }

        List<String> cpesOf(String purl) {
            return cpes.computeIfAbsent(purl, this::gatherCpes);
        }

        List<String> layersOf(String purl) {
            return layers.computeIfAbsent(purl, this::gatherLayers);
        }

        private List<String> gatherCpes(String purl) {
            TreeSet<String> cpes = new TreeSet<>();
            for (String ref : refsOf(purl)) {
                SbomComponent component = byRef.get(ref);
                if (component != null) {
                    cpes.addAll(component.cpes());
                }
            }
            return List.copyOf(cpes);
        }

        private List<String> gatherLayers(String purl) {
            TreeSet<String> layers = new TreeSet<>();
            for (String ref : refsOf(purl)) {
                SbomComponent component = byRef.get(ref);
                if (component != null && component.properties().containsKey(LAYER)) {
                    layers.add(component.properties().get(LAYER));
                }
            }
            return List.copyOf(layers);
        }
    }
}
