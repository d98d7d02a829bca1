// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import org.stellaops.inventory.InventoryException;

/**
 * Reads the header blobs of an {@code rpmdb.sqlite} (rpm 4.16 and later: Fedora, RHEL 9,
 * CBL-Mariner, Amazon Linux 2023) in {@code hnum} order. The file is opened read-only and
 * immutable, so SQLite neither writes a journal or WAL next to it nor expects another writer.
 */
final class RpmSqliteReader {

    private RpmSqliteReader() {
    }

    static void read(Path file, String path, RpmPackages sink) throws IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        String url = "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1";
        try (Connection db = config.createConnection(url)) {
            try (Statement pragma = db.createStatement()) {
                // the schema is the image's, not ours: let no view or trigger run functions
                pragma.execute("PRAGMA trusted_schema = OFF");
            }
            requirePackagesTable(db, path);
            readBlobs(db, sink);
        } catch (SQLException e) {
            throw new InventoryException(path, "cannot read rpm sqlite database: "
                    + e.getMessage(), e);
        }
    }

    private static void requirePackagesTable(Connection db, String path)
            throws SQLException, InventoryException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT type FROM sqlite_master WHERE name = 'Packages'");
                ResultSet row = query.executeQuery()) {
            if (!row.next() || !"table".equals(row.getString(1))) {
                throw new InventoryException(path, "no Packages table in rpm sqlite database");
            }
        }
    }

    private static void readBlobs(Connection db, RpmPackages sink) throws SQLException {
        // oversized blobs are measured, not loaded: a hostile database cannot exhaust memory
        try (PreparedStatement query = db.prepareStatement("SELECT hnum, length(blob), "
                + "CASE WHEN length(blob) <= ? THEN blob END FROM Packages ORDER BY hnum")) {
            query.setLong(1, RpmDatabaseDetector.MAX_HEADER_BYTES);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String record = "hnum " + row.getLong(1);
                    byte[] blob = row.getBytes(3);
                    if (blob == null) {
                        sink.warn(record + ": header of " + row.getLong(2)
                                + " bytes is over the limit; skipped");
                    } else {
                        sink.add(blob, record);
                    }
                }
            }
        }
    }
}
