// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store.history;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.stellaops.store.ScanState;

/**
 * Long-term history in MongoDB, when {@code quarkus.mongodb.connection-string} is set: every
 * scan as submitted and as ended, and an audit trail of API actions. Redis keeps scans for
 * their TTL; MongoDB keeps them until an operator deletes them, and {@code GET /scans} reads
 * from here when it is configured. History is a record, never a dependency: a MongoDB that
 * fails is logged and the scan goes on. Only plain inserts, replaces and indexed range
 * queries are used (no transactions, no text search).
 */
@ApplicationScoped
public class ScanHistory {

    private static final Logger LOG = Logger.getLogger(ScanHistory.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final boolean enabled;
    private final ScanRecords scans;
    private final AuditTrail audit;

    @Inject
    public ScanHistory(@ConfigProperty(name = "quarkus.mongodb.connection-string")
            Optional<String> connection, ScanRecords scans, AuditTrail audit) {
        this.enabled = connection.filter(c -> !c.isBlank()).isPresent();
        this.scans = scans;
        this.audit = audit;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Records the scan as it is now; never fails. */
    public Uni<Void> record(ScanState state) {
        if (!enabled || state == null) {
            return Uni.createFrom().voidItem();
        }
        ScanRecord record = new ScanRecord();
        record.id = state.id();
        record.state = state.state();
        record.submitted = state.get("submitted");
        record.client = state.get("client");
        record.fields = new HashMap<>(state.fields());
        // The submitted record is only inserted, never replaced: it may reach MongoDB after
        // the end was recorded (a fast scan), and must not overwrite it.
        Uni<?> written = state.terminal()
                ? scans.mongoCollection().replaceOne(Filters.eq("_id", record.id), record,
                        new ReplaceOptions().upsert(true))
                : scans.persist(record);
        return written.ifNoItem().after(TIMEOUT).fail().replaceWithVoid()
                .onFailure(ScanHistory::duplicate).recoverWithNull()
                .onFailure().recoverWithUni(failure -> logged("scan not recorded", failure));
    }

    /** Adds an action to the audit trail; never fails. */
    public Uni<Void> audit(String action, String subject, String client, String detail) {
        if (!enabled) {
            return Uni.createFrom().voidItem();
        }
        AuditEntry entry = new AuditEntry();
        entry.time = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        entry.action = action;
        entry.subject = subject;
        entry.client = client;
        entry.detail = detail;
        return audit.persist(entry).ifNoItem().after(TIMEOUT).fail().replaceWithVoid()
                .onFailure().recoverWithUni(failure -> logged("audit entry not recorded",
                        failure));
    }

    /** Recorded scans, newest first. */
    public Uni<List<ScanState>> list(int offset, int limit) {
        return scans.findAll(Sort.descending("submitted", "_id"))
                .range(offset, offset + limit - 1).list()
                .map(records -> records.stream().map(r -> new ScanState(r.fields)).toList());
    }

    public Uni<Long> count() {
        return scans.count();
    }

    private static boolean duplicate(Throwable failure) {
        return failure instanceof MongoWriteException write
                && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }

    private static Uni<Void> logged(String what, Throwable failure) {
        LOG.warnf("%s in MongoDB (reason: %s)", what, failure.getMessage());
        return Uni.createFrom().voidItem();
    }
}
