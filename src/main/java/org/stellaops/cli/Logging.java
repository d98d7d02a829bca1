// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.util.Arrays;

/**
 * Sets up slf4j-simple before the first logger exists: warnings and errors on standard error by
 * default, lifecycle messages with {@code -v}/{@code --verbose}, per-item detail with
 * {@code STELLA_LOG_LEVEL=debug}. Standard output stays clean for reports.
 */
final class Logging {

    private static boolean verbose;

    private Logging() {
    }

    static void configure(String[] args) {
        verbose = Arrays.asList(args).contains("-v") || Arrays.asList(args).contains("--verbose");
        String level = System.getenv().getOrDefault("STELLA_LOG_LEVEL", verbose ? "info" : "warn");
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", level);
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
    }

    static boolean verbose() {
        return verbose;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
