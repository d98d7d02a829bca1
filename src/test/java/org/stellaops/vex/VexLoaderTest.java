// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VexLoaderTest {

    private static final String OPENVEX = "openvex/grype/openvex-demo1.json";
    private static final String CSAF = "csaf/grype/csaf-demo1.json";
    private static final String CYCLONEDX = "cyclonedx/bom-examples/VEX/vex.json";

    @TempDir
    Path temp;

    @Test
    void formatIsDetectedByContentNotByName() throws Exception {
        Path misnamed = Files.copy(VexCorpus.file(CSAF), temp.resolve("openvex.vex.xml.txt"));

        VexDocument document = VexLoader.read(misnamed.toString(), Files.readAllBytes(misnamed));

        assertThat(document.format()).isEqualTo(VexFormat.CSAF);
        assertThat(document.origin()).isEqualTo(misnamed.toString());
    }

    @Test
    void digestIsSha256OfTheBytes() throws Exception {
        byte[] bytes = Files.readAllBytes(VexCorpus.file(OPENVEX));

        assertThat(VexLoader.read("demo1", bytes).digest()).isEqualTo("sha256:" + HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }

    @Test
    void schemaFailureNamesTheFileAndThePointer() throws Exception {
        String broken = Files.readString(VexCorpus.file(OPENVEX))
                .replace("\"status\": \"fixed\"", "\"status\": 42");

        assertThatThrownBy(() -> VexLoader.read("broken.json",
                broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(VexException.class, e -> {
                    assertThat(e.origin()).isEqualTo("broken.json");
                    assertThat(e.position()).isEqualTo("/statements/0/status");
                    assertThat(e.getMessage()).startsWith("broken.json at /statements/0/status: "
                            + "violates the OpenVEX 0.2.0 schema: /statements/0/status: ");
                });
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        byte[] bytes = "{\n  \"@context\": \"https://openvex.dev/ns/v0.2.0\",\n  \"author\" \"x\"\n}"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> VexLoader.read("malformed.json", bytes))
                .isInstanceOfSatisfying(VexException.class, e -> {
                    assertThat(e.position()).isEqualTo("line 3, column 12");
                    assertThat(e.getMessage()).contains("malformed JSON");
                });
    }

    @Test
    void jsonOfNoKnownFormatIsRefused() {
        assertThatThrownBy(() -> VexLoader.read("sbom.json",
                "{\"spdxVersion\": \"SPDX-2.3\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(VexException.class).hasMessageContaining("not a VEX document");
    }

    @Test
    void directoriesAreReadRecursivelyInPathOrder() throws Exception {
        Files.createDirectories(temp.resolve("b/nested"));
        Files.copy(VexCorpus.file(OPENVEX), temp.resolve("b/nested/z.json"));
        Files.copy(VexCorpus.file(CYCLONEDX), temp.resolve("b/a.json"));
        Files.copy(VexCorpus.file(CSAF), temp.resolve("a.json"));
        Files.writeString(temp.resolve("notes.txt"), "not VEX, not read");

        List<VexDocument> documents = VexLoader.readAll(List.of(temp));

        assertThat(documents).extracting(VexDocument::origin).containsExactly(
                temp.resolve("a.json").toString(), temp.resolve("b/a.json").toString(),
                temp.resolve("b/nested/z.json").toString());
        assertThat(documents).extracting(VexDocument::format).containsExactly(VexFormat.CSAF,
                VexFormat.CYCLONEDX, VexFormat.OPENVEX);
    }

    @Test
    void symbolicLinksInADirectoryAreNotFollowed() throws Exception {
        Path inside = Files.createDirectories(temp.resolve("vex"));
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.copy(VexCorpus.file(OPENVEX), outside.resolve("secret.json"));
        Files.createSymbolicLink(inside.resolve("link.json"), outside.resolve("secret.json"));
        Files.createSymbolicLink(inside.resolve("dir"), outside);
        Files.copy(VexCorpus.file(CSAF), inside.resolve("own.json"));

        assertThat(VexLoader.readAll(List.of(inside))).extracting(VexDocument::origin)
                .containsExactly(inside.resolve("own.json").toString());
    }

    @Test
    void fileLargerThan32MiBIsRefused() throws Exception {
        Path large = temp.resolve("large.json");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(32L * 1024 * 1024 + 1);
        }

        assertThatThrownBy(() -> VexLoader.readAll(List.of(large)))
                .isInstanceOfSatisfying(VexException.class, e -> {
                    assertThat(e.origin()).isEqualTo(large.toString());
                    assertThat(e.getMessage()).contains("larger than the VEX size limit");
                });
    }

    @Test
    void missingPathIsAnError() {
        Path missing = temp.resolve("missing.json");

        assertThatThrownBy(() -> VexLoader.readAll(List.of(missing)))
                .isInstanceOf(VexException.class).hasMessageContaining("no such file");
    }
}
