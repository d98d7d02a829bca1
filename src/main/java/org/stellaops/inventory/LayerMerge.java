// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Merges layer results into the view a container runtime gives: bottom to top, each layer first
 * hides what its whiteouts and opaque folders remove from the layers below, then its own files
 * replace lower files at the same path. Symbolic links hide lower files too and are resolved
 * inside the image only. Written here because no library merges layer analyses (they merge
 * file systems, which we never materialise).
 */
public final class LayerMerge {

    /** Where the OS is named, most authoritative first. */
    private static final List<String> OS_FILES = List.of("etc/os-release", "usr/lib/os-release",
            "etc/alpine-release", "etc/redhat-release", "etc/centos-release",
            "etc/system-release", "etc/debian_version");
    private static final int MAX_LINK_HOPS = 16;

    private LayerMerge() {
    }

    /** The merged inventory of layers given bottom to top. */
    public static Inventory merge(List<LayerInventory> layers) {
        NavigableMap<String, List<FoundFile>> files = new TreeMap<>();
        NavigableMap<String, String> links = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        for (LayerInventory layer : layers) {
            layer.opaqueDirs().forEach(dir -> hideBelow(files, links, dir));
            layer.whiteouts().forEach(path -> {
                hide(files, links, path);
                hideBelow(files, links, path);
            });
            layer.symlinks().forEach((path, target) -> {
                files.remove(path);
                links.put(path, target);
            });
            Map<String, List<FoundFile>> own = new TreeMap<>();
            for (FoundFile file : layer.files()) {
                FoundFile placed = new FoundFile(file.path(), file.detector(),
                        withLayer(file.detection(), layer.diffId()));
                own.computeIfAbsent(file.path(), k -> new ArrayList<>()).add(placed);
            }
            own.forEach((path, found) -> {
                links.remove(path);
                files.put(path, found);
            });
            layer.warnings().forEach(w -> warnings.add(prefix(layer) + w));
        }
        OsRelease os = osOf(files, links);
        return new Inventory(os, PackageFinisher.finish(files, os), layers, warnings);
    }

    private static String prefix(LayerInventory layer) {
        return layer.diffId().equals("dir") ? "" : "layer " + shortId(layer.diffId()) + ": ";
    }

    private static String shortId(String diffId) {
        int colon = diffId.indexOf(':');
        String hex = colon < 0 ? diffId : diffId.substring(colon + 1);
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }

    private static Detection withLayer(Detection detection, String diffId) {
        if (diffId.equals("dir")) {
            return detection;
        }
        List<InstalledPackage> placed = new ArrayList<>(detection.packages().size());
        detection.packages().forEach(p -> placed.add(p.withLayer(diffId)));
        return new Detection(placed, detection.ownership(), detection.os(),
                detection.warnings());
    }

    private static void hide(Map<String, ?> files, Map<String, String> links, String path) {
        files.remove(path);
        links.remove(path);
    }

    private static void hideBelow(NavigableMap<String, List<FoundFile>> files,
            NavigableMap<String, String> links, String folder) {
        if (folder.isEmpty()) {
            files.clear();
            links.clear();
            return;
        }
        // every key under "folder/" sorts between "folder/" and "folder0" ('0' follows '/')
        files.subMap(folder + "/", true, folder + "0", false).clear();
        links.subMap(folder + "/", true, folder + "0", false).clear();
    }

    /** The first OS file of {@link #OS_FILES} present, following symbolic links. */
    private static OsRelease osOf(Map<String, List<FoundFile>> files, Map<String, String> links) {
        for (String candidate : OS_FILES) {
            String path = resolve(candidate, files, links);
            List<FoundFile> found = path == null ? null : files.get(path);
            if (found == null) {
                continue;
            }
            for (FoundFile file : found) {
                if (file.detection().os() != null) {
                    return file.detection().os();
                }
            }
        }
        return null;
    }

    /** Follows links at {@code path} to a file of the view, or null. */
    static String resolve(String path, Map<String, List<FoundFile>> files,
            Map<String, String> links) {
        String current = path;
        Map<String, Boolean> seen = new HashMap<>();
        for (int hop = 0; hop < MAX_LINK_HOPS && current != null; hop++) {
            if (files.containsKey(current)) {
                return current;
            }
            String target = links.get(current);
            if (target == null || seen.put(current, true) != null) {
                return null;
            }
            current = EntryPaths.resolveLink(current, target);
        }
        return null;
    }

    static Comparator<InventoryPackage> order() {
        return Comparator.comparing((InventoryPackage p) -> p.pkg().purl())
                .thenComparing(p -> p.pkg().path())
                .thenComparing(p -> p.pkg().layer() == null ? "" : p.pkg().layer());
    }
}
