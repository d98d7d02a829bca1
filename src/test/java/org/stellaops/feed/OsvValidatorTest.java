// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.stellaops.feed.FeedFixtures.utf8;

import org.junit.jupiter.api.Test;

/**
 * The schema violations we tolerate (unknown ecosystem, unknown id prefix, bad events of GIT
 * ranges) keep the record and come back as warnings; their look-alikes elsewhere still fail.
 */
class OsvValidatorTest {

    private final OsvParser parser = new OsvParser();

    @Test
    void keepsRecordOfUnknownEcosystemWithWarning() throws FeedException {
        // Published by OSV databases, yet missing from the schema's ecosystem list.
        String json = """
                {
                  "id": "ALSA-2099:0001",
                  "modified": "2024-01-01T00:00:00Z",
                  "affected": [{"package": {"ecosystem": "Amazon Linux:2023", "name": "curl"}}]
                }
                """;

        OsvParser.Parsed parsed = parse(json);

        assertThat(parsed.record().affected().get(0).ecosystem()).isEqualTo("Amazon Linux:2023");
        assertThat(parsed.warnings()).singleElement().asString()
                .startsWith("$.affected[0].package.ecosystem: ");
    }

    @Test
    void keepsRecordOfUnknownIdPrefixWithWarning() throws FeedException {
        OsvParser.Parsed parsed =
                parse(FeedFixtures.minimalRecord("ACME-2024-0001", "2024-01-01T00:00:00Z",
                        "requests", "2.0"));

        assertThat(parsed.record().id()).isEqualTo("ACME-2024-0001");
        assertThat(parsed.warnings()).singleElement().asString().startsWith("$.id: ");
    }

    @Test
    void toleratesSchemaInvalidEventsOfGitRangeInRealRecord() throws Exception {
        // PYSEC-2017-27 names a fixed "commit" ending in ".patch", which the schema refuses.
        byte[] content = FeedFixtures.corpusRecord("osv/PyPI", "PYSEC-2017-27");

        OsvParser.Parsed parsed = parser.parse(new FeedDocument("PYSEC-2017-27.json", content));

        assertThat(parsed.record().id()).isEqualTo("PYSEC-2017-27");
        assertThat(parsed.record().affected().get(0).ranges()).hasSize(2);
        assertThat(parsed.warnings()).isNotEmpty()
                .allMatch(w -> w.startsWith("$.affected[0].ranges[0].events"));
    }

    @Test
    void rejectsSameBadEventOutsideGitRange() {
        String json = """
                {
                  "id": "PYSEC-2099-1",
                  "modified": "2024-01-01T00:00:00Z",
                  "affected": [{
                    "package": {"ecosystem": "PyPI", "name": "requests"},
                    "ranges": [%s]
                  }]
                }
                """;
        String ecosystemRange = "{\"type\": \"ECOSYSTEM\", "
                + "\"events\": [{\"introduced\": \"0\"}, {\"fixd\": \"2\"}]}";
        String gitRange = "{\"type\": \"GIT\", \"repo\": \"https://example.org/r\", "
                + "\"events\": [{\"introduced\": \"0\"}, {\"fixd\": \"2\"}]}";

        FeedException e = catchThrowableOfType(FeedException.class,
                () -> parse(json.formatted(ecosystemRange)));

        assertThat(e).isNotNull();
        assertThat(e.position()).startsWith("$.affected[0].ranges[0].events[1]");
        assertThat(catchThrowableOfType(FeedException.class,
                () -> parse(json.formatted(gitRange)))).isNull();
    }

    @Test
    void rejectsMisspelledEcosystemFieldEvenThoughEcosystemIsTolerated() {
        // Only the ecosystem's pattern is forgiven, not a missing ecosystem.
        String json = """
                {
                  "id": "PYSEC-2099-1",
                  "modified": "2024-01-01T00:00:00Z",
                  "affected": [{"package": {"ecosystm": "PyPI", "name": "requests"}}]
                }
                """;

        FeedException e = catchThrowableOfType(FeedException.class, () -> parse(json));

        assertThat(e).isNotNull();
        assertThat(e.position()).isEqualTo("$.affected[0].package");
        assertThat(e.reason()).contains("ecosystem");
    }

    @Test
    void acceptsValidRecordWithoutWarnings() throws FeedException {
        OsvParser.Parsed parsed = parse(FeedFixtures.minimalRecord("PYSEC-2099-1",
                "2024-01-01T00:00:00Z", "requests", "2.0"));

        assertThat(parsed.warnings()).isEmpty();
    }

    private OsvParser.Parsed parse(String json) throws FeedException {
        return parser.parse(new FeedDocument("test.json", utf8(json)));
    }
}
