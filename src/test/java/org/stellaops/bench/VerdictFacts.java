// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.util.ArrayList;
import java.util.List;
import org.stellaops.match.Finding;
import org.stellaops.policy.FindingFacts;
import org.stellaops.scan.VerdictStage;
import org.stellaops.sbom.SbomComponent;
import org.stellaops.vex.VexOutcome;
import org.stellaops.vex.VexTarget;
import org.stellaops.vex.WeighedStatement;

/**
 * The halves of {@link VerdictStage} prepared ahead, so the benchmark can time the consensus
 * and the policy alone: the VEX targets and the policy facts of each finding, built from the
 * synthetic scan's own records the way the stage builds them from the SBOM.
 */
final class VerdictFacts {

    private VerdictFacts() {
    }

    static List<VexTarget> targetsOf(VerdictScan scan) {
        List<VexTarget> targets = new ArrayList<>(scan.findings.size());
        for (Finding finding : scan.findings) {
            SbomComponent component = componentOf(scan, finding);
            targets.add(new VexTarget(VerdictStage.keyOf(finding), finding.id(),
                    finding.aliases(), finding.purl(), List.of(component.ref()),
                    component.cpes()));
        }
        return targets;
    }

    static List<FindingFacts> factsOf(VerdictScan scan, List<VexOutcome> outcomes) {
        List<FindingFacts> facts = new ArrayList<>(scan.findings.size());
        for (int i = 0; i < scan.findings.size(); i++) {
            Finding finding = scan.findings.get(i);
            VerdictScan.Pkg pkg = scan.packageOf.get(finding.purl());
            WeighedStatement winner = outcomes.get(i).winner();
            String justification = winner == null || winner.statement().justification() == null
                    ? null : winner.statement().justification().wire();
            facts.add(new FindingFacts(VerdictStage.keyOf(finding), finding.id(),
                    finding.aliases(), finding.purl(), pkg.name(), pkg.ecosystem(),
                    finding.installedVersion(),
                    List.of(componentOf(scan, finding).properties().get("stella:layer")),
                    finding.severity().level(), finding.severity().score(),
                    finding.severity().vector(), finding.fixedVersions(),
                    scan.publishedOf.get(finding.id()), outcomes.get(i).status().wire(),
                    justification, winner == null ? null : winner.statement().issuer()));
        }
        return facts;
    }

    private static SbomComponent componentOf(VerdictScan scan, Finding finding) {
        String ref = scan.packageOf.get(finding.purl()).ref();
        return scan.result.sbom().components().stream()
                .filter(c -> c.ref().equals(ref)).findFirst().orElseThrow();
    }
}
