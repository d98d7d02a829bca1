// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.InventoryException;
import org.stellaops.inventory.PathFileContent;

/**
 * Corpus: pkgdb/jar, Trivy test data (MANIFEST.md lines 292-295); expected coordinates read with
 * {@code unzip -p x.jar .../pom.properties}. Hostile archives are built in the test.
 */
class JavaArchiveDetectorTest {

    private final JavaArchiveDetector detector = new JavaArchiveDetector();

    @TempDir
    Path dir;

    @Test
    void wantsJavaArchiveExtensions() {
        assertThat(detector.wants(entry("opt/app/lib/a.jar"))).isTrue();
        assertThat(detector.wants(entry("usr/local/tomcat/webapps/ROOT.WAR"))).isTrue();
        assertThat(detector.wants(entry("var/jenkins_home/plugins/git.jpi"))).isTrue();
        assertThat(detector.wants(entry("opt/app/lib/a.zip"))).isFalse();
    }

    @Test
    void readsPomPropertiesOfARealJar() throws Exception {
        Detection found = LangCorpus.detect(detector, "jar/jackson-annotations-2.15.0-rc2.jar",
                "app/lib/jackson-annotations-2.15.0-rc2.jar");

        assertThat(found.packages()).singleElement().satisfies(pkg -> {
            assertThat(pkg.purl()).isEqualTo(
                    "pkg:maven/com.fasterxml.jackson.core/jackson-annotations@2.15.0-rc2");
            assertThat(pkg.path()).isEqualTo("app/lib/jackson-annotations-2.15.0-rc2.jar");
            assertThat(pkg.detector()).isEqualTo("java-archive");
        });
        assertThat(found.warnings()).isEmpty();
    }

    @Test
    void reportsEveryArtifactOfAShadedJarInEntryOrder() throws Exception {
        Detection found = LangCorpus.detect(detector,
                "jar/hadoop-shaded-guava-1.1.0-SNAPSHOT.jar", "lib/hadoop-shaded-guava.jar");

        assertThat(found.packages()).extracting(InstalledPackage::purl).containsExactly(
                "pkg:maven/org.apache.hadoop.thirdparty/hadoop-shaded-guava@1.1.0-SNAPSHOT",
                "pkg:maven/com.google.j2objc/j2objc-annotations@1.3",
                "pkg:maven/com.google.guava/guava@29.0-jre",
                "pkg:maven/com.google.guava/failureaccess@1.0.1",
                "pkg:maven/com.google.guava/listenablefuture"
                        + "@9999.0-empty-to-avoid-conflict-with-guava");
    }

    @Test
    void labelsPackagesOfNestedJarsWithTheirPathInside() throws Exception {
        // nested.jar holds META-INF/jars/nested2.jar, which holds META-INF/jars/nested3.jar
        Detection found = LangCorpus.detect(detector, "jar/nested.jar", "app/nested.jar");

        assertThat(found.packages()).extracting(InstalledPackage::purl, InstalledPackage::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pkg:maven/test/nested@0.0.1",
                                "app/nested.jar"),
                        org.assertj.core.groups.Tuple.tuple("pkg:maven/test/nested2@0.0.2",
                                "app/nested.jar!/META-INF/jars/nested2.jar"),
                        org.assertj.core.groups.Tuple.tuple("pkg:maven/test/nested3@0.0.3",
                                "app/nested.jar!/META-INF/jars/nested2.jar"
                                        + "!/META-INF/jars/nested3.jar"));
    }

    @Test
    void stopsAtTheDepthLimitWithAWarning() throws Exception {
        JavaArchiveDetector shallow = new JavaArchiveDetector(1, ArchiveBudget.DEFAULT_TOTAL);

        Detection found = LangCorpus.detect(shallow, "jar/nested.jar", "nested.jar");

        assertThat(found.packages()).extracting(InstalledPackage::name)
                .containsExactly("nested", "nested2");
        assertThat(found.warnings()).containsExactly("nested.jar!/META-INF/jars/nested2.jar"
                + "!/META-INF/jars/nested3.jar: archive nested deeper than 1 levels not read");
    }

    @Test
    void stopsANestedZipBombAtTheInflatedLimitKeepingWhatCameBefore() throws Exception {
        // 32 MiB of zeros stored in an inner jar, deflated to ~32 KiB in the outer war
        byte[] bomb = zip(new Member("zeros.bin", new byte[32 << 20], true));
        Path war = write("app.war",
                new Member("META-INF/maven/g/app/pom.properties", pom("g", "app", "1"), false),
                new Member("WEB-INF/lib/bomb.jar", bomb, false),
                new Member("WEB-INF/lib/late-1.0.jar", plainJar(), false));
        JavaArchiveDetector bounded = new JavaArchiveDetector(4, 4 << 20);

        Detection found = bounded.detect(new PathFileContent(war, "srv/app.war"));

        assertThat(found.packages()).extracting(InstalledPackage::purl)
                .containsExactly("pkg:maven/g/app@1");
        assertThat(found.warnings()).singleElement().asString()
                .startsWith("srv/app.war: inflated size limit reached in "
                        + "srv/app.war!/WEB-INF/lib/bomb.jar");
    }

    @Test
    void fallsBackToManifestThenFileName() throws Exception {
        byte[] manifest = """
                Manifest-Version: 1.0
                Implementation-Title: Commons Thing
                Implementation-Version: 2.3.4
                Implementation-Vendor-Id: org.example

                """.getBytes(StandardCharsets.UTF_8);
        Path ear = write("app.ear",
                new Member("lib/thing-2.3.jar", zip(new Member("META-INF/MANIFEST.MF",
                        manifest, false)), false),
                new Member("lib/plain-util-1.0.1.jar", plainJar(), false),
                new Member("lib/noversion.jar", plainJar(), false),
                new Member("lib/not-a-zip-1.0.jar", "text".getBytes(StandardCharsets.UTF_8),
                        false));

        Detection found = detector.detect(new PathFileContent(ear, "app.ear"));

        assertThat(found.packages()).extracting(InstalledPackage::purl).containsExactly(
                "pkg:maven/org.example/thing@2.3.4",
                "pkg:maven/plain-util/plain-util@1.0.1");
        assertThat(found.warnings()).isEmpty();
    }

    @Test
    void takesTheGroupFromBundleSymbolicName() throws Exception {
        byte[] manifest = """
                Manifest-Version: 1.0
                Bundle-SymbolicName: org.osgi.thing.core;singleton:=true
                Bundle-Version: 1.2.0.v2020

                """.getBytes(StandardCharsets.UTF_8);
        Path jar = write("core-1.2.jar", new Member("META-INF/MANIFEST.MF", manifest, false));

        Detection found = detector.detect(new PathFileContent(jar, "plugins/core-1.2.jar"));

        assertThat(found.packages()).extracting(InstalledPackage::purl)
                .containsExactly("pkg:maven/org.osgi.thing/core@1.2.0.v2020");
    }

    @Test
    void usesEntryNamesWithDotDotAsLabelsOnly() throws Exception {
        Path jar = write("evil.jar", new Member("../../etc/x-1.0.jar", plainJar(),
                false));

        Detection found = detector.detect(new PathFileContent(jar, "evil.jar"));

        assertThat(found.packages()).singleElement().satisfies(pkg -> {
            assertThat(pkg.path()).isEqualTo("evil.jar!/../../etc/x-1.0.jar");
            assertThat(pkg.purl()).isEqualTo("pkg:maven/x/x@1.0");
        });
        assertThat(dir.resolve("../../etc/x-1.0.jar").normalize()).doesNotExist();
    }

    @Test
    void refusesAFileThatIsNoZip() throws Exception {
        Path jar = Files.writeString(dir.resolve("broken.jar"), "PK\u0003\u0004 not really");

        assertThatThrownBy(() -> detector.detect(new PathFileContent(jar, "lib/broken.jar")))
                .isInstanceOf(InventoryException.class)
                .hasMessage("lib/broken.jar: not a zip archive (no entry found)");
    }

    private record Member(String name, byte[] data, boolean stored) {
    }

    private Path write(String name, Member... members) throws IOException {
        return Files.write(dir.resolve(name), zip(members));
    }

    private static byte[] zip(Member... members) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Member m : members) {
                ZipEntry entry = new ZipEntry(m.name());
                if (m.stored()) {
                    CRC32 crc = new CRC32();
                    crc.update(m.data());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(m.data().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(m.data());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A jar of one class and no metadata. */
    private static byte[] plainJar() throws IOException {
        return zip(new Member("a/A.class", new byte[] {(byte) 0xca, (byte) 0xfe}, false));
    }

    private static byte[] pom(String group, String artifact, String version) {
        return ("groupId=" + group + "\nartifactId=" + artifact + "\nversion=" + version + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static FileEntry entry(String path) {
        return new FileEntry(path, 100, 0644);
    }
}
