// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.bench.CorpusPurls;
import org.stellaops.bench.scan.SyntheticSbom;
import org.stellaops.db.Snapshot;
import org.stellaops.match.Finding;
import org.stellaops.match.PackageMatcher;
import org.stellaops.match.ScanReport;
import org.stellaops.match.SnapshotFixtures;
import org.stellaops.policy.GateResult;
import org.stellaops.policy.PolicyAction;
import org.stellaops.policy.PolicyDecision;
import org.stellaops.policy.PolicyResult;
import org.stellaops.sbom.LoadedSbom;
import org.stellaops.sbom.SbomLoader;
import org.stellaops.scan.FindingVerdict;
import org.stellaops.scan.SbomScanner;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.ScanVerdict;
import org.stellaops.scan.VexEvidence;
import org.stellaops.vex.VexOutcome;

/**
 * The statements scans sign ({@link ScanAttestations#payloads}, the vulns one written straight
 * to canonical bytes) are, byte for byte, what the RFC 8785 reference library makes of the
 * statements built as Jackson trees ({@link ScanAttestations#statements}): on the Juice Shop
 * scan and on the synthetic 1,000-component scan of the benchmarks, made here from the corpus
 * as benchmarks/attest.sh makes it.
 */
class ScanReportPredicateTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DIGEST = "sha256:" + "5e".repeat(32);

    @TempDir
    static Path work;

    private static ScanResult juiceShop;

    @BeforeAll
    static void scan() throws Exception {
        juiceShop = AttestScans.juiceShop();
    }

    @Test
    void juiceShopPayloadsAreTheLibrarysCanonicalFormOfTheTrees() throws Exception {
        assertThat(juiceShop.report().findings()).hasSizeGreaterThan(10);

        assertEqualToTheLibrary(juiceShop);
    }

    @Test
    void synthetic1000PayloadsAreTheLibrarysCanonicalFormOfTheTrees() throws Exception {
        ScanResult synthetic = synthetic1000();
        assertThat(synthetic.sbom().components()).hasSize(1000);
        assertThat(synthetic.report().findings()).hasSizeGreaterThan(8000);

        assertEqualToTheLibrary(synthetic);
    }

    @Test
    void escapesNullsStatesAndAPolicyVerdictAsTheLibraryDoes() throws Exception {
        List<Finding> odd = new ArrayList<>();
        String[] ids = {"GHSA-\"quoted\"\\slash/", "CVE-\u0001\u001f\t\n\u007f",
            "ID-\u2028\u00e9\u20ac\ud83d\ude00", null};
        List<Finding> findings = juiceShop.report().findings();
        for (int i = 0; i < ids.length; i++) {
            Finding f = findings.get(i);
            odd.add(new Finding(ids[i], f.aliases(), i == 1 ? null : f.purl() + ids[0],
                    f.installedVersion(), f.fixedVersions(), f.severity(), f.summary(),
                    f.references(), f.matchedRanges()));
        }
        ScanReport report = juiceShop.report();
        ScanResult changed = new ScanResult(juiceShop.target(), juiceShop.referenceTime(),
                juiceShop.sbom(), new ScanReport(report.target(), report.snapshotDigest(), null,
                        report.coveredEcosystems(), report.packages(), odd,
                        report.notCovered(), report.unknowns()),
                juiceShop.componentRefs(), juiceShop.unmatched(), juiceShop.inferredPurls());
        String[] states = {FindingVerdict.IGNORED, FindingVerdict.SUPPRESSED, "under review",
            FindingVerdict.OPEN};
        List<FindingVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i < odd.size(); i++) {
            FindingVerdict v = changed.verdict().findings().get(i);
            verdicts.add(new FindingVerdict(states[i], VexOutcome.NONE, new PolicyDecision(
                    PolicyAction.BLOCK, "rule-" + i % 2, "critical", null, null, List.of()),
                    v.countedLevel()));
        }
        PolicyResult policy = new PolicyResult("strict \"q\"", "1", DIGEST, List.of(),
                List.of(new GateResult("few", "size(findings) < 3", false, "too many")),
                List.of());

        assertEqualToTheLibrary(changed.withVerdict(new ScanVerdict(verdicts, VexEvidence.NONE,
                null, policy)));
    }

    private static void assertEqualToTheLibrary(ScanResult result) throws Exception {
        SortedMap<String, byte[]> payloads = ScanAttestations.payloads(result, DIGEST);
        SortedMap<String, Statement> trees = ScanAttestations.statements(result, DIGEST);

        assertThat(payloads).containsOnlyKeys(trees.keySet());
        for (String name : trees.keySet()) {
            byte[] reference = new JsonCanonicalizer(MAPPER.writeValueAsBytes(
                    trees.get(name).toJson())).getEncodedUTF8();
            // as text first, for a readable difference; equal text is equal UTF-8 here
            assertThat(utf8(payloads.get(name))).as(name).isEqualTo(utf8(reference));
            assertThat(payloads.get(name)).as(name).isEqualTo(reference);
            assertThat(trees.get(name).toBytes()).as(name + " via the tree").isEqualTo(reference);
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The synthetic-1000 scan of benchmarks/attest.sh, from the same corpus the same way. */
    private static ScanResult synthetic1000() throws Exception {
        Path corpus = SnapshotFixtures.corpus();
        Path purls = work.resolve("purls.txt");
        Path sbom = work.resolve("synthetic-1000.cdx.json");
        CorpusPurls.main(new String[] {"--out", purls.toString(), "--count", "20000",
            corpus.resolve("osv").toString(), corpus.resolve("osv-ghsa").toString()});
        SyntheticSbom.main(new String[] {purls.toString(), "1000", sbom.toString()});
        List<Path> feeds = new ArrayList<>();
        for (String folder : List.of("osv", "osv-ghsa")) {
            try (Stream<Path> zips = Files.list(corpus.resolve(folder))) {
                zips.map(ecosystem -> ecosystem.resolve("all.zip"))
                        .filter(Files::isRegularFile).sorted().forEach(feeds::add);
            }
        }
        Snapshot snapshot = SnapshotFixtures.install(work.resolve("db"), feeds);
        LoadedSbom loaded = SbomLoader.load(sbom, sbom.toString(), null);
        return new SbomScanner(new PackageMatcher(snapshot)).scan(loaded,
                snapshot.manifest().snapshotDate());
    }
}
