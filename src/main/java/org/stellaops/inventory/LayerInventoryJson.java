// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * A layer result as JSON, for caches outside the process (files, Redis). The form is Jackson's
 * view of the records, keys in declaration order; a cached entry that does not read back is
 * treated as a miss by the caches, never trusted half-read.
 */
public final class LayerInventoryJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(1 << 20).maxNestingDepth(64).build());
    }

    private LayerInventoryJson() {
    }

    /** The layer result as compact JSON. */
    public static String write(LayerInventory layer) {
        try {
            return MAPPER.writeValueAsString(layer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write layer result: " + e.getMessage(), e);
        }
    }

    /** Reads a layer result written by {@link #write}. */
    public static LayerInventory read(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, LayerInventory.class);
    }
}
