// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which output differs, and where, when the recorded output is at hand. */
class OutputComparisonTest {

    @TempDir
    Path dir;

    @Test
    void identicalOutputsGiveNoDifference() {
        byte[] report = bytes("{\"a\":1}");
        assertThat(OutputComparison.compare(Map.of("report.json", InputStore.digestOf(report)),
                Map.of("report.json", report), null)).isEmpty();
    }

    @Test
    void locatesTheFirstJsonDifferenceByPointer() throws Exception {
        byte[] recorded = bytes("{\"findings\":[{\"id\":\"A\",\"state\":\"open\"}],\"n\":1}");
        byte[] replayed = bytes("{\"findings\":[{\"id\":\"A\",\"state\":\"suppressed\"}],\"n\":1}");
        Files.write(dir.resolve("report.json"), recorded);
        List<OutputDifference> differences = OutputComparison.compare(
                Map.of("report.json", InputStore.digestOf(recorded)),
                Map.of("report.json", replayed), dir);
        assertThat(differences).hasSize(1);
        assertThat(differences.get(0).describe()).contains("report.json: recorded sha256:")
                .contains("at /findings/0/state: recorded \"open\", replayed \"suppressed\"");
    }

    @Test
    void locatesTextDifferencesByLineAndReportsMissingOutputs() throws Exception {
        byte[] recorded = bytes("line one\nline two\n");
        Files.write(dir.resolve("table.txt"), recorded);
        List<OutputDifference> differences = OutputComparison.compare(
                Map.of("table.txt", InputStore.digestOf(recorded),
                        "report.sarif.json", InputStore.digestOf(bytes("{}"))),
                Map.of("table.txt", bytes("line one\nline 2\n"), "extra.json", bytes("{}")), dir);
        assertThat(differences).extracting(OutputDifference::name)
                .containsExactly("extra.json", "report.sarif.json", "table.txt");
        assertThat(differences.get(0).describe()).contains("not recorded in the manifest");
        assertThat(differences.get(1).describe()).contains("not made by the replay");
        assertThat(differences.get(2).where()).isEqualTo("at line 2, column 6");
    }

    @Test
    void aRecordedFileThatIsNotTheRecordedOutputIsNotUsedToLocate() throws Exception {
        Files.write(dir.resolve("report.json"), bytes("{\"a\":2}"));
        List<OutputDifference> differences = OutputComparison.compare(
                Map.of("report.json", InputStore.digestOf(bytes("{\"a\":1}"))),
                Map.of("report.json", bytes("{\"a\":3}")), dir);
        assertThat(differences.get(0).where()).isNull();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
