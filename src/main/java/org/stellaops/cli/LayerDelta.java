// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stellaops.image.ImageConfig;
import org.stellaops.image.ImageSource;
import org.stellaops.image.LayerBlob;
import org.stellaops.inventory.Detectors;
import org.stellaops.inventory.ImageAnalysis;
import org.stellaops.inventory.LayerInventory;
import org.stellaops.inventory.LayerInventoryJson;

/**
 * The delta form of a remote image scan: the server names the layers it has no inventory of,
 * this side analyses and verifies only those and uploads their inventories, then the scan
 * request names the image by its diff ids. Layers the server has are never opened.
 */
final class LayerDelta {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ServerClient client;
    private final Progress progress;

    LayerDelta(ServerClient client, Progress progress) {
        this.client = client;
        this.progress = progress;
    }

    /**
     * Uploads what the server lacks; returns the scan request for the image.
     *
     * @param kind how the target was read ({@code docker-archive}, {@code oci}, {@code image}),
     *     so the server's report names it as a local scan would
     */
    JsonNode prepare(String target, String kind, ImageSource source, ImageAnalysis analysis)
            throws Exception {
        List<String> diffIds = source.layers().stream().map(LayerBlob::diffId).toList();
        Set<String> missing = findMissing(diffIds);
        List<LayerBlob> blobs = blobsOf(source.layers(), missing);
        progress.say("analysing " + blobs.size() + " of " + diffIds.size() + " layers");
        List<LayerInventory> layers = analysis.analyzeLayers(source, blobs);
        for (int i = 0; i < blobs.size(); i++) {
            uploadLayer(blobs.get(i).diffId(), layers.get(i));
        }
        return scanRequest(target, kind, source.config(), diffIds);
    }

    private Set<String> findMissing(List<String> diffIds) throws ServerException {
        ObjectNode question = NODES.objectNode().put("analyzer", Detectors.ANALYZER_VERSION);
        diffIds.forEach(question.putArray("diffIds")::add);
        JsonNode answer = client.postJson("/layers/missing", MediaTypes.JSON, question)
                .path("missing");
        if (!answer.isArray()) {
            throw new ServerException("server: POST /layers/missing answered without a "
                    + "'missing' array");
        }
        Set<String> missing = new LinkedHashSet<>();
        for (JsonNode diffId : answer) {
            // never upload, or put in a URL, a name the image did not give the server
            if (!diffIds.contains(diffId.asText())) {
                throw new ServerException("server: asked for layer " + diffId
                        + ", which is not one of the image's");
            }
            missing.add(diffId.asText());
        }
        return missing;
    }

    /** The first blob of each missing diff id: an image may hold one layer twice. */
    private static List<LayerBlob> blobsOf(List<LayerBlob> layers, Set<String> missing) {
        Set<String> picked = new LinkedHashSet<>();
        List<LayerBlob> blobs = new ArrayList<>();
        for (LayerBlob blob : layers) {
            if (missing.contains(blob.diffId()) && picked.add(blob.diffId())) {
                blobs.add(blob);
            }
        }
        return blobs;
    }

    private void uploadLayer(String diffId, LayerInventory layer) throws ServerException {
        progress.say("uploading the inventory of layer " + diffId);
        client.put("/layers/" + diffId, MediaTypes.LAYER_INVENTORY,
                HttpRequest.BodyPublishers.ofString(LayerInventoryJson.write(layer)));
    }

    private static JsonNode scanRequest(String target, String kind, ImageConfig config,
            List<String> diffIds) {
        ObjectNode request = NODES.objectNode();
        diffIds.forEach(request.putArray("layers")::add);
        ObjectNode image = request.putObject("image")
                .put("name", target)
                .put("source", kind)
                .put("digest", config.manifestDigest() != null
                        ? config.manifestDigest() : config.digest());
        if (config.created() != null) {
            image.put("created", config.created());
        }
        ObjectNode properties = image.putObject("properties");
        ImageTargets.propertiesOf(config).forEach(properties::put);
        return request;
    }
}
