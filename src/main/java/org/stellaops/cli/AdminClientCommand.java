// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stella admin client add|list|revoke}: the server's registry of OAuth2 clients. */
@Command(name = "client", mixinStandardHelpOptions = true,
        description = "Add, list or revoke the OAuth2 clients of a server.")
final class AdminClientCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a client; "
            + "prints its id and generated secret, which the server does not keep: note it.")
    int add(@Mixin AdminServer server,
            @Option(names = "--id", paramLabel = "ID", description = "The client id "
                    + "(default: generated).") String id,
            @Option(names = "--tier", paramLabel = "TIER", defaultValue = "free",
                    description = "Quota tier (default: free).") String tier,
            @Option(names = "--scope", paramLabel = "SCOPE", split = ",", description = "Scopes "
                    + "it may have (default: scan:write, scan:read, policy:preview).")
            List<String> scopes) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        if (id != null) {
            body.put("id", id);
        }
        body.put("tier", tier);
        if (scopes != null) {
            scopes.forEach(body.withArray("scopes")::add);
        }
        JsonNode added = server.client().postJson("/api/v1/admin/clients", "application/json",
                body);
        PrintWriter out = spec.commandLine().getOut();
        out.println("client_id=" + added.path("id").asText());
        out.println("client_secret=" + added.path("secret").asText());
        out.flush();
        return StellaMain.EXIT_PASS;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the clients "
            + "(configured and registered), without secrets.")
    int list(@Mixin AdminServer server) throws Exception {
        ServerClient client = server.client();
        JsonNode listed = client.json(client.get("/api/v1/admin/clients"));
        PrintWriter out = spec.commandLine().getOut();
        for (JsonNode c : listed.path("clients")) {
            List<String> scopes = new java.util.ArrayList<>();
            c.path("scopes").forEach(s -> scopes.add(s.asText()));
            out.printf("%-32s %-12s %-14s %s%n", c.path("id").asText(), c.path("tier").asText(),
                    c.path("source").asText(), String.join(",", scopes));
        }
        out.flush();
        return StellaMain.EXIT_PASS;
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Remove a client:"
            + " it gets no more tokens (those it holds expire within their short lifetime).")
    int revoke(@Mixin AdminServer server,
            @Parameters(paramLabel = "ID", description = "The client id.") String id)
            throws Exception {
        server.client().delete("/api/v1/admin/clients/"
                + URLEncoder.encode(id, StandardCharsets.UTF_8));
        spec.commandLine().getOut().println("revoked client " + id);
        spec.commandLine().getOut().flush();
        return StellaMain.EXIT_PASS;
    }
}
