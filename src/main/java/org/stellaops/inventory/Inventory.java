// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.util.List;

/**
 * Every package of an image or tree as a container would see it: the merge of its layers.
 *
 * @param os the operating system, or null when no os-release (or fallback) file names one
 * @param packages sorted by purl, then path
 * @param layers the per-layer results, bottom to top
 * @param warnings the layers' warnings, then the merge's own
 */
public record Inventory(OsRelease os, List<InventoryPackage> packages,
        List<LayerInventory> layers, List<String> warnings) {

    public Inventory {
        packages = List.copyOf(packages);
        layers = List.copyOf(layers);
        warnings = List.copyOf(warnings);
    }
}
