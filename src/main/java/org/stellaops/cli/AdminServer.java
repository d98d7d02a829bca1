// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.net.URI;
import java.util.Map;
import picocli.CommandLine.Option;

/** The server an admin command talks to and the admin token it shows (scope {@code admin}). */
final class AdminServer {

    @Option(names = "--server", paramLabel = "URL", description = "The Stella Ops server "
            + "(default: $STELLA_SERVER).")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", description = "An access token with the "
            + "admin scope (default: $STELLA_JWT).")
    String token;

    ServerClient client() throws java.io.IOException, UsageException {
        return client(System.getenv());
    }

    ServerClient client(Map<String, String> env)
            throws java.io.IOException, UsageException {
        ServerOptions options = new ServerOptions();
        options.server = server;
        options.token = token;
        URI base = options.baseUrl(env);
        if (base == null) {
            throw new UsageException("admin commands need a server: --server URL or "
                    + ServerOptions.ENV_SERVER);
        }
        return new ServerClient(base, ClientKey.resolve(), options.token(env));
    }
}
