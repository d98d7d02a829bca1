// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.stellaops.feed.FeedFixtures.utf8;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JSON syntax and document shape: every failure names the document, where and why. */
class OsvParserTest {

    private static final String ORIGIN = "feeds/PyPI/all.zip!PYSEC-2099-1.json";

    private final OsvParser parser = new OsvParser();

    @Test
    void rejectsMalformedJsonWithLineAndColumn() {
        String json = """
                {
                  "id": "PYSEC-2099-1",
                  "modified": "2024-01-01T00:00:00Z",
                  "aliases": ["CVE-2099-1",]
                }
                """;

        FeedException e = failureOf(json);

        // The stray ']' after the comma is the 28th character of line 4.
        assertThat(e.origin()).isEqualTo(ORIGIN);
        assertThat(e.position()).isEqualTo("line 4, column 28");
        assertThat(e.reason()).startsWith("malformed JSON: Unexpected character (']'");
        assertThat(e.getMessage()).startsWith(ORIGIN + " at line 4, column 28: malformed JSON");
    }

    @Test
    void rejectsTrailingGarbageAfterTheRecord() {
        String json = """
                {"id": "PYSEC-2099-1", "modified": "2024-01-01T00:00:00Z"}
                {"id": "PYSEC-2099-2", "modified": "2024-01-01T00:00:00Z"}
                """;

        FeedException e = failureOf(json);

        assertThat(e.position()).startsWith("line 2, column ");
        assertThat(e.reason()).startsWith("malformed JSON: Trailing token");
        assertThat(e.getMessage()).startsWith(ORIGIN + " at line 2");
    }

    @Test
    void rejectsUnclosedObjectAtEndOfInput() {
        FeedException e = failureOf("{\"id\": \"PYSEC-2099-1\",\n\"modified\": \"x\"");

        assertThat(e.position()).startsWith("line 2, column ");
        assertThat(e.reason()).contains("end-of-input");
    }

    @Test
    void rejectsDocumentThatIsNotAnObject() {
        FeedException e = failureOf("[{\"id\": \"PYSEC-2099-1\"}]");

        assertThat(e.getMessage())
                .isEqualTo(ORIGIN + " at $: an OSV record must be a JSON object");
    }

    @Test
    void rejectsEmptyDocument() {
        FeedException e = failureOf("");

        assertThat(e.origin()).isEqualTo(ORIGIN);
        assertThat(e.reason()).isEqualTo("an OSV record must be a JSON object");
    }

    @Test
    void rejectsSchemaViolationNamingTheJsonPath() {
        String json = """
                {
                  "id": "PYSEC-2099-1",
                  "modified": "2024-01-01T00:00:00Z",
                  "affected": [
                    {"package": {"ecosystem": "PyPI", "name": "requests"}},
                    {"package": {"ecosystem": "PyPI"}}
                  ]
                }
                """;

        FeedException e = failureOf(json);

        assertThat(e.position()).isEqualTo("$.affected[1].package");
        assertThat(e.reason()).startsWith("violates the OSV schema: ").contains("name");
        assertThat(e.getMessage()).startsWith(ORIGIN + " at $.affected[1].package: violates");
    }

    @Test
    void rejectsRecordWithoutModified() {
        FeedException e = failureOf("{\"id\": \"PYSEC-2099-1\"}");

        assertThat(e.position()).isEqualTo("$");
        assertThat(e.reason()).contains("modified");
    }

    @Test
    void keepsCompleteRecordAsCanonicalJson() throws FeedException {
        // Keys out of order, unusual spacing and fields we do not index (credits, details).
        String json = """
                {   "modified" : "2024-05-01T10:00:00Z",
                    "id": "GHSA-aaaa-bbbb-cccc",
                    "credits": [{"name": "Jane Doe", "type": "FINDER"}],
                    "details": "caf\\u00e9",
                    "database_specific": {"severity": "LOW", "cwe_ids": []}
                }
                """;

        OsvRecord record = parser.parse(new FeedDocument(ORIGIN, utf8(json))).record();

        assertThat(new String(record.canonicalJson(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"credits\":[{\"name\":\"Jane Doe\",\"type\":\"FINDER\"}],"
                        + "\"database_specific\":{\"cwe_ids\":[],\"severity\":\"LOW\"},"
                        + "\"details\":\"café\",\"id\":\"GHSA-aaaa-bbbb-cccc\","
                        + "\"modified\":\"2024-05-01T10:00:00Z\"}");
    }

    private FeedException failureOf(String json) {
        FeedException e = catchThrowableOfType(FeedException.class,
                () -> parser.parse(new FeedDocument(ORIGIN, utf8(json))));
        assertThat(e).as("parsing should fail").isNotNull();
        return e;
    }
}
