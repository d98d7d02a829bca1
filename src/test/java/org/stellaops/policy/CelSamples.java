// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.stellaops.severity.SeverityLevel;

/**
 * Findings and scans for the differential tests: a seeded random mix over values that sit on
 * the edges of the expressions in {@link CelCorpus} (no score, no vector, no fix, no
 * publication, a publication after the reference time, no layers, empty VEX fields, a name
 * outside the BMP), so the
 * same inputs come back on every run.
 */
final class CelSamples {

    private static final String[] IDS = {"CVE-2019-10001", "GHSA-2222-aaaa-bbbb", "ALSA-2024:1",
        "CVE-2020-28500", "CVE-2018-0001", "", "GHSA-xxxx-xxxx-xxxx"};
    private static final String[] ALIASES = {"CVE-2019-9999", "CVE-2020-28500", "GHSA-aaaa",
        "OSV-1"};
    private static final String[][] PACKAGES = {{"pkg:npm/lodash@4.17.20", "lodash", "npm"},
        {"pkg:maven/org.apache.logging.log4j/log4j-core@2.14.0", "log4j-core", "maven"},
        {"pkg:pypi/cryptography@3.2", "cryptography", "pypi"},
        {"pkg:golang/github.com/x-net@v1.2.0", "x-net", "golang"},
        {"pkg:deb/debian/openssl@1.1.1?distro=almalinux-9", "openssl", "deb"},
        {"pkg:npm/smile-%F0%9F%98%80@1.0.0", "smile-\uD83D\uDE00", "npm"}, {"", "", ""}};
    private static final Double[] SCORES = {null, 0.0, 5.0, 7.0, 7.5, 8.0, 9.5, 9.8, 10.0};
    private static final String[] VECTORS = {null, "", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H",
        "CVSS:3.1/AV:L/AC:L/PR:L/UI:R/S:U/C:L"};
    private static final String[] PUBLISHED = {null, "2026-01-01T00:00:00Z",
        "2026-05-20T00:00:00Z", "2026-06-01T00:00:00Z", "2026-07-01T00:00:00Z",
        "2019-03-01T12:30:00.5Z", "not a time"};
    private static final String[][] VEX = {{"affected", null, null},
        {"not_affected", "component_not_present", "Example Shop PSIRT"},
        {"fixed", null, "Example Shop Build"}, {"under_investigation", null, "Scanner Bot"},
        {"not_affected", "inline_mitigations_already_exist", ""}};

    private CelSamples() {
    }

    static List<FindingFacts> findings(int count) {
        Random random = new Random(20261204);
        List<FindingFacts> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] pkg = pick(random, PACKAGES);
            String[] vex = pick(random, VEX);
            String id = pick(random, IDS);
            List<String> aliases = new ArrayList<>();
            for (int a = random.nextInt(4); a > 0; a--) {
                aliases.add(pick(random, ALIASES));
            }
            List<String> fixed = switch (random.nextInt(3)) {
                case 0 -> List.of();
                case 1 -> List.of("4.17.21");
                default -> List.of("1.0.1", "4.0");
            };
            List<String> layers = random.nextInt(4) == 0 ? List.of()
                    : List.of(random.nextBoolean() ? "sha256:0b1f" : "sha256:layer1");
            SeverityLevel severity = random.nextInt(8) == 0 ? null
                    : pick(random, SeverityLevel.values());
            String version = pkg[0].isEmpty() ? null : pkg[0].substring(pkg[0].indexOf('@') + 1);
            out.add(new FindingFacts(id + " " + pkg[0], id, aliases, pkg[0], pkg[1], pkg[2],
                    version, layers, severity, pick(random, SCORES), pick(random, VECTORS),
                    fixed, pick(random, PUBLISHED), vex[0], vex[1], vex[2]));
        }
        return out;
    }

    /** With a reference time, without a usable one, and with every text empty. */
    static List<ScanFacts> scans() {
        return List.of(TestFindings.SCAN, TestFindings.scanAt(null),
                new ScanFacts("2026-06-01T00:00:00Z", null, null, null, null, null));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
