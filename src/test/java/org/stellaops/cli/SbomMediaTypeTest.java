// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The media type an SBOM goes to the server as, from its first byte that is not blank. */
class SbomMediaTypeTest {

    @Test
    void jsonAfterByteOrderMarkAndBlanks() throws IOException {
        assertThat(sniff("\uFEFF \r\n\t{\"bomFormat\": \"CycloneDX\"}"))
                .isEqualTo("application/json");
    }

    @Test
    void xmlIsCycloneDxXml() throws IOException {
        assertThat(sniff("\n<?xml version=\"1.0\"?><bom/>"))
                .isEqualTo("application/vnd.cyclonedx+xml");
    }

    @Test
    void anythingElseIsTagValue() throws IOException {
        assertThat(sniff("SPDXVersion: SPDX-2.3\n")).isEqualTo("text/spdx");
        assertThat(sniff("   ")).isEqualTo("text/spdx");
    }

    private static String sniff(String text) throws IOException {
        return SbomMediaType.sniff(new ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)));
    }
}
