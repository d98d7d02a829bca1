// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

import java.io.IOException;
import org.stellaops.inventory.LayerInventory;

/**
 * Where a delta scan finds the inventories of its layers: fragments a client uploaded for
 * itself, or that the server computed. Called on worker threads; may block.
 */
@FunctionalInterface
public interface LayerFragments {

    /** The inventory of the layer, or null when none is held for it. */
    LayerInventory find(String diffId) throws IOException;
}
