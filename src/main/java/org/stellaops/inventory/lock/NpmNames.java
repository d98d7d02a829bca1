// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;

/** npm package names as purls see them: {@code @scope/name} is namespace {@code @scope}. */
final class NpmNames {

    private NpmNames() {
    }

    static InstalledPackage npmPackage(String fullName, String version, String path,
            String detector) {
        int slash = fullName.indexOf('/');
        if (fullName.startsWith("@") && slash > 1) {
            return InstalledPackage.of("npm", fullName.substring(0, slash),
                    fullName.substring(slash + 1), version, path, detector);
        }
        return InstalledPackage.of("npm", null, fullName, version, path, detector);
    }

    /**
     * The name in a descriptor such as {@code @babel/core@npm:^7.0.0} or {@code lodash@^4}: all
     * before the first '@' that is not the scope's.
     */
    static String nameOfDescriptor(String descriptor) {
        int at = descriptor.indexOf('@', 1);
        return at < 0 ? descriptor : descriptor.substring(0, at);
    }

    /** JS lockfiles are read at project level only: inside node_modules they are copies. */
    static boolean outsideNodeModules(FileEntry entry) {
        String path = entry.path();
        return !path.startsWith("node_modules/") && !path.contains("/node_modules/");
    }
}
