// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.InventoryException;

/**
 * Broken and hostile rpm databases, made by cutting or patching the corpus databases: each
 * ends in an {@link InventoryException} naming the file or in warnings, never in another
 * exception type or a hang.
 */
@Timeout(20)
class RpmHostileDatabaseTest {

    private static final String SQLITE = "var/lib/rpm/rpmdb.sqlite";
    private static final String BDB = "var/lib/rpm/Packages";
    private static final String NDB = "var/lib/rpm/Packages.db";
    private final RpmDatabaseDetector detector = new RpmDatabaseDetector();

    @TempDir
    Path dir;

    @Test
    void truncatedSqliteIsAnInventoryException() throws IOException {
        Path cut = prefix("rpm-sqlite/cbl-mariner-2.0/rpmdb.sqlite", 64 * 1024);
        assertThatThrownBy(() -> OsCorpus.detectFile(detector, cut, SQLITE))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith(SQLITE + ": cannot read rpm sqlite database");
    }

    @Test
    void sqliteIsFoundWhateverCharactersItsSpooledPathHas() throws IOException {
        Path odd = Files.createDirectories(dir.resolve("spool dir #1 %20 ?x"));
        Path copy = Files.copy(OsCorpus.pkgdb("rpm-sqlite/cbl-mariner-2.0/rpmdb.sqlite"),
                odd.resolve("rpmdb.sqlite"));
        assertThat(OsCorpus.detectFile(detector, copy, SQLITE).packages()).hasSize(129);
    }

    @Test
    void textFileOrEmptyFileIsNoSqliteDatabase() throws IOException {
        Path text = Files.writeString(dir.resolve("text"), "not a database at all\n".repeat(100));
        assertThatThrownBy(() -> OsCorpus.detectFile(detector, text, SQLITE))
                .isInstanceOf(InventoryException.class).hasMessageContaining(SQLITE);
        Path empty = Files.createFile(dir.resolve("empty"));
        assertThatThrownBy(() -> OsCorpus.detectFile(detector, empty, SQLITE))
                .isInstanceOf(InventoryException.class)
                .hasMessageContaining("no Packages table");
    }

    @Test
    void sqliteWhosePackagesIsAViewIsRefused() throws Exception {
        Path db = sqlite("CREATE VIEW Packages AS SELECT 1 AS hnum, x'00' AS blob");
        assertThatThrownBy(() -> OsCorpus.detectFile(detector, db, SQLITE))
                .isInstanceOf(InventoryException.class)
                .hasMessageContaining("no Packages table");
    }

    @Test
    void garbageBlobInSqliteIsAWarningAndTheRestIsRead() throws Exception {
        Path db = sqlite("CREATE TABLE Packages (hnum INTEGER PRIMARY KEY, blob BLOB NOT NULL)");
        byte[] header = Files.readAllBytes(OsCorpus.pkgdb("rpm-header/claircore/package.header"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                PreparedStatement insert = c.prepareStatement("INSERT INTO Packages VALUES (?, ?)")) {
            insert.setInt(1, 1);
            insert.setBytes(2, new byte[] {0, 0, 0, 1, 0, 0, 0, 0});
            insert.executeUpdate();
            insert.setInt(1, 2);
            insert.setBytes(2, header);
            insert.executeUpdate();
        }
        // no journal or WAL may appear next to the database we read
        String[] before = dir.toFile().list();
        Detection detection = OsCorpus.detectFile(detector, db, SQLITE);
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder(before);

        assertThat(detection.packages()).extracting(p -> p.name()).containsExactly("crypto-policies");
        assertThat(detection.warnings()).singleElement().asString()
                .isEqualTo(SQLITE + ": hnum 1: index of 1 entries and 0 data bytes do not fit"
                        + " in a blob of 8 bytes; header skipped");
    }

    @Test
    void truncatedBerkeleyDbKeepsWhatIsThereAndWarns() throws IOException {
        Path cut = prefix("rpm-bdb/go-rpmdb-libuuid/Packages", 3 * 4096);
        Detection detection = OsCorpus.detectFile(detector, cut, BDB);
        assertThat(detection.packages()).isEmpty();
        // the one header's value (80880 bytes by its off-page item) was on the pages cut off
        assertThat(detection.warnings()).containsExactly(
                BDB + ": metadata names 23 pages but the file holds 3; reading those"
                        + " (truncated file?)",
                BDB + ": page 2 item 1: value of 80880 bytes is larger than the file"
                        + " (truncated?); skipped");
    }

    @Test
    void berkeleyDbChainIntoMissingPagesIsAWarning() throws IOException {
        // 21 of 23 pages: the 80880-byte value fits the file but its chain runs into the cut
        Path cut = prefix("rpm-bdb/go-rpmdb-libuuid/Packages", 21 * 4096);
        Detection detection = OsCorpus.detectFile(detector, cut, BDB);
        assertThat(detection.packages()).isEmpty();
        assertThat(detection.warnings()).last().asString()
                .isEqualTo(BDB + ": page 2 item 1: overflow chain leads to page 21 past the end;"
                        + " skipped");
    }

    @Test
    void berkeleyDbTooShortOrNotHashIsAnInventoryException() throws IOException {
        Path tiny = prefix("rpm-bdb/syft/Packages", 100);
        assertThatThrownBy(() -> OsCorpus.detectFile(detector, tiny, BDB))
                .isInstanceOf(InventoryException.class).hasMessageContaining("too short");
        Path text = Files.writeString(dir.resolve("text"), "x".repeat(4096));
        assertThatThrownBy(() -> OsCorpus.detectFile(detector, text, BDB))
                .isInstanceOf(InventoryException.class)
                .hasMessageContaining("not a Berkeley DB hash database");
    }

    @Test
    void berkeleyDbOverflowLoopEnds() throws IOException {
        byte[] bytes = Files.readAllBytes(OsCorpus.pkgdb("rpm-bdb/syft/Packages"));
        ByteBuffer db = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int pageSize = db.getInt(20);
        int patched = 0;
        for (int page = 1; page * pageSize < bytes.length; page++) {
            if (bytes[page * pageSize + 25] == 7) { // overflow page: point it at itself
                db.putInt(page * pageSize + 16, page);
                db.putShort(page * pageSize + 22, (short) 1);
                patched++;
            }
        }
        assertThat(patched).isPositive();
        Path looped = Files.write(dir.resolve("looped"), bytes);

        Detection detection = OsCorpus.detectFile(detector, looped, BDB);
        assertThat(detection.packages()).isEmpty();
        assertThat(detection.warnings()).singleElement().asString().contains("(loop)");
    }

    @Test
    void ndbWithBadMagicIsAnInventoryException() throws IOException {
        Path text = Files.writeString(dir.resolve("text"), "x".repeat(8192));
        assertThatThrownBy(() -> OsCorpus.detectFile(detector, text, NDB))
                .isInstanceOf(InventoryException.class)
                .hasMessage(NDB + ": not an rpm NDB database (bad magic or version)");
    }

    @Test
    void truncatedNdbWarnsForEveryMissingBlob() throws IOException {
        Path cut = prefix("rpm-ndb/sle15-bci/Packages.db", 4096);
        Detection detection = OsCorpus.detectFile(detector, cut, NDB);
        assertThat(detection.packages()).isEmpty();
        assertThat(detection.warnings()).hasSize(35)
                .allSatisfy(w -> assertThat(w).startsWith(NDB + ": package ")
                        .endsWith("is past the end; skipped"));
    }

    @Test
    void ndbBlobLongerThanItsBlocksIsSkipped() throws IOException {
        byte[] bytes = Files.readAllBytes(OsCorpus.pkgdb("rpm-ndb/sle15-bci/Packages.db"));
        ByteBuffer db = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long firstBlob = Integer.toUnsignedLong(db.getInt(32 + 8)) * 16; // slot 2's block
        db.putInt((int) firstBlob + 12, Integer.MAX_VALUE);
        Path patched = Files.write(dir.resolve("patched"), bytes);

        Detection detection = OsCorpus.detectFile(detector, patched, NDB);
        assertThat(detection.packages()).hasSize(34);
        assertThat(detection.warnings()).singleElement().asString()
                .contains("does not fit its");
    }

    @Test
    void ndbSlotsSharingOneBlobAreRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(OsCorpus.pkgdb("rpm-ndb/sle15-bci/Packages.db"));
        ByteBuffer db = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int largest = 32;
        for (int at = 32; at < 4096; at += 16) {
            if (db.getInt(at + 12) > db.getInt(largest + 12)) {
                largest = at;
            }
        }
        // every slot of the page claims the largest blob: 254 copies outgrow the file
        for (int at = 32; at < 4096; at += 16) {
            for (int field = 4; field < 16; field += 4) {
                db.putInt(at + field, db.getInt(largest + field));
            }
        }
        Path shared = Files.write(dir.resolve("shared"), bytes);
        assertThatThrownBy(() -> OsCorpus.detectFile(detector, shared, NDB))
                .isInstanceOf(InventoryException.class)
                .hasMessageContaining("overlapping blobs");
    }

    private Path prefix(String corpusFile, int length) throws IOException {
        byte[] bytes = Files.readAllBytes(OsCorpus.pkgdb(corpusFile));
        return Files.write(dir.resolve("cut"), Arrays.copyOf(bytes, Math.min(length, bytes.length)));
    }

    private Path sqlite(String ddl) throws SQLException {
        Path db = dir.resolve("rpmdb.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.execute(ddl);
        }
        return db;
    }
}
