// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.InventoryException;

/**
 * The crates cargo-auditable records in a binary's {@code .dep-v0} section: zlib-compressed JSON
 * {@code {packages: [{name, version, source, kind, root}]}}. Reported are the crates from
 * crates.io, in file order: the root crate is the binary itself, and {@code local}, {@code git}
 * or other sources are not the crates.io releases advisories name. Crates of
 * {@code kind: build} (build scripts, proc macros) run at compile time and are not linked into
 * the binary; they are reported with {@code dev} set, so a policy can tell them apart instead of
 * losing them.
 */
final class RustAuditData {

    static final String ID = "rust-auditable";
    static final String SECTION = ".dep-v0";
    /** cargo-auditable's own reader refuses more than 8 MiB of JSON. */
    static final int MAX_JSON_BYTES = 8 << 20;

    private RustAuditData() {
    }

    /** The crates of a compressed {@code .dep-v0} section of the binary at {@code path}. */
    static List<InstalledPackage> read(byte[] compressed, String path) throws IOException {
        String origin = path + "!" + SECTION;
        JsonNode json = LangJson.parse(inflate(compressed, origin), origin);
        List<InstalledPackage> packages = new ArrayList<>();
        for (JsonNode crate : json.path("packages")) {
            String name = LangJson.text(crate, "name");
            String version = LangJson.text(crate, "version");
            if (name == null || version == null || crate.path("root").asBoolean(false)
                    || !"crates.io".equals(LangJson.text(crate, "source"))) {
                continue;
            }
            boolean build = "build".equals(LangJson.text(crate, "kind"));
            packages.add(InstalledPackage.of("cargo", null, name, version, path, ID)
                    .withDev(build));
        }
        return packages;
    }

    private static byte[] inflate(byte[] compressed, String origin) throws InventoryException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            while (!inflater.finished() && !inflater.needsInput()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsDictionary()) {
                    throw new InventoryException(origin, "zlib stream needs a dictionary");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_JSON_BYTES) {
                    throw new InventoryException(origin, "inflates to more than "
                            + MAX_JSON_BYTES + " bytes");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new InventoryException(origin, "not a zlib stream: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
