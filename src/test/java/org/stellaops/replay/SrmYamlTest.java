// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The manifest's YAML: a stable round trip, and hostile input refused with the field named. */
class SrmYamlTest {

    private static final String A = "sha256:" + "a".repeat(64);
    private static final String B = "sha256:" + "b".repeat(64);
    private static final String C = "sha256:" + "c".repeat(64);

    static ReplayManifest sample() {
        return new ReplayManifest(new ReplayManifest.Tool("stella", "1.2.3", "classes"),
                new ReplayManifest.Subject("sbom", "app.cdx.json", A, "cyclonedx-json"),
                B, "2024-10-04T20:31:00Z",
                List.of(new ReplayManifest.Input(InputRole.SBOM, "app.cdx.json", A),
                        new ReplayManifest.Input(InputRole.VEX, "vex/a.json", C)),
                Map.of("threshold", "high", "stella.vex.trust", "", "sbom-type", "auto"),
                Map.of("report.sarif.json", C, "report.json", A));
    }

    @Test
    void roundTripIsStableAndSorted() throws Exception {
        byte[] yaml = SrmYaml.write(sample());
        ReplayManifest read = SrmYaml.parse("srm.yaml", yaml);
        assertThat(read).isEqualTo(sample());
        assertThat(SrmYaml.write(read)).isEqualTo(yaml);
        String text = new String(yaml, StandardCharsets.UTF_8);
        assertThat(text.indexOf("report.json")).isLessThan(text.indexOf("report.sarif.json"));
        assertThat(text.indexOf("sbom-type")).isLessThan(text.indexOf("threshold"));
        assertThat(text).startsWith("srmVersion: \"1\"\n");
    }

    @Test
    void refusesWhatIsNotAManifest() {
        assertThatThrownBy(() -> SrmYaml.parse("x.yaml", "- a\n- b\n".getBytes()))
                .isInstanceOf(ReplayException.class).hasMessageContaining("x.yaml: not a replay");
        assertThatThrownBy(() -> SrmYaml.parse("x.yaml", "a: [b\n".getBytes()))
                .isInstanceOf(ReplayException.class).hasMessageContaining("x.yaml: not YAML");
        assertThatThrownBy(() -> SrmYaml.parse("x.yaml", new byte[SrmYaml.MAX_BYTES + 1]))
                .hasMessageContaining("larger than the limit");
    }

    @Test
    void namesTheBadField() {
        String good = new String(SrmYaml.write(sample()), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parse(good.replace("srmVersion: \"1\"", "srmVersion: \"9\"")))
                .hasMessageContaining("srmVersion 9 is not known");
        assertThatThrownBy(() -> parse(good.replace("snapshot: " + B, "snapshot: md5:1")))
                .hasMessageContaining("snapshot: 'md5:1' is not a sha256: digest");
        assertThatThrownBy(() -> parse(good.replace("role: vex", "role: sbom")))
                .hasMessageContaining("at most one input of role sbom or image, not 2");
        assertThatThrownBy(() -> parse(good.replace("role: sbom", "role: vex")))
                .hasMessageContaining("an SBOM scan needs its input of role sbom");
        assertThatThrownBy(() -> parse(good.replace("role: vex", "role: movie")))
                .hasMessageContaining("inputs[1].role: role must be sbom, image, vex or policy");
        assertThatThrownBy(() -> parse(good.replace("  report.json: " + A, "  report.json: x")))
                .hasMessageContaining("outputs.report.json: 'x' is not a sha256: digest");
        assertThatThrownBy(() -> parse(good.replace("  name: stella\n", "")))
                .hasMessageContaining("tool.name: missing");
    }

    @Test
    void aliasBombsDoNotExpand() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        // Jackson's YAML parser does not expand aliases into copies, so 10 * 4^25 nodes never
        // exist: the document is read in an instant and refused for what it lacks
        assertThatThrownBy(() -> parse(bomb.toString())).isInstanceOf(ReplayException.class)
                .hasMessageContaining("srmVersion: missing");
    }

    private static ReplayManifest parse(String yaml) throws ReplayException {
        return SrmYaml.parse("srm.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }
}
