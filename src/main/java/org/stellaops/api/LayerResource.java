// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stellaops.inventory.Detectors;
import org.stellaops.inventory.LayerInventory;
import org.stellaops.inventory.LayerInventoryJson;
import org.stellaops.serve.ServerConfig;
import org.stellaops.serve.Workers;
import org.stellaops.store.LayerStore;
import org.stellaops.store.history.ScanHistory;

/**
 * The delta protocol: a client asks which of an image's layers the server holds no inventory
 * for, computes only those, and uploads them. Uploaded fragments are validated (they must
 * parse, name the layer they are stored under, and come from this server's analyzer) and kept
 * in the uploading client's namespace only.
 */
@Path("/layers")
public class LayerResource {

    private static final int MAX_DIFF_IDS = 1000;

    @Inject
    LayerStore layers;
    @Inject
    ServerConfig config;
    @Inject
    Workers workers;
    @Inject
    ScanHistory history;

    @POST
    @Path("missing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public Uni<Response> missing(JsonNode body, HttpHeaders headers, RoutingContext ctx) {
        String client = ClientKeys.namespaceOf(Callers.of(ctx), headers);
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("send {\"analyzer\": VERSION, \"diffIds\": [...]}");
        }
        String analyzer = body.path("analyzer").asText(Detectors.ANALYZER_VERSION);
        if (analyzer.isEmpty() || analyzer.length() > 32 || !analyzer.matches("[A-Za-z0-9._-]+")) {
            throw ProblemException.badRequest("analyzer must be a short version string");
        }
        JsonNode ids = body.path("diffIds");
        if (!ids.isArray() || ids.size() > MAX_DIFF_IDS) {
            throw ProblemException.badRequest("diffIds must be an array of at most "
                    + MAX_DIFF_IDS + " diff ids");
        }
        List<String> diffIds = new ArrayList<>();
        for (JsonNode id : ids) {
            if (!id.isTextual() || !ScanRequests.DIFF_ID.matcher(id.asText()).matches()) {
                throw ProblemException.badRequest("diffIds[" + diffIds.size() + "] is not a "
                        + "diff id (sha256: and 64 lower-case hex digits)");
            }
            diffIds.add(id.asText());
        }
        return layers.missing(client, analyzer, diffIds).map(missing -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("analyzer", analyzer);
            answer.put("serverAnalyzer", Detectors.ANALYZER_VERSION);
            answer.put("missing", missing);
            return Response.ok(ScanViews.json(answer), MediaType.APPLICATION_JSON).build();
        });
    }

    @PUT
    @Path("{diffId}")
    @Consumes(MediaType.WILDCARD)
    @Produces(Problems.MEDIA_TYPE)
    public Uni<Response> upload(@PathParam("diffId") String diffId, byte[] body,
            HttpHeaders headers, RoutingContext ctx) {
        String client = ClientKeys.namespaceOf(Callers.of(ctx), headers);
        if (client == null) {
            throw ProblemException.badRequest("uploading a layer inventory needs a "
                    + ClientKeys.HEADER + " header: fragments are kept per client");
        }
        if (!ScanRequests.DIFF_ID.matcher(diffId).matches()) {
            throw ProblemException.badRequest(diffId + " is not a diff id");
        }
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("the request has no layer inventory");
        }
        if (body.length > config.maxFragmentBytes()) {
            throw new ProblemException(413, "Content Too Large", "a layer inventory is at most "
                    + config.maxFragmentBytes() + " bytes (stella.server.max-fragment-bytes)");
        }
        return Uni.createFrom().item(() -> validated(diffId, body))
                .runSubscriptionOn(workers.pool())
                .chain(json -> layers.putClient(client, Detectors.ANALYZER_VERSION, diffId, json,
                        config.layerTtl().toMillis()))
                .call(() -> history.audit("layer.upload", diffId, client, null))
                .replaceWith(Response.noContent().build());
    }

    /** The fragment in its stored form; a problem when it cannot be trusted. */
    private static String validated(String diffId, byte[] body) {
        LayerInventory layer;
        try {
            layer = LayerInventoryJson.read(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new ProblemException(422, "Unprocessable Content", "the layer inventory "
                    + "does not read: " + e.getOriginalMessage() + location(e));
        }
        if (!diffId.equals(layer.diffId())) {
            throw new ProblemException(422, "Unprocessable Content", "the layer inventory is "
                    + "of layer " + layer.diffId() + ", not " + diffId);
        }
        if (!Detectors.ANALYZER_VERSION.equals(layer.analyzerVersion())) {
            throw new ProblemException(409, "Conflict", "the layer inventory was made by "
                    + "analyzer " + layer.analyzerVersion() + "; this server runs analyzer "
                    + Detectors.ANALYZER_VERSION);
        }
        return LayerInventoryJson.write(layer);
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr() + ")";
    }

}
