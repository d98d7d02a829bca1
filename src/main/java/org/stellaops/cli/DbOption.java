// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.stellaops.db.AdvisoryDatabase;
import org.stellaops.db.DatabaseException;
import org.stellaops.db.Snapshot;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that reads the database. */
final class DbOption {

    @Option(names = "--db", paramLabel = "DIR",
            description = "Advisory database directory (default: $STELLA_DB, stella.db.dir, "
                    + "~/.stella/db).")
    Path dir;

    AdvisoryDatabase database() throws UsageException {
        return database(null);
    }

    /** The database, keeping {@code keep} snapshots (null: configured or default). */
    AdvisoryDatabase database(Integer keep) throws UsageException {
        StellaConfig config = StellaConfig.fromEnvironment();
        int snapshots = config.keep(keep);
        if (snapshots < 1) {
            throw new UsageException("--keep must be at least 1");
        }
        return new AdvisoryDatabase(config.dbDir(dir), snapshots);
    }

    Snapshot open(String digest) throws UsageException, IOException, DatabaseException {
        return database().open(digest);
    }
}
