// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

/**
 * A file of a layer that a detector read, with what it found there.
 *
 * @param path relative to the root, as {@link FileEntry#path()}
 * @param detector the id of the detector
 * @param detection what it found (packages without their layer; the merge sets it)
 */
public record FoundFile(String path, String detector, Detection detection) {
}
