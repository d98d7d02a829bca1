// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.stellaops.inventory.os.RpmHeader.MalformedHeaderException;

/**
 * claircore's raw header blob (pkgdb/rpm-header/claircore/package.header, MANIFEST.md): the
 * Fedora 34 crypto-policies package; its strings were read with {@code strings(1)}.
 */
class RpmHeaderTest {

    @Test
    void readsTagsOfARealHeader() throws Exception {
        RpmHeader header = RpmHeader.parse(claircoreHeader());
        assertThat(header.string(RpmHeader.NAME)).isEqualTo("crypto-policies");
        assertThat(header.string(RpmHeader.VERSION)).isEqualTo("20210213");
        assertThat(header.string(RpmHeader.RELEASE)).isEqualTo("1.git5c710c0.fc34");
        assertThat(header.string(RpmHeader.ARCH)).isEqualTo("noarch");
        assertThat(header.string(RpmHeader.LICENSE)).isEqualTo("LGPLv2+");
        assertThat(header.string(RpmHeader.VENDOR)).isEqualTo("Fedora Project");
        assertThat(header.integer(RpmHeader.EPOCH)).isNull();
        assertThat(header.strings(RpmHeader.BASENAMES))
                .hasSize(header.ints(RpmHeader.DIRINDEXES).length);
    }

    @Test
    void headerBecomesAPackageThroughRpmPackages() throws IOException {
        RpmPackages packages = new RpmPackages("var/lib/rpm/rpmdb.sqlite", "rpm");
        packages.add(claircoreHeader(), "hnum 1");
        assertThat(packages.warnings).isEmpty();
        assertThat(packages.packages).singleElement().satisfies(p -> {
            assertThat(p.purl())
                    .isEqualTo("pkg:rpm/rpm/crypto-policies@20210213-1.git5c710c0.fc34?arch=noarch");
            assertThat(p.sourceName()).isEqualTo("crypto-policies");
        });
        assertThat(packages.ownership.get(0).paths()).contains("etc/crypto-policies/config");
    }

    @Test
    void rejectsOffsetOutsideTheDataStore() throws IOException {
        byte[] blob = claircoreHeader();
        ByteBuffer.wrap(blob).putInt(8 + 8, 0x7fffffff); // first entry's offset
        assertThatThrownBy(() -> RpmHeader.parse(blob))
                .isInstanceOf(MalformedHeaderException.class)
                .hasMessageContaining("outside the data store");

        RpmPackages packages = new RpmPackages("var/lib/rpm/Packages", "rpm");
        packages.add(blob, "page 3 item 1");
        assertThat(packages.packages).isEmpty();
        assertThat(packages.warnings).singleElement().asString()
                .startsWith("var/lib/rpm/Packages: page 3 item 1: entry 0 (tag ");
    }

    @Test
    void rejectsIndexLargerThanTheBlob() throws IOException {
        byte[] blob = claircoreHeader();
        ByteBuffer.wrap(blob).putInt(0, 0xffff);
        assertThatThrownBy(() -> RpmHeader.parse(blob)).hasMessageContaining("do not fit");
        ByteBuffer.wrap(blob).putInt(0, -1);
        assertThatThrownBy(() -> RpmHeader.parse(blob)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> RpmHeader.parse(new byte[5])).hasMessageContaining("too short");
    }

    @Test
    void rejectsStringArrayCountBeyondTheData() throws Exception {
        byte[] blob = claircoreHeader();
        ByteBuffer buffer = ByteBuffer.wrap(blob);
        int count = buffer.getInt(0);
        for (int i = 0; i < count; i++) {
            if (buffer.getInt(8 + 16 * i) == RpmHeader.BASENAMES) {
                buffer.putInt(8 + 16 * i + 12, 1_000_000_000);
            }
        }
        RpmHeader header = RpmHeader.parse(blob);
        assertThatThrownBy(() -> header.strings(RpmHeader.BASENAMES))
                .isInstanceOf(MalformedHeaderException.class);
    }

    @Test
    void rejectsUnterminatedString() throws Exception {
        byte[] blob = claircoreHeader();
        // drop every NUL of the data store: no string can end inside it
        int dataStart = 8 + 16 * ByteBuffer.wrap(blob).getInt(0);
        for (int i = dataStart; i < blob.length; i++) {
            if (blob[i] == 0) {
                blob[i] = 'x';
            }
        }
        RpmHeader header = RpmHeader.parse(blob);
        assertThatThrownBy(() -> header.string(RpmHeader.NAME))
                .hasMessageContaining("not terminated");
    }

    private static byte[] claircoreHeader() throws IOException {
        return Files.readAllBytes(OsCorpus.pkgdb("rpm-header/claircore/package.header"));
    }
}
