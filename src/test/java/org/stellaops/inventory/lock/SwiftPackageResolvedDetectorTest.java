// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.inventory.lock.LockfileCorpus.coordinates;
import static org.stellaops.inventory.lock.LockfileCorpus.detect;
import static org.stellaops.inventory.lock.LockfileCorpus.detectText;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.inventory.Detection;

/** Corpus: Trivy's Package.resolved v2 parser test data. */
class SwiftPackageResolvedDetectorTest {

    private final SwiftPackageResolvedDetector detector = new SwiftPackageResolvedDetector();

    @TempDir
    Path temp;

    @Test
    void readsVersionTwoPinsAndNamesBranchPins() throws IOException {
        Detection found = detect(detector,
                "swift-package-resolved/trivy/happy-v2-Package.resolved", "Package.resolved");

        assertThat(coordinates(found)).containsExactly(
                "github.com/mattgallagher/CwlCatchException@2.1.2",
                "github.com/mattgallagher/CwlPreconditionTesting@2.1.2",
                "github.com/Quick/Nimble@9.2.1", "github.com/Quick/Quick@7.2.0",
                "github.com/ReactiveCocoa/ReactiveSwift@7.1.1");
        assertThat(found.packages().get(2).purl())
                .isEqualTo("pkg:swift/github.com/Quick/Nimble@9.2.1");
        // swift-ogg is pinned to a branch
        assertThat(found.warnings()).containsExactly("Package.resolved: 1 pins without a"
                + " version skipped: https://github.com/element-hq/swift-ogg");
    }

    @Test
    void readsVersionOnePins() throws IOException {
        String resolved = """
                {"object": {"pins": [{"package": "Alamofire",
                  "repositoryURL": "git@github.com:Alamofire/Alamofire.git",
                  "state": {"branch": null, "revision": "f96b619", "version": "5.4.3"}}]},
                 "version": 1}
                """;

        assertThat(coordinates(detectText(detector, temp, resolved, "Package.resolved")))
                .containsExactly("github.com/Alamofire/Alamofire@5.4.3");
    }
}
