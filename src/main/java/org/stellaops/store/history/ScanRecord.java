// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store.history;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.util.Map;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A scan as MongoDB keeps it for the long term: the fields of its state when it was last
 * recorded (submitted, then ended), with the few that queries use lifted out.
 */
@MongoEntity(collection = "scans")
public class ScanRecord {

    @BsonId
    public String id;
    public String state;
    public String submitted;
    public String client;
    public Map<String, String> fields;
}
