// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.PackageDetector;

class OsDetectorsTest {

    @Test
    void listsEveryOsDetectorOnceInAFixedOrder() {
        assertThat(OsDetectors.all()).extracting(PackageDetector::id)
                .containsExactly("os-release", "dpkg", "dpkg-files", "apk", "rpm");
    }

    @Test
    void eachDatabaseFileIsWantedByExactlyOneDetector() {
        for (String path : new String[] {"etc/os-release", "var/lib/dpkg/status",
            "var/lib/dpkg/status.d/base", "var/lib/dpkg/status.d/base.md5sums",
            "var/lib/dpkg/info/bash.list", "lib/apk/db/installed", "var/lib/rpm/Packages",
            "var/lib/rpm/Packages.db", "var/lib/rpm/rpmdb.sqlite"}) {
            FileEntry entry = new FileEntry(path, 100, 0644);
            assertThat(OsDetectors.all()).filteredOn(d -> d.wants(entry)).as(path).hasSize(1);
        }
        FileEntry binary = new FileEntry("usr/bin/bash", 100, 0755);
        assertThat(OsDetectors.all()).noneMatch(d -> d.wants(binary));
    }
}
