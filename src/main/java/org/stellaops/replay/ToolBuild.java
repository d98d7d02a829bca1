// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.replay;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import org.stellaops.sbom.StellaTool;

/**
 * The build that runs: its version from the jar manifest, and as its build id the sha256 of the
 * jar itself, which tells two builds of one version apart without a build server's number.
 * Run from a class folder (tests, an IDE) the build is {@code classes}.
 */
public final class ToolBuild {

    private static volatile ReplayManifest.Tool current;

    private ToolBuild() {
    }

    public static ReplayManifest.Tool current() {
        ReplayManifest.Tool tool = current;
        if (tool == null) {
            tool = new ReplayManifest.Tool(StellaTool.NAME, StellaTool.version(), build());
            current = tool;
        }
        return tool;
    }

    private static String build() {
        try {
            CodeSource source = ToolBuild.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "classes";
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? InputStore.digestOf(location) : "classes";
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return "unknown";
        }
    }
}
