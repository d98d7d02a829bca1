// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.stellaops.auth.Client;
import org.stellaops.auth.ClientSecrets;
import org.stellaops.auth.Scopes;
import org.stellaops.auth.TokenIssuer;
import org.stellaops.serve.AuthSettings;
import org.stellaops.store.ClientRegistry;
import org.stellaops.store.RevokedTokenStore;

/**
 * Access administration (scope {@code admin}, checked by {@link BearerRoute}): OAuth2 clients
 * of the shared registry, added with a generated secret shown once, listed without secrets,
 * revoked; and revocation of single tokens by id. Clients of the configuration are listed but
 * cannot be changed here.
 */
@Path("/admin")
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class);

    @Inject
    ClientRegistry registry;
    @Inject
    RevokedTokenStore revoked;
    @Inject
    AuthSettings auth;

    /** Body: {"id"?, "tier"?, "scopes"?}; answers the client with its secret, once. */
    @POST
    @Path("clients")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> addClient(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("send a JSON object: {\"id\", \"tier\", "
                    + "\"scopes\": [...]}");
        }
        String id = body.hasNonNull("id") ? body.get("id").asText()
                : "client-" + TokenIssuer.randomId().substring(0, 12);
        TreeSet<String> scopes = new TreeSet<>();
        if (body.has("scopes")) {
            body.get("scopes").forEach(s -> scopes.add(s.asText()));
        } else {
            scopes.addAll(Scopes.ANONYMOUS);
        }
        String tier = body.path("tier").asText("free");
        try {
            new Client(id, "-", tier, scopes);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
        if (auth.configuredClients().containsKey(id)) {
            throw new ProblemException(409, "Conflict", "client " + id
                    + " is in the configuration");
        }
        String secret = ClientSecrets.generate();
        // PBKDF2 takes tens of milliseconds: a worker hashes, not the event loop
        return Uni.createFrom().item(() -> new Client(id, ClientSecrets.hash(secret), tier,
                scopes)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(client -> add(client, secret));
    }

    private Uni<Response> add(Client client, String secret) {
        String id = client.id();
        return registry.add(client).map(added -> {
            if (!added) {
                throw new ProblemException(409, "Conflict", "client " + id + " exists");
            }
            LOG.infof("client added (id: %s, tier: %s, scopes: %s)", id, client.tier(),
                    client.scopes());
            Map<String, Object> view = view(client, "registry");
            view.put("secret", secret);
            return Response.created(URI.create("/admin/clients/" + id))
                    .entity(ScanViews.json(view)).type(MediaType.APPLICATION_JSON).build();
        });
    }

    @GET
    @Path("clients")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> listClients() {
        return registry.list().map(stored -> {
            List<Object> views = new ArrayList<>();
            auth.configuredClients().values().forEach(c -> views.add(view(c,
                    "configuration")));
            stored.forEach(c -> views.add(view(c, "registry")));
            return Response.ok(ScanViews.json(Map.of("clients", views)),
                    MediaType.APPLICATION_JSON).build();
        });
    }

    @DELETE
    @Path("clients/{id}")
    @Produces(Problems.MEDIA_TYPE)
    public Uni<Response> revokeClient(@PathParam("id") String id) {
        if (auth.configuredClients().containsKey(id)) {
            throw new ProblemException(409, "Conflict", "client " + id + " is in the "
                    + "configuration: remove it there");
        }
        return registry.remove(id).map(removed -> {
            if (!removed) {
                throw ProblemException.notFound("no client " + id);
            }
            LOG.infof("client revoked (id: %s)", id);
            return Response.noContent().build();
        });
    }

    /** Body: {"jti", "expiresAt"?} (ISO-8601); the token stops working on every replica. */
    @POST
    @Path("tokens/revoked")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(Problems.MEDIA_TYPE)
    public Uni<Response> revokeToken(JsonNode body) {
        String jti = body == null ? null : body.path("jti").asText(null);
        if (jti == null || !jti.matches("[A-Za-z0-9._-]{1,128}")) {
            throw ProblemException.badRequest("send {\"jti\": TOKEN_ID} (the token's id)");
        }
        Instant expires = null;
        if (body.hasNonNull("expiresAt")) {
            try {
                expires = Instant.parse(body.get("expiresAt").asText())
                        .plus(auth.rules().leeway());
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest("expiresAt must be an ISO-8601 instant");
            }
        }
        LOG.infof("token revoked (jti: %s)", jti);
        return revoked.revoke(jti, expires).replaceWith(Response.noContent().build());
    }

    private static Map<String, Object> view(Client client, String source) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", client.id());
        view.put("tier", client.tier());
        view.put("scopes", List.copyOf(client.scopes()));
        view.put("source", source);
        return view;
    }
}
