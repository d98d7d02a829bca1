// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged command line ({@code target/stella.jar} with {@code target/lib}, the classpath
 * the {@code stella} launcher uses) run as its own process, so what it prints is exactly
 * what a user's {@code stella ...} prints.
 */
final class StellaCli {

    /** Exit code, standard output as bytes, standard error as text. */
    record Result(int exit, byte[] out, String err) {
    }

    private StellaCli() {
    }

    /** Runs {@code stella ARGS}, reading standard input from {@code stdin}, or from nothing. */
    static Result run(Path stdin, String... args) {
        return run(new Launch(List.of(), List.of(), Map.of()), stdin, args);
    }

    /**
     * How the process is started beyond the default.
     *
     * @param prefix a command the JVM runs under (for example {@code faketime DATE})
     * @param jvmOptions added after the launcher's own
     * @param environment added to this process's environment
     */
    record Launch(List<String> prefix, List<String> jvmOptions, Map<String, String> environment) {
    }

    /** Runs {@code stella ARGS} as {@code launch} says. */
    static Result run(Launch launch, Path stdin, String... args) {
        Path target = ItPaths.target();
        List<String> command = new ArrayList<>(launch.prefix());
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-cp",
                target.resolve("stella.jar") + File.pathSeparator + target.resolve("lib") + "/*",
                "org.stellaops.cli.StellaMain"));
        command.addAll(List.of(args));
        try {
            Path err = Files.createTempFile(ItPaths.work(), "cli-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
            builder.environment().putAll(launch.environment());
            if (stdin != null) {
                builder.redirectInput(stdin.toFile());
            }
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("stella " + String.join(" ", args) + " hung");
            }
            String errText = Files.readString(err);
            Files.delete(err);
            return new Result(process.exitValue(), out, errText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Imports advisories into a database as {@code stella db import} does; the new digest. */
    static String importInto(Path db, Path... inputs) {
        List<String> args = new ArrayList<>(List.of("db", "import", "--db", db.toString()));
        for (Path input : inputs) {
            args.add(input.toString());
        }
        Result result = run(null, args.toArray(String[]::new));
        if (result.exit() != 0) {
            throw new AssertionError("db import exited " + result.exit() + ": " + result.err());
        }
        return ItPaths.currentDigest(db);
    }
}
