// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.crypto.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs /usr/bin/openssl, the independent implementation the interoperability tests check our
 * signatures against, in a test's folder. The result keeps the exit code and the merged output,
 * so a failed verification shows openssl's own words.
 */
public final class OpenSsl {

    public static final Path BINARY = Path.of("/usr/bin/openssl");

    /** What one openssl command did. */
    public record Result(int exitCode, String output) {
    }

    private OpenSsl() {
    }

    /** {@code openssl args...} in {@code dir}. */
    public static Result run(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(BINARY.toString());
        command.addAll(List.of(args));
        return exec(dir, command);
    }

    /** Any command in {@code dir}, up to two minutes. */
    public static Result exec(Path dir, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }

    /** Runs openssl and fails with its output unless it exits 0. */
    public static String require(Path dir, String... args) {
        Result result = run(dir, args);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("openssl " + String.join(" ", args) + " failed:\n"
                    + result.output());
        }
        return result.output();
    }

    /** Writes {@code bytes} to {@code dir/name} and returns the name, for command lines. */
    public static String write(Path dir, String name, byte[] bytes) {
        try {
            Files.write(dir.resolve(name), bytes);
            return name;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of {@code dir/name}. */
    public static byte[] read(Path dir, String name) {
        try {
            return Files.readAllBytes(dir.resolve(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
