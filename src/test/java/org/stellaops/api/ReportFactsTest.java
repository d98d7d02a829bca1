// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stellaops.db.AdvisoryDatabase;
import org.stellaops.match.PackageMatcher;
import org.stellaops.policy.PolicyEngine;
import org.stellaops.policy.PolicyLoader;
import org.stellaops.report.JsonReport;
import org.stellaops.sbom.SbomLoader;
import org.stellaops.scan.SbomScanner;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.VerdictStage;
import org.stellaops.scan.VexEvidence;
import org.stellaops.vex.VexLoader;
import org.stellaops.vex.VexTrust;

/**
 * A policy previewed over a stored report decides exactly as it would have in the scan: the
 * facts read back from the JSON report are the facts the scan gave the policy.
 */
class ReportFactsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PackageMatcher matcher;
    private static ScanResult matched;
    private static VexEvidence vex;

    @BeforeAll
    static void scanTheExample() throws Exception {
        matcher = new PackageMatcher(new AdvisoryDatabase(Path.of("examples/db"), 5).open(null));
        matched = new SbomScanner(matcher).scan(SbomLoader.load(
                "examples/sbom/juice-shop-11.1.2.cdx.json", "auto", null),
                matcher.snapshot().manifest().snapshotDate());
        vex = new VexEvidence(VexLoader.readAll(List.of(
                Path.of("examples/vex/juice-shop.openvex.json"))), VexTrust.defaults());
    }

    @Test
    void previewOfAStoredReportAgreesWithTheScanItself() throws Exception {
        PolicyEngine policy = PolicyEngine.compile(PolicyLoader.load(
                Path.of("examples/policy/juice-shop.yaml")));
        ScanResult decided = new VerdictStage(vex, policy, matcher.snapshot()::publishedOf)
                .apply(matched);
        ScanResult withoutPolicy = new VerdictStage(vex, null,
                matcher.snapshot()::publishedOf).apply(matched);

        ReportFacts stored = new ReportFacts(JSON.readTree(JsonReport.render(withoutPolicy)),
                matcher.snapshot()::publishedOf);
        List<PreviewVerdict> previewed = stored.verdictsUnder(
                policy.evaluate(stored.facts, stored.scan));

        assertThat(previewed).isEqualTo(ReportFacts.verdictsOf(decided));
        assertThat(previewed).extracting(PreviewVerdict::state).contains("ignored",
                "suppressed", "open");
    }

    @Test
    void diffSortsChangesIntoBlockedAllowedAndChanged() {
        PreviewVerdict open = verdict("a", "open", "none", null);
        PreviewVerdict blocked = verdict("a", "open", "block", "r1");
        PreviewVerdict ignored = verdict("b", "ignored", "ignore", "r2");
        PreviewVerdict warned = verdict("c", "open", "warn", "r3");

        Map<String, Object> diff = PolicyDiff.of(
                List.of(open, verdict("b", "open", "none", null), verdict("c", "open", "none",
                        null), verdict("d", "open", "none", null)),
                List.of(blocked, ignored, warned, verdict("d", "open", "none", null)));

        assertThat((List<?>) diff.get("newlyBlocked")).hasSize(1);
        assertThat((List<?>) diff.get("newlyAllowed")).hasSize(1);
        assertThat((List<?>) diff.get("changed")).hasSize(1);
    }

    private static PreviewVerdict verdict(String key, String state, String action,
            String rule) {
        return new PreviewVerdict(key, key, "pkg:npm/" + key + "@1", "high", "affected", state,
                action, rule, null);
    }
}
