// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

/** Turns the paths package databases list into {@code FileEntry}-style relative paths. */
final class OwnedPaths {

    private OwnedPaths() {
    }

    /**
     * The path relative to the root, or null when it names the root itself or leaves it: a
     * database listing {@code ../etc/passwd} must not make a package own a file outside the tree.
     */
    static String relative(String listed) {
        String path = listed.strip();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty() || path.equals(".")) {
            return null;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return null;
            }
        }
        return path;
    }
}
