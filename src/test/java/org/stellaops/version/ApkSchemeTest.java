// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApkSchemeTest {

    private final ApkScheme scheme = ApkScheme.INSTANCE;

    /**
     * Lines of alpinelinux/apk-tools test/version.data ("a op b"). The file's two rows that it
     * marks invalid ("1.0 < 1.0bc", "23_foo > 4_beta") are in the rejection test instead.
     */
    private static final String APK_TOOLS_VERSION_DATA = """
            2.34 > 0.1.0_alpha
            0.1.0_alpha = 0.1.0_alpha
            0.1.0_alpha < 0.1.3_alpha
            0.1.0_alpha2 > 0.1.0_alpha
            0.1.0_alpha < 2.2.39-r1
            2.2.39-r1 > 1.0.4-r3
            1.0.4-r3 < 1.0.4-r4
            1.0.4-r4 < 1.6
            1.0.2 > 0.7-r1
            1.1 > 1.1_alpha1
            1.2.1 > 1.2
            1.2 < 1.3_alpha
            1.3_alpha < 1.3_alpha2
            1.3_alpha8 > 0.6.0
            0.7.0 < 0.8_beta1
            0.8_beta1 < 0.8_beta2
            0.8_beta4 < 4.8-r1
            3.10.18-r1 > 2.3.0b-r1
            2.3.0b-r1 < 2.3.0b-r2
            2.3.0b-r4 > 0.12.1
            0.12.3 > 0.12
            0.12 < 0.13_beta1
            0.13_beta5 > 0.9.12
            1.2.11 < 1.2.12.1
            1.2.12.1 < 1.2.13
            0.2.0-r1 = 0.2.0-r1
            0.2.0-r1 < 3.1_p16
            3.1_p16 < 3.1_p17
            3.1_p17 > 1.06-r6
            1.06-r6 < 006
            006 > 1.0.0
            1.2.2-r1 > 1.2.2
            2.16.1-r3 = 2.16.1-r3
            1.0.3-r6 < 1.0.4
            2.59 < 20050718-r1
            20050718-r1 < 20050718-r2
            3.9.8-r5 > 2.01.01_alpha10
            2.01.01_alpha10 > 0.94
            1.0 > 0.99.3.20040818
            1.39 > 1.00_beta2
            1.00_beta2 > 0.9.2
            7.15.1-r1 > 1.02
            1.02 < 1.03-r1
            1.12.12-r2 < 2.8.0.6-r1
            0.5.2.7 < 4.2.52_p2-r1
            4.2.52_p2-r1 < 4.2.52_p4-r2
            4.2.52_p4-r2 > 1.02.07
            1.02.07 < 1.02.10-r1
            9 > 2.18.3-r10
            2.18.3-r10 > 1.05-r18
            1.05-r18 < 1.05-r19
            2.38 < 20050405
            1.0.0 < 10-r1
            10-r1 > 4
            2.4.2 < 20060720
            20060720 > 3.0.20060720
            1.1 = 1.1
            1.4.4-r1 < 2.1.9.200602141850
            2.5.1-r8 < 2.5.1a-r1
            1.3.5-r10 > 1.3.5-r8
            20040401 > 2.0.0_rc3-r1
            2.0.0_rc3-r1 > 1.5
            0.99.163 < 2.6.15.20060110
            3.0.0-r2 < 021109-r3
            021109-r3 < 20060512
            0.9.16-r1 < 3.9_pre20060124
            3.9_pre20060124 > 0.01
            1.1.7 < 6b-r7
            6b-r7 > 1.12-r7
            0.10.0-r1 > 0.10.0
            0.10.0 < 0.10.1_rc1
            0.10.1_rc1 > 0.9.11
            1.10-r9 < 2.0.2
            2.0.2 > 1.1a
            1.1a < 1.3a
            1.0-r1 > 0.15.1b
            0.15.1b-r2 > 0.15.1b
            22.7-r1 < 22.7.3-r1
            22.7.3-r1 > 22.7
            22.7 > 2.1_pre20
            2.1_pre20 < 2.1_pre26
            2.10.1 > 02.08.01b
            02.08.01b < 4.77
            8.1.2.20040524-r1 < 8.1.2.20050715-r1
            8.1.2.20050715-r1 < 20030215
            3.81 > 1.6d
            1.6d > 1.2.07.8
            1.2.07.8 < 1.2.12.04
            1.2.12.04 < 1.2.12.05
            1.07-r1 < 1.07.5
            1.07.5 > 1.07
            20061003 > 0.1_pre20060810
            0.1_pre20060810 < 0.1_pre20060817
            3.3.17 > 0.59s-r11
            0.59s-r11 < 0.65
            4.20 > 0.20070118
            0.20070118 < 0.20070207_rc1
            0.20070207_rc1 < 1.0
            2.3.30-r2 < 3.7_p1
            4.3_p2-r1 < 4.3_p2-r5
            4.4_p1-r6 < 4.5_p1-r1
            4.5_p1-r1 > 4.5_p1
            4.5_p1 > 0.9.8c-r1
            0.9.8c-r1 < 0.9.8d
            2.2.3-r2 < 013
            013 < 014-r1
            0.1.23 < 5b-r9
            3.2.7 > 0.3.1_rc8
            0.3.1_rc8 < 22.2
            5.7-r3 > 5.1_p4
            1.7 < 1.7b
            1.7b < 1.8.4-r3
            1.8.5 < 1.8.5_p2
            3.0.24 = 3.0.24
            0.98 < 1.00
            1.4.9-r2 < 2.9.11_pre20051101-r2
            2.9.11_pre20051101-r3 > 2.9.11_pre20051101
            2.9.11_pre20051101 < 2.9.11_pre20061021-r1
            1.3.2-r3 < 1.6.8_p12-r1
            1.6.8_p12-r1 > 1.6.8_p9-r2
            0.40-r1 < 2.25b-r5
            1.0.5 < 1.4_p12-r2
            0.9.28-r2 < 0.9.28.1
            0.9.28.1 < 087-r1
            087-r1 < 103
            104-r11 > 104-r9
            5.52-r1 > 1.2.5_rc2
            20040406-r1 > 2.12r-r4
            2.12r-r4 < 2.12r-r5
            7.0.17 < 7.0.174
            1.1.1-r3 > 0.3.4_pre20061029
            0.3.4_pre20061029 < 0.4.0
            1.3-r0 < 1.3.1-r0
            1.3_pre1-r1 < 1.3.2
            1.0_p10-r0 > 1.0_p9-r0
            0.1.0_alpha_pre2 < 0.1.0_alpha
            1.0.0_pre20191002222144-r0 < 1.0.0_pre20210530193627-r0
            6.0_pre1 < 6.0
            6.1_pre1 < 6.1
            6.0_p1 > 6.0
            6.1_p1 > 6.1
            """;

    /**
     * Secdb fix versions that current apk-tools rejects too, so no installed package can carry
     * them: a '.' with no number after it ("1.18.-r2", "2.15.r-r1", "0.8.21.r2"), a Debian-style
     * "-N" revision ("2.7.16-33"), and a number straight after the letter ("6.6.2p1-r0", which
     * older apk-tools releases still read). Matching these needs the secdb row fixed upstream.
     */
    private static final Set<String> SECDB_TYPOS = Set.of(
            "0.12.5.-r0", "0.8.21.r2", "1.0.4.-r0", "1.11-20-r0", "1.18.-r2", "1.7.5.-r1",
            "10.2.22.r0", "10.2.24.r0", "10.2.26.r0", "2.15.r-r1", "2.7.16-33", "4.10-1-r1",
            "4.8.0.-r1", "57-1-r2", "6.6.2p1-r0");

    static Stream<String> versionDataRows() {
        return APK_TOOLS_VERSION_DATA.lines();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versionDataRows")
    void ordersLikeApkToolsVersionData(String row) throws InvalidVersionException {
        String[] parts = row.split(" ");
        int expected = switch (parts[1]) {
            case "<" -> -1;
            case ">" -> 1;
            default -> 0;
        };

        assertThat(Integer.signum(scheme.compare(parts[0], parts[2]))).isEqualTo(expected);
        assertThat(Integer.signum(scheme.compare(parts[2], parts[0]))).isEqualTo(-expected);
    }

    /**
     * Commit-hash rows derived from apk-tools src/version.c: a "~hash" sorts after the bare
     * version and after its revisions (it is an earlier token kind than "-r"), and two hashes
     * compare as text.
     */
    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "1.0, 1.0~abc123", "1.0-r9, 1.0~abc123", "1.0~abc123, 1.0~abc124", "1.0~abc, 1.0~abc0",
        "1.0~abc123, 1.0~abc123-r1", "1.0_rc1~ffff, 1.0", "1.0~ffff, 1.0.1", "1.0_git1~aa, 1.0_git2"
    })
    void ordersCommitHashes(String lower, String higher) throws InvalidVersionException {
        assertThat(scheme.compare(lower, higher)).isNegative();
        assertThat(scheme.compare(higher, lower)).isPositive();
    }

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource({"01.2, 1.2", "1.0_p01, 1.0_p1", "1.0-r01, 1.0-r1", "1.0~abc, 1.0~abc"})
    void treatsNumericallyEqualFieldsAsEqual(String left, String right)
            throws InvalidVersionException {
        ApkVersion a = scheme.parse(left);
        ApkVersion b = scheme.parse(right);

        assertThat(a.compareTo(b)).isZero();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void keepsLeadingZerosInLaterFieldsSignificant() throws InvalidVersionException {
        assertThat(scheme.parse("1.0")).isNotEqualTo(scheme.parse("1.00"));
        assertThat(scheme.compare("1.02", "1.1")).isNegative();
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {
        "1.0bc", "23_foo", "", "v1.0", "1.0.", "1..0", ".1", "1.0-1", "1.0-r", "1.0-r1-r2",
        "1.0_", "1.0_foo", "1.0_none", "1.0~", "1.0~xyz", "1.0~ab~cd", "1.0A", "1.0a1",
        "1.0a.1", " 1.0", "1.0 ", "1.0-r1_p1", "1.0-r1~ab"
    })
    void rejectsWhatApkToolsRejects(String text) {
        assertThatThrownBy(() -> scheme.parse(text))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("invalid apk version");
    }

    @Test
    void explainsAnUnknownSuffix() {
        assertThatThrownBy(() -> scheme.parse("23_foo"))
                .hasMessageContaining("unknown suffix '_foo'");
    }

    @Test
    void readsEveryValidFixVersionInTheAlpineSecdb() {
        Set<String> corpus = CorpusVersions.fromAlpineSecdb();

        List<String> unreadable = new ArrayList<>();
        for (String version : corpus) {
            try {
                scheme.parse(version);
            } catch (InvalidVersionException e) {
                unreadable.add(version);
            }
        }

        assertThat(corpus).hasSizeGreaterThan(1_000);
        assertThat(unreadable).containsExactlyInAnyOrderElementsOf(SECDB_TYPOS);
    }
}
