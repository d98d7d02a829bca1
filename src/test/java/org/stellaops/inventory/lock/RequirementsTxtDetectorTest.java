// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.inventory.lock.LockfileCorpus.coordinates;
import static org.stellaops.inventory.lock.LockfileCorpus.detectText;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;

/** The corpus has no requirements.txt; fixtures follow pip's documented file format. */
class RequirementsTxtDetectorTest {

    private final RequirementsTxtDetector detector = new RequirementsTxtDetector();

    @TempDir
    Path temp;

    @Test
    void wantsRequirementsFilesByName() {
        assertThat(detector.wants(new FileEntry("app/requirements.txt", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("requirements-dev.txt", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("app/constraints.txt", 1, 0644))).isFalse();
    }

    @Test
    void readsPinnedRequirementsOnly() throws IOException {
        String requirements = """
                # production pins
                -r base.txt
                --index-url https://pypi.example/simple
                Django==4.2.11  # LTS
                requests[socks,security] == 2.31.0
                pywin32==306 ; sys_platform == "win32"
                certifi==2024.2.2 \\
                    --hash=sha256:0569859f95fc761b18b45ef421b1290a0f65f147e92a1e5eb3e635f9a5e4e66f \\
                    --hash=sha256:dc383c07b76109f368f6106eee2b593b04a011ea4d55f652c6ca24a754d1cdd1
                flask>=2.0
                urllib3
                -e git+https://github.com/psf/black.git#egg=black
                numpy==1.26.*
                """;

        Detection found = detectText(detector, temp, requirements, "app/requirements.txt");

        assertThat(coordinates(found)).containsExactly("Django@4.2.11", "requests@2.31.0",
                "pywin32@306", "certifi@2024.2.2");
        // flask>=2.0, urllib3 and the numpy wildcard; options and -e lines are not requirements
        assertThat(found.warnings()).containsExactly(
                "app/requirements.txt: 3 requirements without an exact '==' pin ignored");
    }
}
