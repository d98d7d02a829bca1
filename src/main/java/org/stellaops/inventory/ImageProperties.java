// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stellaops.image.ImageConfig;

/**
 * What an image's SBOM records about the image besides its packages: config and manifest
 * digests, platform, repo tags and digests, diff ids, entrypoint and command. Shared by the
 * command line and the server, so both describe an image with the same bytes.
 */
public final class ImageProperties {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImageProperties() {
    }

    public static Map<String, String> of(ImageConfig config) {
        Map<String, String> properties = new TreeMap<>();
        properties.put("stella:image:configDigest", config.digest());
        if (config.manifestDigest() != null) {
            properties.put("stella:image:manifestDigest", config.manifestDigest());
        }
        properties.put("stella:image:platform", config.platform().toString());
        putList(properties, "stella:image:repoDigest", config.repoDigests());
        putList(properties, "stella:image:repoTag", config.repoTags());
        putList(properties, "stella:image:diffId", config.diffIds());
        try {
            if (!config.entrypoint().isEmpty()) {
                properties.put("stella:image:entrypoint",
                        JSON.writeValueAsString(config.entrypoint()));
            }
            if (!config.cmd().isEmpty()) {
                properties.put("stella:image:cmd", JSON.writeValueAsString(config.cmd()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always writes as JSON", e);
        }
        return properties;
    }

    private static void putList(Map<String, String> properties, String name, List<String> values) {
        // zero-padded so the sorted names keep the list's order
        for (int i = 0; i < values.size(); i++) {
            properties.put(String.format("%s:%03d", name, i), values.get(i));
        }
    }
}
