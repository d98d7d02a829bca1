// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

/** File names inside the advisory database and inside one snapshot. */
final class SnapshotFiles {

    static final String SNAPSHOTS = "snapshots";
    static final String CURRENT = "current";
    static final String HISTORY = "history";
    static final String LOCK = ".lock";
    static final String STAGING = ".staging";

    static final String MANIFEST = "manifest.json";
    static final String INDEX = "index.bin";
    static final String RECORDS = "records.bin";

    private SnapshotFiles() {
    }
}
