// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import java.io.IOException;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.InventoryException;
import org.stellaops.inventory.PackageDetector;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * NuGet {@code packages.config} (XML, DOCTYPE refused): every {@code <package id version>}.
 * {@code developmentDependency="true"} marks dev packages.
 */
final class NugetPackagesConfigDetector implements PackageDetector {

    @Override
    public String id() {
        return "nuget-packages-config";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("packages.config");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        Element root = LockfileParsing.xml(content).getDocumentElement();
        if (!root.getTagName().equals("packages")) {
            throw new InventoryException(path, "root element is <" + root.getTagName()
                    + ">, not <packages>");
        }
        PackageCollector found = new PackageCollector();
        NodeList packages = root.getElementsByTagName("package");
        for (int i = 0; i < packages.getLength(); i++) {
            Element element = (Element) packages.item(i);
            String id = element.getAttribute("id");
            String version = element.getAttribute("version");
            if (id.isEmpty() || version.isEmpty()) {
                throw new InventoryException(path, "<package> " + (i + 1)
                        + " lacks an id or version");
            }
            boolean dev = element.getAttribute("developmentDependency").equals("true");
            found.add(InstalledPackage.of("nuget", null, id, version, path, id()).withDev(dev));
        }
        return Detection.of(found.packages());
    }
}
