// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.stellaops.db.AdvisoryDatabase;
import org.stellaops.db.Snapshot;
import org.stellaops.db.SnapshotManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stella db status}: the current snapshot, its age and contents, the kept snapshots. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the current snapshot and the kept ones.")
final class DbStatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db = new DbOption();

    @Override
    public Integer call() throws Exception {
        AdvisoryDatabase database = db.database();
        Snapshot current = database.open(null);
        SnapshotManifest manifest = current.manifest();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("database   %s%n", database.root());
        out.printf("snapshot   %s%n", manifest.digest());
        out.printf("date       %s (%s old)%n", manifest.snapshotDate(), age(manifest));
        out.printf("advisories %d (withdrawn %d, not reported %d)%n", manifest.advisories(),
                manifest.withdrawn(), manifest.notReported());
        out.println("ecosystems (advisories / affected packages):");
        manifest.ecosystems().forEach((name, count) ->
                out.printf("  %-40s %7d %8d%n", name, count.advisories(), count.packages()));
        if (!manifest.unknownEcosystems().isEmpty()) {
            out.println("without a version scheme: "
                    + String.join(", ", manifest.unknownEcosystems()));
        }
        out.println("kept snapshots (oldest first):");
        for (String digest : database.keptDigests()) {
            SnapshotManifest kept = database.open(digest).manifest();
            String mark = digest.equals(manifest.digest()) ? " (current)" : "";
            out.printf("  %s  %s%s%n", digest, kept.snapshotDate(), mark);
        }
        out.flush();
        return StellaMain.EXIT_PASS;
    }

    /** Age of the snapshot date, in whole days (or hours under a day). */
    private static String age(SnapshotManifest manifest) {
        try {
            Duration age = Duration.between(Instant.parse(manifest.snapshotDate()), Instant.now());
            return age.toDays() > 0 ? age.toDays() + " days" : age.toHours() + " hours";
        } catch (DateTimeParseException | NullPointerException e) {
            return "unknown";
        }
    }
}
