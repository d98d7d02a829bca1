// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Command-line tools tests build fixtures with (skopeo, umoci, docker-registry, htpasswd,
 * zstd). A missing tool is installed with apt-get, as root or through {@code sudo -n}; when
 * that is impossible the test fails with the command to run, never skips silently.
 */
public final class DebianTools {

    private DebianTools() {
    }

    /** Returns the path of {@code binary}, installing {@code debianPackage} if needed. */
    public static synchronized Path require(String binary, String debianPackage) {
        Path found = locate(binary);
        if (found != null) {
            return found;
        }
        List<String> install = List.of("apt-get", "install", "-y", "--no-install-recommends",
                debianPackage);
        if (run(install) != 0) {
            // A fresh machine may have no package lists yet.
            run(List.of("apt-get", "update"));
            run(install);
        }
        found = locate(binary);
        if (found == null) {
            throw new IllegalStateException(binary + " is required by this test and could not be"
                    + " installed; run: sudo apt-get install -y --no-install-recommends "
                    + debianPackage);
        }
        return found;
    }

    /**
     * Returns {@code file} (a library or module a package ships, not a command), installing
     * {@code debianPackage} if the file is missing; fails with the command to run otherwise.
     */
    public static synchronized Path requireFile(Path file, String debianPackage) {
        if (Files.isRegularFile(file)) {
            return file;
        }
        List<String> install = List.of("apt-get", "install", "-y", "--no-install-recommends",
                debianPackage);
        if (run(install) != 0) {
            run(List.of("apt-get", "update"));
            run(install);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is required by this test and could not be"
                    + " installed; run: sudo apt-get install -y --no-install-recommends "
                    + debianPackage);
        }
        return file;
    }

    /** Runs a command to completion, failing with its output when it exits non-zero. */
    public static String exec(List<String> command, Path workDir) {
        try {
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static Path locate(String binary) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir, binary);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        for (String dir : List.of("/usr/bin", "/usr/sbin", "/bin", "/sbin")) {
            Path candidate = Path.of(dir, binary);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static int run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (!"root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("sudo", "-n"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
