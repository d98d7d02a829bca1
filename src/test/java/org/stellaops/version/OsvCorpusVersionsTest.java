// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every version named by real advisories parses under the scheme {@link VersionSchemes} picks
 * for it: range events (introduced, fixed, last_affected; "0" means "from the start") and the
 * explicit affected[].versions. Only affected packages of the zip's own ecosystem are checked,
 * because GHSA records also name packages of other ecosystems.
 */
class OsvCorpusVersionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> EVENT_FIELDS =
            List.of("introduced", "fixed", "last_affected");

    /**
     * "ecosystem version" strings the corpus holds that a strict scheme rightly refuses. The
     * matcher must report these ranges as unorderable rather than guess.
     */
    private static final List<Pattern> KNOWN_UNPARSEABLE = List.of(
            // Bitnami minio: release dates with zero-padded month and day ("2023.03.20"), which
            // SemVer forbids; osv.dev coerces them, we refuse rather than reinterpret
            Pattern.compile("Bitnami \\d{4}\\.\\d{2}\\.\\d{2}"),
            // Bitnami mastodon: a nightly build label ("nightly.2026-03-10.0"), not a version
            Pattern.compile("Bitnami nightly\\..*"),
            // GHSA writes an empty "fixed" event when no patched npm version exists
            Pattern.compile("npm "),
            // GHSA shorthand "0.1" for the whole 0.1 line of the time crate (GHSA-wcg3-cvx6-7396)
            Pattern.compile("crates\\.io 0\\.1"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "osv/Go/all.zip, Go",
        "osv/crates.io/all.zip, crates.io",
        "osv/AlmaLinux/all.zip, AlmaLinux",
        "osv/Bitnami/all.zip, Bitnami",
        "osv-ghsa/npm/all.zip, npm",
        "osv-ghsa/Maven/all.zip, Maven",
        "osv-ghsa/Go/all.zip, Go",
        "osv-ghsa/crates.io/all.zip, crates.io"
    })
    void everyAdvisoryVersionParses(String zip, String ecosystem) throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;

        try (ZipFile records = new ZipFile(corpus().resolve(zip).toFile())) {
            Enumeration<? extends ZipEntry> entries = records.entries();
            while (entries.hasMoreElements()) {
                JsonNode record = JSON.readTree(records.getInputStream(entries.nextElement()));
                for (JsonNode affected : record.path("affected")) {
                    String affectedEcosystem = affected.path("package").path("ecosystem").asText();
                    if (affectedEcosystem.split(":", 2)[0].equals(ecosystem)) {
                        checked += checkAffected(record.path("id").asText(), affected, failures);
                    }
                }
            }
        }

        assertThat(checked).as("versions checked in %s", zip).isPositive();
        assertThat(failures).as("unparseable versions in %s", zip).isEmpty();
    }

    private static int checkAffected(String id, JsonNode affected, List<String> failures) {
        String ecosystem = affected.path("package").path("ecosystem").asText();
        int checked = 0;
        for (JsonNode range : affected.path("ranges")) {
            VersionScheme<?> scheme = VersionSchemes.forRangeType(range.path("type").asText(),
                    ecosystem);
            for (JsonNode event : range.path("events")) {
                for (String field : EVENT_FIELDS) {
                    String version = event.path(field).asText("0");
                    if (scheme != null && !version.equals("0")) {
                        checked++;
                        tryParse(scheme, id, ecosystem, version, failures);
                    }
                }
            }
        }
        VersionScheme<?> scheme = VersionSchemes.forEcosystem(ecosystem);
        for (JsonNode version : affected.path("versions")) {
            checked++;
            tryParse(scheme, id, ecosystem, version.asText(), failures);
        }
        return checked;
    }

    private static void tryParse(VersionScheme<?> scheme, String id, String ecosystem,
            String version, List<String> failures) {
        try {
            scheme.parse(version);
        } catch (InvalidVersionException e) {
            String key = ecosystem + " " + version;
            if (KNOWN_UNPARSEABLE.stream().noneMatch(known -> known.matcher(key).matches())) {
                failures.add(id + ": " + e.getMessage());
            }
        }
    }

    private static Path corpus() {
        return Path.of(System.getProperty("stella.corpus"));
    }
}
