// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.PackageDetector;

/**
 * {@code go.mod}: every required module (direct and {@code // indirect}) with {@code replace}
 * directives applied. A replacement by another module and version reports that module; one
 * by a local folder drops the module with a warning (its code is the project's own copy).
 *
 * <p>{@code go.sum} is not read. It lists every module version the build ever verified,
 * including ones that minimal version selection did not choose, so alone it over-reports; and
 * whether a go.mod sits next to it is not knowable from one file. Since Go 1.17 go.mod lists
 * the full build list (indirect requirements included), so go.mod alone is the better source.
 */
final class GoModDetector implements PackageDetector {

    @Override
    public String id() {
        return "go-mod";
    }

    @Override
    public boolean wants(FileEntry entry) {
        return entry.fileName().equals("go.mod");
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        GoModParser.GoMod mod = GoModParser.parse(LockfileParsing.text(content), path);
        PackageCollector found = new PackageCollector();
        List<String> warnings = new ArrayList<>();
        for (GoModParser.Require require : mod.requires()) {
            GoModParser.Replace replace = replacementOf(require, mod.replaces());
            if (replace == null) {
                found.add(goPackage(require.module(), require.version(), path));
            } else if (replace.localTarget()) {
                warnings.add(path + ": " + require.module() + " " + require.version()
                        + " is replaced by local folder " + replace.target() + "; skipped");
            } else {
                found.add(goPackage(replace.target(), replace.targetVersion(), path));
            }
        }
        return Detection.of(found.packages(), warnings);
    }

    /** The replace that applies; one naming the exact version wins over one for all versions. */
    private static GoModParser.Replace replacementOf(GoModParser.Require require,
            List<GoModParser.Replace> replaces) {
        GoModParser.Replace any = null;
        for (GoModParser.Replace replace : replaces) {
            if (!replace.module().equals(require.module())) {
                continue;
            }
            if (require.version().equals(replace.version())) {
                return replace;
            }
            if (replace.version() == null) {
                any = replace;
            }
        }
        return any;
    }

    private InstalledPackage goPackage(String module, String version, String path) {
        int slash = module.lastIndexOf('/');
        String namespace = slash < 0 ? null : module.substring(0, slash);
        return InstalledPackage.of("golang", namespace, module.substring(slash + 1), version,
                path, id());
    }
}
