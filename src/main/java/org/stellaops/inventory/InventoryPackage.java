// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

/**
 * A package of the merged image or tree.
 *
 * @param pkg the package, with its layer and final purl qualifiers
 * @param ownerPurl for a language package whose file an OS package installed, the purl of that
 *     OS package; else null
 */
public record InventoryPackage(InstalledPackage pkg, String ownerPurl) {
}
