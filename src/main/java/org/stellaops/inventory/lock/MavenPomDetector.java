// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.InventoryException;
import org.stellaops.inventory.PackageDetector;
import org.w3c.dom.Element;

/**
 * Maven {@code pom.xml} (XML, DOCTYPE refused): the {@code <dependencies>} of the project,
 * with versions taken from the dependency itself or else from {@code <dependencyManagement>},
 * and {@code ${...}} resolved from the file's own properties ({@link PomProperties}). The
 * project's own coordinates are not a dependency. A dependency whose version is not pinned
 * inside the file (a parent's or BOM's property, a range) is skipped, and all of them are named
 * in one warning. Scope {@code test} marks a dev dependency.
 *
 * <p>Known gaps: parent poms and imported BOMs are not fetched, so their versions stay
 * unresolved; {@code <profiles>} dependencies are not read (which profile is active is not
 * knowable from the file). Resolving those needs the build's repository, i.e. running Maven.
 */
final class MavenPomDetector implements PackageDetector {

    @Override
    public String id() {
        return "maven-pom";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("pom.xml");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        Element project = LockfileParsing.xml(content).getDocumentElement();
        if (!project.getTagName().equals("project")) {
            throw new InventoryException(path, "root element is <" + project.getTagName()
                    + ">, not <project>");
        }
        PomProperties properties = new PomProperties(project);
        Map<String, Element> managed = managedDependencies(project, properties);
        PackageCollector found = new PackageCollector();
        List<String> unresolved = new ArrayList<>();
        Element dependencies = PomElements.child(project, "dependencies");
        for (Element dependency : PomElements.children(dependencies, "dependency")) {
            String group = properties.resolve(PomElements.text(dependency, "groupId"));
            String artifact = properties.resolve(PomElements.text(dependency, "artifactId"));
            if (group == null || artifact == null) {
                unresolved.add(describe(dependency));
                continue;
            }
            Element management = managed.get(group + ':' + artifact);
            String version = properties.resolve(valueOf(dependency, management, "version"));
            if (version == null || version.startsWith("[") || version.startsWith("(")) {
                unresolved.add(describe(dependency));
                continue;
            }
            String scope = valueOf(dependency, management, "scope");
            found.add(InstalledPackage.of("maven", group, artifact, version, path, id())
                    .withDev("test".equals(scope)));
        }
        List<String> warnings = unresolved.isEmpty() ? List.of()
                : List.of(path + ": " + unresolved.size() + " dependencies whose version is not"
                        + " resolved inside the file skipped: " + String.join(", ", unresolved));
        return Detection.of(found.packages(), warnings);
    }

    private static Map<String, Element> managedDependencies(Element project,
            PomProperties properties) {
        Map<String, Element> managed = new HashMap<>();
        Element management = PomElements.child(project, "dependencyManagement");
        Element dependencies = PomElements.child(management, "dependencies");
        for (Element dependency : PomElements.children(dependencies, "dependency")) {
            String group = properties.resolve(PomElements.text(dependency, "groupId"));
            String artifact = properties.resolve(PomElements.text(dependency, "artifactId"));
            if (group != null && artifact != null) {
                managed.putIfAbsent(group + ':' + artifact, dependency);
            }
        }
        return managed;
    }

    private static String valueOf(Element dependency, Element management, String field) {
        String own = PomElements.text(dependency, field);
        return own != null || management == null ? own : PomElements.text(management, field);
    }

    /** {@code group:artifact:version} as written, for the warning. */
    private static String describe(Element dependency) {
        String version = PomElements.text(dependency, "version");
        return PomElements.text(dependency, "groupId") + ':'
                + PomElements.text(dependency, "artifactId")
                + (version == null ? " (no version)" : ':' + version);
    }
}
