// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store.history;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

/** One API action in the audit trail: who did what to which scan or layer, and when. */
@MongoEntity(collection = "audit")
public class AuditEntry {

    public ObjectId id;
    public String time;
    public String action;
    public String subject;
    public String client;
    public String detail;
}
