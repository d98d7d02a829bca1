// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.stellaops.sbom.OsInfo;
import org.stellaops.sbom.Sbom;
import org.stellaops.sbom.SbomComponent;
import org.stellaops.sbom.SbomFormat;

/**
 * The SBOM of an inventory, in the model every report and writer shares. Each component records
 * the layer diff id and path it came from ({@code stella:layer}, {@code stella:path}) and the
 * detector that found it; a language package an OS package installed is nested under it
 * ({@code parentRef}, {@code stella:ownedBy}), so it is listed once, attributed to both.
 */
public final class InventorySbom {

    /** Property names written on components. */
    public static final String LAYER = "stella:layer";
    public static final String PATH = "stella:path";
    public static final String DETECTOR = "stella:detector";
    public static final String OWNED_BY = SbomComponent.OWNED_BY;
    public static final String DEV = "stella:dev";

    private InventorySbom() {
    }

    /** The SBOM of the inventory; same inventory and subject, same SBOM. */
    public static Sbom of(Inventory inventory, InventorySubject subject) {
        Map<String, String> refOfPurl = new HashMap<>();
        Set<String> refs = new HashSet<>();
        List<String> refOfIndex = new ArrayList<>();
        for (InventoryPackage p : inventory.packages()) {
            String purl = p.pkg().purl();
            String ref = purl;
            for (int n = 2; refs.contains(ref); n++) {
                ref = purl + "#" + n;
            }
            refs.add(ref);
            refOfPurl.putIfAbsent(purl, ref);
            refOfIndex.add(ref);
        }
        List<SbomComponent> components = new ArrayList<>();
        for (int i = 0; i < inventory.packages().size(); i++) {
            InventoryPackage p = inventory.packages().get(i);
            String parent = p.ownerPurl() == null ? null : refOfPurl.get(p.ownerPurl());
            components.add(componentOf(p, refOfIndex.get(i), parent));
        }
        OsRelease os = inventory.os();
        OsInfo osInfo = os == null ? null : new OsInfo(os.id(), os.versionId());
        return new Sbom(SbomFormat.CYCLONEDX_JSON, "1.6", subject.name(), subject.version(),
                osInfo, components, Map.of(), inventory.warnings(), null, subject.type(),
                subject.properties());
    }

    private static SbomComponent componentOf(InventoryPackage p, String ref, String parentRef) {
        InstalledPackage pkg = p.pkg();
        Map<String, String> properties = new TreeMap<>();
        if (pkg.layer() != null) {
            properties.put(LAYER, pkg.layer());
        }
        properties.put(PATH, pkg.path());
        properties.put(DETECTOR, pkg.detector());
        if (parentRef != null) {
            properties.put(OWNED_BY, parentRef);
        }
        if (pkg.dev()) {
            properties.put(DEV, "true");
        }
        String name = pkg.namespace() != null && !pkg.osPackage()
                && !pkg.type().equals("maven") ? pkg.namespace() + "/" + pkg.name() : pkg.name();
        return new SbomComponent(ref, name, pkg.version(), "library", pkg.purl(), List.of(),
                pkg.licenses(), Map.of(), pkg.path(), parentRef, pkg.sourceName(),
                pkg.sourceVersion(), properties);
    }
}
