// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.stellaops.match.Finding;
import org.stellaops.scan.VexEvidence;
import org.stellaops.vex.VexDocument;
import org.stellaops.vex.VexFormat;
import org.stellaops.vex.VexJustification;
import org.stellaops.vex.VexProduct;
import org.stellaops.vex.VexSource;
import org.stellaops.vex.VexStatement;
import org.stellaops.vex.VexStatus;
import org.stellaops.vex.VexTrust;

/**
 * The VEX of {@link VerdictBenchmark}: statements from five issuers, from a fixed seed. About
 * 60 % name a finding of the scan, by its id or an alias, through a versionless purl, the
 * exact purl, the component's bom-ref or a subcomponent of the scanned image; a sixth of those
 * are follow-ups of an earlier statement by the same issuer, later (superseding it) or at the
 * same time with another status (contradicting it). The rest name vulnerabilities the scan
 * does not have, as vendor feeds mostly do.
 */
final class VerdictVex {

    private static final String[] ISSUERS = {
        "Example Shop PSIRT", "Example Shop Security Team", "Upstream Maintainers",
        "Acme Scanner Triage", "Community VEX Feed",
    };
    private static final VexTrust TRUST = new VexTrust(VexTrust.parseIssuers(
            "Example Shop PSIRT=vendor, Example Shop Security*=self,"
                    + " Upstream Maintainers=third-party, *Scanner*=0.3"),
            VexTrust.DEFAULT_WEIGHT, Duration.ofDays(180));
    private static final int PER_DOCUMENT = 100;

    final VexEvidence evidence;

    private final Random random;
    private final VerdictScan scan;
    private final Map<String, List<VexStatement>> byIssuer = new LinkedHashMap<>();

    VerdictVex(long seed, VerdictScan scan, int count) {
        this.random = new Random(seed);
        this.scan = scan;
        List<VexStatement> about = new ArrayList<>();
        int applicable = count * 6 / 10;
        while (about.size() < applicable) {
            VexStatement statement = about.size() % 6 == 5 && !about.isEmpty()
                    ? followUp(about.get(random.nextInt(about.size())), about.size())
                    : aboutFinding(scan.findings.get(random.nextInt(scan.findings.size())),
                            about.size());
            about.add(statement);
            byIssuer.computeIfAbsent(statement.issuer(), k -> new ArrayList<>()).add(statement);
        }
        for (int i = applicable; i < count; i++) {
            VexStatement statement = elsewhere(i);
            byIssuer.computeIfAbsent(statement.issuer(), k -> new ArrayList<>()).add(statement);
        }
        evidence = new VexEvidence(documents(), TRUST);
    }

    private VexStatement aboutFinding(Finding finding, int n) {
        String vulnerability = finding.aliases().isEmpty() || random.nextBoolean()
                ? finding.id() : finding.aliases().get(0);
        VerdictScan.Pkg pkg = scan.packageOf.get(finding.purl());
        String versionless = finding.purl().replaceFirst("@.*", "");
        VexProduct product = switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> VexProduct.ofPurl(versionless);
            case 4, 5, 6 -> VexProduct.ofPurl(finding.purl());
            case 7 -> new VexProduct(pkg.ref(), List.of(), List.of(), pkg.ref(), List.of());
            default -> imageWith(random.nextBoolean() ? versionless : finding.purl());
        };
        return statement(ISSUERS[random.nextInt(ISSUERS.length)], vulnerability, product,
                status(), timestamp(), n);
    }

    /** A later word from the same issuer on the same claim, or a clash at the same time. */
    private VexStatement followUp(VexStatement earlier, int n) {
        boolean clash = random.nextInt(5) == 0;
        VexStatus status = status();
        if (clash && status == earlier.status()) {
            status = earlier.status() == VexStatus.AFFECTED ? VexStatus.NOT_AFFECTED
                    : VexStatus.AFFECTED;
        }
        // every first statement is of 2025, so a follow-up stays before the reference time
        String time = clash ? earlier.timestamp() : Instant.parse(earlier.timestamp())
                .plus(Duration.ofDays(1 + random.nextInt(60))).toString();
        return statement(earlier.issuer(), earlier.vulnerability(), earlier.products().get(0),
                status, time, n);
    }

    private VexStatement elsewhere(int n) {
        String vulnerability = "CVE-" + (2015 + random.nextInt(11)) + "-" + (50_000 + n);
        String name = Words.NAMES[random.nextInt(Words.NAMES.length)];
        return statement(ISSUERS[random.nextInt(ISSUERS.length)], vulnerability,
                VexProduct.ofPurl("pkg:npm/" + name + "-legacy"), status(), timestamp(), n);
    }

    private static VexProduct imageWith(String purl) {
        String image = "pkg:oci/checkout@" + VerdictScan.IMAGE_DIGEST.replace(":", "%3A")
                + "?repository_url=registry.example/shop/checkout";
        return new VexProduct(image, List.of(image), List.of(), null,
                List.of(VexProduct.ofPurl(purl)));
    }

    private VexStatement statement(String issuer, String vulnerability, VexProduct product,
            VexStatus status, String timestamp, int n) {
        VexJustification justification = status == VexStatus.NOT_AFFECTED
                ? VexJustification.values()[random.nextInt(VexJustification.values().length)]
                : null;
        String origin = "vex/" + issuer.toLowerCase().replace(' ', '-') + ".openvex.json";
        return new VexStatement(new VexSource(origin, "urn:vex:" + n, "/statements/" + n),
                VexFormat.OPENVEX, issuer, vulnerability, List.of(), List.of(product), status,
                justification, justification == null ? null : justification.wire(),
                justification == null ? null : "not reachable from the service's code paths",
                status == VexStatus.AFFECTED ? "upgrade to the fixed version" : null, timestamp);
    }

    private VexStatus status() {
        int roll = random.nextInt(10);
        return roll < 5 ? VexStatus.NOT_AFFECTED : roll < 7 ? VexStatus.FIXED
                : roll < 8 ? VexStatus.UNDER_INVESTIGATION : VexStatus.AFFECTED;
    }

    private String timestamp() {
        return "2025-%02d-%02dT%02d:00:00Z".formatted(1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(24));
    }

    private List<VexDocument> documents() {
        List<VexDocument> documents = new ArrayList<>();
        byIssuer.forEach((issuer, statements) -> {
            for (int from = 0; from < statements.size(); from += PER_DOCUMENT) {
                List<VexStatement> part = statements.subList(from,
                        Math.min(from + PER_DOCUMENT, statements.size()));
                String origin = part.get(0).source().origin() + "#" + from;
                documents.add(new VexDocument(origin, VexFormat.OPENVEX, "urn:doc:" + origin,
                        issuer, "2026-05-01T00:00:00Z",
                        "sha256:%064x".formatted(origin.hashCode() & 0xffffffffL), part,
                        List.of()));
            }
        });
        return documents;
    }
}
