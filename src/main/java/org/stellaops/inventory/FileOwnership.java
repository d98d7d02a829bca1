// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.util.List;

/**
 * The files an OS package says it installed.
 *
 * @param packageType the purl type of the owner ({@code deb}, {@code rpm}, {@code apk})
 * @param packageName the owner's name as its {@link InstalledPackage#name()} spells it
 * @param paths owned paths, relative to the root like {@link FileEntry#path()}
 */
public record FileOwnership(String packageType, String packageName, List<String> paths) {

    public FileOwnership {
        paths = List.copyOf(paths);
    }
}
