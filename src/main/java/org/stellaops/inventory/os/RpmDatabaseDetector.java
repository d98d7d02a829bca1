// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.PackageDetector;

/**
 * Lists the packages of an rpm database in any of its three formats: SQLite
 * ({@code rpmdb.sqlite}), Berkeley DB hash ({@code Packages}) and NDB ({@code Packages.db}).
 * For the last two no Java library exists, so {@link BerkeleyDbReader} and {@link NdbReader}
 * read just enough of each format to find the header blobs, bounds-checking every offset.
 */
public final class RpmDatabaseDetector implements PackageDetector {

    /** rpm refuses headers over 256 MiB; real ones stay under a few MiB. */
    static final int MAX_HEADER_BYTES = 64 * 1024 * 1024;

    private static final Set<String> SQLITE = Set.of("var/lib/rpm/rpmdb.sqlite",
            "usr/lib/sysimage/rpm/rpmdb.sqlite");
    /** SUSE moved the database to /usr/lib/sysimage in 15.0, still in Berkeley DB until SP3. */
    private static final Set<String> BERKELEY_DB = Set.of("var/lib/rpm/Packages",
            "usr/lib/sysimage/rpm/Packages");
    private static final Set<String> NDB = Set.of("var/lib/rpm/Packages.db",
            "usr/lib/sysimage/rpm/Packages.db");

    @Override
    public String id() {
        return "rpm";
    }

    @Override
    public boolean wants(FileEntry entry) {
        String path = entry.path();
        return SQLITE.contains(path) || BERKELEY_DB.contains(path) || NDB.contains(path);
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        RpmPackages packages = new RpmPackages(path, id());
        Path file = content.spool();
        if (SQLITE.contains(path)) {
            RpmSqliteReader.read(file, path, packages);
        } else if (NDB.contains(path)) {
            NdbReader.read(file, path, packages);
        } else {
            BerkeleyDbReader.read(file, path, packages);
        }
        return new Detection(packages.packages, packages.ownership, null, packages.warnings);
    }
}
