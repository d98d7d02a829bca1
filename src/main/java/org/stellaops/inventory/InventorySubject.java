// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an inventory describes, for the SBOM's subject.
 *
 * @param type the CycloneDX component type: {@code container} for an image, {@code application}
 *     for a source tree or root file system
 * @param name the image reference or path as the user gave it
 * @param version the image's manifest or config digest, or null
 * @param properties further facts (config digest, repo digests, entrypoint...), sorted by name
 */
public record InventorySubject(String type, String name, String version,
        Map<String, String> properties) {

    public InventorySubject {
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
    }
}
