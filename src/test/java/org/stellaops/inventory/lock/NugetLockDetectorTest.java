// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.inventory.lock.LockfileCorpus.coordinates;
import static org.stellaops.inventory.lock.LockfileCorpus.detect;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;

/** Corpus: Trivy's NuGet lock parser test data and syft's .NET 8 app lockfile. */
class NugetLockDetectorTest {

    private final NugetLockDetector detector = new NugetLockDetector();

    @Test
    void wantsPackagesLockJsonByName() {
        assertThat(detector.wants(new FileEntry("src/App/packages.lock.json", 1, 0644)))
                .isTrue();
        assertThat(detector.wants(new FileEntry("src/App/packages.config", 1, 0644))).isFalse();
    }

    @Test
    void readsResolvedVersionsSkippingProjectReferences() throws IOException {
        Detection legacy = detect(detector,
                "nuget-packages-lock-json/trivy/packages_lock_legacy.json", "packages.lock.json");
        Detection simple = detect(detector,
                "nuget-packages-lock-json/trivy/packages_lock_simple.json", "packages.lock.json");

        // my.project is a Project reference without a resolved version
        assertThat(coordinates(legacy)).containsExactly("AWSSDK.Core@3.5.1.30",
                "Newtonsoft.Json@12.0.3");
        assertThat(coordinates(simple)).containsExactly("Newtonsoft.Json@12.0.3",
                "NuGet.Frameworks@5.7.0");
        assertThat(simple.packages().get(0).purl()).isEqualTo("pkg:nuget/Newtonsoft.Json@12.0.3");
    }

    @Test
    void listsAPackageOnceAcrossTargetFrameworks() throws IOException {
        Detection multi = detect(detector,
                "nuget-packages-lock-json/trivy/packages_lock_multi.json", "packages.lock.json");
        Detection net8 = detect(detector,
                "nuget-packages-lock-json/syft-net8-app/packages.lock.json", "packages.lock.json");

        // five target frameworks sharing most packages: 40 distinct name@resolved pairs
        assertThat(coordinates(multi)).hasSize(40).doesNotHaveDuplicates()
                .startsWith("AWSSDK.Core@3.5.1.30")
                .endsWith("System.Threading.Tasks.Extensions@4.5.2");
        // net8.0 and net8.0/win-x64 repeat the same 51 packages
        assertThat(coordinates(net8)).hasSize(51).startsWith("Humanizer@2.14.1",
                "Newtonsoft.Json@13.0.3").endsWith("Humanizer.Core.zh-Hant@2.14.1");
    }
}
