// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

/**
 * The options of {@code stella serve}. Each becomes the configuration key it stands for, so
 * the option wins over the environment and application.properties, as on every command.
 * Parsed by hand (four options) rather than with picocli, which would add a second command
 * model to the server's start-up.
 */
record ServeOptions(String port, String host, String db, boolean help) {

    static final String USAGE = String.join("\n",
            "Usage: stella serve [--port PORT] [--host HOST] [--db DIR]",
            "Start the scan server.",
            "  --port PORT  HTTP port (default: QUARKUS_HTTP_PORT, quarkus.http.port, 8080)",
            "  --host HOST  address to listen on (default: quarkus.http.host, 0.0.0.0)",
            "  --db DIR     advisory database (default: $STELLA_DB, stella.db.dir, "
                    + "~/.stella/db)");

    static ServeOptions parse(String[] args) {
        String port = null;
        String host = null;
        String db = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (name.equals("-h") || name.equals("--help")) {
                help = true;
                continue;
            }
            String value;
            if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            switch (name) {
                case "--port" -> port = value;
                case "--host" -> host = value;
                case "--db" -> db = value;
                default -> throw new IllegalArgumentException("unknown option '" + arg
                        + "'\n" + USAGE);
            }
        }
        if (port != null && !port.matches("\\d{1,5}")) {
            throw new IllegalArgumentException("--port must be a number, not '" + port + "'");
        }
        return new ServeOptions(port, host, db, help);
    }

    /** Sets the configuration keys the options stand for. */
    void apply() {
        if (port != null) {
            System.setProperty("quarkus.http.port", port);
        }
        if (host != null) {
            System.setProperty("quarkus.http.host", host);
        }
        if (db != null) {
            System.setProperty("stella.db.dir", db);
        } else if (System.getenv("STELLA_DB") != null && System.getProperty("stella.db.dir")
                == null) {
            System.setProperty("stella.db.dir", System.getenv("STELLA_DB"));
        }
    }
}
