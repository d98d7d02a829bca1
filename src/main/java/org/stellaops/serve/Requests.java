// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stellaops.pipeline.ScanRequest;

/**
 * A scan request as fields of the scan's state hash, so that whichever replica runs the scan
 * reads exactly what the accepting replica was asked.
 */
public final class Requests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Requests() {
    }

    public static Map<String, String> fieldsOf(ScanRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", request.kind());
        put(fields, "sbomType", request.sbomType());
        put(fields, "origin", request.origin());
        put(fields, "image", request.image());
        put(fields, "platform", request.platform());
        fields.put("insecure", String.valueOf(request.insecure()));
        put(fields, "imageDigest", request.imageDigest());
        put(fields, "created", request.created());
        put(fields, "asOf", request.asOf());
        put(fields, "imageSource", request.imageSource());
        try {
            if (!request.layers().isEmpty()) {
                fields.put("layers", JSON.writeValueAsString(request.layers()));
            }
            if (!request.properties().isEmpty()) {
                fields.put("properties", JSON.writeValueAsString(request.properties()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lists and maps of strings always write", e);
        }
        return fields;
    }

    public static ScanRequest requestOf(Map<String, String> fields) {
        try {
            List<String> layers = fields.containsKey("layers")
                    ? JSON.readValue(fields.get("layers"), new TypeReference<List<String>>() { })
                    : List.of();
            Map<String, String> properties = fields.containsKey("properties")
                    ? JSON.readValue(fields.get("properties"),
                            new TypeReference<Map<String, String>>() { })
                    : Map.of();
            return new ScanRequest(fields.get("kind"), fields.get("sbomType"),
                    fields.get("origin"), fields.get("image"), fields.get("platform"),
                    Boolean.parseBoolean(fields.get("insecure")), layers,
                    fields.get("imageDigest"), fields.get("created"), properties,
                    fields.get("imageSource"), fields.get("asOf"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scan state unreadable: " + e.getMessage(), e);
        }
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
