// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.FileOwnership;
import org.stellaops.inventory.InstalledPackage;

/**
 * The three rpm database formats on the corpus files (MANIFEST.md): go-rpmdb's CBL-Mariner 2.0
 * rpmdb.sqlite and SLE 15 BCI Packages.db, syft's and go-rpmdb's Berkeley DB Packages. Expected
 * values come from rpm 4.18 itself ({@code rpm -qa --dbpath ...}, sqlite and bdb_ro backends)
 * and, for NDB which Debian's rpm cannot read, from the expected list of fossa-cli's NDB parser
 * test (test/Ndb/NdbSpec.hs, adapted there from go-rpmdb's test cases).
 */
class RpmDatabaseDetectorTest {

    private final RpmDatabaseDetector detector = new RpmDatabaseDetector();

    @Test
    void sqliteDatabaseMatchesRpmQueryOfEveryPackage() throws IOException {
        Detection detection = OsCorpus.detect(detector,
                "rpm-sqlite/cbl-mariner-2.0/rpmdb.sqlite", "var/lib/rpm/rpmdb.sqlite");

        List<String> expected = rpmQueryLines("cbl-mariner-2.0.rpm-qa.txt");
        assertThat(expected).hasSize(129);
        assertThat(detection.warnings()).isEmpty();
        assertThat(detection.packages()).extracting(RpmDatabaseDetectorTest::asRpmQueryLine)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void sqlitePackagesCarryPurlFieldsAndFileLists() throws IOException {
        Detection detection = OsCorpus.detect(detector,
                "rpm-sqlite/cbl-mariner-2.0/rpmdb.sqlite", "usr/lib/sysimage/rpm/rpmdb.sqlite");

        InstalledPackage tools = find(detection, "ca-certificates-tools");
        assertThat(tools.purl()).isEqualTo(
                "pkg:rpm/rpm/ca-certificates-tools@2.0.0-1.cm2?arch=noarch&epoch=1");
        assertThat(tools.sourceName()).isEqualTo("ca-certificates");
        assertThat(tools.sourceVersion()).isEqualTo("2.0.0-1.cm2");
        assertThat(tools.path()).isEqualTo("usr/lib/sysimage/rpm/rpmdb.sqlite");
        assertThat(tools.detector()).isEqualTo("rpm");

        // go-rpmdb testdata/cbl-mariner-2.0/curl.json and rpm -ql curl agree on these six
        assertThat(detection.ownership()).filteredOn(o -> o.packageName().equals("curl"))
                .containsExactly(new FileOwnership("rpm", "curl", List.of("usr/bin/curl",
                        "usr/bin/curl-config", "usr/share/licenses/curl",
                        "usr/share/licenses/curl/COPYING", "usr/share/man/man1/curl-config.1.gz",
                        "usr/share/man/man1/curl.1.gz")));
        assertThat(find(detection, "curl").licenses()).containsExactly("MIT");
    }

    @Test
    void ndbDatabaseListsTheSle15Packages() throws IOException {
        Detection detection = OsCorpus.detect(detector, "rpm-ndb/sle15-bci/Packages.db",
                "usr/lib/sysimage/rpm/Packages.db");

        assertThat(detection.warnings()).isEmpty();
        assertThat(detection.packages()).hasSize(35);
        assertThat(detection.packages().get(0).purl())
                .isEqualTo("pkg:rpm/rpm/system-user-root@20190513-3.3.1?arch=noarch");
        assertThat(detection.packages()).extracting(InstalledPackage::name,
                InstalledPackage::version, p -> p.qualifiers().get("arch")).contains(
                        tuple("glibc", "2.31-9.3.2", "x86_64"),
                        tuple("libstdc++6", "11.2.1+git610-1.3.9",
                                "x86_64"),
                        tuple("rpm-config-SUSE", "1-5.6.1",
                                "noarch"),
                        tuple("rpm-ndb", "4.14.3-40.1", "x86_64"));
        assertThat(find(detection, "libstdc++6").purl())
                .isEqualTo("pkg:rpm/rpm/libstdc%2B%2B6@11.2.1%2Bgit610-1.3.9?arch=x86_64");
        assertThat(detection.ownership()).hasSize(35);
    }

    @Test
    void berkeleyDbDatabasesMatchRpmQuery() throws IOException {
        // rpm -qa --define '_db_backend bdb_ro': dive|(none)|0.9.2-1|x86_64|dive-0.9.2-1.src.rpm|MIT
        Detection dive = OsCorpus.detect(detector, "rpm-bdb/syft/Packages", "var/lib/rpm/Packages");
        assertThat(dive.warnings()).isEmpty();
        assertThat(dive.packages()).extracting(RpmDatabaseDetectorTest::asRpmQueryLine)
                .containsExactly("dive|(none)|0.9.2-1|x86_64|dive-0.9.2-1.src.rpm|MIT");
        assertThat(dive.ownership()).containsExactly(
                new FileOwnership("rpm", "dive", List.of("usr/local/bin/dive")));

        // libuuid|(none)|2.32.1-42.el8_8|x86_64|util-linux-2.32.1-42.el8_8.src.rpm|BSD
        Detection uuid = OsCorpus.detect(detector, "rpm-bdb/go-rpmdb-libuuid/Packages",
                "var/lib/rpm/Packages");
        assertThat(uuid.packages()).extracting(RpmDatabaseDetectorTest::asRpmQueryLine)
                .containsExactly("libuuid|(none)|2.32.1-42.el8_8|x86_64|"
                        + "util-linux-2.32.1-42.el8_8.src.rpm|BSD");
        assertThat(uuid.packages().get(0).sourceName()).isEqualTo("util-linux");
        assertThat(uuid.ownership().get(0).paths()).contains("usr/lib64/libuuid.so.1.3.0");
    }

    @Test
    void wantsTheDatabaseFilesOnly() {
        assertThat(detector.wants(entry("var/lib/rpm/Packages"))).isTrue();
        assertThat(detector.wants(entry("var/lib/rpm/Packages.db"))).isTrue();
        assertThat(detector.wants(entry("usr/lib/sysimage/rpm/Packages"))).isTrue();
        assertThat(detector.wants(entry("usr/lib/sysimage/rpm/rpmdb.sqlite"))).isTrue();
        assertThat(detector.wants(entry("var/lib/rpm/rpmdb.sqlite-shm"))).isFalse();
        assertThat(detector.wants(entry("var/lib/rpm/Name"))).isFalse();
    }

    @Test
    void sourceRpmSplitsFromTheRight() {
        assertThat(RpmPackages.parseSourceRpm("util-linux-2.32.1-42.el8_8.src.rpm"))
                .containsExactly("util-linux", "2.32.1-42.el8_8");
        assertThat(RpmPackages.parseSourceRpm("skelcd-bci-2021.05.14-150300.4.8.1.src.rpm"))
                .containsExactly("skelcd-bci", "2021.05.14-150300.4.8.1");
        assertThat(RpmPackages.parseSourceRpm("kernel-5.14-1.nosrc.rpm"))
                .containsExactly("kernel", "5.14-1");
        assertThat(RpmPackages.parseSourceRpm("nodashes.src.rpm")).isNull();
        assertThat(RpmPackages.parseSourceRpm("-1-2.src.rpm")).isNull();
        assertThat(RpmPackages.parseSourceRpm(null)).isNull();
    }

    /** The package in the format of the rpm query the expectations were made with. */
    static String asRpmQueryLine(InstalledPackage p) {
        String source = p.sourceName() == null ? "(none)"
                : p.sourceName() + "-" + p.sourceVersion() + ".src.rpm";
        return String.join("|", p.name(), p.qualifiers().getOrDefault("epoch", "(none)"),
                p.version(), p.qualifiers().getOrDefault("arch", "(none)"), source,
                p.licenses().isEmpty() ? "(none)" : p.licenses().get(0));
    }

    private static List<String> rpmQueryLines(String resource) throws IOException {
        try (InputStream in = RpmDatabaseDetectorTest.class
                .getResourceAsStream("/inventory/os/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).toList();
        }
    }

    private static InstalledPackage find(Detection detection, String name) {
        return detection.packages().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no package " + name));
    }

    private static FileEntry entry(String path) {
        return new FileEntry(path, 1, 0644);
    }
}
