// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.stellaops.db.AdvisoryDatabase;
import org.stellaops.match.PackageMatcher;
import org.stellaops.match.PackageQuery;
import org.stellaops.match.PackageResult;
import org.stellaops.match.PurlMapping;
import org.stellaops.match.UnmappablePurlException;

/**
 * Where matching time goes, by kind of package: matches a purl list once to warm up, then
 * again timing every {@link PackageMatcher#matchFindings(String)} call on its own, and prints
 * per purl type (distro rpm purls per release) the count, the mean and the 99th percentile
 * time, how many index entries the package's keys hold (a distro key holds every release's
 * entries; the matcher decodes only its release's), how many ranges were evaluated and how
 * many findings made per package. The JMH benchmark gives the trustworthy total; this tells
 * which packages make it.
 *
 * <p>Usage: {@code MatchCosts DB PURLS}. Prints a Markdown table (figures per package).
 */
public final class MatchCosts {

    private MatchCosts() {
    }

    public static void main(String[] args) throws Exception {
        PackageMatcher matcher = new PackageMatcher(
                new AdvisoryDatabase(Path.of(args[0]), 1).open(null));
        List<String> purls = PurlLists.read(Path.of(args[1]), 1);
        purls.forEach(matcher::match);

        Map<String, Cost> costs = new TreeMap<>();
        Cost all = new Cost();
        for (String purl : purls) {
            long start = System.nanoTime();
            PackageResult result = matcher.matchFindings(purl);
            long nanos = System.nanoTime() - start;
            int entries = entriesOf(matcher, purl);
            // matchFindings keeps no trace; the traced match, untimed, counts the ranges
            int ranges = matcher.match(purl).trace().size();
            costs.computeIfAbsent(CorpusPurls.typeOf(purl), k -> new Cost())
                    .add(nanos, result, entries, ranges);
            all.add(nanos, result, entries, ranges);
        }
        System.out.println("| purl type | packages | share of time | mean (µs) | p99 (µs) "
                + "| index entries under the key | ranges evaluated | findings |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        costs.forEach((type, cost) -> System.out.println(cost.row(type, all.total)));
        System.out.println(all.row("all", all.total));
    }

    private static int entriesOf(PackageMatcher matcher, String purl)
            throws UnmappablePurlException {
        PackageQuery query = PurlMapping.map(purl);
        int entries = 0;
        for (String name : query.names()) {
            entries += matcher.snapshot().lookup(query.family(), name).size();
        }
        return entries;
    }

    /** Timings and sizes (per package) of the matches of one purl type. */
    private static final class Cost {
        final List<Long> nanos = new ArrayList<>();
        long total;
        long entries;
        long ranges;
        long findings;

        void add(long time, PackageResult result, int decoded, int evaluated) {
            nanos.add(time);
            total += time;
            entries += decoded;
            ranges += evaluated;
            findings += result.findings().size();
        }

        String row(String type, long grandTotal) {
            List<Long> sorted = new ArrayList<>(nanos);
            sorted.sort(null);
            long p99 = sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99)));
            int n = sorted.size();
            return String.format(Locale.ROOT,
                    "| %s | %d | %.1f%% | %.1f | %.1f | %.1f | %.1f | %.2f |", type, n,
                    100.0 * total / grandTotal, total / 1e3 / n, p99 / 1e3,
                    (double) entries / n, (double) ranges / n, (double) findings / n);
        }
    }
}
