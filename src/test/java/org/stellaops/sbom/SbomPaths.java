// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.nio.file.Path;

/** Where tests find the shared corpus and schemas; surefire sets both properties. */
public final class SbomPaths {

    private SbomPaths() {
    }

    public static Path corpus() {
        return Path.of(System.getProperty("stella.corpus", "../shared/corpus"));
    }

    public static Path schemas() {
        return Path.of(System.getProperty("stella.schemas", "../shared/schemas"));
    }
}
