// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the command line in-process and captures what it prints. Picocli binds its writers to
 * System.out and System.err when a command first asks for them, so swapping the streams around
 * {@link StellaMain#run} captures both.
 */
final class Stella {

    /** Exit code and the two output streams of one run. */
    record Result(int exit, String out, String err) {
    }

    private Stella() {
    }

    static Result run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = StellaMain.run(args);
            System.out.flush();
            System.err.flush();
            return new Result(exit, out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    /** The digest {@code db import} printed on its first line. */
    static String importedDigest(Result result) {
        return result.out().lines().filter(l -> l.startsWith("snapshot "))
                .map(l -> l.substring("snapshot ".length()).strip()).findFirst().orElseThrow();
    }
}
