// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stellaops.db.SnapshotManifest;
import org.stellaops.feed.FeedImport;
import org.stellaops.feed.FeedImporter;
import org.stellaops.feed.ImportOptions;
import org.stellaops.feed.ImportReport;
import org.stellaops.feed.ZipLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stella db import PATH...}: OSV zips, folders or files into a new snapshot. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import OSV advisories (all.zip files, folders of "
        + ".json files, single files) as a new snapshot and make it current.")
final class DbImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db = new DbOption();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "OSV inputs.")
    List<Path> inputs;

    @Option(names = "--skip-invalid",
            description = "Skip (and list) invalid records instead of failing the import.")
    boolean skipInvalid;

    @Option(names = "--max-entry-bytes", paramLabel = "BYTES",
            description = "Largest uncompressed record or zip entry (default: 33554432).")
    long maxEntryBytes = ZipLimits.DEFAULT.maxEntryBytes();

    @Option(names = "--keep", paramLabel = "N",
            description = "Snapshots to keep, the current one included (default: "
                    + "$STELLA_DB_KEEP, stella.db.keep, 5).")
    Integer keep;

    @Option(names = "--threads", paramLabel = "N",
            description = "Records parsed at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-v", "--verbose"}, description = "Log progress to standard error.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        ZipLimits defaults = ZipLimits.DEFAULT;
        ZipLimits limits = new ZipLimits(maxEntryBytes, defaults.maxTotalBytes(),
                defaults.maxRatio(), defaults.ratioFloorBytes(), defaults.maxEntries());
        ImportOptions options = new ImportOptions(skipInvalid, limits, threads);
        FeedImport feed = new FeedImporter(options).read(inputs);
        SnapshotManifest manifest = db.database(keep).install(feed);
        print(spec.commandLine().getOut(), manifest, feed.report());
        return StellaMain.EXIT_PASS;
    }

    private static void print(PrintWriter out, SnapshotManifest manifest, ImportReport report) {
        out.printf("snapshot %s%n", manifest.digest());
        out.printf("date     %s%n", manifest.snapshotDate());
        out.printf("records  %d (withdrawn %d, not reported %d, GIT ranges ignored %d)%n",
                manifest.advisories(), manifest.withdrawn(), manifest.notReported(),
                manifest.gitRanges());
        out.printf("read     %d documents, %d identical duplicates, %d conflicts, %d rejected%n",
                report.documents(), report.duplicates(), report.conflicts().size(),
                report.rejected().size());
        report.conflicts().forEach(c -> out.println("conflict " + c));
        report.rejected().forEach(r -> out.println("rejected " + r));
        if (!manifest.unknownEcosystems().isEmpty()) {
            out.println("no version scheme (kept, matched as unknown): "
                    + String.join(", ", manifest.unknownEcosystems()));
        }
        if (report.invalidVectors() > 0) {
            out.printf("ignored  %d CVSS vectors that do not parse%n", report.invalidVectors());
        }
        out.flush();
    }
}
