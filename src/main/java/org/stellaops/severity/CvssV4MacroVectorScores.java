// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The CVSS v4.0 score of each MacroVector, as published with the specification. The data lives
 * in {@value #RESOURCE} (source named there); it is read once, and a missing or damaged file
 * fails class initialisation rather than producing wrong scores later.
 */
final class CvssV4MacroVectorScores {

    static final String RESOURCE = "cvss-v4.0-macrovector-scores.txt";
    private static final int EXPECTED_ENTRIES = 270;
    private static final Map<String, Double> SCORES = load();

    private CvssV4MacroVectorScores() {
    }

    /** The score of a MacroVector, or empty when the specification defines none for it. */
    static OptionalDouble scoreOf(CvssV4MacroVector macroVector) {
        Double score = SCORES.get(macroVector.key());
        return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    private static Map<String, Double> load() {
        try (InputStream in = CvssV4MacroVectorScores.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Map<String, Double> parse(BufferedReader reader) throws IOException {
        Map<String, Double> scores = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.strip().split("\\s+");
            if (fields.length != 2 || !fields[0].matches("[0-2]{6}")) {
                throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
            }
            scores.put(fields[0], Double.parseDouble(fields[1]));
        }
        if (scores.size() != EXPECTED_ENTRIES) {
            throw new IllegalStateException(RESOURCE + " has " + scores.size()
                    + " MacroVectors, expected " + EXPECTED_ENTRIES);
        }
        return Map.copyOf(scores);
    }
}
