// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stellaops.policy.GateResult;
import org.stellaops.policy.PolicyAction;
import org.stellaops.policy.PolicyDecision;
import org.stellaops.policy.PolicyResult;
import org.stellaops.report.JsonReport;
import org.stellaops.sbom.CycloneDxWriter;
import org.stellaops.sbom.OfficialSchemas;
import org.stellaops.scan.FindingVerdict;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.ScanVerdict;
import org.stellaops.scan.VexEvidence;
import org.stellaops.vex.VexOutcome;

/** The three attestations of real scans, verified, validated and repeated byte for byte. */
class ScanAttestationsTest {

    private static ScanResult juiceShop;
    private static ScanResult dropwizard;
    private static TestSigners.JdkSigner ed25519;

    @BeforeAll
    static void scan() throws Exception {
        juiceShop = AttestScans.juiceShop();
        dropwizard = AttestScans.dropwizard();
        ed25519 = TestSigners.ed25519();
    }

    @Test
    void threeEnvelopesEachVerifyingWithTheScannedFileAsSubject() throws Exception {
        TestSigners.JdkSigner ecdsa = TestSigners.ecdsaP256();
        SortedMap<String, byte[]> files = ScanAttestations.sign(juiceShop,
                TestSigners.keys(ecdsa));
        EnvelopeVerifier verifier = new EnvelopeVerifier(new TestVerifier().trust(ecdsa));

        assertThat(files).containsOnlyKeys("graph.dsse.json", "sbom.dsse.json",
                "vulns.dsse.json");
        Map<String, String> types = Map.of(
                "sbom.dsse.json", "https://cyclonedx.org/bom",
                "vulns.dsse.json", "https://stella-ops.org/attestations/scan-report/v1",
                "graph.dsse.json", "https://stella-ops.org/attestations/dependency-graph/v1");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            EnvelopeVerification result = verifier.verify(Envelope.read(file.getValue()),
                    List.of(), juiceShop.target().digest());

            assertThat(result.reasons()).as(file.getKey()).isEmpty();
            assertThat(result.statement().predicateType()).isEqualTo(types.get(file.getKey()));
            assertThat(result.statement().subjects()).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo("examples/sbom/juice-shop-11.1.2.cdx.json");
                assertThat("sha256:" + s.sha256()).isEqualTo(juiceShop.target().digest());
            });
        }
    }

    @Test
    void sbomPredicateIsValidCycloneDx16() throws Exception {
        JsonNode predicate = predicateOf(ScanAttestations.SBOM, dropwizard);

        assertThat(predicate.get("specVersion").asText()).isEqualTo("1.6");
        assertThat(predicate.get("components")).hasSize(167);
        assertThat(OfficialSchemas.validateCycloneDx(predicate.toString())).isEmpty();
    }

    @Test
    void sbomPredicateIsTheDocumentStellaSbomWrites() throws Exception {
        JsonNode predicate = predicateOf(ScanAttestations.SBOM, dropwizard);
        String written = CycloneDxWriter.write(dropwizard.sbom(), dropwizard.referenceTime(),
                dropwizard.target().digest());

        assertThat(predicate).isEqualTo(new ObjectMapper().readTree(written));
    }

    @Test
    void vulnsPredicateCountsEveryFindingAndBindsTheJsonReport() throws Exception {
        JsonNode predicate = predicateOf(ScanAttestations.VULNS, juiceShop);
        String report = JsonReport.render(juiceShop);
        String digest = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(report.getBytes(StandardCharsets.UTF_8)));
        int findings = juiceShop.report().findings().size();

        assertThat(findings).isGreaterThan(10);
        assertThat(predicate.at("/report/digest").asText()).isEqualTo(digest);
        assertThat(predicate.at("/counts/findings").asInt()).isEqualTo(findings);
        assertThat(predicate.get("findings")).hasSize(findings);
        int bySeverity = 0;
        for (JsonNode count : predicate.at("/counts/bySeverity")) {
            bySeverity += count.asInt();
        }
        assertThat(bySeverity).isEqualTo(findings);
        assertThat(predicate.at("/counts/byState/open").asInt()).isEqualTo(findings);
        assertThat(predicate.at("/findings/0/id").asText())
                .isEqualTo(juiceShop.report().findings().get(0).id());
        assertThat(predicate.at("/findings/0/severity").asText()).isEqualTo("critical");
        assertThat(predicate.at("/verdict/result").asText()).isEqualTo("pass");
        assertThat(predicate.at("/verdict/reasons/0").asText()).isEqualTo("no policy given");
        assertThat(predicate.at("/advisorySnapshot/digest").asText())
                .isEqualTo(juiceShop.report().snapshotDigest());
        assertThat(predicate.at("/referenceTime").asText()).isEqualTo(AttestScans.REFERENCE_TIME);
    }

    @Test
    void policyBlockIsAttestedAsFailWithTheRuleAndGate() throws Exception {
        List<FindingVerdict> verdicts = new ArrayList<>();
        juiceShop.verdict().findings().forEach(v -> verdicts.add(new FindingVerdict(
                FindingVerdict.OPEN, VexOutcome.NONE, new PolicyDecision(PolicyAction.BLOCK,
                        "no-critical", "critical", null, null, List.of()), v.countedLevel())));
        PolicyResult policy = new PolicyResult("strict", "1", "sha256:" + "0f".repeat(32),
                List.of(), List.of(new GateResult("few", "size(findings) < 3", false,
                        "too many findings")), List.of());
        ScanResult blocked = juiceShop.withVerdict(new ScanVerdict(verdicts, VexEvidence.NONE,
                null, policy));

        JsonNode verdict = predicateOf(ScanAttestations.VULNS, blocked).get("verdict");

        assertThat(verdict.get("result").asText()).isEqualTo("fail");
        assertThat(verdict.at("/policy/name").asText()).isEqualTo("strict");
        assertThat(verdict.get("reasons")).extracting(JsonNode::asText).containsExactly(
                "gate few failed: too many findings",
                "rule no-critical blocked " + verdicts.size() + " finding(s)");
    }

    @Test
    void graphPredicateProvesAnEdgeOfTheScannedSbom() throws Exception {
        JsonNode predicate = predicateOf(ScanAttestations.GRAPH, dropwizard);
        DependencyGraph graph = DependencyGraph.of(dropwizard.sbom());
        GraphEdge edge = graph.edges().get(graph.edges().size() / 2);

        assertThat(predicate.get("edges")).hasSize(graph.edges().size());
        assertThat(DependencyGraph.verifyInclusion(edge, graph.inclusionProof(edge),
                predicate.at("/merkle/root").asText())).isTrue();
    }

    @Test
    void edgeIsProvedAgainstTheVerifiedGraphEnvelope() throws Exception {
        byte[] envelope = ScanAttestations.sign(dropwizard, TestSigners.keys(ed25519))
                .get(ScanAttestations.GRAPH);
        Statement graph = new EnvelopeVerifier(new TestVerifier().trust(ed25519))
                .verify(Envelope.read(envelope), List.of()).statement();
        DependencyGraph rebuilt = DependencyGraph.of(dropwizard.sbom());
        GraphEdge edge = rebuilt.edges().get(7);
        InclusionProof proof = rebuilt.inclusionProof(edge);

        assertThat(DependencyGraph.verifyInclusion(graph, edge, proof)).isTrue();
        assertThat(DependencyGraph.verifyInclusion(graph, edge, new InclusionProof(
                proof.leafIndex(), proof.treeSize() + 1, proof.path()))).isFalse();
        assertThat(DependencyGraph.verifyInclusion(graph, rebuilt.edges().get(8), proof))
                .isFalse();
    }

    @Test
    void sameResultAndEd25519KeyGiveByteIdenticalEnvelopes() throws Exception {
        SortedMap<String, byte[]> first = ScanAttestations.sign(juiceShop,
                TestSigners.keys(ed25519));
        SortedMap<String, byte[]> second = ScanAttestations.sign(AttestScans.juiceShop(),
                TestSigners.keys(ed25519));

        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void signerWithAChainShipsItBesideEachEnvelope() throws Exception {
        java.security.KeyPair pair = TestSigners.ecdsaP256Pair();
        TestSigners.JdkSigner eidas = TestSigners.ecdsaP256(pair,
                TestCertificates.chainFor(pair));

        SortedMap<String, byte[]> files = ScanAttestations.sign(juiceShop, "sha256:00",
                TestSigners.keys(eidas));

        assertThat(files).containsOnlyKeys("graph.dsse.json", "graph.dsse.chain.pem",
                "sbom.dsse.json", "sbom.dsse.chain.pem", "vulns.dsse.json",
                "vulns.dsse.chain.pem");
        assertThat(CertificateChains.read(files.get("sbom.dsse.chain.pem")))
                .containsExactlyElementsOf(eidas.certificateChain());
    }

    @Test
    void targetWithoutASha256DigestCannotBeAttested() {
        ScanResult noDigest = new ScanResult(new org.stellaops.scan.ScanTarget("image",
                "registry.example/app:1", null, "image"), juiceShop.referenceTime(),
                juiceShop.sbom(), juiceShop.report(), juiceShop.componentRefs(),
                juiceShop.unmatched(), juiceShop.inferredPurls());

        assertThatThrownBy(() -> ScanAttestations.statements(noDigest, "sha256:00"))
                .isInstanceOf(AttestationException.class)
                .hasMessageContaining("registry.example/app:1")
                .hasMessageContaining("sha256:<64 hex>");
    }

    private static JsonNode predicateOf(String file, ScanResult result) {
        SortedMap<String, byte[]> files = ScanAttestations.sign(result,
                TestSigners.keys(ed25519));
        return Statement.parse(Envelope.read(files.get(file)).payload()).predicate();
    }
}
