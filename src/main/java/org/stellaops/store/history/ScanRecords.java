// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store.history;

import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code scans} collection. */
@ApplicationScoped
public class ScanRecords implements ReactivePanacheMongoRepositoryBase<ScanRecord, String> {
}
