// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Configuration for the command line, which does not boot Quarkus and so reads
 * {@code application.properties} itself. Precedence, highest first: the command-line option,
 * the environment variable, a {@code -D} system property, {@code application.properties},
 * the built-in default. docs/configuration.md lists every key.
 */
final class StellaConfig {

    static final String DB_DIR = "stella.db.dir";
    static final String DB_KEEP = "stella.db.keep";
    static final String ENV_DB = "STELLA_DB";
    static final String ENV_DB_KEEP = "STELLA_DB_KEEP";
    static final String CACHE_DIR = "stella.cache.dir";
    static final String ENV_CACHE = "STELLA_CACHE";
    static final int DEFAULT_KEEP = 5;

    private final Properties properties = new Properties();
    private final Map<String, String> env;

    StellaConfig(Map<String, String> env) {
        this.env = env;
        try (InputStream in = StellaConfig.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StellaConfig fromEnvironment() {
        return new StellaConfig(System.getenv());
    }

    /** {@code --db}, else STELLA_DB, else stella.db.dir, else ~/.stella/db. */
    Path dbDir(Path option) {
        if (option != null) {
            return option;
        }
        String value = firstOf(env.get(ENV_DB), property(DB_DIR));
        return value != null
                ? Path.of(value)
                : Path.of(System.getProperty("user.home"), ".stella", "db");
    }

    /** {@code --cache-dir}, else STELLA_CACHE, else stella.cache.dir, else ~/.stella/cache. */
    Path cacheDir(Path option) {
        if (option != null) {
            return option;
        }
        String value = firstOf(env.get(ENV_CACHE), property(CACHE_DIR));
        return value != null
                ? Path.of(value)
                : Path.of(System.getProperty("user.home"), ".stella", "cache");
    }

    /** {@code --keep}, else STELLA_DB_KEEP, else stella.db.keep, else 5. */
    int keep(Integer option) throws UsageException {
        if (option != null) {
            return option;
        }
        String value = firstOf(env.get(ENV_DB_KEEP), property(DB_KEEP));
        if (value == null) {
            return DEFAULT_KEEP;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("snapshots to keep must be a number, not '" + value + "'");
        }
    }

    /**
     * A key with no option of its own: its environment variable (the key upper-cased, dots and
     * dashes as underscores, e.g. STELLA_IMAGE_MAX_LAYER_BYTES), else the property.
     */
    String value(String key) {
        String envName = key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
        return firstOf(env.get(envName), property(key));
    }

    private String property(String key) {
        return firstOf(System.getProperty(key), properties.getProperty(key));
    }

    private static String firstOf(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}
