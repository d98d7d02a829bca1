// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.PackageDetector;

/**
 * {@code pnpm-lock.yaml}, lockfile versions 5 ({@code /name/version} keys), 6
 * ({@code /name@version}) and 9 ({@code name@version} in {@code packages} and
 * {@code snapshots}), every YAML document of the file. Peer-dependency suffixes ({@code (...)}
 * from v6, {@code _peer@1} in v5) are stripped. Entries whose key holds no registry version
 * (tarball URLs, {@code file:} and {@code link:} folders) use the entry's {@code version} field,
 * and are skipped when it has none. {@code dev: true} (v5, v6) marks development-only packages;
 * v9 no longer says so per package, so {@link PnpmDevGraph} works it out.
 */
final class PnpmLockDetector implements PackageDetector {

    @Override
    public String id() {
        return "pnpm-lock";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("pnpm-lock.yaml") && NpmNames.outsideNodeModules(entry);
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        PackageCollector found = new PackageCollector();
        List<String> skipped = new ArrayList<>();
        Set<String> resolved = new HashSet<>();
        for (JsonNode document : LockfileParsing.yamlDocuments(content)) {
            boolean v5 = document.path("lockfileVersion").asText("").startsWith("5");
            Set<String> devOnly = PnpmDevGraph.devOnlyKeys(document);
            Section section = new Section(v5, path, found, skipped, resolved, devOnly);
            readSection(document.path("packages"), section);
            readSection(document.path("snapshots"), section);
        }
        List<String> warnings = skipped.isEmpty() ? List.of()
                : List.of(path + ": " + skipped.size() + " entries without a registry version"
                        + " skipped: " + String.join(", ", skipped));
        return Detection.of(found.packages(), warnings);
    }

    /** What one document's sections share while being read. */
    private record Section(boolean v5, String path, PackageCollector found,
            List<String> skipped, Set<String> resolved, Set<String> devOnly) {
    }

    private void readSection(JsonNode entries, Section at) {
        for (Map.Entry<String, JsonNode> entry : entries.properties()) {
            String key = PnpmDevGraph.withoutPeers(entry.getKey());
            JsonNode node = entry.getValue();
            String[] nameVersion = at.v5() ? splitV5(key) : splitV6(key);
            String name = node.path("name").asText(nameVersion[0]);
            String version = node.path("version").asText(nameVersion[1]);
            if (name.isEmpty() || version == null || !isRegistryVersion(version)) {
                // a v9 snapshot repeats its package's key, which may have resolved already
                if (!at.resolved().contains(key) && !at.skipped().contains(key)) {
                    at.skipped().add(key);
                }
                continue;
            }
            at.resolved().add(key);
            at.found().add(NpmNames.npmPackage(name, version, at.path(), id())
                    .withDev(node.path("dev").asBoolean(false) || at.devOnly().contains(key)));
        }
    }

    /** {@code /@scope/name/1.0.0_peer@2.0.0} → name and version, or a null version. */
    private static String[] splitV5(String key) {
        String bare = key.startsWith("/") ? key.substring(1) : key;
        int slash = bare.lastIndexOf('/');
        if (slash <= 0) {
            return new String[] {bare, null};
        }
        String version = bare.substring(slash + 1);
        int peers = version.indexOf('_');
        return new String[] {bare.substring(0, slash),
                peers < 0 ? version : version.substring(0, peers)};
    }

    /** {@code /@scope/name@1.0.0(peer@2.0.0)} or without the '/' → name and version. */
    private static String[] splitV6(String key) {
        String bare = key.startsWith("/") ? key.substring(1) : key;
        String name = NpmNames.nameOfDescriptor(bare);
        String version = name.length() < bare.length() ? bare.substring(name.length() + 1) : null;
        return new String[] {name, version};
    }

    private static boolean isRegistryVersion(String version) {
        return !version.isEmpty() && Character.isDigit(version.charAt(0))
                && !version.contains(":") && !version.contains("/");
    }
}
