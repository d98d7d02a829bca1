// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.stellaops.db.AdvisoryDatabase;
import org.stellaops.db.Snapshot;
import org.stellaops.match.PackageMatcher;

/**
 * The advisory snapshot new scans match against. It watches the database's {@code current}
 * pointer and switches when an import makes another snapshot current, without a restart. A
 * scan takes the matcher once when it starts and keeps it to the end, so scans in flight
 * finish on the snapshot they started with (snapshots are immutable files; one that pruning
 * deletes stays readable to whoever has it open).
 */
@ApplicationScoped
public class SnapshotHolder {

    private static final Logger LOG = Logger.getLogger(SnapshotHolder.class);

    private final AtomicReference<PackageMatcher> current = new AtomicReference<>();
    private final AdvisoryDatabase database;
    private final ServerConfig config;
    private ScheduledExecutorService watcher;
    private volatile String problem = "no snapshot loaded yet";

    @Inject
    public SnapshotHolder(ServerConfig config,
            @ConfigProperty(name = "stella.db.dir") Optional<String> dbDir,
            @ConfigProperty(name = "stella.db.keep", defaultValue = "5") int keep) {
        this.config = config;
        Path dir = dbDir.filter(d -> !d.isBlank()).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".stella", "db"));
        this.database = new AdvisoryDatabase(dir, keep);
    }

    void start(@Observes StartupEvent started) {
        refresh();
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "stella-snapshot-watch");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(100, config.snapshotPoll().toMillis());
        watcher.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopped) {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }

    /** The matcher of the current snapshot, or null when none is loaded. */
    public PackageMatcher current() {
        return current.get();
    }

    /** The digest of the current snapshot, or null. */
    public String digest() {
        PackageMatcher matcher = current.get();
        return matcher == null ? null : matcher.snapshot().digest();
    }

    /** Why no snapshot is loaded, when none is. */
    public String problem() {
        return problem;
    }

    /** Loads the current snapshot when it changed; keeps the old one when the new fails. */
    synchronized void refresh() {
        try {
            Optional<String> digest = database.currentDigest();
            if (digest.isEmpty()) {
                problem = "no advisory snapshot in " + database.root()
                        + ": run `stella db import` first";
                return;
            }
            PackageMatcher loaded = current.get();
            if (loaded != null && loaded.snapshot().digest().equals(digest.get())) {
                return;
            }
            Snapshot snapshot = database.open(digest.get());
            current.set(new PackageMatcher(snapshot));
            problem = null;
            LOG.infof("snapshot loaded (digest: %s, advisories: %d, previous: %s)",
                    snapshot.digest(), snapshot.advisoryCount(),
                    loaded == null ? "none" : loaded.snapshot().digest());
        } catch (Exception e) {
            problem = "cannot load the current snapshot from " + database.root() + ": "
                    + e.getMessage();
            LOG.warnf("snapshot not loaded (database: %s, reason: %s)", database.root(),
                    e.getMessage());
        }
    }
}
