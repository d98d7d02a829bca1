// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

/**
 * The 50-rule policy of {@link VerdictBenchmark}: 25 rules with {@code when:} conditions and
 * 25 with {@code cel:} expressions, interleaved, and two gates. Exemptions come first and
 * most rules are narrow, as in a team's real policy, so under {@code match: first} the average
 * finding is still tried against most rules before one matches or none does.
 */
public final class VerdictPolicy {

    public static String yaml(String match) {
        return HEADER.formatted(match) + RULES + GATES;
    }

    private VerdictPolicy() {
    }

    private static final String HEADER = """
            apiVersion: stella.ops/policy/v1
            name: checkout-service
            version: 7
            match: %s
            rules:
            """;

    private static final String RULES = """
              - id: accept-legacy-ids
                when: {id: ['CVE-2019-100??', 'GHSA-2222-*']}
                action: ignore
                reason: accepted risk, reviewed 2026-04
                expires: '2026-12-31T00:00:00Z'
              - id: cel-vendor-not-affected
                cel: vex.status == "not_affected" && vex.issuer == "Example Shop PSIRT"
                action: ignore
                reason: the vendor says not affected
              - id: not-present
                when:
                  vexStatus: [not_affected]
                  vexJustification: [component_not_present, vulnerable_code_not_present]
                action: ignore
                reason: the code is not there
              - id: cel-fixed-by-vex
                cel: vex.status == "fixed" && vex.issuer.startsWith("Example Shop")
                action: ignore
                reason: fixed in our build
              - id: types-only
                when: {purl: ['pkg:npm/@types/*', 'pkg:npm/*-typings@*']}
                action: ignore
                reason: type declarations only
              - id: cel-expired-exemption
                cel: finding.id in ["GHSA-xxxx-xxxx-xxxx", "CVE-2018-0001"]
                action: ignore
                reason: old exemption
                expires: '2026-01-01T00:00:00Z'
              - id: debian-low
                when: {ecosystem: [deb], severity: [low, none]}
                action: ignore
                reason: Debian rates these minor
              - id: cel-critical-network
                cel: finding.severity == "critical" && finding.vector.contains("AV:N")
                action: block
                reason: remotely exploitable critical
              - id: critical-with-fix
                when: {severity: {atLeast: critical}, fixAvailable: true}
                action: block
                reason: a fix exists for a critical
              - id: cel-high-old-fix
                cel: finding.severity == "high" && finding.fixAvailable && finding.fixAgeDays > 90
                action: block
                reason: a high with a fix older than 90 days
              - id: cvss-network-nine
                when: {cvss: {scoreAtLeast: 9.0, vector: {AV: N, PR: N}}}
                action: block
              - id: cel-log4j
                cel: pkg.name.startsWith("log4j") && pkg.ecosystem == "maven"
                action: block
                reason: log4j is banned
              - id: banned-packages
                when: {package: ['log4j*', 'jwt-go', 'minimist']}
                action: block
                reason: banned package
              - id: cel-many-aliases
                cel: size(finding.aliases) > 2 && finding.score >= 7.0
                action: escalate
                to: critical
              - id: old-advisory-with-fix
                when: {advisoryAge: {olderThan: 365d}, fixAvailable: true}
                action: escalate
                to: high
              - id: cel-base-layer
                cel: pkg.layers.exists(l, l.startsWith("sha256:0b1")) && finding.severity == "low"
                action: ignore
                reason: base image, rebuilt monthly
              - id: base-layer-medium
                when: {layer: 'sha256:0b1*', severity: [medium]}
                action: warn
              - id: cel-under-investigation
                cel: vex.status == "under_investigation" && finding.score >= 8.0
                action: warn
              - id: investigating
                when: {vexStatus: [under_investigation]}
                action: warn
              - id: cel-scanner-says
                cel: vex.issuer.contains("Scanner") && vex.status != "affected"
                action: warn
              - id: npm-high
                when: {ecosystem: [npm], severity: {atLeast: high}}
                action: block
              - id: cel-pypi-crypto
                cel: pkg.ecosystem == "pypi" && pkg.name in ["cryptography", "pyyaml", "jinja2"]
                action: block
                reason: core Python dependencies
              - id: go-x-packages
                when: {purl: 'pkg:golang/github.com/x-*'}
                action: warn
              - id: cel-go-old
                cel: pkg.ecosystem == "golang" && pkg.version.startsWith("v1.") && !finding.fixAvailable
                action: warn
              - id: rpm-critical
                when: {ecosystem: rpm, severity: {atLeast: high}, fixAvailable: true}
                action: block
              - id: cel-alsa-score
                cel: finding.id.startsWith("ALSA-") && finding.score >= 8.0
                action: block
              - id: medium-network
                when: {severity: [medium], cvss: {vector: {AV: N}}}
                action: warn
              - id: cel-ui-required
                cel: finding.vector.contains("UI:R") && finding.severity == "medium"
                action: warn
              - id: local-only
                when: {cvss: {vector: {AV: L}}, severity: {atMost: medium}}
                action: ignore
                reason: needs local access to the container
              - id: cel-no-score
                cel: finding.score < 0.0 && !finding.fixAvailable
                action: warn
              - id: unknown-severity
                when: {severity: [unknown]}
                action: warn
              - id: cel-fresh-advisory
                cel: finding.ageDays >= 0 && finding.ageDays < 30
                action: warn
              - id: new-advisory
                when: {advisoryAge: {newerThan: 14d}}
                action: warn
              - id: cel-maven-core
                cel: pkg.ecosystem == "maven" && pkg.name.endsWith("-core") && finding.score >= 7.5
                action: block
              - id: maven-high
                when: {ecosystem: [maven], severity: {atLeast: high}}
                action: block
              - id: cel-cve-year
                cel: finding.aliases.exists(a, a.startsWith("CVE-2019-")) && finding.severity == "high"
                action: escalate
                to: critical
              - id: ids-of-2020
                when: {id: ['CVE-2020-*', 'GHSA-2*']}
                action: warn
              - id: cel-fix-major
                cel: finding.fixed.exists(v, v.startsWith("4."))
                action: warn
              - id: openssl-family
                when: {package: ['openssl*', 'libssl*', 'curl']}
                action: block
              - id: cel-image-scan
                cel: scan.targetKind == "image" && finding.severity == "high" && !finding.fixAvailable
                action: warn
              - id: affected-by-vex
                when: {vexStatus: [affected], severity: {atLeast: medium}}
                action: block
              - id: cel-deb-high
                cel: pkg.ecosystem == "deb" && finding.severity in ["high", "critical"]
                action: block
              - id: glibc-zlib
                when: {package: [glibc, zlib, expat], fixAvailable: true}
                action: block
              - id: cel-published-before-snapshot
                cel: has(finding.published) && finding.published < scan.referenceTime && finding.score > 9.5
                action: block
              - id: pypi-medium
                when: {ecosystem: [pypi], severity: [medium]}
                action: warn
              - id: cel-purl-qualifier
                cel: pkg.purl.contains("distro=almalinux-9") && finding.severity == "medium"
                action: warn
              - id: network-high
                when: {cvss: {scoreAtLeast: 7.0, vector: {AV: N}}}
                action: warn
              - id: cel-justified
                cel: vex.justification == "inline_mitigations_already_exist"
                action: ignore
                reason: mitigated in place
              - id: anything-fixable
                when: {fixAvailable: true}
                action: warn
              - id: cel-catch-all
                cel: finding.severity != ""
                action: warn
            """;

    private static final String GATES = """
            gates:
              - name: no-open-critical
                cel: >-
                  !findings.exists(f, f.severity == "critical" && f.action != "ignore"
                  && f.vexStatus != "not_affected" && f.vexStatus != "fixed")
                message: an open critical finding
              - name: few-blocked-highs
                cel: size(findings.filter(f, f.severity == "high" && f.action == "block")) < 50
                message: more than 49 blocked high findings
            """;
}
