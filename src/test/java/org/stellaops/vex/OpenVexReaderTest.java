// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OpenVexReaderTest {

    private static final String DOCUMENT = """
            {
              "@context": "https://openvex.dev/ns/v0.2.0",
              "@id": "https://example.com/vex/1",
              "author": "Example Security",
              "timestamp": "2024-01-02T03:04:05Z",
              "version": 1,
              "statements": [
                {
                  "vulnerability": {"name": "CVE-2024-0001", "aliases": ["GHSA-aaaa-bbbb-cccc"]},
                  "products": [{"@id": "pkg:npm/left-pad@1.0.0",
                                "identifiers": {"cpe23": "cpe:2.3:a:x:left-pad:1.0.0:*:*:*:*:*:*:*"}}],
                  "supplier": "Someone Else",
                  "status": "not_affected",
                  "justification": "%s",
                  "impact_statement": "never called",
                  "timestamp": "%s"
                }
              ]
            }
            """;

    private static VexDocument read(String justification, String timestamp) throws Exception {
        byte[] bytes = DOCUMENT.formatted(justification, timestamp)
                .getBytes(StandardCharsets.UTF_8);
        return VexLoader.read("crafted.json", bytes);
    }

    @Test
    void demo1FixesCve20231255InBothApkSubcomponents() throws Exception {
        VexDocument document = VexCorpus.load("openvex/grype/openvex-demo1.json");

        assertThat(document.format()).isEqualTo(VexFormat.OPENVEX);
        assertThat(document.issuer()).isEqualTo("The OpenVEX Project <openvex@openssf.org>");
        assertThat(document.statements()).singleElement().satisfies(s -> {
            assertThat(s.vulnerability()).isEqualTo("CVE-2023-1255");
            assertThat(s.status()).isEqualTo(VexStatus.FIXED);
            assertThat(s.timestamp()).isEqualTo("2023-07-17T18:28:47.696004345-06:00");
            assertThat(s.source().pointer()).isEqualTo("/statements/0");
            assertThat(s.products()).singleElement().satisfies(p -> {
                assertThat(p.purls()).containsExactly("pkg:oci/alpine@sha256%3A124c7d2707904eea7"
                        + "431fffe91522a01e5a861a624ee31d03372cc1d138a3126");
                assertThat(p.subcomponents()).extracting(VexProduct::id).containsExactly(
                        "pkg:apk/alpine/libssl3@3.0.8-r3", "pkg:apk/alpine/libcrypto3@3.0.8-r3");
            });
        });
    }

    @Test
    void statementTimestampOverridesTheDocumentsAndSupplierIsNotTheIssuer() throws Exception {
        VexStatement statement = read("vulnerable_code_not_present", "2024-02-03T04:05:06+01:00")
                .statements().get(0);

        assertThat(statement.issuer()).isEqualTo("Example Security");
        assertThat(statement.timestamp()).isEqualTo("2024-02-03T04:05:06+01:00");
        assertThat(statement.justification())
                .isEqualTo(VexJustification.VULNERABLE_CODE_NOT_PRESENT);
        assertThat(statement.aliases()).containsExactly("GHSA-aaaa-bbbb-cccc");
        assertThat(statement.impactStatement()).isEqualTo("never called");
        assertThat(statement.products().get(0).cpes())
                .containsExactly("cpe:2.3:a:x:left-pad:1.0.0:*:*:*:*:*:*:*");
    }

    @Test
    void unknownJustificationIsASchemaFailureIn020() {
        assertThatThrownBy(() -> read("works_on_my_machine", "2024-02-03T04:05:06Z"))
                .isInstanceOfSatisfying(VexException.class, e -> assertThat(e.position())
                        .isEqualTo("/statements/0/justification"));
    }

    @Test
    void unknownJustificationInALegacyDocumentIsKeptAsTextWithAWarning() throws Exception {
        // pre-0.2.0 documents have no schema to catch the word, so the reader does
        byte[] bytes = """
                {"@context": "https://openvex.dev/ns", "author": "Wolfi",
                 "statements": [{"vulnerability": "CVE-2024-0002",
                   "products": ["pkg:apk/wolfi/bash@5.2"], "status": "not_affected",
                   "justification": "works_on_my_machine"}]}
                """.getBytes(StandardCharsets.UTF_8);
        VexDocument document = VexLoader.read("legacy.json", bytes);

        VexStatement statement = document.statements().get(0);
        assertThat(statement.justification()).isNull();
        assertThat(statement.justificationText()).isEqualTo("works_on_my_machine");
        assertThat(document.warnings()).extracting(VexWarning::code)
                .containsExactly("legacy-openvex", "unknown-justification");
        assertThat(document.warnings().get(1).source().pointer())
                .isEqualTo("/statements/0/justification");
    }

    @Test
    void timestampThatIsNotRfc3339WarnsAndFallsBackToTheDocuments() throws Exception {
        VexDocument document = read("vulnerable_code_not_present", "yesterday");

        assertThat(document.statements().get(0).timestamp()).isEqualTo("2024-01-02T03:04:05Z");
        assertThat(document.warnings()).extracting(VexWarning::code)
                .containsExactly("bad-timestamp");
    }

    @Test
    void unknownStatusIsASchemaFailureNamingTheStatement() {
        byte[] bytes = DOCUMENT.formatted("vulnerable_code_not_present", "2024-02-03T04:05:06Z")
                .replace("\"not_affected\"", "\"fine\"").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> VexLoader.read("crafted.json", bytes))
                .isInstanceOfSatisfying(VexException.class, e -> {
                    assertThat(e.position()).isEqualTo("/statements/0/status");
                    assertThat(e.getMessage()).startsWith("crafted.json at /statements/0/status");
                });
    }

    @Test
    void legacyDocumentWithBareStringsIsReadWithAWarning() throws Exception {
        VexDocument document = VexCorpus.load("openvex/go-vex/v0.0.1.json");

        assertThat(document.warnings()).extracting(VexWarning::code)
                .containsExactly("legacy-openvex");
        assertThat(document.statements()).singleElement().satisfies(s -> {
            assertThat(s.vulnerability()).isEqualTo("CVE-2023-12345");
            assertThat(s.products()).flatExtracting(VexProduct::purls).containsExactly(
                    "pkg:apk/wolfi/git@2.39.0-r1?arch=armv7",
                    "pkg:apk/wolfi/git@2.39.0-r1?arch=x86_64");
        });
    }
}
