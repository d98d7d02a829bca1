// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.match.Finding;
import org.stellaops.scan.ScanResult;

class JsonReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void headerNamesVersionToolTargetTimeAndSnapshot() throws Exception {
        ScanResult result = ReportScans.mixed(dir);
        JsonNode root = JSON.readTree(JsonReport.render(result));

        assertThat(root.path("schemaVersion").asText()).isEqualTo("1.1");
        assertThat(root.path("tool").path("name").asText()).isEqualTo("stella");
        // surefire runs from target/classes: no jar manifest, so the constant
        assertThat(root.path("tool").path("version").asText()).isEqualTo("development");
        JsonNode target = root.path("target");
        assertThat(target.path("kind").asText()).isEqualTo("sbom");
        assertThat(target.path("ref").asText()).isEqualTo("mixed.cdx.json");
        assertThat(target.path("digest").asText()).isEqualTo(result.target().digest())
                .startsWith("sha256:");
        assertThat(target.path("format").asText()).isEqualTo("cyclonedx-json");
        assertThat(root.path("referenceTime").asText()).isEqualTo("2024-05-04T12:00:00Z");
        assertThat(root.path("advisorySnapshot").path("digest").asText())
                .isEqualTo(result.report().snapshotDigest()).startsWith("sha256:");
        assertThat(root.path("advisorySnapshot").path("date").asText())
                .isEqualTo("2024-05-01T00:00:00Z");
    }

    @Test
    void coverageNamesWhatTheSnapshotCouldNotAnswer() throws Exception {
        JsonNode coverage = JSON.readTree(JsonReport.render(ReportScans.mixed(dir)))
                .path("coverage");

        assertThat(texts(coverage.path("covered"))).containsExactly("npm");
        JsonNode generic = coverage.path("notCovered").get(0);
        assertThat(generic.path("purl").asText()).isEqualTo("pkg:generic/openssl/openssl@1.1.1k");
        assertThat(generic.path("status").asText()).isEqualTo("unmappable");
        assertThat(generic.path("ecosystem").isNull()).isTrue();
        assertThat(texts(generic.path("components"))).containsExactly("c7");
        JsonNode flask = coverage.path("notCovered").get(1);
        assertThat(flask.path("purl").asText()).isEqualTo("pkg:pypi/flask@2.0.0");
        assertThat(flask.path("status").asText()).isEqualTo("not_covered");
        assertThat(flask.path("ecosystem").asText()).isEqualTo("PyPI");
        assertThat(flask.path("reason").asText()).contains("no PyPI advisories");
        assertThat(texts(flask.path("components"))).containsExactly("c5");
    }

    @Test
    void findingsCarrySeverityComponentsStatusAndTrace() throws Exception {
        JsonNode findings = JSON.readTree(JsonReport.render(ReportScans.mixed(dir)))
                .path("findings");

        assertThat(findings.findValuesAsText("id"))
                .containsExactly("CVE-2024-2000", "CVE-2024-1000", "GHSA-2222-3333-6666");
        JsonNode critical = findings.get(0);
        assertThat(texts(critical.path("aliases"))).containsExactly("GHSA-2222-3333-5555");
        assertThat(critical.path("purl").asText()).isEqualTo("pkg:npm/alpha@1.0.0");
        assertThat(critical.path("installed").asText()).isEqualTo("1.0.0");
        assertThat(texts(critical.path("fixed"))).containsExactly("1.5.0");
        JsonNode severity = critical.path("severity");
        assertThat(severity.path("level").asText()).isEqualTo("critical");
        assertThat(severity.path("score").asDouble()).isEqualTo(9.8);
        assertThat(severity.path("vector").asText()).startsWith("CVSS:3.1/AV:N");
        assertThat(severity.path("source").asText()).isEqualTo("GHSA-2222-3333-5555 CVSS_V3");
        assertThat(critical.path("summary").asText()).isEqualTo("Alpha runs code it is sent");
        assertThat(critical.path("status").asText()).isEqualTo("affected");
        // both components that carry the purl, the nested one included
        assertThat(texts(critical.path("components"))).containsExactly("c1", "c2");
        JsonNode trace = critical.path("trace").get(0);
        assertThat(trace.path("advisory").asText()).isEqualTo("GHSA-2222-3333-5555");
        assertThat(trace.path("ecosystem").asText()).isEqualTo("npm");
        assertThat(trace.path("package").asText()).isEqualTo("alpha");
        assertThat(trace.path("range").asText()).contains("fixed=1.5.0");
        assertThat(trace.path("reason").asText()).isNotBlank();
        assertThat(texts(findings.get(1).path("references")))
                .containsExactly("https://example.org/alpha");
        // a stated level: score and vector are there, as null
        JsonNode stated = findings.get(2).path("severity");
        assertThat(stated.path("level").asText()).isEqualTo("medium");
        assertThat(stated.has("score")).isTrue();
        assertThat(stated.path("score").isNull()).isTrue();
        assertThat(stated.path("vector").isNull()).isTrue();
        assertThat(stated.path("source").asText()).isEqualTo("GHSA-2222-3333-6666 stated");
    }

    @Test
    void countsEqualTheListsTheyCount() throws Exception {
        JsonNode root = JSON.readTree(JsonReport.render(ReportScans.mixed(dir)));
        JsonNode counts = root.path("counts");

        assertThat(counts.path("components").asInt()).isEqualTo(8);
        // alpha, beta, gamma, flask, the inferred generic openssl, delta
        assertThat(counts.path("packages").asInt()).isEqualTo(6);
        assertThat(counts.path("findings").asInt()).isEqualTo(root.path("findings").size())
                .isEqualTo(3);
        assertThat(JSON.convertValue(counts.path("bySeverity"), Map.class))
                .containsExactlyInAnyOrderEntriesOf(Map.of("critical", 1, "high", 1, "medium", 1,
                        "low", 0, "none", 0, "unknown", 0));
        List<String> levels = new ArrayList<>();
        counts.path("bySeverity").fieldNames().forEachRemaining(levels::add);
        assertThat(levels).containsExactly("critical", "high", "medium", "low", "none", "unknown");
        assertThat(counts.path("unmatched").asInt()).isEqualTo(root.path("unmatched").size())
                .isEqualTo(3);
        assertThat(counts.path("inferredPurls").asInt()).isEqualTo(1);
        assertThat(counts.path("notCovered").asInt())
                .isEqualTo(root.path("coverage").path("notCovered").size()).isEqualTo(2);
        assertThat(counts.path("unknown").asInt()).isEqualTo(root.path("unknown").size())
                .isEqualTo(1);
    }

    @Test
    void unmatchedUnknownWarningsAndReservedSections() throws Exception {
        JsonNode root = JSON.readTree(JsonReport.render(ReportScans.mixed(dir)));

        assertThat(root.path("unmatched").findValuesAsText("ref"))
                .containsExactly("c5", "c6", "c7");
        JsonNode noPurl = root.path("unmatched").get(1);
        assertThat(noPurl.path("name").asText()).isEqualTo("mystery");
        assertThat(noPurl.path("version").asText()).isEqualTo("1");
        assertThat(noPurl.path("purl").isNull()).isTrue();
        assertThat(noPurl.path("reason").asText())
                .isEqualTo("no purl, no CPE and no ecosystem hint");
        assertThat(root.path("unmatched").get(0).path("purl").asText())
                .isEqualTo("pkg:pypi/flask@2.0.0");
        JsonNode unknown = root.path("unknown").get(0);
        assertThat(unknown.path("purl").asText()).isEqualTo("pkg:npm/gamma@latest");
        assertThat(unknown.path("advisory").asText()).isEqualTo("GHSA-2222-3333-7777");
        assertThat(unknown.path("reason").asText()).contains("latest");
        assertThat(texts(unknown.path("components"))).containsExactly("c4");
        assertThat(texts(root.path("warnings")))
                .containsExactly("duplicate bom-ref c9: second one renamed c9#2");
        assertThat(root.has("policy")).isTrue();
        assertThat(root.path("policy").isNull()).isTrue();
        assertThat(root.path("vex").isNull()).isTrue();
    }

    @Test
    void juiceShopFindingsKeepTheCoreOrderAndCountsAddUp() throws Exception {
        ScanResult result = ReportScans.juiceShop(dir);
        JsonNode root = JSON.readTree(JsonReport.render(result));

        JsonNode findings = root.path("findings");
        List<String> expected = new ArrayList<>();
        result.report().findings().stream().sorted(Finding.REPORT_ORDER)
                .forEach(f -> expected.add(f.id() + " " + f.purl()));
        List<String> listed = new ArrayList<>();
        findings.forEach(f -> listed.add(f.path("id").asText() + " " + f.path("purl").asText()));
        assertThat(listed).isEqualTo(expected).hasSize(22);
        int total = 0;
        for (var level : root.path("counts").path("bySeverity").properties()) {
            long withLevel = countLevel(findings, level.getKey());
            assertThat(level.getValue().asInt()).as(level.getKey()).isEqualTo((int) withLevel);
            total += level.getValue().asInt();
        }
        assertThat(total).isEqualTo(findings.size());
        assertThat(root.path("counts").path("packages").asInt()).isEqualTo(840);
        assertThat(root.path("counts").path("components").asInt()).isEqualTo(840);
        // the example's bom-refs are its purls, so each finding names its own component
        findings.forEach(f -> assertThat(texts(f.path("components")))
                .containsExactly(f.path("purl").asText()));
    }

    @Test
    void sameInputsGiveByteIdenticalTwoSpaceIndentedReports() throws Exception {
        String first = JsonReport.render(ReportScans.juiceShop(dir.resolve("first")));
        String second = JsonReport.render(ReportScans.juiceShop(dir.resolve("second")));

        assertThat(second).isEqualTo(first);
        assertThat(first)
                .startsWith("{\n  \"schemaVersion\": \"1.1\",\n  \"tool\": {\n    \"name\"")
                .endsWith("\n}\n").doesNotContain("\r").doesNotContain(dir.toString())
                .contains("\"warnings\": [],");
    }

    private static long countLevel(JsonNode findings, String level) {
        long n = 0;
        for (JsonNode finding : findings) {
            n += finding.path("severity").path("level").asText().equals(level) ? 1 : 0;
        }
        return n;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
