// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.stellaops.db.AdvisoryDatabase;
import org.stellaops.match.PackageMatcher;
import org.stellaops.match.PackageResult;

/**
 * Writes what the matcher concludes for every purl of a list, one block per purl in list order,
 * so that two versions of the matcher can be compared with {@code cmp}: a change meant to be
 * faster must leave this file byte-identical.
 *
 * <p>Each purl is matched three times with one matcher: in list order, again in a shuffled
 * order (a matcher that remembers work must answer the same when asked in another order), and
 * once traced ({@code match}, whose findings must equal the untraced ones). A mismatch between
 * the three is an error; the file holds the first answer.
 *
 * <p>Usage: {@code MatchDump DB PURLS OUT}.
 */
public final class MatchDump {

    private MatchDump() {
    }

    public static void main(String[] args) throws Exception {
        PackageMatcher matcher = new PackageMatcher(
                new AdvisoryDatabase(Path.of(args[0]), 1).open(null));
        List<String> purls = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        List<PackageResult> first = new ArrayList<>(purls.size());
        for (String purl : purls) {
            first.add(matcher.matchFindings(purl));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < purls.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(42));
        int mismatches = 0;
        for (int i : order) {
            PackageResult again = matcher.matchFindings(purls.get(i));
            PackageResult traced = matcher.match(purls.get(i));
            if (!again.equals(first.get(i)) || !traced.findings().equals(first.get(i).findings())
                    || !traced.unknowns().equals(first.get(i).unknowns())) {
                mismatches++;
                System.err.println("answers differ for " + purls.get(i));
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]))) {
            for (PackageResult result : first) {
                out.write(result.purl() + " " + result.status() + " " + result.ecosystem() + " "
                        + result.reason() + "\n");
                for (Object line : result.findings()) {
                    out.write("  " + line + "\n");
                }
                for (Object line : result.unknowns()) {
                    out.write("  " + line + "\n");
                }
            }
        }
        System.out.println("purls=" + purls.size() + " mismatches=" + mismatches);
        if (mismatches > 0) {
            System.exit(1);
        }
    }
}
