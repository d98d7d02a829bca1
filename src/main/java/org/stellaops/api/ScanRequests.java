// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.stellaops.pipeline.ScanRequest;
import org.stellaops.pipeline.Times;

/**
 * Reads {@code application/vnd.stella.scan-request+json}: an image to pull
 * ({@code {"image": "ref", "platform": "linux/amd64"}}) or the layers of a delta scan
 * ({@code {"layers": [diff ids], "image": {"name", "digest", "created", "properties"}}}).
 */
final class ScanRequests {

    static final String MEDIA_TYPE = "application/vnd.stella.scan-request+json";
    static final Pattern DIFF_ID = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final int MAX_LAYERS = 1000;

    private ScanRequests() {
    }

    static ScanRequest read(JsonNode body, String asOf, boolean insecureAllowed) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("the scan request must be a JSON object");
        }
        String time = asOf != null ? asOf : text(body, "asOf");
        String reference = time == null ? null : referenceTime(time);
        if (body.has("layers")) {
            return layers(body, reference);
        }
        String image = body.path("image").isTextual() ? body.get("image").asText() : null;
        if (image == null || image.isBlank()) {
            throw ProblemException.badRequest("the scan request names no \"image\" (a reference"
                    + " such as registry.example.com/app:1.0) and no \"layers\"");
        }
        // Known shortcoming: any registry a client names is contacted; an allowlist of
        // registries (a configured list checked here) would close that door to SSRF.
        boolean insecure = body.path("insecure").asBoolean(false);
        if (insecure && !insecureAllowed) {
            throw new ProblemException(403, "Forbidden", "plain-http registries are not allowed "
                    + "on this server (stella.server.allow-insecure-registries)");
        }
        return new ScanRequest(ScanRequest.IMAGE, null, null, image, text(body, "platform"),
                insecure, null, null, null, null, null, reference);
    }

    private static ScanRequest layers(JsonNode body, String reference) {
        JsonNode layers = body.get("layers");
        if (!layers.isArray() || layers.isEmpty() || layers.size() > MAX_LAYERS) {
            throw ProblemException.badRequest("\"layers\" must list 1 to " + MAX_LAYERS
                    + " diff ids, bottom layer first");
        }
        List<String> diffIds = new ArrayList<>();
        for (JsonNode layer : layers) {
            if (!layer.isTextual() || !DIFF_ID.matcher(layer.asText()).matches()) {
                throw ProblemException.badRequest("layers[" + diffIds.size() + "] is not a "
                        + "diff id (sha256: and 64 lower-case hex digits)");
            }
            diffIds.add(layer.asText());
        }
        JsonNode image = body.path("image");
        String name = image.isObject() ? text(image, "name") : text(body, "image");
        Map<String, String> properties = new TreeMap<>();
        image.path("properties").fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                properties.put(e.getKey(), e.getValue().asText());
            }
        });
        String source = image.isObject() ? text(image, "source") : null;
        if (source != null && !source.matches("[a-z-]{1,32}")) {
            throw ProblemException.badRequest("image.source must be how the image was read, "
                    + "such as docker-archive, oci or image");
        }
        return new ScanRequest(ScanRequest.LAYERS, null, null, name == null ? "image" : name,
                null, false, diffIds, text(image, "digest"), text(image, "created"),
                properties, source, reference);
    }

    static String referenceTime(String text) {
        try {
            return Times.canonical(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("asOf " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
