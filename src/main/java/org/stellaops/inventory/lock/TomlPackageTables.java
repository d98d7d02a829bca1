// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.InventoryException;

/**
 * The {@code [[package]]} tables that poetry, uv, pdm and Cargo lockfiles share, each with a
 * {@code name} and a {@code version}.
 */
final class TomlPackageTables {

    private TomlPackageTables() {
    }

    /** The tables in file order; a table without a name or version is refused. */
    static List<JsonNode> read(FileContent content) throws IOException {
        String path = content.entry().path();
        JsonNode packages = LockfileParsing.toml(content).path("package");
        if (packages.isMissingNode()) {
            return List.of();
        }
        if (!packages.isArray()) {
            throw new InventoryException(path, "'package' is not an array of tables");
        }
        List<JsonNode> tables = new ArrayList<>();
        for (JsonNode table : packages) {
            if (!table.path("name").isTextual() || !table.path("version").isTextual()) {
                throw new InventoryException(path, "package " + tables.size()
                        + " lacks a name or version");
            }
            tables.add(table);
        }
        return tables;
    }
}
