// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import java.util.List;
import org.stellaops.inventory.PackageDetector;

/** The detectors of lockfiles and build manifests, in images and source trees. */
public final class LockfileDetectors {

    private static final List<PackageDetector> ALL = List.of(
            new NpmPackageLockDetector(),
            new YarnLockDetector(),
            new PnpmLockDetector(),
            new PoetryLockDetector(),
            new UvLockDetector(),
            new PdmLockDetector(),
            new PipfileLockDetector(),
            new RequirementsTxtDetector(),
            new GoModDetector(),
            new CargoLockDetector(),
            new GemfileLockDetector(),
            new ComposerLockDetector(),
            new NugetLockDetector(),
            new NugetPackagesConfigDetector(),
            new GradleLockfileDetector(),
            new MavenPomDetector(),
            new MixLockDetector(),
            new PubspecLockDetector(),
            new SwiftPackageResolvedDetector(),
            new ConanLockDetector());

    private LockfileDetectors() {
    }

    /** Every lockfile detector, in a fixed order; each is stateless, so one instance serves. */
    public static List<PackageDetector> all() {
        return ALL;
    }
}
