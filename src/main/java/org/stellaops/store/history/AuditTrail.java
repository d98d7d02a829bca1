// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store.history;

import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code audit} collection. */
@ApplicationScoped
public class AuditTrail implements ReactivePanacheMongoRepository<AuditEntry> {
}
