// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stellaops.sbom.SbomPaths;

/**
 * {@link PurlParser} must read every purl as packageurl-java 1.5.0 does, refusals included. The
 * purls: every one written in the corpus SBOMs (CycloneDX, SPDX, Syft and Trivy files of
 * ../shared/corpus/sbom, as their tools wrote them), the VEX documents and the advisory
 * samples, then hand-made hard cases, then random mutations of the corpus purls.
 */
class PurlParserTest {

    private static final Pattern PURL = Pattern.compile("pkg:[^\"'\\s<>,)\\]}]+");

    private static List<String> corpus;

    @BeforeAll
    static void readCorpus() throws IOException {
        TreeSet<String> found = new TreeSet<>();
        for (String dir : List.of("sbom", "vex", "osv-ghsa-sample", "osv-samples")) {
            Path root = SbomPaths.corpus().resolve(dir);
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                        .replace("&amp;", "&").replace("\\u0026", "&");
                Matcher m = PURL.matcher(text);
                while (m.find()) {
                    found.add(m.group());
                }
            }
        }
        corpus = List.copyOf(found);
    }

    @Test
    void agreesWithTheLibraryOnEveryCorpusPurl() {
        assertThat(corpus).hasSizeGreaterThan(10_000);
        int fast = 0;
        for (String purl : corpus) {
            assertSameAsLibrary(purl);
            fast += PurlParser.plain(purl) != null ? 1 : 0;
        }
        // the fast path must carry the bulk, or it is not worth having
        assertThat(fast).isGreaterThan(corpus.size() * 8 / 10);
    }

    @Test
    void agreesOnHardCases() {
        for (String purl : List.of(
                "pkg:pypi/Foo_Bar@1.0", "pkg:PYPI/foo@1", "pkg:npm/%40scope/name@1.0.0",
                "pkg:npm/@scope/name@1.0.0", "pkg:deb/Debian/LibC6@2.36?distro=debian-12",
                "pkg:golang/github.com/Azure/Go-Sdk@v1.0.0", "pkg:rpm/RedHat/Bash@5.1",
                "pkg:maven/junit@4.12", "pkg:maven/org.junit/junit@4.12?type=jar&classifier=",
                "pkg:npm/foo@1.0?a=1&a=2", "pkg:npm/foo@1.0?A=1", "pkg:npm/foo@1.0?1a=1",
                "pkg:npm/foo@1.0?a=1&", "pkg:npm/foo@1.0?&a=1", "pkg:npm/foo@1.0?a",
                "pkg:npm/foo@1.0#sub/path", "pkg:npm/foo@1.0%2", "pkg:npm/foo@1.0%zz",
                "pkg:npm/foo%2Fbar@1.0", "pkg:npm/a/%2E%2E/foo@1", "pkg:npm/a//foo@1",
                "pkg:npm/./foo@1", "pkg:npm/foo@", "pkg:npm/@1.0", "pkg:npm/foo/@1.0",
                "pkg:npm/foo@1.0/", "pkg://npm/foo@1.0", "pkg:/npm/foo@1.0", "pkg:npm",
                "pkg:npm/", "pkg:npm/foo", "pkg:npm/foo@1.0%C3%A9", "pkg:npm/f o@1",
                "pkg:npm/foo@1.0+build", "pkg:npm/foo@1@2", "pkg:npm/foo?x=1@2",
                "pkg:apk/alpine/Busybox@1.36.1-r2?arch=x86_64", "pkg:gem/Rails@7.0",
                "pkg:cargo/Serde@1.0", "pkg:nuget/Newtonsoft.Json@13.0.1",
                "pkg:composer/Laravel/Framework@10.0", "pkg:hex/Phoenix@1.7",
                "pkg:swift/github.com/Apple/swift-nio@2.0.0", "pkg:bitnami/Redis@7.2",
                "pkg:pub/Http@1.0", "pkg:rpm/almalinux/kernel@4.18.0-1.el8%2B1?epoch=0",
                "pkg:deb/debian/glibc@2.36?upstream=glibc%402.36-9", "pkg:npm/foo@1.0?a=%25",
                "pkg:npm/foo@1.0?a=b=c", "pkg:npm/foo@1.0?a=%0A", "pkg:npm/foo@1.0%7F",
                "PKG:npm/foo@1.0", "pkg:npm/foo@1.0?key.with-dots_and=1",
                "pkg:generic/foo@1.0", "pkg:oci/foo@sha256%3Aabc")) {
            assertSameAsLibrary(purl);
        }
    }

    @Test
    void agreesOnMutatedCorpusPurls() {
        Random random = new Random(20261204);
        String alphabet = "/@?&=%#.:_-+~!$'()*;,AZaz09 %2F%40%3A%25%C3";
        for (int i = 0; i < 30_000; i++) {
            StringBuilder purl = new StringBuilder(corpus.get(random.nextInt(corpus.size())));
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(purl.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> purl.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> {
                        if (at < purl.length()) {
                            purl.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < purl.length()) {
                            purl.setCharAt(at,
                                    alphabet.charAt(random.nextInt(alphabet.length())));
                        }
                    }
                }
            }
            assertSameAsLibrary(purl.toString());
        }
    }

    private static void assertSameAsLibrary(String purl) {
        Object expected;
        try {
            PackageURL library = new PackageURL(purl);
            Map<String, String> qualifiers = library.getQualifiers();
            expected = new PurlParts(library.getType(), library.getNamespace(),
                    library.getName(), library.getVersion(),
                    qualifiers == null ? Map.of() : Map.copyOf(qualifiers), library.getSubpath());
        } catch (MalformedPackageURLException | RuntimeException e) {
            expected = "refused";
        }
        Object actual;
        try {
            PurlParts ours = PurlParser.parse(purl);
            actual = new PurlParts(ours.type(), ours.namespace(), ours.name(), ours.version(),
                    Map.copyOf(ours.qualifiers()), ours.subpath());
        } catch (MalformedPackageURLException | RuntimeException e) {
            actual = "refused";
        }
        assertThat(actual).as(purl).isEqualTo(expected);
    }
}
