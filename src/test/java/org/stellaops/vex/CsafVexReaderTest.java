// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsafVexReaderTest {

    @Test
    void redHatNotAffectedIsJustifiedByItsFlagAndResolvedToPurlsThroughRelationships()
            throws Exception {
        VexDocument document = VexCorpus.load("csaf/redhat/cve-2023-42670.json");

        assertThat(document.format()).isEqualTo(VexFormat.CSAF);
        assertThat(document.issuer()).isEqualTo("Red Hat Product Security");
        assertThat(document.documentId()).isEqualTo("CVE-2023-42670");
        VexStatement statement = document.statements().get(0);
        assertThat(statement.vulnerability()).isEqualTo("CVE-2023-42670");
        assertThat(statement.status()).isEqualTo(VexStatus.NOT_AFFECTED);
        assertThat(statement.justification())
                .isEqualTo(VexJustification.VULNERABLE_CODE_NOT_PRESENT);
        assertThat(statement.source().pointer())
                .isEqualTo("/vulnerabilities/0/product_status/known_not_affected");
        // 165 products, one flag for all of them: one statement
        assertThat(statement.products()).hasSize(165);
        assertThat(statement.products().get(0)).satisfies(p -> {
            assertThat(p.id()).isEqualTo("red_hat_enterprise_linux_6:libsmbclient");
            assertThat(p.cpes()).containsExactly("cpe:/o:redhat:enterprise_linux:6");
            assertThat(p.subcomponents()).singleElement().satisfies(c ->
                    assertThat(c.purls()).containsExactly("pkg:rpm/redhat/libsmbclient"));
        });
    }

    @Test
    void trivyRelationshipMakesTheTransitiveModuleASubcomponentOfTheDirectOne()
            throws Exception {
        VexStatement statement = VexCorpus.load("csaf/trivy/csaf-relationships.json")
                .statements().get(0);

        assertThat(statement.justification())
                .isEqualTo(VexJustification.VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY);
        assertThat(statement.products()).singleElement().satisfies(p -> {
            assertThat(p.purls())
                    .containsExactly("pkg:golang/github.com/aquasecurity/go-direct1@v2.0.0");
            assertThat(p.subcomponents()).flatExtracting(VexProduct::purls).containsExactly(
                    "pkg:golang/github.com/aquasecurity/go-transitive@v4.0.0");
        });
    }

    @Test
    void productsOfOneGroupAreSplitByTheirRemediations() throws Exception {
        List<VexStatement> statements = VexCorpus.load("csaf/redhat/cve-2024-0727-openssl.json")
                .statements();

        assertThat(statements).extracting(VexStatement::status).contains(VexStatus.AFFECTED,
                VexStatus.FIXED, VexStatus.NOT_AFFECTED);
        assertThat(statements).filteredOn(s -> s.status() == VexStatus.FIXED)
                .allSatisfy(s -> assertThat(s.actionStatement()).startsWith("vendor_fix: "));
        assertThat(statements).extracting(VexStatement::aliases).allSatisfy(aliases ->
                assertThat(aliases).isNotEmpty());
    }

    @Test
    void cyclicRelationshipsWarnAndTerminate() throws Exception {
        VexDocument document = VexLoader.read("cyclic.json", CYCLIC.getBytes(
                StandardCharsets.UTF_8));

        assertThat(document.warnings()).extracting(VexWarning::code)
                .containsExactly("cyclic-product-tree", "unknown-product");
        assertThat(document.statements()).singleElement().satisfies(s -> {
            assertThat(s.products()).extracting(VexProduct::id).containsExactly("A", "GHOST");
            VexProduct a = s.products().get(0);
            // A is B on top of lib; B is A on top of lib: the cycle is cut at the inner A
            assertThat(a.subcomponents()).singleElement().satisfies(lib ->
                    assertThat(lib.purls()).containsExactly("pkg:generic/lib@1"));
        });
    }

    private static final String CYCLIC = """
            {
              "document": {
                "category": "csaf_vex",
                "csaf_version": "2.0",
                "publisher": {"category": "vendor", "name": "Example",
                              "namespace": "https://example.com"},
                "title": "cycle",
                "tracking": {
                  "id": "EX-1", "status": "final", "version": "1",
                  "initial_release_date": "2024-01-01T00:00:00Z",
                  "current_release_date": "2024-01-01T00:00:00Z",
                  "revision_history": [{"date": "2024-01-01T00:00:00Z", "number": "1",
                                        "summary": "first"}]
                }
              },
              "product_tree": {
                "full_product_names": [{"name": "lib", "product_id": "lib",
                  "product_identification_helper": {"purl": "pkg:generic/lib@1"}}],
                "relationships": [
                  {"category": "default_component_of", "product_reference": "lib",
                   "relates_to_product_reference": "B",
                   "full_product_name": {"name": "A", "product_id": "A"}},
                  {"category": "default_component_of", "product_reference": "lib",
                   "relates_to_product_reference": "A",
                   "full_product_name": {"name": "B", "product_id": "B"}}
                ]
              },
              "vulnerabilities": [{
                "cve": "CVE-2024-0003",
                "product_status": {"known_affected": ["A", "GHOST"]}
              }]
            }
            """;
}
