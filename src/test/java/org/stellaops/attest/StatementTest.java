// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-toto Statement v1 fields, its canonical bytes and the strict parse. */
class StatementTest {

    private static final String HEX = "5e".repeat(32);

    @Test
    void hasTheFieldsOfStatementV1() throws Exception {
        Statement statement = new Statement(List.of(Subject.ofSha256("shop.cdx.json",
                "sha256:" + HEX)), "https://example.org/p/v1", predicate());

        JsonNode json = new ObjectMapper().readTree(statement.toBytes());

        assertThat(json.get("_type").asText()).isEqualTo("https://in-toto.io/Statement/v1");
        assertThat(json.get("subject")).hasSize(1);
        assertThat(json.at("/subject/0/name").asText()).isEqualTo("shop.cdx.json");
        assertThat(json.at("/subject/0/digest/sha256").asText()).isEqualTo(HEX);
        assertThat(json.get("predicateType").asText()).isEqualTo("https://example.org/p/v1");
        assertThat(json.at("/predicate/b").asInt()).isEqualTo(2);
    }

    @Test
    void bytesAreCanonicalWhateverOrderTheTreeWasBuiltIn() {
        Statement statement = new Statement(List.of(new Subject("x",
                Map.of("sha512", "00", "sha256", HEX))), "t", predicate());

        assertThat(new String(statement.toBytes(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"_type\":\"https://in-toto.io/Statement/v1\",\"predicate\":{\"a\":\"é\","
                + "\"b\":2},\"predicateType\":\"t\",\"subject\":[{\"digest\":{\"sha256\":\""
                + HEX + "\",\"sha512\":\"00\"},\"name\":\"x\"}]}");
    }

    @Test
    void parseReadsWhatToBytesWrote() {
        Statement statement = new Statement(List.of(Subject.ofSha256("a", "sha256:" + HEX)),
                "t", predicate());

        Statement back = Statement.parse(statement.toBytes());

        assertThat(back.subjects()).isEqualTo(statement.subjects());
        assertThat(back.predicate()).isEqualTo(statement.predicate());
        assertThat(back.toBytes()).isEqualTo(statement.toBytes());
    }

    @Test
    void parseRefusesWhatIsNotAV1Statement() {
        assertThatThrownBy(() -> parse("{\"_type\":\"https://in-toto.io/Statement/v0.1\"}"))
                .hasMessageContaining("_type is not https://in-toto.io/Statement/v1");
        assertThatThrownBy(() -> parse("{\"_type\":\"https://in-toto.io/Statement/v1\","
                + "\"subject\":[],\"predicateType\":\"t\",\"predicate\":{}}"))
                .hasMessage("statement has no subject");
        assertThatThrownBy(() -> parse("{\"_type\":\"https://in-toto.io/Statement/v1\","
                + "\"subject\":[{\"name\":\"a\"}],\"predicateType\":\"t\",\"predicate\":{}}"))
                .hasMessage("subject[0] has no digest");
        assertThatThrownBy(() -> parse("{\"_type\":\"https://in-toto.io/Statement/v1\","
                + "\"subject\":[{\"name\":\"a\",\"digest\":{\"sha256\":\"00\"}}],"
                + "\"predicateType\":\"t\",\"predicate\":[]}"))
                .hasMessage("statement has no predicate object");
        assertThatThrownBy(() -> parse("{\"_type\":\"https://in-toto.io/Statement/v1\","
                + "\"subject\":[{\"name\":\"a\",\"digest\":{\"sha256\":1}}],"
                + "\"predicateType\":\"t\",\"predicate\":{}}"))
                .hasMessage("subject[0].digest.sha256 is not a string");
        assertThatThrownBy(() -> parse("not json")).hasMessageContaining("not valid JSON");
    }

    @Test
    void subjectNeedsASha256InOurDigestForm() {
        assertThatThrownBy(() -> Subject.ofSha256("a", "sha1:" + "00".repeat(20)))
                .hasMessageContaining("needs a sha256:<64 hex> digest");
        assertThatThrownBy(() -> Subject.ofSha256("a", "sha256:" + "AB".repeat(32)))
                .isInstanceOf(AttestationException.class);
        assertThatThrownBy(() -> Subject.ofSha256("a", null))
                .isInstanceOf(AttestationException.class);
    }

    private static Statement parse(String json) {
        return Statement.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode predicate() {
        return JsonNodeFactory.instance.objectNode().put("b", 2).put("a", "é");
    }
}
