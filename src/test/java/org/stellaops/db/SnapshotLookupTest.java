// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.feed.FeedFixtures;
import org.stellaops.feed.FeedImport;
import org.stellaops.severity.Severity;
import org.stellaops.severity.SeverityLevel;

/**
 * Lookups find a package however the advisory or the SBOM spelled its name, and return what was
 * imported; withdrawn advisories and non-security errata are stored but never found.
 */
class SnapshotLookupTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // Read-only for every test: one snapshot of real records plus a zope.interface record.
    private static Snapshot snapshot;

    @BeforeAll
    static void installSnapshot(@TempDir Path dir) throws Exception {
        FeedFixtures.writeJson(dir.resolve("corpus-feed/zope.json"), """
                {"id": "PYSEC-2099-7", "modified": "2024-01-01T00:00:00Z",
                 "affected": [{"package": {"ecosystem": "PyPI", "name": "zope.interface"},
                               "versions": ["5.0.0"]}]}
                """);
        FeedImport feed = DbFixtures.corpusRecords(dir,
                "osv/PyPI", "PYSEC-2018-2", "osv-ghsa/PyPI", "GHSA-5hg3-6c2f-f3wr",
                "osv/PyPI", "PYSEC-2021-142", "osv-ghsa/PyPI", "GHSA-8q59-q68h-6hv4",
                "osv/PyPI", "PYSEC-2018-49", "osv-ghsa/npm", "GHSA-8hc4-vh64-cxmj",
                "osv-ghsa/npm", "GHSA-3233-rgx3-c2wh", "osv/AlmaLinux", "ALBA-2019:3623",
                "osv/AlmaLinux", "ALSA-2019:0975", "osv/Go", "GO-2020-0001");
        AdvisoryDatabase db = new AdvisoryDatabase(dir.resolve("db"), 1);
        db.install(feed);
        snapshot = db.open(null);
    }

    @Test
    void readsThePublicationTimeOfAnAdvisoryById() throws Exception {
        String published = JSON.readTree(FeedFixtures.corpusRecord("osv-ghsa/npm",
                "GHSA-8hc4-vh64-cxmj")).path("published").asText();

        assertThat(published).isNotEmpty();
        assertThat(snapshot.publishedOf("GHSA-8hc4-vh64-cxmj")).isEqualTo(published);
        assertThat(snapshot.publishedOf("PYSEC-2099-7")).isNull();
        assertThat(snapshot.publishedOf("GHSA-0000-0000-0000")).isNull();
        assertThat(snapshot.ordinalOf("ALSA-2019:0975")).isNotNegative();
    }

    @Test
    void findsPypiNamesWhateverTheirCase() {
        List<String> expected = List.of("GHSA-5hg3-6c2f-f3wr", "GHSA-5hg3-6c2f-f3wr",
                "PYSEC-2018-2");

        assertThat(idsFound("PyPI", "django")).isEqualTo(expected);
        assertThat(idsFound("PyPI", "Django")).isEqualTo(expected);
        assertThat(idsFound("PyPI", " DJANGO ")).isEqualTo(expected);
    }

    @Test
    void joinsPyyamlSpellingsOfDifferentAdvisories() {
        // GHSA-8q59 says "PyYAML", the two PYSEC records say "pyyaml".
        List<String> expected = List.of("GHSA-8q59-q68h-6hv4", "PYSEC-2018-49",
                "PYSEC-2021-142");

        assertThat(idsFound("PyPI", "PyYAML")).isEqualTo(expected);
        assertThat(idsFound("PyPI", "pyyaml")).isEqualTo(expected);
    }

    @Test
    void findsPypiNamesAcrossPep503Separators() {
        assertThat(idsFound("PyPI", "zope.interface")).containsExactly("PYSEC-2099-7");
        assertThat(idsFound("PyPI", "zope-interface")).containsExactly("PYSEC-2099-7");
        assertThat(idsFound("PyPI", "Zope_._Interface")).containsExactly("PYSEC-2099-7");
        assertThat(idsFound("PyPI", "zopeinterface")).isEmpty();
    }

    @Test
    void findsNpmNamesWhateverTheirCase() {
        // GHSA-8hc4-vh64-cxmj names the package "Axios"; npm installs it as "axios".
        assertThat(idsFound("npm", "axios")).containsExactly("GHSA-8hc4-vh64-cxmj");
    }

    @Test
    void returnsNothingForUnknownPackageOrOtherFamily() {
        assertThat(snapshot.lookup("PyPI", "no-such-package")).isEmpty();
        assertThat(snapshot.lookup("crates.io", "django")).isEmpty();
    }

    @Test
    void neverFindsWithdrawnAdvisoriesOrBugfixErrata() {
        assertThat(snapshot.lookup("npm", "mustache")).isEmpty();
        assertThat(snapshot.lookup("AlmaLinux", "NetworkManager-libreswan")).isEmpty();
        assertThat(idsFound("AlmaLinux", "oci-umount"))
                .containsExactly("ALSA-2019:0975", "ALSA-2019:0975", "ALSA-2019:0975");

        // Both are stored nonetheless, flagged as such.
        assertThat(meta("GHSA-3233-rgx3-c2wh").withdrawn()).isTrue();
        assertThat(meta("ALBA-2019:3623").reported()).isFalse();
        assertThat(snapshot.manifest().withdrawn()).isEqualTo(1);
        assertThat(snapshot.manifest().notReported()).isEqualTo(1);
    }

    @Test
    void keepsIndexedRangesAndVersions() {
        IndexedAffected zope = snapshot.lookup("PyPI", "zope.interface").get(0);
        IndexedAffected django = snapshot.lookup("PyPI", "django").get(2);

        assertThat(zope.ecosystem()).isEqualTo("PyPI");
        assertThat(zope.name()).isEqualTo("zope.interface");
        assertThat(zope.versions()).containsExactly("5.0.0");
        assertThat(zope.ranges()).isEmpty();
        assertThat(django.ranges()).singleElement().satisfies(range -> {
            assertThat(range.type()).isEqualTo("ECOSYSTEM");
            assertThat(range.events()).extracting(Object::toString).containsExactly(
                    "introduced=2.0", "fixed=2.0.8", "introduced=1.11", "fixed=1.11.15");
        });
    }

    @Test
    void roundTripsMetadataOfPysecWithBorrowedSeverity() {
        AdvisoryMeta meta = meta("PYSEC-2018-2");

        assertThat(meta).isEqualTo(new AdvisoryMeta(meta.ordinal(), "PYSEC-2018-2",
                "CVE-2018-14574", false, true, false,
                new Severity(SeverityLevel.MEDIUM, 6.1,
                        "CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N",
                        "GHSA-5hg3-6c2f-f3wr CVSS_V3"),
                List.of("CVE-2018-14574"),
                List.of("CVE-2018-14574", "GHSA-5hg3-6c2f-f3wr"),
                List.of("https://www.djangoproject.com/weblog/2018/aug/01/security-releases/",
                        "https://usn.ubuntu.com/3726-1/",
                        "http://www.securitytracker.com/id/1041403",
                        "https://www.debian.org/security/2018/dsa-4264",
                        "http://www.securityfocus.com/bid/104970",
                        "https://access.redhat.com/errata/RHSA-2019:0265",
                        "https://github.com/advisories/GHSA-5hg3-6c2f-f3wr"),
                null, "2021-06-10T06:51:09.426505Z"));
    }

    @Test
    void roundTripsMetadataOfDistroAdvisory() {
        AdvisoryMeta meta = meta("ALSA-2019:0975");

        assertThat(meta.distroAdvisory()).isTrue();
        assertThat(meta.group()).isEqualTo("ALSA-2019:0975");
        assertThat(meta.cves()).containsExactly("CVE-2019-5736");
        assertThat(meta.aliases()).isEmpty();
        assertThat(meta.severity())
                .isEqualTo(Severity.stated(SeverityLevel.HIGH, "ALSA-2019:0975 stated"));
        assertThat(meta.summary())
                .isEqualTo("Important: container-tools:rhel8 security and bug fix update");
        assertThat(meta.references()).containsExactly(
                "https://errata.almalinux.org/8/ALSA-2019-0975.html",
                "https://vulners.com/cve/CVE-2019-5736");
    }

    @Test
    void returnsCompleteRecordAsCanonicalJson() throws Exception {
        byte[] original = FeedFixtures.corpusRecord("osv/Go", "GO-2020-0001");

        String stored = snapshot.recordJson(meta("GO-2020-0001").ordinal());

        assertThat(JSON.readTree(stored)).isEqualTo(JSON.readTree(original));
        assertThat(stored).startsWith("{\"affected\":[{")
                .contains("\"credits\":[{\"name\":\"@thinkerou <thinkerou@gmail.com>\"}]")
                .contains("\"database_specific\":{\"review_status\":\"REVIEWED\",")
                .doesNotContain("\n");
    }

    @Test
    void ordersAdvisoriesById() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < snapshot.advisoryCount(); i++) {
            ids.add(snapshot.advisory(i).id());
        }

        assertThat(snapshot.advisoryCount()).isEqualTo(11);
        assertThat(ids).isSorted().startsWith("ALBA-2019:3623", "ALSA-2019:0975");
    }

    private static List<String> idsFound(String family, String name) {
        return snapshot.lookup(family, name).stream()
                .map(entry -> snapshot.advisory(entry.advisory()).id())
                .toList();
    }

    private static AdvisoryMeta meta(String id) {
        for (int i = 0; i < snapshot.advisoryCount(); i++) {
            if (snapshot.advisory(i).id().equals(id)) {
                return snapshot.advisory(i);
            }
        }
        throw new AssertionError(id + " is not in the snapshot");
    }
}
