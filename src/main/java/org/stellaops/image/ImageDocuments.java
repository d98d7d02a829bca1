// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Parses the JSON documents of an image: indexes, manifests and configs. */
final class ImageDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImageDocuments() {
    }

    static JsonNode parse(byte[] bytes, String where) throws ImageException {
        JsonNode node = parseAny(bytes, where);
        if (!node.isObject()) {
            throw new ImageException(where + " is not a JSON object");
        }
        return node;
    }

    static JsonNode parseAny(byte[] bytes, String where) throws ImageException {
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null) {
                throw new ImageException(where + " is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ImageException(where + " is not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr(), e);
        } catch (java.io.IOException e) {
            throw new ImageException(where + " cannot be parsed: " + e.getMessage(), e);
        }
    }

    /** An index or manifest list: the field {@code manifests}, whatever the media type says. */
    static boolean isIndex(JsonNode document) {
        return document.has("manifests");
    }

    static List<Descriptor> manifests(JsonNode index, String where) throws ImageException {
        return descriptors(index.path("manifests"), where + " manifests");
    }

    static Descriptor config(JsonNode manifest, String where) throws ImageException {
        if (manifest.path("schemaVersion").asInt() != 2) {
            throw new ImageException(where + ": only schema version 2 manifests are supported"
                    + " (Docker v2 schema 2 or OCI); schema 1 is deprecated");
        }
        return Descriptor.parse(manifest.get("config"), where + " config");
    }

    static List<Descriptor> layers(JsonNode manifest, String where) throws ImageException {
        return descriptors(manifest.path("layers"), where + " layers");
    }

    private static List<Descriptor> descriptors(JsonNode array, String where)
            throws ImageException {
        if (!array.isArray()) {
            throw new ImageException(where + " is missing or not an array");
        }
        List<Descriptor> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            result.add(Descriptor.parse(array.get(i), where + "[" + i + "]"));
        }
        return result;
    }

    /** Reads an image config; {@code digest} is that of {@code bytes}, already verified. */
    static ImageConfig imageConfig(byte[] bytes, String digest, String where)
            throws ImageException {
        JsonNode root = parse(bytes, where);
        JsonNode config = root.path("config");
        List<String> diffIds = new ArrayList<>();
        JsonNode ids = root.path("rootfs").path("diff_ids");
        if (!ids.isArray()) {
            throw new ImageException(where + " has no rootfs.diff_ids");
        }
        for (int i = 0; i < ids.size(); i++) {
            diffIds.add(Digests.require(ids.get(i).asText(null),
                    where + " rootfs.diff_ids[" + i + "]"));
        }
        String os = root.path("os").asText("");
        String architecture = root.path("architecture").asText("");
        if (os.isEmpty() || architecture.isEmpty()) {
            throw new ImageException(where + " names no os or architecture");
        }
        return new ImageConfig(os, architecture, root.path("variant").asText(null),
                root.path("created").asText(null), strings(config.path("Entrypoint")),
                strings(config.path("Cmd")), strings(config.path("Env")), diffIds, digest,
                null, List.of(), List.of());
    }

    static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(item -> result.add(item.asText()));
        }
        return result;
    }
}
