// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

/**
 * The CVSS v4.0 MacroVector of a vector: its level (0 most severe) in each of the six
 * equivalence classes EQ1..EQ6 that the scoring section of the specification defines.
 */
record CvssV4MacroVector(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) {

    static CvssV4MacroVector of(CvssV4Metrics m) {
        return new CvssV4MacroVector(eq1(m), eq2(m), eq3(m), eq4(m), eq5(m), eq6(m));
    }

    /** The six levels as digits, the key of the specification's lookup table ("002201"). */
    String key() {
        return "" + eq1 + eq2 + eq3 + eq4 + eq5 + eq6;
    }

    CvssV4MacroVector withEq1(int level) {
        return new CvssV4MacroVector(level, eq2, eq3, eq4, eq5, eq6);
    }

    CvssV4MacroVector withEq2(int level) {
        return new CvssV4MacroVector(eq1, level, eq3, eq4, eq5, eq6);
    }

    CvssV4MacroVector withEq3Eq6(int eq3Level, int eq6Level) {
        return new CvssV4MacroVector(eq1, eq2, eq3Level, eq4, eq5, eq6Level);
    }

    CvssV4MacroVector withEq4(int level) {
        return new CvssV4MacroVector(eq1, eq2, eq3, level, eq5, eq6);
    }

    CvssV4MacroVector withEq5(int level) {
        return new CvssV4MacroVector(eq1, eq2, eq3, eq4, level, eq6);
    }

    // Exploitability: how far away the attacker is and what they need.
    private static int eq1(CvssV4Metrics m) {
        boolean network = m.is("AV", "N");
        boolean noPrivileges = m.is("PR", "N");
        boolean noInteraction = m.is("UI", "N");
        if (network && noPrivileges && noInteraction) {
            return 0;
        }
        if ((network || noPrivileges || noInteraction) && !m.is("AV", "P")) {
            return 1;
        }
        return 2;
    }

    private static int eq2(CvssV4Metrics m) {
        return m.is("AC", "L") && m.is("AT", "N") ? 0 : 1;
    }

    private static int eq3(CvssV4Metrics m) {
        if (m.is("VC", "H") && m.is("VI", "H")) {
            return 0;
        }
        return m.is("VC", "H") || m.is("VI", "H") || m.is("VA", "H") ? 1 : 2;
    }

    // Level 0 needs a safety impact, which only MSI:S or MSA:S can state.
    private static int eq4(CvssV4Metrics m) {
        if (m.is("SI", "S") || m.is("SA", "S")) {
            return 0;
        }
        return m.is("SC", "H") || m.is("SI", "H") || m.is("SA", "H") ? 1 : 2;
    }

    private static int eq5(CvssV4Metrics m) {
        return switch (m.effective("E")) {
            case "A" -> 0;
            case "P" -> 1;
            default -> 2;
        };
    }

    private static int eq6(CvssV4Metrics m) {
        boolean confidentiality = m.is("CR", "H") && m.is("VC", "H");
        boolean integrity = m.is("IR", "H") && m.is("VI", "H");
        boolean availability = m.is("AR", "H") && m.is("VA", "H");
        return confidentiality || integrity || availability ? 0 : 1;
    }
}
