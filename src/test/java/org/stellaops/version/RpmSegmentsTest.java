// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nscuro.versatile.spi.Version;
import io.github.nscuro.versatile.version.KnownVersioningSchemes;
import io.github.nscuro.versatile.version.RpmVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The pre-split rpm comparison gives exactly what versatile's {@code RpmVersion.compareTo}
 * gives (value, not only sign), over every version the AlmaLinux advisories of the corpus name
 * ({@code osv/AlmaLinux/all.zip}, introduced and fixed events) plus strings that exercise
 * {@code ~}, {@code ^}, leading zeros and letter/number boundaries.
 */
class RpmSegmentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RpmVersion.Provider VERSATILE = new RpmVersion.Provider();

    private static final List<String> EDGES = List.of(
            "1.0", "1.0~rc1", "1.0~rc1~git123", "1.0^", "1.0^git1", "1.0^git1~pre", "1.01",
            "1.0.1", "10.0001", "10.1", "10.0039", "0:1.0-1", "1:0.9-1", "2_0", "2.0", "a+",
            "_a", "xyz.4", "8", "6.0.rc1", "1.0-0.1.el8", "1.0-1.el8_6", "1.0-1.el8_6.1",
            "1.00-000", "1.0-0", "1.0a", "1.0aa", "1.0^20160101^git1", "1.0~rc1^git1",
            "5.5p10", "0", "000", "1.0-1~", "1.0-1^", "3:4.4.20-1.el8_6");

    @Test
    void ordersEveryCorpusPairLikeVersatile() throws IOException {
        List<String> versions = new ArrayList<>(corpusVersions());
        versions.addAll(EDGES);
        assertThat(versions).hasSizeGreaterThan(1000);

        Random random = new Random(42);
        int compared = 0;
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            for (int step = 1; step <= 8; step++) {
                compared += check(versions.get(i), versions.get((i + step) % versions.size()),
                        mismatches);
            }
            for (int k = 0; k < 8; k++) {
                compared += check(versions.get(i), versions.get(random.nextInt(versions.size())),
                        mismatches);
            }
        }

        assertThat(compared).isGreaterThan(10_000);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void tildeSortsBeforeTheEndAndCaretAfterIt() throws InvalidVersionException {
        RpmScheme scheme = RpmScheme.INSTANCE;
        assertThat(scheme.compare("1.0~rc1", "1.0")).isNegative();
        assertThat(scheme.compare("1.0^git1", "1.0")).isPositive();
        assertThat(scheme.compare("1.0^git1", "1.0.1")).isNegative();
        assertThat(scheme.compare("10.0001", "10.1")).isZero();
    }

    private static int check(String left, String right, List<String> mismatches) {
        int expected;
        int actual;
        try {
            Version a = VERSATILE.getVersion(KnownVersioningSchemes.SCHEME_RPM, left);
            Version b = VERSATILE.getVersion(KnownVersioningSchemes.SCHEME_RPM, right);
            expected = a.compareTo(b);
            actual = RpmScheme.INSTANCE.parse(left).compareTo(RpmScheme.INSTANCE.parse(right));
        } catch (RuntimeException | InvalidVersionException e) {
            return 0;
        }
        if (expected != actual) {
            mismatches.add(left + " vs " + right + ": versatile " + expected + ", ours " + actual);
        }
        return 1;
    }

    private static TreeSet<String> corpusVersions() throws IOException {
        TreeSet<String> versions = new TreeSet<>();
        Path zip = Path.of(System.getProperty("stella.corpus"), "osv", "AlmaLinux", "all.zip");
        try (ZipFile records = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = records.entries();
            while (entries.hasMoreElements()) {
                JsonNode record = JSON.readTree(records.getInputStream(entries.nextElement()));
                for (JsonNode event : record.findValues("events")) {
                    for (JsonNode fields : event) {
                        fields.fields().forEachRemaining(f -> versions.add(f.getValue().asText()));
                    }
                }
            }
        }
        versions.remove("0");
        return versions;
    }
}
