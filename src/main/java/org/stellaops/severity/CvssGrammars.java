// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

/**
 * The vector grammar of each CVSS version, transcribed from the vector-string sections of the
 * FIRST specifications: the v2.0 guide (https://www.first.org/cvss/v2/guide), the v3.0 and v3.1
 * specification documents (identical metric sets) and the v4.0 specification document.
 */
final class CvssGrammars {

    static final CvssGrammar V2 = CvssGrammar.builder("CVSS v2")
            .base("AV", "L", "A", "N")
            .base("AC", "H", "M", "L")
            .base("Au", "M", "S", "N")
            .base("C", "N", "P", "C")
            .base("I", "N", "P", "C")
            .base("A", "N", "P", "C")
            .optional("E", "U", "POC", "F", "H", "ND")
            .optional("RL", "OF", "TF", "W", "U", "ND")
            .optional("RC", "UC", "UR", "C", "ND")
            .optional("CDP", "N", "L", "LM", "MH", "H", "ND")
            .optional("TD", "N", "L", "M", "H", "ND")
            .optional("CR", "L", "M", "H", "ND")
            .optional("IR", "L", "M", "H", "ND")
            .optional("AR", "L", "M", "H", "ND")
            .build();

    /** v3.0 and v3.1 share metrics and values; only the base score arithmetic differs. */
    static final CvssGrammar V3 = CvssGrammar.builder("CVSS v3")
            .base("AV", "N", "A", "L", "P")
            .base("AC", "L", "H")
            .base("PR", "N", "L", "H")
            .base("UI", "N", "R")
            .base("S", "U", "C")
            .base("C", "H", "L", "N")
            .base("I", "H", "L", "N")
            .base("A", "H", "L", "N")
            .optional("E", "X", "H", "F", "P", "U")
            .optional("RL", "X", "U", "W", "T", "O")
            .optional("RC", "X", "C", "R", "U")
            .optional("CR", "X", "H", "M", "L")
            .optional("IR", "X", "H", "M", "L")
            .optional("AR", "X", "H", "M", "L")
            .optional("MAV", "X", "N", "A", "L", "P")
            .optional("MAC", "X", "L", "H")
            .optional("MPR", "X", "N", "L", "H")
            .optional("MUI", "X", "N", "R")
            .optional("MS", "X", "U", "C")
            .optional("MC", "X", "H", "L", "N")
            .optional("MI", "X", "H", "L", "N")
            .optional("MA", "X", "H", "L", "N")
            .build();

    /** v4.0 alone requires the metrics in specification order; earlier versions only prefer it. */
    static final CvssGrammar V4 = CvssGrammar.builder("CVSS v4.0")
            .base("AV", "N", "A", "L", "P")
            .base("AC", "L", "H")
            .base("AT", "N", "P")
            .base("PR", "N", "L", "H")
            .base("UI", "N", "P", "A")
            .base("VC", "H", "L", "N")
            .base("VI", "H", "L", "N")
            .base("VA", "H", "L", "N")
            .base("SC", "H", "L", "N")
            .base("SI", "H", "L", "N")
            .base("SA", "H", "L", "N")
            .optional("E", "X", "A", "P", "U")
            .optional("CR", "X", "H", "M", "L")
            .optional("IR", "X", "H", "M", "L")
            .optional("AR", "X", "H", "M", "L")
            .optional("MAV", "X", "N", "A", "L", "P")
            .optional("MAC", "X", "L", "H")
            .optional("MAT", "X", "N", "P")
            .optional("MPR", "X", "N", "L", "H")
            .optional("MUI", "X", "N", "P", "A")
            .optional("MVC", "X", "H", "L", "N")
            .optional("MVI", "X", "H", "L", "N")
            .optional("MVA", "X", "H", "L", "N")
            .optional("MSC", "X", "H", "L", "N")
            .optional("MSI", "X", "S", "H", "L", "N")
            .optional("MSA", "X", "S", "H", "L", "N")
            .optional("S", "X", "N", "P")
            .optional("AU", "X", "N", "Y")
            .optional("R", "X", "A", "U", "I")
            .optional("V", "X", "D", "C")
            .optional("RE", "X", "L", "M", "H")
            .optional("U", "X", "Clear", "Green", "Amber", "Red")
            .fixedOrder()
            .build();

    private CvssGrammars() {
    }

    static CvssGrammar of(CvssVersion version) {
        return switch (version) {
            case V2 -> V2;
            case V3_0, V3_1 -> V3;
            case V4_0 -> V4;
        };
    }
}
