// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100 MB CycloneDX JSON SBOM is read streaming in a JVM limited to {@value #HEAP}: a reader
 * that built a tree of the document (about 8x its size) would run out of memory there and the
 * child would exit non-zero. The child reports the heap high-water mark, which must also stay
 * under half of 1 GB.
 */
class CycloneDxLargeSbomTest {

    private static final String HEAP = "-Xmx400m";
    /** Aimed at 105 MB; the dependency entries are estimated, so at least 100 MB is asserted. */
    private static final long TARGET_BYTES = 105_000_000L;
    private static final Pattern REPORT = Pattern.compile("components=(\\d+) "
            + "dependencies=(\\d+) warnings=(\\d+) peakHeapMb=(\\d+) millis=(\\d+)");

    @TempDir
    Path dir;

    @Test
    void hundredMegabyteSbomIsReadInBoundedHeap() throws Exception {
        Path sbom = dir.resolve("large.cdx.json");
        int written = writeLargeSbom(sbom, TARGET_BYTES);
        assertThat(Files.size(sbom)).isGreaterThanOrEqualTo(100_000_000L);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                CycloneDxLargeSbomTest.class.getName(), sbom.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(child.exitValue()).as(output).isZero();
        Matcher report = REPORT.matcher(output);
        assertThat(report.find()).as(output).isTrue();
        System.out.println("large SBOM (" + Files.size(sbom) + " bytes): " + report.group());
        assertThat(Integer.parseInt(report.group(1))).isEqualTo(written);
        // every component but the first depends on its predecessor
        assertThat(Integer.parseInt(report.group(2))).isEqualTo(written - 1);
        // only the note that the document was too large for schema validation
        assertThat(Integer.parseInt(report.group(3))).isEqualTo(1);
        assertThat(Long.parseLong(report.group(4))).isLessThan(512);
    }

    /** The child: loads the SBOM as the CLI does and prints what it found and what it cost. */
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        LoadedSbom loaded = SbomLoader.load(args[0], "auto", null);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        Sbom sbom = loaded.sbom();
        System.out.println("components=" + sbom.components().size() + " dependencies="
                + sbom.dependencies().size() + " warnings=" + sbom.warnings().size()
                + " peakHeapMb=" + (peak >> 20) + " millis=" + millis);
    }

    /**
     * Writes Trivy-like library components (purl, hash, licence, location and source
     * properties) and a dependency chain until the file reaches {@code bytes}; returns how many
     * components it wrote.
     */
    private static int writeLargeSbom(Path file, long bytes) throws IOException {
        int count = 0;
        long size = 0;
        List<String> refs = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            size += write(out, "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,"
                    + "\"metadata\":{\"timestamp\":\"2026-01-01T00:00:00Z\",\"component\":"
                    + "{\"type\":\"container\",\"name\":\"large\"}},\n\"components\":[\n");
            // each component also gets a dependency entry of about 110 bytes
            while (size + 110L * refs.size() < bytes - 1024) {
                String ref = "pkg:npm/%%40scope/package-%07d@1.%d.%d".formatted(count, count % 17,
                        count % 101);
                size += write(out, (count == 0 ? "" : ",\n") + component(ref, count));
                refs.add(ref);
                count++;
            }
            size += write(out, "\n],\n\"dependencies\":[\n");
            for (int i = 1; i < refs.size(); i++) {
                write(out, (i == 1 ? "" : ",\n") + "{\"ref\":\"" + refs.get(i)
                        + "\",\"dependsOn\":[\"" + refs.get(i - 1) + "\"]}");
            }
            write(out, "\n]}\n");
        }
        return count;
    }

    private static String component(String ref, int n) {
        return ("{\"bom-ref\":\"%1$s\",\"type\":\"library\",\"group\":\"@scope\","
                + "\"name\":\"package-%2$07d\",\"version\":\"1.%3$d.%4$d\",\"purl\":\"%1$s\","
                + "\"hashes\":[{\"alg\":\"SHA-256\",\"content\":\"%5$064x\"}],"
                + "\"licenses\":[{\"license\":{\"id\":\"MIT\"}}],\"properties\":["
                + "{\"name\":\"aquasecurity:trivy:FilePath\","
                + "\"value\":\"app/node_modules/@scope/package-%2$07d/package.json\"},"
                + "{\"name\":\"aquasecurity:trivy:LayerDigest\",\"value\":\"sha256:%6$064x\"}]}")
                .formatted(ref, n, n % 17, n % 101, (long) n * 2654435761L, n % 12);
    }

    private static int write(BufferedWriter out, String text) throws IOException {
        out.write(text);
        return text.length();
    }
}
