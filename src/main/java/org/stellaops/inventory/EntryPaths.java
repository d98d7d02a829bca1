// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

/**
 * Normalises the names of tar entries and links. Entries come from hostile archives: a name is
 * made relative, {@code .} and empty segments go, and a {@code ..} that would climb above the
 * root makes the name unusable. Names are only ever labels and map keys here; nothing is
 * written to disk under an entry's name.
 */
final class EntryPaths {

    private EntryPaths() {
    }

    /** The normalised path, or null when the name escapes the root or is empty. */
    static String normalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        int depth = 0;
        for (String segment : name.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (depth == 0) {
                    return null;
                }
                out.setLength(Math.max(0, out.lastIndexOf("/")));
                depth--;
                continue;
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(segment);
            depth++;
        }
        return out.length() == 0 ? null : out.toString();
    }

    /**
     * Where a symbolic link at {@code path} points, resolved inside the root: absolute targets
     * start at the image root, relative ones at the link's folder, and {@code ..} never climbs
     * above the root (as a container runtime resolves it, chrooted). Null when empty.
     */
    static String resolveLink(String path, String target) {
        if (target.startsWith("/")) {
            return clamp(target);
        }
        int slash = path.lastIndexOf('/');
        String base = slash < 0 ? "" : path.substring(0, slash + 1);
        return clamp(base + target);
    }

    private static String clamp(String name) {
        StringBuilder out = new StringBuilder();
        for (String segment : name.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                out.setLength(Math.max(0, out.lastIndexOf("/")));
                continue;
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(segment);
        }
        return out.length() == 0 ? null : out.toString();
    }
}
