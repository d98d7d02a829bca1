// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * CEL expressions for the differential tests: those written in the repository (docs, policy
 * tests) and a generated set over the fast path's subset that aims at its edges: int and
 * double sentinels, empty strings and lists, an absent publication or reference time (the
 * only run-time errors the subset can meet) inside {@code && || !} and the macros.
 */
final class CelCorpus {

    private CelCorpus() {
    }

    /** Rule expressions from docs/policy.md and the policy tests. */
    static final List<String> WRITTEN_RULES = List.of(
            "finding.severity == \"high\" && pkg.ecosystem == \"npm\"",
            "finding.score >= 9.0",
            "vex.status == \"affected\" && finding.fixed.exists(v, v.startsWith(\"4.\"))",
            "finding.ageDays == 151 && finding.fixAgeDays == 151"
                    + " && finding.published < scan.referenceTime"
                    + " && scan.targetKind == \"image\" && pkg.layers == [\"sha256:layer1\"]",
            "!has(finding.published) && finding.ageDays == -1"
                    + " && finding.fixAgeDays == -1 && finding.score == -1.0",
            "finding.published > scan.referenceTime",
            "pkg.ecosystem == \"npm\" && finding.ageDays > 100",
            "pkg.name == \"qs\"");

    /** Gate expressions from docs/policy.md and the policy tests. */
    static final List<String> WRITTEN_GATES = List.of(
            "!findings.exists(f, f.severity == \"critical\" && f.fixAvailable"
                    + " && f.fixAgeDays > 30)",
            "!findings.exists(f, f.severity == \"critical\" && f.action != \"ignore\""
                    + " && f.vexStatus != \"not_affected\")",
            "!findings.exists(f, f.severity == \"high\" && f.action != \"ignore\")",
            "findings.all(f, f.action != \"block\")",
            "!findings.exists(f, f.severity == \"critical\")");

    /** Generated rule expressions, every one inside the subset. */
    static List<String> generatedRules() {
        List<String> out = new ArrayList<>();
        String[] ops = {"==", "!=", "<", "<=", ">", ">="};
        for (String op : ops) {
            for (String literal : new String[] {"-1", "0", "1", "30", "90", "151", "365"}) {
                out.add("finding.ageDays " + op + " " + literal);
                out.add(literal + " " + op + " finding.fixAgeDays");
            }
            for (String literal : new String[] {"-1.0", "0.0", "7.0", "7.5", "9.5", "10.0"}) {
                out.add("finding.score " + op + " " + literal);
            }
            out.add("finding.published " + op + " scan.referenceTime");
            out.add("size(finding.aliases) " + op + " 1");
            out.add("size(pkg.name) " + op + " 7");
            out.add("pkg.layers.size() " + op + " 0");
        }
        for (String field : new String[] {"finding.id", "finding.vector", "pkg.purl", "pkg.name",
                "pkg.version", "vex.status", "vex.justification", "vex.issuer", "scan.targetRef",
                "scan.snapshotDate", "finding.severity"}) {
            out.add(field + " == \"\"");
            out.add(field + " != \"\"");
            out.add(field + ".startsWith(\"\")");
            out.add(field + ".contains(\"AV:N\") || " + field + ".endsWith(\"a\")");
            out.add(field + " in [\"\", \"high\", \"lodash\", \"affected\"]");
            out.add("size(" + field + ") > 3");
        }
        for (String list : new String[] {"finding.aliases", "finding.fixed", "pkg.layers"}) {
            out.add(list + " == []");
            out.add(list + ".exists(x, x.startsWith(\"CVE-\") || x.endsWith(\".21\"))");
            out.add(list + ".all(x, x.contains(\"0\"))");
            out.add("\"CVE-2020-28500\" in " + list);
        }
        out.addAll(List.of(
                "has(finding.published)", "has(scan.referenceTime)", "has(finding.score)",
                "finding.fixAvailable", "!finding.fixAvailable", "finding.fixAvailable == false",
                "finding.published < scan.referenceTime || finding.score > 5.0",
                "finding.score > 5.0 || finding.published < scan.referenceTime",
                "finding.published < scan.referenceTime && finding.score > 5.0",
                "finding.score > 5.0 && finding.published < scan.referenceTime",
                "!(finding.published > scan.referenceTime) && finding.fixAvailable",
                "has(finding.published) && finding.published < scan.referenceTime",
                "!has(finding.published) || finding.published <= scan.referenceTime",
                "finding.aliases.all(a, finding.published < scan.referenceTime)",
                "finding.aliases.exists(a, a == \"CVE-2020-28500\""
                        + " || finding.published > scan.referenceTime)",
                "finding.fixed.exists(v, pkg.layers.exists(l, size(l) > size(v)))",
                "finding.aliases.exists(finding, finding.startsWith(\"CVE\"))",
                "[1, 2, 151].exists(n, n == finding.ageDays)",
                "finding.ageDays in [-1, 0, 151]", "finding.score in [-1.0, 7.5]",
                "true", "false && finding.published > scan.referenceTime",
                "size(finding.aliases.filter(a, a.startsWith(\"CVE\"))) > 0",
                "size(finding.aliases.filter(a, finding.published < scan.referenceTime)) == 1",
                "finding.fixed.filter(v, v.startsWith(\"4.\")) == [\"4.0\"]",
                "finding.severity in [\"high\", \"critical\"] == finding.fixAvailable"));
        return out;
    }

    /** Generated gate expressions, including nested macros and an error inside one. */
    static final List<String> GENERATED_GATES = List.of(
            "findings.all(f, f.ageDays >= 0)",
            "findings.exists(f, f.published < scan.referenceTime)",
            "findings.all(f, f.published < scan.referenceTime)",
            "findings.exists(f, f.aliases.exists(a, a.startsWith(\"CVE-2020\")))",
            "size(findings) > 3 && findings.all(f, has(f.published) || f.score < 0.0)",
            "findings.exists(f, f.rule == \"\" && f.vexIssuer != \"\")",
            "findings.all(f, f.layers.all(l, l.startsWith(\"sha256:\")))",
            "size(findings.filter(f, f.severity == \"high\" && f.action == \"block\")) < 2",
            "size(findings.filter(f, f.published > scan.referenceTime)) == 0",
            "findings.filter(f, f.ageDays > 100).exists(f, f.score > 9.0)");

    /** Outside the subset: the interpreter alone must still answer them. */
    static final List<String> INTERPRETED_RULES = List.of(
            "finding.ageDays % 2 == 0",
            "finding.id.matches(\"^CVE-20[0-9]{2}-\")",
            "finding.aliases.exists_one(a, a.startsWith(\"CVE\"))",
            "finding.aliases.map(a, a.startsWith(\"CVE\")).exists(b, b)",
            "(finding.score > 7.0 ? \"hot\" : \"cold\") == \"hot\"",
            "finding.id < \"M\"");
}
