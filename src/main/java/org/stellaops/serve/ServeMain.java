// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.util.Arrays;

/**
 * Entry point of the packaged server ({@code target/quarkus-app/quarkus-run.jar}), which the
 * {@code stella} launcher runs for {@code stella serve}. Options are turned into configuration
 * before Quarkus boots, since the HTTP port and the Redis hosts are read at start-up; when no
 * Redis is configured, the embedded one is started first.
 */
@QuarkusMain
public final class ServeMain {

    private ServeMain() {
    }

    public static void main(String... args) {
        ServeOptions options;
        try {
            options = ServeOptions.parse(stripCommand(args));
        } catch (IllegalArgumentException e) {
            System.err.println("stella serve: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(ServeOptions.USAGE);
            return;
        }
        options.apply();
        EmbeddedRedis embedded = null;
        if (!EmbeddedRedis.configured()) {
            try {
                embedded = EmbeddedRedis.start(System.getProperty("stella.redis.embedded"
                        + ".maxmemory", "512mb"));
            } catch (IOException | RuntimeException e) {
                System.err.println("stella serve: cannot start the embedded Redis: "
                        + e.getMessage() + " (or set quarkus.redis.hosts)");
                System.exit(2);
                return;
            }
            System.setProperty(EmbeddedRedis.HOSTS, embedded.url());
        }
        EmbeddedRedis started = embedded;
        try {
            Quarkus.run(Server.class, (code, failure) -> {
                if (failure != null) {
                    failure.printStackTrace();
                }
                if (started != null) {
                    started.stop();
                }
                System.exit(code != 0 ? code : failure != null ? 2 : 0);
            });
        } finally {
            if (started != null) {
                started.stop();
            }
        }
    }

    private static String[] stripCommand(String[] args) {
        return args.length > 0 && args[0].equals("serve")
                ? Arrays.copyOfRange(args, 1, args.length) : args;
    }

    /** The running server: everything is started by CDI; this waits for a shutdown signal. */
    public static final class Server implements QuarkusApplication {

        @Override
        public int run(String... args) {
            Quarkus.waitForExit();
            return 0;
        }
    }
}
