// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stellaops.serve.VerdictSources;
import org.stellaops.serve.Workers;
import org.stellaops.store.RegisteredVex;
import org.stellaops.store.VexRegistry;
import org.stellaops.vex.VexDocument;
import org.stellaops.vex.VexException;
import org.stellaops.vex.VexLoader;

/**
 * VEX documents registered on the server ({@code /vex}, also {@code /api/v1/vex}): every scan
 * of the registering client merges them. The list shows the global documents of
 * {@code stella.vex.dir} too. A document belongs to the client that registered it
 * (its {@code X-Stella-Client-Key} namespace), so a client needs a key to register one.
 *
 * <p>Known shortcoming: global documents (every client's scans see them) come only from the
 * server's configuration ({@code stella.vex.dir}) for now; registering one through this API
 * ({@code ?scope=global}) is refused until the access layer can tell an admin from a client.
 */
@Path("/vex")
public class VexResource {

    /** Largest document accepted, as for {@code --vex} files. */
    static final int MAX_BYTES = 32 << 20;

    @Inject
    VexRegistry registry;
    @Inject
    Workers workers;
    @Inject
    VerdictSources sources;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> register(byte[] body, @QueryParam("scope") String scope,
            @QueryParam("origin") String origin, HttpHeaders headers,
            RoutingContext ctx) {
        if ("global".equals(scope)) {
            throw new ProblemException(403, "Forbidden", "global VEX is an admin's: put it in "
                    + "the folder stella.vex.dir names; clients register their own");
        }
        String owner = ownerOf(headers, ctx);
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("send a VEX document (OpenVEX, CSAF 2.0 or "
                    + "CycloneDX) as the body");
        }
        if (body.length > MAX_BYTES) {
            throw new ProblemException(413, "Content Too Large", "a VEX document is at most "
                    + MAX_BYTES + " bytes");
        }
        String name = origin == null || origin.isBlank() ? "upload" : origin.strip();
        return Uni.createFrom().item(() -> parse(name, body)).runSubscriptionOn(workers.pool())
                .chain(document -> registry.register(new RegisteredVex(idOf(owner, document),
                        owner, name, document.format().label(), document.digest(),
                        document.statements().size(), Instant.now()
                                .truncatedTo(ChronoUnit.MILLIS).toString(), body)))
                .map(entry -> Response.created(URI.create("/api/v1/vex/" + entry.id()))
                        .entity(ScanViews.json(viewOf(entry)))
                        .type(MediaType.APPLICATION_JSON).build());
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> list(HttpHeaders headers, RoutingContext ctx) {
        String client = ClientKeys.namespaceOf(Callers.of(ctx), headers);
        return registry.visibleTo(client == null ? RegisteredVex.GLOBAL : client)
                .map(entries -> {
                    List<Map<String, Object>> documents = new ArrayList<>();
                    sources.configuredVex().forEach(d -> documents.add(viewOf(d)));
                    entries.forEach(entry -> documents.add(viewOf(entry)));
                    Map<String, Object> page = new LinkedHashMap<>();
                    page.put("documents", documents);
                    return Response.ok(ScanViews.json(page), MediaType.APPLICATION_JSON)
                            .build();
                });
    }

    @DELETE
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> delete(@PathParam("id") String id, HttpHeaders headers,
            RoutingContext ctx) {
        String owner = ownerOf(headers, ctx);
        if (!id.matches("[0-9a-f]{32}")) {
            throw ProblemException.badRequest("a VEX registry id is 32 hex digits");
        }
        return registry.delete(owner, id).map(deleted -> {
            if (!deleted) {
                throw ProblemException.notFound("no VEX document " + id + " of this client");
            }
            return Response.noContent().build();
        });
    }

    private static String ownerOf(HttpHeaders headers, RoutingContext ctx) {
        String owner = ClientKeys.namespaceOf(Callers.of(ctx), headers);
        if (owner == null) {
            throw ProblemException.badRequest("registered VEX belongs to a client: send "
                    + ClientKeys.HEADER);
        }
        return owner;
    }

    private static VexDocument parse(String origin, byte[] body) {
        try {
            return VexLoader.read(origin, body);
        } catch (VexException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    private static String idOf(String owner, VexDocument document) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((owner + "\n"
                    + document.digest()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** A global document of {@code stella.vex.dir}: no registry id, it is configuration. */
    private static Map<String, Object> viewOf(VexDocument document) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", null);
        view.put("scope", "global");
        view.put("origin", document.origin());
        view.put("format", document.format().label());
        view.put("digest", document.digest());
        view.put("statements", document.statements().size());
        view.put("registered", null);
        return view;
    }

    private static Map<String, Object> viewOf(RegisteredVex entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", entry.id());
        view.put("scope", RegisteredVex.GLOBAL.equals(entry.owner()) ? "global" : "client");
        view.put("origin", entry.origin());
        view.put("format", entry.format());
        view.put("digest", entry.digest());
        view.put("statements", entry.statements());
        view.put("registered", entry.registered());
        return view;
    }

}
