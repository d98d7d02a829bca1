// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.PackageDetector;

/**
 * NuGet packages a .NET application was published with, from its {@code *.deps.json}: every
 * {@code libraries} entry of type {@code package}, keyed {@code Name/Version}, in file order.
 * Projects (the application's own assemblies), reference assemblies and runtime packs are not
 * NuGet packages and are skipped.
 */
final class DotnetDepsDetector implements PackageDetector {

    static final String ID = "dotnet-deps";
    private static final long MAX_BYTES = 32L << 20;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().endsWith(".deps.json");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        JsonNode libraries = LangJson.readTree(content, MAX_BYTES).path("libraries");
        List<InstalledPackage> packages = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = libraries.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> library = fields.next();
            if (!"package".equals(LangJson.text(library.getValue(), "type"))) {
                continue;
            }
            String key = library.getKey();
            int slash = key.lastIndexOf('/');
            if (slash <= 0 || slash == key.length() - 1) {
                warnings.add(path + ": library key '" + key + "' is not Name/Version");
                continue;
            }
            packages.add(InstalledPackage.of("nuget", null, key.substring(0, slash),
                    key.substring(slash + 1), path, ID));
        }
        return Detection.of(packages, warnings);
    }
}
