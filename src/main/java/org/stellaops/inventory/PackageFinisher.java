// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the files of the merged view into final packages: OS packages get the distro's purl
 * namespace and a {@code distro} qualifier from the OS release, and language packages whose file
 * an OS package installed are linked to it. A package a lockfile names that is also installed
 * (its metadata found, as in {@code node_modules}) is listed once, from the installed copy: that
 * is what runs, and listing both would count one package twice.
 */
final class PackageFinisher {

    /** os-release ids whose purl namespace differs from the id. */
    private static final Map<String, String> NAMESPACES = Map.of(
            "rhel", "redhat", "amzn", "amazon", "sles", "suse", "sled", "suse",
            "opensuse-leap", "opensuse", "opensuse-tumbleweed", "opensuse", "ol", "oracle");

    private PackageFinisher() {
    }

    static List<InventoryPackage> finish(Map<String, List<FoundFile>> files, OsRelease os) {
        Map<String, String> ownerOfPath = new HashMap<>();
        Map<String, String> purlOfOwner = new HashMap<>();
        List<InstalledPackage> language = new ArrayList<>();
        Map<String, InventoryPackage> out = new LinkedHashMap<>();
        for (List<FoundFile> found : files.values()) {
            for (FoundFile file : found) {
                for (FileOwnership owned : file.detection().ownership()) {
                    String owner = owned.packageType() + "/" + owned.packageName();
                    owned.paths().forEach(path -> ownerOfPath.putIfAbsent(path, owner));
                }
                for (InstalledPackage p : file.detection().packages()) {
                    if (p.osPackage()) {
                        InstalledPackage placed = withDistro(p, os);
                        purlOfOwner.putIfAbsent(p.type() + "/" + p.name(), placed.purl());
                        add(out, new InventoryPackage(placed, null));
                    } else {
                        language.add(p);
                    }
                }
            }
        }
        Map<String, String> installedPurls = new HashMap<>();
        for (InstalledPackage p : language) {
            if (!Detectors.isLockfile(p.detector())) {
                installedPurls.putIfAbsent(p.purl(), p.path());
            }
        }
        for (InstalledPackage p : language) {
            // a lockfile naming a package that is installed adds nothing but its own path
            if (Detectors.isLockfile(p.detector()) && installedPurls.containsKey(p.purl())) {
                continue;
            }
            String owner = ownerOfPath.get(archivePath(p.path()));
            add(out, new InventoryPackage(p, owner == null ? null : purlOfOwner.get(owner)));
        }
        List<InventoryPackage> sorted = new ArrayList<>(out.values());
        sorted.sort(LayerMerge.order());
        return sorted;
    }

    private static void add(Map<String, InventoryPackage> out, InventoryPackage p) {
        String key = p.pkg().purl() + "\n" + p.pkg().path() + "\n" + p.pkg().layer();
        out.putIfAbsent(key, p);
    }

    /** The file on disk holding a package: the outermost archive of a nested path. */
    private static String archivePath(String path) {
        int bang = path.indexOf('!');
        return bang < 0 ? path : path.substring(0, bang);
    }

    /** The OS package in the distro's purl namespace, with its {@code distro} qualifier. */
    static InstalledPackage withDistro(InstalledPackage p, OsRelease os) {
        if (os == null || os.id() == null || os.id().isBlank()) {
            return p;
        }
        String id = os.id().toLowerCase(Locale.ROOT);
        String namespace = NAMESPACES.getOrDefault(id, id);
        InstalledPackage placed = new InstalledPackage(p.type(), namespace, p.name(),
                p.version(), p.qualifiers(), p.sourceName(), p.sourceVersion(), p.licenses(),
                p.path(), p.layer(), p.detector(), p.dev());
        if (p.qualifiers().containsKey("distro")) {
            return placed;
        }
        String version = os.versionId();
        return placed.withQualifier("distro",
                version == null || version.isBlank() ? id : id + "-" + version);
    }
}
