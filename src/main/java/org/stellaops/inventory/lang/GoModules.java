// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stellaops.inventory.InstalledPackage;

/**
 * The Go packages of one binary's build information: the toolchain as {@code stdlib} (the name
 * Trivy and grype give it, so Go standard-library advisories match), the main module unless its
 * version is {@code (devel)}, then every {@code dep} in file order. A {@code =>} line replaces
 * the module before it; a replacement by a local directory has no version and is left out, as it
 * is no published module. {@code build} settings are kept for callers (values as written,
 * Go's quoting included) but make no package.
 *
 * @param settings the {@code build} lines' key/value pairs, in file order
 */
record GoModules(List<InstalledPackage> packages, Map<String, String> settings) {

    static final String ID = "go-binary";
    private static final Pattern GO_VERSION =
            Pattern.compile("^go(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:(rc|beta)(\\d+))?$");

    /** The packages of a binary at {@code path}. */
    static GoModules of(GoBuildInfo info, String path) {
        List<InstalledPackage> packages = new ArrayList<>();
        String stdlib = stdlibVersion(info.goVersion());
        if (stdlib != null) {
            packages.add(InstalledPackage.of("golang", null, "stdlib", stdlib, path, ID));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        String[] module = null;
        for (String line : info.modInfo().split("\n")) {
            String[] fields = line.split("\t", -1);
            switch (fields[0]) {
                case "mod", "dep" -> {
                    addModule(module, path, packages);
                    module = fields.length >= 3 ? new String[] {fields[1], fields[2]} : null;
                }
                case "=>" -> module = fields.length >= 3 ? new String[] {fields[1], fields[2]}
                        : null;
                case "build" -> addSetting(fields, settings);
                default -> {
                    // "path" names the main package, not a module
                }
            }
        }
        addModule(module, path, packages);
        return new GoModules(List.copyOf(packages), Map.copyOf(settings));
    }

    /**
     * {@code go1.21.3} as {@code v1.21.3}; {@code go1.20} (a .0 release before Go 1.21 named
     * it so) as {@code v1.20.0}; {@code go1.21rc2} as {@code v1.21.0-rc.2}; anything else
     * (development toolchains) as null. A suffix after a space (GOEXPERIMENT) is dropped.
     */
    static String stdlibVersion(String goVersion) {
        String plain = goVersion.strip().split("\\s+")[0];
        Matcher m = GO_VERSION.matcher(plain);
        if (!m.matches()) {
            return null;
        }
        String version = "v" + m.group(1) + "." + m.group(2) + "."
                + (m.group(3) == null ? "0" : m.group(3));
        return m.group(4) == null ? version : version + "-" + m.group(4) + "." + m.group(5);
    }

    private static void addModule(String[] module, String path, List<InstalledPackage> out) {
        if (module == null || module[0].isEmpty() || module[1].isEmpty()
                || module[1].equals("(devel)")) {
            return;
        }
        String modulePath = module[0];
        int slash = modulePath.lastIndexOf('/');
        String namespace = slash > 0 ? modulePath.substring(0, slash) : null;
        String name = slash > 0 ? modulePath.substring(slash + 1) : modulePath;
        out.add(InstalledPackage.of("golang", namespace, name, module[1], path, ID));
    }

    private static void addSetting(String[] fields, Map<String, String> settings) {
        if (fields.length < 2) {
            return;
        }
        String setting = fields[1];
        int equals = setting.indexOf('=');
        if (equals > 0) {
            settings.put(setting.substring(0, equals), setting.substring(equals + 1));
        }
    }
}
